"""The sourcing lexicons (data/<lang>/sourcing.yml), loaded once into lookup tables."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from ..language import bundle
from ..model import SOURCE_KINDS, STANCES
from ..text import NUMBER_PATTERN
from .words import Endings, Words, named_sets

_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'", "‘": "'"})


def norm(text: str) -> str:
    """Lower case with straight apostrophes: how lexicon entries and words are compared."""
    return text.translate(_APOSTROPHES).lower()


@dataclass(frozen=True)
class VerbCue:
    """A reporting verb, or a multi-word cue headed by a verb ("mettre en garde")."""

    key: str  # as written in the lexicon
    lemma: str  # infinitive of the head verb
    particles: tuple[str, ...] = ()  # words right after the head ("en", "garde")
    reflexive: bool = False  # needs se/s' ("se souvenir")
    clitic: str | None = None  # needs this clitic before the verb ("y voir")
    stance: str = "asserts"
    negated: str | None = None  # stance when negated
    object: bool = False  # a plain noun-phrase object can be the claim
    passive_only: bool = False  # … but only as the subject of the passive
    indefinite_object: bool = False  # … but only an indefinite one ("note une amélioration")
    quote: bool = False  # only a cue when a quotation follows
    directive: bool = False  # "appeler les habitants à rester chez eux": object, then à/de + verb
    content: bool = False  # only a cue with a stated content (que, quote, colon, incise)
    active_only: bool = False  # never a cue in the passive ("est menacée par X" is a danger)
    attribute: bool = False  # also with an attribute after it ("s'est dit favorable à P")
    generic_only: bool = False  # only with a generic "on" as subject ("a-t-on appris")
    negated_only: bool = False  # a cue only when negated ("n'exclut pas")
    object_with: str | None = None  # an object is the claim with this word after it ("explique X par Y")
    figure_object: bool = False  # … or a figure ("recense 40 morts")
    agent_passive: bool = False  # with a par-agent, the passive subject is what was said
    prepositional_object: bool = False  # only a noun phrase after de/contre… ("avertir d'un risque")
    sentence_with: str | None = None  # "condamner X à deux ans": a sentence, no claim
    agentless_passive: bool = False  # a claim in the passive with no agent ("deux ans ont été requis")
    charge_passive: bool = (
        False  # in the passive with no agent, what the subject is charged with ("est accusé d'avoir …")
    )
    addressee: bool = False  # a plain object is whom it is told to, then que or de ("informe X que P")
    finite: bool = False  # the form is finite, whatever the tagger says (groups.py: a verb after a quotation)
    forecast_passive: bool = False  # in the passive, no agent: what is forecast ("Des orages sont prévus")
    relative_object: bool = (
        False  # an indefinite object, in a relative on the speaker ("qui prévoit une hausse")
    )
    object_heads: tuple[str, ...] = ()  # an object with one of these heads is the claim ("donne un bilan")
    heads_with_figure: bool = False  # … only with a figure in it ("prévoit un repli de 8 %")
    # an object with one of these heads is kept, not said ("observe une grève")
    kept_heads: tuple[str, ...] = ()
    no_infinitive: bool = False  # an infinitive after it is no content ("espèrent relancer": a hope)

    @property
    def specificity(self) -> int:
        """Prefer "se dire" over "dire" and "faire état" over anything headed by "faire"."""
        return len(self.particles) * 2 + int(self.reflexive) + int(self.clitic is not None)


@dataclass(frozen=True)
class PrepositionCue:
    words: tuple[str, ...]  # ("d'", "après")
    fronted: bool = False  # only "Pour X, P" at the start of a clause
    linked: bool = False  # the source comes after de/d'/du/des ("de l'avis du ministre")


@dataclass(frozen=True)
class NounCue:
    noun: str
    stance: str = "asserts"


@dataclass(frozen=True)
class Hedges:
    conditional_endings: tuple[str, ...]
    future_stems: frozenset[str]
    future_stem_endings: tuple[str, ...]
    conditional_exceptions: frozenset[str]
    possibility: frozenset[str]
    uncertainty: re.Pattern[str]
    hearsay: re.Pattern[str]
    approximators: re.Pattern[str]
    figure_approximators: re.Pattern[str]
    vague_quantity: re.Pattern[str]
    number_words: frozenset[str]
    figure: re.Pattern[str]  # a figure right after an approximator ("près de 300", "une dizaine")
    range: re.Pattern[str]  # "entre 10 000 et 12 000", "deux à trois"
    not_hedges: re.Pattern[str]  # "résultats provisoires": a stage, not a hedge
    range_spread_before: re.Pattern[str]  # "âgées de" before a range: spread, not a hedge


@dataclass(frozen=True)
class Lexicon:
    """Everything the sourcing stage knows about one language, as lookup tables."""

    verbs_by_form: dict[str, tuple[VerbCue, ...]]
    verbs_by_lemma: dict[str, tuple[VerbCue, ...]]
    figure_estimates: frozenset[str]
    approximate_estimates: frozenset[str]
    prepositions: tuple[PrepositionCue, ...]
    nouns: dict[str, NounCue]
    kind_patterns: tuple[tuple[str, re.Pattern[str]], ...]  # (kind, words of that kind)
    overriding_kinds: tuple[str, ...]
    member_nouns: frozenset[str]
    affiliated_roles: re.Pattern[str]  # roles that speak with their affiliation's kind
    affiliation_kinds: tuple[str, ...]  # … when it is one of these, the most specific first
    civil_society: re.Pattern[str]  # … or a body of civil society: an organisation
    non_source_nouns: frozenset[str]
    question_labels: frozenset[str]
    answer_labels: frozenset[str]
    agent_suffixes: tuple[str, ...]
    former_markers: frozenset[str]
    kb_kinds: dict[str, str]
    pronouns: dict[str, str]  # pronoun → agreement ("ms", "fp", "")
    generic_pronouns: frozenset[str]
    first_person: frozenset[str]
    honorifics: frozenset[str]
    connectives: frozenset[str]
    dropped_prepositions: frozenset[str]
    hedges: Hedges
    hearsay_sources: frozenset[str]
    hearsay_determiners: frozenset[str]
    credit_prefixes: re.Pattern[str]
    author_credits: re.Pattern[str]
    news_agencies: dict[str, str]
    attitudes: dict[str, str]  # adjective before a colon → stance ("formel" → asserts)
    attitude_copulas: dict[str, bool]  # form of a verb linking a source to it → needs "se"
    colon_nouns: dict[str, str]  # word of speech before a colon → stance ("version" → asserts)
    words: Words
    endings: Endings
    implicit_name: str  # of a claim with no source given
    government_name: str  # "{place} (gouvernement de {state})"
    earlier: re.Pattern[str]  # words that place a statement before the others
    content_negation: re.Pattern[str]
    pluperfect: re.Pattern[str]
    leading_article: re.Pattern[str]
    credit_separator: re.Pattern[str]
    separable_prefix: re.Pattern[str]  # "ex-" of "ex-députée"
    agent: re.Pattern[str]  # " par " of "les experts interrogés par l'AFP"

    def verb_cues(self, form: str, lemma: str) -> tuple[VerbCue, ...]:
        """Cues a token may head, by its form or its lemma (the lemmatiser misses some forms)."""
        found = self.verbs_by_form.get(norm(form), ()) + self.verbs_by_lemma.get(norm(lemma), ())
        return tuple(dict.fromkeys(found))

    def kinds_in(self, phrase: str) -> list[tuple[int, str]]:
        """(position, kind) of every kind word in `phrase`, in order of position; where words of
        two kinds start at the same place, the longer ("conseil départemental", government, not
        "conseil", organisation)."""
        best: dict[int, tuple[int, str]] = {}  # position -> (minus the length, kind)
        phrase = self._for_kinds(phrase)
        for kind, pattern in self.kind_patterns:
            for match in pattern.finditer(phrase):
                candidate = (match.start() - match.end(), kind)
                if match.start() not in best or candidate < best[match.start()]:
                    best[match.start()] = candidate
        return [(position, kind) for position, (_, kind) in sorted(best.items())]

    def affiliated_role_at(self, phrase: str, position: int) -> bool:
        """Whether the kind word at `position` of `phrase` is a role whose kind is its
        affiliation's ("le secrétaire général du syndicat")."""
        return self.affiliated_roles.match(self._for_kinds(phrase), position) is not None

    def _for_kinds(self, phrase: str) -> str:
        """`phrase` as the kind patterns read it, of the same length: apostrophes made straight,
        a separable prefix spaced ("ex-députée" → "ex députée")."""
        return self.separable_prefix.sub(lambda m: m[0][:-1].lower() + " ", phrase.translate(_APOSTROPHES))


