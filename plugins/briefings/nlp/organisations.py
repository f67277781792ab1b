"""Organisations named by a common head noun and a qualifier, from data/<lang>/organisations.yml.

"le musée de Pointe-à-Callière", "le parquet de Paris", "la Confédération générale du travail",
"le Musée des beaux-arts de Montréal (MBAM)": the statistical model often misses such names, or
cuts them. The rule runs after the NER and before the acronym linker (so an acronym defined after
such a name gets its label); it never crosses a knowledge-base organisation ("conseil du CERN")
and stops before a nationality that follows a complete name ("ministère de l'Information
birman").
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from ..language import bundle
from .components import RULE_NAMES
from .demonyms import demonyms
from .function_words import function_words
from .vocabulary import vocabulary

_STOP_POS = frozenset({"VERB", "AUX", "PRON", "SCONJ", "ADV", "NUM", "PUNCT", "CCONJ", "ADP", "DET"})


Phrases = dict[str, tuple[tuple[str, ...], ...]]


@dataclass(frozen=True)
class OrganisationHeads:
    institutions: frozenset[str]  # lower case, any case in the text: the first word of each head
    named: frozenset[str]  # as written: capitalised heads
    max_tokens: int
    media: tuple[tuple[str, ...], ...] = ()  # lower-case words before a medium's name
    connectors: frozenset[str] = frozenset()
    # by their first word, the longest first: lower-case tokens of institution heads (a
    # complement required) and of fixed names (whole as they are), their tokens as written for
    # media outlets and media titles (article included)
    heads: Phrases = field(default_factory=dict)
    fixed: frozenset[tuple[str, ...]] = frozenset()
    outlets: Phrases = field(default_factory=dict)
    titles: Phrases = field(default_factory=dict)
    media_cues: frozenset[str] = frozenset()
    media_cue_openers: frozenset[str] = frozenset()
    media_cue_participles: frozenset[str] = frozenset()
    military_units: frozenset[str] = frozenset()
    state_heads: frozenset[str] = frozenset()
    acronyms: frozenset[str] = frozenset()  # as written: "CHU"
    acronym_articles: frozenset[str] = frozenset()  # lower case: "le", "du"
    lower_platforms: frozenset[str] = frozenset()  # as written, in lower case: "facebook"
    founder_heads: frozenset[str] = frozenset()  # as written: "Laboratoires"
    boards: frozenset[str] = frozenset()  # as written: "Collège"
    office_titles: frozenset[str] = frozenset()  # as written: "Commissaire"


def _by_first(phrases: Iterable[tuple[str, ...]]) -> Phrases:
    found: dict[str, set[tuple[str, ...]]] = {}
    for phrase in phrases:
        if phrase:
            found.setdefault(phrase[0], set()).add(phrase)
    return {first: tuple(sorted(p, key=len, reverse=True)) for first, p in found.items()}


@cache
def organisation_heads(language: str = "fr") -> OrganisationHeads:
    try:
        data: dict[str, Any] = bundle(language).data("organisations.yml")
    except (KeyError, FileNotFoundError):
        return OrganisationHeads(frozenset(), frozenset(), 0)
    import spacy

    tokenizer = spacy.blank(language).tokenizer

    def tokens(words: Any, *, lower: bool) -> list[tuple[str, ...]]:
        return [
            tuple(t.lower_ if lower else t.text for t in tokenizer(str(w).lower() if lower else str(w)))
            for w in words or ()
        ]

    heads = tokens(data.get("institutions"), lower=True)
    fixed = tokens(data.get("fixed_names"), lower=True)
    return OrganisationHeads(
        frozenset(words[0] for words in heads + fixed),
        frozenset(str(w) for w in data.get("named_heads") or ()),
        int(data.get("max_tokens", 12)),
        tuple(
            sorted((tuple(str(w).lower().split()) for w in data.get("media") or ()), key=len, reverse=True)
        ),
        frozenset(str(w).lower() for w in data.get("name_connectors") or ()),
        heads=_by_first(heads + fixed),
        fixed=frozenset(fixed),
        outlets=_by_first(
            tokens(data.get("media_outlets"), lower=False)
            + tokens(data.get("seats_of_power"), lower=False)
            + tokens(data.get("platforms"), lower=False)
        ),
        titles=_by_first(words[1:] for words in tokens(data.get("media_titles"), lower=False)),
        media_cues=frozenset(str(w).lower() for w in data.get("media_cues") or ()),
        media_cue_openers=frozenset(str(w).lower() for w in data.get("media_cue_openers") or ()),
        media_cue_participles=frozenset(str(w).lower() for w in data.get("media_cue_participles") or ()),
        military_units=frozenset(str(w).lower() for w in data.get("military_units") or ()),
        state_heads=frozenset(str(w) for w in data.get("state_heads") or ()),
        acronyms=frozenset(str(w) for w in data.get("institution_acronyms") or ()),
        acronym_articles=frozenset(str(w).lower() for w in data.get("institution_acronym_articles") or ()),
        lower_platforms=frozenset(str(w) for w in data.get("lowercase_platforms") or ()),
        founder_heads=frozenset(str(w) for w in data.get("founder_heads") or ()),
        boards=frozenset(str(w) for w in data.get("board_heads") or ()),
        office_titles=frozenset(str(w) for w in data.get("office_titles") or ()),
    )


@Language.factory("briefings_organisations", default_config={"language": "fr"})
def make_organisation_recogniser(nlp: Language, name: str, language: str) -> OrganisationRecogniser:
    return OrganisationRecogniser(language)


class OrganisationRecogniser:
    """Marks "head + qualifier" organisation names as ORG (see the module's documentation)."""

    def __init__(self, language: str = "fr"):
        self.heads = organisation_heads(language)
        self.words = function_words(language)
        self.capitalised_articles = self.words.capitalised_articles
        self.demonyms = demonyms(language).places
        self.places = frozenset(place.lower() for place in self.demonyms.values())
        self.media_starts = frozenset(words[0] for words in self.heads.media)
        self.not_names = vocabulary(language).not_names
        heads = self.heads
        # most words open nothing: one look-up of the word, one of its lower case (speed)
        self.openers = frozenset(
            self.media_starts | set(heads.outlets) | set(heads.titles) | heads.named | heads.lower_platforms
        )
        self.lower_openers = frozenset(heads.media_cues | heads.institutions | heads.military_units)

    def __call__(self, doc: Doc) -> Doc:
        if not self.heads.max_tokens:
            return doc
        ents = list(doc.ents)
        owner = {i: ent for ent in ents for i in range(ent.start, ent.end)}
        spans = []
        media = []  # names of media, whatever the model made of them
        heads = self.heads
        for ent in ents:
            spans += self._parent_apart(doc, ent) or self._coordinated_apart(doc, ent)
            founded = self._named_after_founder(doc, ent, owner)
            if founded is not None:
                spans.append(founded)
            spans += self._office_title(ent)
        spans += _wire_dateline(doc)
        for token in doc:
            if token.text not in self.openers and token.lower_ not in self.lower_openers:
                continue
            if token.text in heads.lower_platforms:
                model = owner.get(token.i)
                if _standalone(doc, token.i) and (model is None or len(model) == 1 and not model.ent_id_):
                    media.append(Span(doc, token.i, token.i + 1, label="ORG"))  # "facebook, twitter"
                continue
            medium = self._medium_name(doc, token.i, owner)
            if medium is not None:
                spans.append(medium)
                continue
            if token.text in heads.outlets or token.text in heads.titles:
                outlet = self._outlet(doc, token.i, owner)
                if outlet is not None:
                    media.append(outlet)
                    continue
            if token.lower_ in heads.media_cues:
                interviewer = self._interviewer(doc, token.i, owner)
                if interviewer is not None:
                    media.append(interviewer)
                    continue
            if (
                token.lower_ in heads.military_units
                and token.i > 0
                and _ordinal(doc[token.i - 1].text, self.words.ordinal_suffixes)
            ):
                unit = self._unit(doc, token.i, owner)
                if unit is not None:
                    spans.append(unit)
                    continue
            if token.text in heads.boards and self._board_parent(doc, token.i) is not None:
                continue  # the parent's own head opens its name
            if token.text in heads.named:
                end = self._extend(doc, token.i, owner, need_capital=False)
            elif token.lower_ in heads.institutions:
                found = self._institution(doc, token.i, owner) or self._short_institution(doc, token.i, owner)
                if found is not None:
                    spans.append(found)
                continue
            else:
                continue
            if end is None:
                continue
            span = Span(doc, token.i, end, label="ORG")
            if self._fits(span, owner) and span.text.lower() not in self.places and not self._common(span):
                spans.append(span)  # "l'Union soviétique" is a country
        if not spans and not media:
            return doc
        spans = filter_spans(media + spans)
        taken = {i for span in spans for i in range(span.start, span.end)}
        kept = [ent for ent in ents if not taken.intersection(range(ent.start, ent.end))]
        doc.ents = filter_spans(kept + spans)
        doc.user_data[RULE_NAMES] = {(span.start, span.end) for span in spans}
        return doc

    def _named_after_founder(self, doc: Doc, ent: Span, owner: dict[int, Span]) -> Span | None:
        """ "les Laboratoires Jean Morvan", "les Établissements Paul Grenet": a company's plural
        sector word, then a person's name the model found, is one company named after its founder."""
        if ent.label_ != "PER" or ent.ent_id_ or ent.start == 0:
            return None
        head = doc[ent.start - 1]
        if head.text not in self.heads.founder_heads:
            return None
        model = owner.get(head.i)
        if model is not None and (model.ent_id_ or model.start != head.i):
            return None
        return Span(doc, head.i, ent.end, label="ORG")

    def _parent_apart(self, doc: Doc, ent: Span) -> list[Span]:
        """ "Comité de politique monétaire de la Banque centrale" the model took whole: a body and
        the organisation it belongs to (a capitalised organisation head after "de"), or the state
        it serves ("ministère des Affaires étrangères de la République de …", a place), are two
        names; an established name stays whole ("Cour de justice de l'Union européenne")."""
        heads = self.heads
        if ent.label_ == "ORG" and not ent.ent_id_ and ent[0].text in heads.boards:
            parent = self._board_parent(doc, ent.start)
            if parent is not None and parent < ent.end:
                return [Span(doc, parent, ent.end, label="ORG")]
        if ent.label_ != "ORG" or ent.ent_id_ or len(ent) < 5:
            return []
        if ent[0].text not in heads.named and ent[0].lower_ not in heads.institutions:
            return []
        if tuple(t.lower_ for t in ent) in heads.fixed:
            return []
        of = self.words.of
        for k in range(ent.start + 2, ent.end - 2):
            if doc[k].lower_ not in of:
                continue
            m = k + 1
            while m < ent.end and doc[m].lower_ in self.words.articles:
                m += 1
            body = k - ent.start >= 3 and doc[ent.start + 1].lower_ in of
            if m == ent.end - 1 and _acronym(doc[m]) and body:
                # "Conseil des droits de l'homme de l'ONU": the parent by its acronym
                return [Span(doc, ent.start, k, label="ORG"), Span(doc, m, ent.end, label="ORG")]
            if m >= ent.end - 1:
                return []
            if doc[m].text in heads.named:
                label = "ORG"
            elif doc[m].text in heads.state_heads and m + 2 < ent.end:
                label = "LOC"
            elif self._described_body(doc, ent.start, k) and self._named_parent(doc, m, ent.end):
                label = "ORG"  # "Conseil de sécurité des Nations unies"
            else:
                continue
            return [Span(doc, ent.start, k, label="ORG"), Span(doc, m, ent.end, label=label)]
        return []

    def _office_title(self, ent: Span) -> list[Span]:
        """ "la Commissaire européenne chargée de …" the model took for an organisation: a capitalised
        office and its nationality are a title, of which only the nationality is annotated (NORP)."""
        if ent.label_ != "ORG" or ent.ent_id_ or len(ent) < 2 or ent[0].text not in self.heads.office_titles:
            return []
        rest = ent[1:]
        if not all(t.is_lower and t.lower_ in self.demonyms for t in rest):
            return []
        return [Span(ent.doc, rest.start, ent.end, label="NORP")]  # the model's whole name goes

    def _board_parent(self, doc: Doc, i: int) -> int | None:
        """Where the parent opens after a board's head at `i` ("le Collège de l'Autorité de …": the
        board is no name of its own, the parent is, as a company's "conseil de surveillance")."""
        k = i + 1
        if k >= len(doc) or doc[k].lower_ not in self.words.of:
            return None
        m = k + 1
        while m < len(doc) and doc[m].lower_ in self.words.articles:
            m += 1
        return m if m < len(doc) and doc[m].text in self.heads.named else None

    def _coordinated_apart(self, doc: Doc, ent: Span) -> list[Span]:
        """ "Haut-Commissariat … pour les réfugiés et la Ligue contre le cancer" the model took
        whole: two organisations joined by "et", the second opened by an organisation's
        capitalised head ("et de la maîtrise de l'énergie" goes on with the first name)."""
        if ent.label_ != "ORG" or ent.ent_id_ or len(ent) < 4:
            return []
        for k in range(ent.start + 1, ent.end - 1):
            if doc[k].lower_ not in self.words.list_coordinators:
                continue
            m = k + 1
            while m < ent.end and doc[m].lower_ in self.words.articles:
                m += 1
            if m < ent.end and doc[m].text in self.heads.named:
                return [Span(doc, ent.start, k, label="ORG"), Span(doc, m, ent.end, label="ORG")]
        return []

    def _described_body(self, doc: Doc, start: int, end: int) -> bool:
        """ "Conseil de sécurité", "Comité des sages": a head and a lower-case complement."""
        return (
            end - start >= 3
            and doc[start + 1].lower_ in self.words.of
            and all(t.is_lower for t in doc[start + 1 : end])
        )

    def _named_parent(self, doc: Doc, start: int, end: int) -> bool:
        """ "Nations unies": a capitalised noun and its lower-case adjectives, no place."""
        tail = doc[start:end]
        return (
            len(tail) >= 2
            and tail[0].is_title
            and all(t.is_lower and t.pos_ in ("ADJ", "VERB") for t in tail[1:])
            and tail.text.lower() not in self.places
        )

    def _institution(self, doc: Doc, i: int, owner: dict[int, Span]) -> Span | None:
        """ "la cour d'appel de Douai", "la gendarmerie nationale", "le parquet de Paris": an
        institution's head and its place, or a fixed name, or None."""
        for words in self.heads.heads.get(doc[i].lower_, ()):
            last = i + len(words) - 1
            if last >= len(doc) or tuple(t.lower_ for t in doc[i : last + 1]) != words:
                continue
            end = self._extend(doc, last, owner, need_capital=True)
            if end is None and words in self.heads.fixed:
                after = doc[last + 1] if last + 1 < len(doc) else None
                if after is not None and after.is_lower and after.lower_ in self.demonyms:
                    return None  # "l'armée de l'air israélienne": a common noun and a nationality
                end = last + 1
            if end is None:
                continue
            span = Span(doc, i, end, label="ORG")
            # an established name wins over a longer span of the model ("… indépendante mardi"),
            # but not over the name of a body it is the complement of ("Inspection générale de la
            # gendarmerie nationale")
            model = owner.get(i)
            complement = model is not None and model.start < i and doc[model.start].text in self.heads.named
            established = (
                end == last + 1
                and words in self.heads.fixed
                and self._known_free(span, owner)
                and not complement
            )
            if (self._fits(span, owner) or established) and span.text.lower() not in self.places:
                return span
            return None
        return None

    def _short_institution(self, doc: Doc, i: int, owner: dict[int, Span]) -> Span | None:
        """ "le CHU", "du CHU": an institution's acronym after a singular article, the one the text is
        about (the plural, "les CHU", is a common noun)."""
        if (
            doc[i].text not in self.heads.acronyms
            or i == 0
            or doc[i - 1].lower_ not in self.heads.acronym_articles
        ):
            return None
        ent = owner.get(i)
        if ent is not None and (ent.ent_id_ or len(ent) > 1):
            return None
        return Span(doc, i, i + 1, label="ORG")

    def _common(self, span: Span) -> bool:
        """A common noun of several words, alone or with a complement: "le Conseil d'administration
        de la société" is a company's own body, no name."""
        return any(span[:n].text in self.not_names for n in range(2, len(span) + 1))

    @staticmethod
    def _known_free(span: Span, owner: dict[int, Span]) -> bool:
        """No knowledge-base name touches `span`."""
        return not any(owner[i].ent_id_ for i in range(span.start, span.end) if i in owner)

    def _unit(self, doc: Doc, i: int, owner: dict[int, Span]) -> Span | None:
        """ "le 9e régiment d'infanterie de marine", "la 2e division blindée": a military unit."""
        limit = min(len(doc), i + 7)
        end = j = i + 1
        while j < limit:
            token = doc[j]
            if (
                token.lower_ in self.words.of
                and j + 1 < limit
                and doc[j + 1].is_lower
                and doc[j + 1].pos_ == "NOUN"
            ):
                end = j = _word_end(doc, j + 1, limit)  # "d'infanterie", "de marine"
            elif token.is_lower and token.pos_ == "ADJ" and token.lower_ not in self.demonyms:
                end = j = _word_end(doc, j, limit)  # "blindée", "parachutiste"
            else:
                break
        span = Span(doc, i - 1, end, label="ORG")
        return span if self._fits(span, owner) else None

    def _outlet(self, doc: Doc, i: int, owner: dict[int, Span]) -> Span | None:
        """ "selon Ouest-France", "a indiqué au Parisien": the name of a news medium, or None."""
        token = doc[i]
        before = doc[i - 1] if i > 0 else None
        candidates = list(self.heads.outlets.get(token.text, ()))
        if before is not None and before.lower_ in self.words.title_articles:
            contracted = before.lower_ in self.words.fused_articles
            if not (contracted and i > 1 and doc[i - 2].text[:1].isupper() and not doc[i - 2].is_sent_start):
                candidates += self.heads.titles.get(token.text, ())  # but "la Coupe du Monde"
        for words in sorted(candidates, key=len, reverse=True):
            end = i + len(words)
            if end > len(doc) or tuple(t.text for t in doc[i:end]) != words:
                continue
            after = doc[end] if end < len(doc) else None
            glued = after is not None and after.text == "-" and not doc[end - 1].whitespace_
            if after is not None and (after.text[:1].isupper() and after.is_alpha or glued):
                return None  # the name goes on: "Times Square", "AP-HP"
            if (
                before is not None
                and not before.whitespace_
                and not before.is_punct
                and before.text[-1:] not in "'’"
            ):
                return None  # inside a longer word (but "l'Élysée")
            span = Span(doc, i, end, label="ORG")
            return span if self._media_fits(span, owner) else None
        return None

    def _interviewer(self, doc: Doc, i: int, owner: dict[int, Span]) -> Span | None:
        """ "au micro de RTL", "dans un entretien accordé au Courrier de l'Ouest": the medium after
        the noun of an interview or a broadcast, or None."""
        heads = self.heads
        if not any(doc[j].lower_ in heads.media_cue_openers for j in range(max(0, i - 3), i)):
            return None
        j = i + 1
        if j < len(doc) and doc[j].lower_ in heads.media_cue_participles:
            j += 1
        if j >= len(doc) or doc[j].lower_ not in self.words.medium_links:
            return None
        j += 1
        while j < len(doc) and doc[j].lower_ in self.words.articles:
            j += 1
        start = end = j
        while j < len(doc) and j - start < heads.max_tokens:
            token = doc[j]
            if token.text[:1].isupper() and (token.is_alpha or token.like_num or "-" in token.text):
                end = j = _word_end(doc, j, len(doc))
            elif token.like_num and end > start:
                end = j = j + 1  # "Europe 1", "France 24"
            elif token.lower_ in heads.connectors and end > start:
                j += 1
            else:
                break
        if end == start:
            return None
        span = Span(doc, start, end, label="ORG")
        if any(owner[k].label_ == "PER" for k in range(start, end) if k in owner):
            return None  # "au micro de Léa Dupont": a journalist
        return span if self._media_fits(span, owner) else None

    @staticmethod
    def _media_fits(span: Span, owner: dict[int, Span]) -> bool:
        """No knowledge-base name in `span`, and the model's names that touch it lie inside it, give
        or take the article before it ("Le Monde" taken whole by the model) and lower-case words
        the model glued to it ("Mediapart mardi", "colonnes du Figaro")."""
        doc = span.doc
        ents = {owner[i] for i in range(span.start, span.end) if i in owner}
        return all(
            not e.ent_id_
            and (e.start >= span.start - 1 or _common_words(doc[e.start : span.start]))
            and _common_words(doc[span.end : e.end])
            for e in ents
        )

    def _medium_name(self, doc: Doc, i: int, owner: dict[int, Span]) -> Span | None:
        """ "la revue Nature": the capitalised name after a medium's common noun, or None."""
        if doc[i].text not in self.media_starts:
            return None
        for words in self.heads.media:
            if tuple(t.text for t in doc[i : i + len(words)]) != words:  # "Radio Sawa" is a name
                continue
            start = end = i + len(words)
            while start < len(doc) and doc[start].text in self.capitalised_articles:
                start += 1  # "le quotidien Le Monde": the article stays outside
            end = j = start
            while j < len(doc) and j - start < self.heads.max_tokens:
                token = doc[j]
                ent = owner.get(j)
                # a person, a known name (but "la radio Europe 1": a place and a number, a medium)
                if (
                    ent is not None
                    and (ent.ent_id_ and ent.label_ != "ORG" or ent.label_ == "PER")
                    and not (ent.label_ == "LOC" and channel_number(doc, ent.end))
                ):
                    break
                if token.text[:1].isupper() and (token.is_alpha or token.like_num or "-" in token.text):
                    end = j = _word_end(doc, j, len(doc))
                elif end == j > start and channel_number(doc, j):
                    end = j = j + 1  # "la chaîne France 24", "la radio Europe 1"
                elif token.lower_ in self.heads.connectors and end > start:
                    j += 1
                else:
                    break
            if end > start and not doc[start].is_sent_start:
                span = Span(doc, start, end, label="ORG")
                if span.text in self.not_names:
                    return None  # "le site Internet": a common noun after the medium's
                return span if self._fits(span, owner) or _model_inside(span, owner) else None
            return None
        return None

    def _extend(self, doc: Doc, head: int, owner: dict[int, Span], *, need_capital: bool) -> int | None:
        """The end of the name opened by the head at `head`, or None when it names nothing."""
        limit = min(len(doc), head + self.heads.max_tokens)
        end = head + 1
        after_of = False
        i = head + 1
        while i < limit:
            token = doc[i]
            if token.lower_ in self.words.of:
                if need_capital and after_of:
                    break  # "musée de Pointe-à-Callière" | "de Montréal"
                j = i + 1
                while j < limit and doc[j].lower_ in self.words.articles:
                    j += 1
                if j >= limit or not self._complement(
                    doc[j], owner, need_capital=need_capital and not after_of
                ):
                    break
                end = i = _word_end(doc, j, limit)
                after_of = True
                continue
            if not need_capital and token.lower_ in self.words.purpose_prepositions and end == i:
                # "Office central pour la répression des …", "Ligue contre le cancer",
                # "Commissariat à l'énergie atomique": a common noun after the preposition
                j = i + 1
                while (
                    j < limit
                    and doc[j].lower_ in self.words.purpose_articles
                    and token.lower_ not in self.words.fused_a
                ):
                    j += 1
                if j < limit and doc[j].is_lower and doc[j].pos_ == "NOUN" and not doc[j].is_stop:
                    if doc[j].lower_ in self.words.locution_nouns and _next_is(doc, j, self.words.of):
                        break  # "au titre de", "au sein de": a compound preposition ends the name
                    end = i = _word_end(doc, j, limit)
                    continue
                break
            if self._qualifier(doc, token, owner, after_of=after_of, lower_head=need_capital):
                end = i = _word_end(doc, i, limit)
                continue
            break
        if need_capital and not after_of:
            return None  # "le musée" alone, "le ministère chargé de …"
        return end if end - head >= 2 else None

    def _complement(self, token: Token, owner: dict[int, Span], *, need_capital: bool) -> bool:
        """The first word after "de" (and an article): "Paris", "l'Information", "du travail"."""
        ent = owner.get(token.i)
        # a sub-body of a named organisation, or a person; but "ministère de la Justice": a
        # capitalised common noun the model took for an organisation is the ministry's name
        common = ent is not None and not ent.ent_id_ and ent.label_ == "ORG" and token.pos_ == "NOUN"
        if (
            ent is not None
            and (ent.label_ in ("ORG", "PER") or ent.ent_id_ and ent.label_ != "LOC")
            and not (common and token.is_title)
        ):
            return False
        if not token.is_alpha and "-" not in token.text:
            return False
        if token.is_upper and len(token) > 1:
            return False  # "de l'ONU", "du CERN": the parent organisation, annotated on its own
        if need_capital:
            return token.text[:1].isupper()
        return token.pos_ in ("NOUN", "PROPN", "ADJ", "") and not token.is_stop

    def _qualifier(
        self, doc: Doc, token: Token, owner: dict[int, Span], *, after_of: bool, lower_head: bool
    ) -> bool:
        """A word that continues the name without "de": "générale", "national", "Picasso"."""
        if token.pos_ in _STOP_POS or token.is_punct or not (token.is_alpha or "-" in token.text):
            return False
        ent = owner.get(token.i)
        if ent is not None and (ent.label_ == "PER" or ent.ent_id_):
            return False
        if after_of and token.is_lower and token.lower_ in self.demonyms:
            return False  # a nationality after a complete name is its own NORP
        if token.is_lower:
            if lower_head and after_of:
                # "ministère des Affaires étrangères", not "musée de Pointe-à-Callière présente"
                before = doc[token.i - 1]
                return token.pos_ in ("ADJ", "") and before.pos_ != "PROPN" and not before.ent_type_
            return token.pos_ in ("ADJ", "")
        return not lower_head or after_of

    def _fits(self, span: Span, owner: dict[int, Span]) -> bool:
        """No entity of the model or of the knowledge base crosses the edges of `span`, and none
        holds it whole (the model already named it, perhaps longer)."""
        doc = span.doc
        for i in (span.start, span.end - 1):
            ent = owner.get(i)
            if ent is None:
                continue
            if ent.end > span.end or ent.ent_id_ and ent.start < span.start:
                return False
            if any(t.lower_ not in self.words.articles for t in doc[ent.start : span.start]):
                return False  # but "La Croix-Rouge" the model took with its article
        return not any(
            ent.ent_id_ and ent.label_ == "ORG" for i in range(span.start, span.end) if (ent := owner.get(i))
        )


_DASHES = frozenset({"-", "–", "—"})


def _wire_dateline(doc: Doc) -> list[Span]:
    """ "BONN (Agence) - …", "SANTIAGO, 28 fév 2010 (Agence) - ": a wire dispatch's dateline at the
    start of a paragraph, the place in capitals (LOC) and the agency in parentheses (ORG)."""
    spans = []
    for i in range(len(doc)):
        if i > 0 and "\n" not in doc[i - 1].whitespace_ and "\n" not in doc[i - 1].text:
            continue
        j = i
        while j < len(doc) and j - i < 4 and doc[j].is_upper and doc[j].is_alpha and len(doc[j]) > 1:
            j += 1
        if j == i:
            continue
        k = j
        if k < len(doc) and doc[k].text == ",":  # a date after the place
            k = next((m for m in range(k + 1, min(len(doc), k + 7)) if doc[m].text == "("), k)
        if k >= len(doc) or doc[k].text != "(":
            continue
        close = next((m for m in range(k + 2, min(len(doc), k + 6)) if doc[m].text == ")"), None)
        if close is None or close + 1 >= len(doc) or doc[close + 1].text not in _DASHES:
            continue
        spans += [Span(doc, i, j, label="LOC"), Span(doc, k + 1, close, label="ORG")]
    return spans


def _standalone(doc: Doc, i: int) -> bool:
    """Whether the word at `i` is a word of its own, not a piece of a longer one ("youtube-dl",
    "#facebook"; "facebook.com" is one token)."""
    before = doc[i - 1] if i > 0 else None
    after = doc[i + 1] if i + 1 < len(doc) else None
    glued_before = (
        before is not None and not before.whitespace_ and before.text[-1:] not in ("'", "’", "(", "«", '"')
    )
    glued_after = after is not None and not doc[i].whitespace_ and (after.is_alpha or after.text == "-")
    return not glued_before and not glued_after


def _acronym(token: Token) -> bool:
    """ "ONU", "OTAN": a word of capitals."""
    return token.is_upper and token.is_alpha and len(token) >= 2


def _next_is(doc: Doc, i: int, words: frozenset[str]) -> bool:
    """The word after `i` is one of `words`."""
    return i + 1 < len(doc) and doc[i + 1].lower_ in words


def _ordinal(text: str, suffixes: tuple[str, ...]) -> bool:
    """ "9e", "1er", "2ème", "3è": an ordinal written with digits."""
    return any(text.endswith(suffix) and text[: -len(suffix)].isdigit() for suffix in suffixes)


def channel_number(doc: Doc, i: int) -> bool:
    """Whether a channel's number stands at `i`: "France 24", "Europe 1" (not "Renault 3 000
    emplois" nor "2 usines")."""
    if i >= len(doc) or not doc[i].text.isdigit() or len(doc[i]) > 3 or not doc[i - 1].whitespace_:
        return False
    after = doc[i + 1] if i + 1 < len(doc) else None
    return after is None or not (after.like_num or after.pos_ == "NOUN")


def _common_words(tokens: Span) -> bool:
    return all(t.is_lower or t.is_punct for t in tokens)


def _word_end(doc: Doc, i: int, limit: int) -> int:
    """The index after the word at `i`, with the hyphenated parts the tokenizer split off
    ("beaux" "-" "arts")."""
    end = i + 1
    while (
        end + 1 < limit and doc[end].text == "-" and not doc[end - 1].whitespace_ and not doc[end].whitespace_
    ):
        end += 2
    return end


def _model_inside(span: Span, owner: dict[int, Span]) -> bool:
    """Whether the model's entities that touch `span` lie inside it, give or take the medium's noun
    ("revue Nature" taken whole by the model)."""
    ents = {owner[i] for i in range(span.start, span.end) if i in owner}
    return all(not e.ent_id_ and e.end <= span.end and e.start >= span.start - 3 for e in ents)