def words_pattern(
    words: list[str], *, case_sensitive_caps: bool = False, plurals: bool = False
) -> re.Pattern[str]:
    """A pattern matching any of `words` as whole words, apostrophes either way, longest first.

    With `case_sensitive_caps`, entries written with a capital ("AP", "État") match only as
    written, so that acronyms do not match ordinary words. With `plurals`, lower-case entries
    also match with a final s or x ("analyse" → "analyses").
    """
    if not words:
        return re.compile(r"(?!x)x")
    parts = []
    for word in sorted(set(words), key=len, reverse=True):
        escaped = re.escape(word.translate(_APOSTROPHES)).replace(r"\ ", r"\s+").replace("'", "['’ʼ‘]")
        if case_sensitive_caps and word != word.lower():
            parts.append(f"(?-i:{escaped})")
        elif plurals:
            parts.append(f"{escaped}[sx]?")
        else:
            parts.append(escaped)
    return re.compile(rf"(?<![\w-])(?:{'|'.join(parts)})(?![\w-])", re.I)


@cache
def lexicon(language: str = "fr") -> Lexicon:
    """The lexicon of `language`, read from its bundle's `sourcing.yml`."""
    data: dict[str, Any] = bundle(language).data("sourcing.yml")
    return _build(data)


def _build(data: dict[str, Any]) -> Lexicon:
    endings = named_sets(Endings, _normalised(data["endings"]))
    words = named_sets(Words, _normalised(data["words"]))
    by_form: dict[str, list[VerbCue]] = {}
    by_lemma: dict[str, list[VerbCue]] = {}
    for key, options in data["verbs"].items():
        cue = _verb_cue(str(key), options or {}, words.reflexive, words.cue_clitics)
        for form in _forms(cue.lemma, endings) | {norm(f) for f in (options or {}).get("forms", [])}:
            by_form.setdefault(form, []).append(cue)
        by_lemma.setdefault(cue.lemma, []).append(cue)

    hedges = data["hedges"]
    number_words = frozenset(norm(w) for w in hedges["number_words"])
    vague = (
        rf"(?<![\w-])(?:{'|'.join(map(re.escape, hedges['vague_determiners']))})\s+"
        rf"(?:(?:{'|'.join(map(re.escape, hedges['vague_adjectives']))})\s+)?"
        rf"(?:{'|'.join(map(re.escape, hedges['vague_nouns']))})(?![\w-])"
    )
    kinds = data["source_nouns"]
    for kind in kinds:
        if kind not in SOURCE_KINDS:
            raise ValueError(f"sourcing lexicon: unknown source kind '{kind}'")
    return Lexicon(
        verbs_by_form={form: tuple(cues) for form, cues in by_form.items()},
        verbs_by_lemma={lemma: tuple(cues) for lemma, cues in by_lemma.items()},
        figure_estimates=frozenset(norm(w) for w in data["figure_estimates"]),
        approximate_estimates=frozenset(norm(w) for w in data["approximate_estimates"]),
        prepositions=tuple(
            PrepositionCue(
                _split_words(norm(key)),
                bool((options or {}).get("fronted")),
                bool((options or {}).get("linked")),
            )
            for key, options in data["prepositions"].items()
        ),
        nouns={
            norm(key): NounCue(norm(key), (options or {}).get("stance", "asserts"))
            for key, options in data["nouns"].items()
        },
        kind_patterns=tuple(
            (kind, words_pattern([str(w) for w in words], case_sensitive_caps=True, plurals=True))
            for kind, words in kinds.items()
        ),
        overriding_kinds=tuple(data["overriding"]),
        member_nouns=frozenset(norm(w) for w in data["member_nouns"]),
        affiliated_roles=words_pattern([str(w) for w in data["affiliated_roles"]["roles"]], plurals=True),
        affiliation_kinds=tuple(data["affiliated_roles"]["kinds"]),
        civil_society=words_pattern(
            [str(w) for w in data["affiliated_roles"]["civil_society"]],
            case_sensitive_caps=True,
            plurals=True,
        ),
        non_source_nouns=frozenset(norm(w) for w in data["non_source_nouns"]),
        question_labels=frozenset(str(w) for w in data["interview_labels"]["questions"]),
        answer_labels=frozenset(str(w) for w in data["interview_labels"]["answers"]),
        agent_suffixes=tuple(data["agent_suffixes"]),
        former_markers=frozenset(norm(w) for w in data["former_markers"]),
        kb_kinds={str(k): str(v) for k, v in data["kb_kinds"].items()},
        pronouns={norm(k): str(v or "") for k, v in data["pronouns"].items()},
        generic_pronouns=frozenset(norm(w) for w in data["generic_pronouns"]),
        first_person=frozenset(norm(w) for w in data["first_person"]),
        honorifics=frozenset(data["honorifics"]),
        connectives=frozenset(norm(w) for w in data["connectives"]),
        dropped_prepositions=frozenset(norm(w) for w in data["dropped_prepositions"]),
        hedges=Hedges(
            conditional_endings=tuple(sorted(hedges["conditional_endings"], key=len, reverse=True)),
            future_stems=frozenset(hedges["future_stems"]),
            future_stem_endings=tuple(hedges["future_stem_endings"]),
            conditional_exceptions=frozenset(norm(w) for w in hedges["conditional_exceptions"]),
            possibility=frozenset(norm(w) for w in hedges["possibility"]),
            uncertainty=words_pattern(hedges["uncertainty"]),
            hearsay=words_pattern(hedges["hearsay"]),
            approximators=words_pattern(hedges["approximators"]),
            figure_approximators=words_pattern(hedges["figure_approximators"]),
            vague_quantity=re.compile(vague, re.I),
            number_words=number_words,
            not_hedges=words_pattern(hedges["not_hedges"]),
            range_spread_before=re.compile(rf"(?:{_alternation(hedges['range_spread_before'])})\s*$", re.I),
            **_figure_patterns(number_words, vague, hedges["range_between"], hedges["range_joiners"]),
        ),
        hearsay_sources=frozenset(norm(w) for w in data["hearsay_sources"]),
        hearsay_determiners=frozenset(norm(w) for w in data["hearsay_determiners"]),
        credit_prefixes=re.compile(rf"^\s*(?:{_alternation(data['credit_prefixes'])})(?:\s*:)?\s*", re.I),
        author_credits=words_pattern(data["author_credits"]),
        news_agencies={str(k): str(v) for k, v in data["news_agencies"].items()},
        attitudes={norm(w): str(stance) for stance, ws in data["attitudes"].items() for w in ws},
        colon_nouns={norm(w): str(stance) for stance, ws in data["colon_nouns"].items() for w in ws},
        attitude_copulas={
            norm(form): bool((options or {}).get("reflexive"))
            for key, options in data["attitude_copulas"].items()
            for form in _forms(norm(key), endings) | set((options or {}).get("forms", []))
        },
        words=words,
        endings=endings,
        implicit_name=str(data["names"]["implicit"]),
        government_name=str(data["names"]["government"]),
        **_patterns(words),
    )


def _figure_patterns(
    number_words: frozenset[str], vague: str, between: list[str], joiners: list[str]
) -> dict[str, re.Pattern[str]]:
    words = "|".join(sorted(number_words, key=len, reverse=True))
    number = rf"(?:{NUMBER_PATTERN}|(?:{words})(?![\w-]))"
    opening, closing = map(re.escape, between)  # "entre" … "et" …
    joined = "|".join(map(re.escape, joiners))
    return {
        "figure": re.compile(rf"\s*(?:{NUMBER_PATTERN}|(?:{words})(?![\w-])|(?:{vague}))", re.I),
        "range": re.compile(
            rf"(?<![\w-])(?:{opening}\s+{number}\s+{closing}\s+{number}|{number}\s*(?:{joined})\s*{number})(?![\w-])",
            re.I,
        ),
    }


def _normalised(section: dict[str, list[Any]]) -> dict[str, list[str]]:
    return {name: [norm(str(item)) for item in items] for name, items in section.items()}


def _patterns(words: Words) -> dict[str, re.Pattern[str]]:
    """The patterns built from word lists: "n'" also matches "n’"; "le" is "le " as an article."""
    articles = [
        _apostrophes_either_way(a) if a.endswith("'") else re.escape(a) + " " for a in words.leading_articles
    ]
    joiners = [rf"\b{re.escape(w)}\b" for w in words.credit_joiners]
    return {
        "earlier": re.compile(rf"\b(?:{_alternatives(words.earlier)})\b", re.I),
        "content_negation": re.compile(
            rf"(?<![\w-])(?:{'|'.join(map(_apostrophes_either_way, words.content_negation))})(?![\w-])", re.I
        ),
        "pluperfect": re.compile(rf"\b(?:{_alternatives(words.pluperfect_auxiliaries)})\b"),
        "leading_article": re.compile(rf"^(?:{'|'.join(articles)})", re.I),
        "credit_separator": re.compile(rf"\s*(?:,|{'|'.join(joiners)}|/|&)\s*"),
        "separable_prefix": re.compile(rf"(?i)\b(?:{_alternatives(words.separable_prefixes)})-(?=\w)"),
        "agent": re.compile(rf"\s(?:{_alternatives(tuple(sorted(words.agent_prepositions)))})\s"),
    }


def _alternatives(words: tuple[str, ...]) -> str:
    return "|".join(map(re.escape, words))


def _apostrophes_either_way(word: str) -> str:
    return re.escape(word).replace("'", "['’]")


def _verb_cue(
    key: str, options: dict[str, Any], reflexives: frozenset[str], cue_clitics: frozenset[str]
) -> VerbCue:
    words = _split_words(norm(key))
    reflexive = words[0] in reflexives
    clitic = words[0] if words[0] in cue_clitics else None
    if reflexive or clitic:
        words = words[1:]
    stance = options.get("stance", "asserts")
    negated = options.get("negated")
    for value in (stance, negated):
        if value is not None and value not in STANCES:
            raise ValueError(f"sourcing lexicon: verb '{key}' has unknown stance '{value}'")
    object_option = options.get("object", False)
    return VerbCue(
        key=key,
        lemma=words[0],
        particles=words[1:],
        reflexive=reflexive,
        clitic=clitic,
        stance=stance,
        negated=negated,
        object=bool(object_option) and object_option != "preposition",
        prepositional_object=object_option == "preposition",
        passive_only=object_option == "passive",
        indefinite_object=object_option in ("indefinite", "figure"),
        figure_object=object_option == "figure",
        quote=bool(options.get("quote")),
        directive=bool(options.get("directive")),
        content=bool(options.get("content")),
        active_only=options.get("passive") is False,
        agentless_passive=options.get("passive") == "agentless",
        charge_passive=options.get("passive") == "charge",
        attribute=bool(options.get("attribute")),
        generic_only=options.get("subject") == "generic",
        object_with=options.get("object_with"),
        sentence_with=norm(options["sentence_with"]) if options.get("sentence_with") else None,
        negated_only=options.get("only") == "negated",
        agent_passive=bool(options.get("agent")),
        addressee=bool(options.get("addressee")),
        forecast_passive=options.get("passive") == "forecast",
        relative_object=bool(options.get("relative_object")),
        object_heads=tuple(norm(word) for word in options.get("object_heads", ())),
        heads_with_figure=bool(options.get("heads_with_figure")),
        kept_heads=tuple(norm(word) for word in options.get("kept_heads", ())),
        no_infinitive=options.get("infinitive") is False,
    )


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(norm(word)) for word in sorted(words, key=len, reverse=True))


def _split_words(phrase: str) -> tuple[str, ...]:
    """ "s'exclamer" → ("s'", "exclamer"); "d'après" → ("d'", "après")."""
    return tuple(re.findall(r"\w+(?:-\w+)*'?|'", phrase.replace("'", "' ")))


def _forms(infinitive: str, endings: Endings) -> set[str]:
    """Inflected forms of a regular verb; irregular ones list theirs in the lexicon."""
    forms = {infinitive}
    if infinitive.endswith("er"):
        stem = infinitive[:-2]
        for ending in endings.er:
            variant = stem
            if ending[0] in "aâo":
                if stem.endswith("c"):
                    variant = stem[:-1] + "ç"
                elif stem.endswith("g"):
                    variant = stem + "e"
            forms.add(variant + ending)
            if ending in endings.er_stem_change or ending.startswith("er"):
                # répéter → répète, appeler → appelle, jeter → jette
                if re.search(r"é[^aeiouéè]+$", stem):
                    forms.add(re.sub(r"é([^aeiouéè]+)$", r"è\1", stem) + ending)
                if stem.endswith(endings.er_doubling_stems):
                    forms.add(stem + stem[-1] + ending)
    elif infinitive.endswith("ir"):
        stem = infinitive[:-2]
        forms.update(stem + ending for ending in endings.ir)
    return forms
