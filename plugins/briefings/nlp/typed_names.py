"""What kind of name a name is, told by the words around it (data/<lang>/names.yml).

The statistical model labels names it has never seen by their look: a company new to it becomes a
person, a typhoon a person, a planet nothing. The words around a name say what it is, whatever
the name: "le groupe Sanofi" (a company), "l'inspecteur N'Guma" (a person), "le typhon Saola" (a
named storm), "l'hôpital Sao Joao" (a place, head noun included), "le Forum mondial de …" (an
event), "le boson de Higgs" (an eponymous concept), "Acme Inc." (a legal form), "Free Mobile"
(an English organisation word), "la Terre" (a celestial body), "Allah" (a deity). The rules run
last, after the clean-up of entity spans; they never touch a knowledge-base name, and leave a
name alone when the model already gave it the right label.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from ..language import bundle
from .components import RULE_NAMES
from .consistency import EVIDENCE, NAME_LABELS
from .demonyms import demonyms
from .function_words import function_words
from .organisations import channel_number, organisation_heads
from .vocabulary import vocabulary

_QUOTES = {"«": "»", "“": "”", '"': '"'}
#: Words between a head and its name: "le groupe pharmaceutique Sanofi", "l'étoile naine orange".
_MODIFIER_POS = frozenset({"ADJ", "NOUN", ""})
_MAX_MODIFIERS = 3


def _phrases(words: Iterable[Any]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Phrases by their first word, the longest first ("think tank", "Grand Prix")."""
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for word in words:
        parts = tuple(str(word).split())
        by_first.setdefault(parts[0], []).append(parts)
    return {first: tuple(sorted(set(p), key=len, reverse=True)) for first, p in by_first.items()}


@dataclass(frozen=True)
class NameCues:
    apposition: dict[str, str]  # lower-case head → label of the name after it
    appositions: dict[str, tuple[tuple[str, ...], ...]]  # the heads as phrases, by first word
    codes: dict[str, str]  # head → label, for a name that is a code
    of_heads: dict[str, str]  # head → label of a name after "de" the model left unlabelled
    ofs: dict[str, tuple[tuple[str, ...], ...]]
    members: frozenset[str]  # heads of a group of people: what follows is no person
    facilities: frozenset[str]
    events: dict[str, tuple[tuple[str, ...], ...]]  # capitalised heads, as written
    concepts_of: frozenset[str]
    concepts_direct: frozenset[str]
    legal_forms: frozenset[str]
    last_words: frozenset[str]
    celestial: dict[str, tuple[tuple[str, ...], ...]]
    deities: frozenset[str]
    connectors: frozenset[str]
    person_titles: frozenset[str]
    title_cues: frozenset[str]
    max_tokens: int
    given_names: frozenset[str] = frozenset()
    place_acronyms: frozenset[str] = frozenset()
    route_nouns: frozenset[str] = frozenset()  # lower case: "vol", "liaison"
    club_prefixes: frozenset[str] = frozenset()  # as written: "AS", "JS"
    enumerations: dict[str, str] = field(default_factory=dict)  # plural head → label of the names listed
    # a company by what it does (lemmas): its verbs and their objects, a rival's noun before it,
    # its roles after "en tant que"; an offer "sur" it; "en Bourse" after it
    company_verbs: frozenset[str] = frozenset()
    company_only_verbs: frozenset[str] = frozenset()
    company_objects: frozenset[str] = frozenset()
    rival_nouns: frozenset[str] = frozenset()
    company_roles: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)
    role_cues: tuple[tuple[str, ...], ...] = ()  # lower case: ("en", "tant", "que")
    takeover_nouns: frozenset[str] = frozenset()
    takeover_prepositions: frozenset[str] = frozenset()
    stock_exchange: frozenset[str] = frozenset()
    listing_prepositions: frozenset[str] = frozenset()
    numbered_competitions: frozenset[str] = frozenset()  # as written: "Ligue" of "Ligue 1"
    selling_cues: frozenset[str] = frozenset()  # lower case: "vendus" of "vendus sur X"
    selling_preposition: str = ""  # "sur"
    quoted_name_heads: frozenset[str] = frozenset()  # lower case: "plan" of "le plan « X »"


@cache
def name_cues(language: str = "fr") -> NameCues:
    try:
        data: dict[str, Any] = bundle(language).data("names.yml")
    except (KeyError, FileNotFoundError):
        data = {}
    apposition = {
        str(head).lower(): str(label)
        for label, heads in (data.get("apposition_heads") or {}).items()
        for head in heads or ()
    }
    concepts = data.get("concept_heads") or {}
    codes = data.get("code_heads") or {}
    ofs = data.get("of_heads") or {}
    of_heads = {str(head).lower(): str(label) for label, heads in ofs.items() for head in heads or ()}
    return NameCues(
        apposition=apposition,
        appositions=_phrases(apposition),
        codes={str(h).lower(): str(label) for label, heads in codes.items() for h in heads or ()},
        of_heads=of_heads,
        ofs=_phrases(of_heads),
        # of_heads whose complement is a group, or a company (`company_things`), never a person
        members=frozenset(str(w).lower() for w in data.get("members") or ())
        | frozenset(str(w).lower() for w in data.get("company_things") or ()),
        facilities=frozenset(str(w).lower() for w in data.get("facility_heads") or ()),
        events=_phrases(data.get("event_heads") or ()),
        concepts_of=frozenset(str(w).lower() for w in concepts.get("of") or ()),
        concepts_direct=frozenset(str(w).lower() for w in concepts.get("direct") or ()),
        legal_forms=frozenset(str(w) for w in data.get("legal_forms") or ()),
        last_words=frozenset(str(w) for w in data.get("organisation_last_words") or ()),
        celestial=_phrases(data.get("celestial_bodies") or ()),
        deities=frozenset(str(w) for w in data.get("deities") or ()),
        connectors=frozenset(str(w).lower() for w in data.get("name_connectors") or ()),
        person_titles=frozenset(str(w) for w in data.get("person_abbreviations") or ()),
        title_cues=frozenset(str(w).lower() for w in data.get("title_cues") or ()),
        max_tokens=int(data.get("max_tokens", 10)),
        given_names=frozenset(str(w) for w in data.get("given_names") or ()),
        place_acronyms=frozenset(str(w) for w in data.get("place_acronyms") or ()),
        route_nouns=frozenset(str(w).lower() for w in data.get("route_nouns") or ()),
        club_prefixes=frozenset(str(w) for w in data.get("club_prefixes") or ()),
        enumerations={
            str(head).lower(): str(label)
            for label, heads in (data.get("enumeration_heads") or {}).items()
            for head in heads or ()
        },
        company_verbs=frozenset(str(w) for w in data.get("company_verbs") or ()),
        company_only_verbs=frozenset(str(w) for w in data.get("company_only_verbs") or ()),
        company_objects=frozenset(str(w) for w in data.get("company_objects") or ()),
        rival_nouns=frozenset(str(w) for w in data.get("rival_nouns") or ()),
        company_roles=_phrases(data.get("company_roles") or ()),
        role_cues=tuple(tuple(str(w).lower().split()) for w in data.get("role_cues") or ()),
        takeover_nouns=frozenset(str(w) for w in data.get("takeover_nouns") or ()),
        takeover_prepositions=frozenset(str(w) for w in data.get("takeover_prepositions") or ()),
        stock_exchange=frozenset(str(w) for w in data.get("stock_exchange") or ()),
        listing_prepositions=frozenset(str(w) for w in data.get("listing_prepositions") or ()),
        numbered_competitions=frozenset(str(w) for w in data.get("numbered_competitions") or ()),
        selling_cues=frozenset(str(w).lower() for w in data.get("selling_cues") or ()),
        selling_preposition=str(data.get("selling_preposition") or ""),
        quoted_name_heads=frozenset(str(w).lower() for w in data.get("quoted_name_heads") or ()),
    )


@Language.factory("briefings_typed_names", default_config={"language": "fr"})
def make_typed_name_recogniser(nlp: Language, name: str, language: str) -> TypedNameRecogniser:
    return TypedNameRecogniser(language)


class TypedNameRecogniser:
    """Labels names by the common noun, legal form or word around them (see the module)."""

    def __init__(self, language: str = "fr"):
        self.cues = name_cues(language)
        self.words = function_words(language)
        # a capitalised article inside a sentence opens a title: "Le Parisien", "Les Échos"
        self.capitalised_articles = self.words.capitalised_articles
        self.places = frozenset(place.lower() for place in demonyms(language).places.values())
        self.not_names = vocabulary(language).not_names
        self.titles = vocabulary(language).person_titles
        self.organisation_heads = organisation_heads(language).named
        self.founder_heads = organisation_heads(language).founder_heads  # "Laboratoires Jean …"
        cues = self.cues
        self.cue_words = frozenset(
            {"(", ","}
            | self.capitalised_articles
            | cues.legal_forms
            | cues.last_words
            | set(cues.events)
            | set(cues.celestial)
            | cues.deities
            | cues.person_titles
            | cues.given_names
            | cues.club_prefixes
            | cues.stock_exchange
            | cues.takeover_nouns
            | cues.numbered_competitions
        )
        self.role_cue_ends = frozenset(cue[-1] for cue in cues.role_cues if cue)  # "que" of "en tant que"
        self.heads_of_names = frozenset(
            {w.lower() for w in self.organisation_heads}
            | {w.lower() for w in cues.events}
            | cues.facilities
            | set(cues.apposition)
            | cues.concepts_direct
        )
        self.lower_cue_words = frozenset(
            set(cues.appositions)
            | set(cues.ofs)
            | set(cues.codes)
            | cues.facilities
            | cues.concepts_of
            | cues.concepts_direct
            | cues.title_cues
            | cues.quoted_name_heads
            | {head.split()[0] for head in cues.enumerations}
            | self.role_cue_ends
            | cues.selling_cues
        )
        self.person_heads = frozenset(head for head, label in cues.apposition.items() if label == "PER")

    def __call__(self, doc: Doc) -> Doc:
        if not self.cues.max_tokens:
            return doc
        ents = list(doc.ents)
        owner = {i: ent for ent in ents for i in range(ent.start, ent.end)}
        candidates = [span for span in self._candidates(doc, owner) if self._plausible(span, owner)]
        # what the words around a name say counts in the document's vote on its label
        doc.user_data[EVIDENCE] = [(span.start, span.end, span.label_) for span in candidates]
        spans = [
            span
            for span in candidates
            if not _named_so(span, owner) or self._completed_by_its_word(span, owner)
        ]
        if not spans:
            return doc
        # a league named by its level is whole before anything around it ("la 16e place de Ligue 1")
        leagues = {i for span in spans if self._league(span) for i in range(span.start, span.end)}
        if leagues:
            spans = [s for s in spans if self._league(s) or not leagues.intersection(range(s.start, s.end))]
        kept = [ent for ent in ents if ent.ent_id_]
        taken = {i for ent in kept for i in range(ent.start, ent.end)}
        new = [span for span in filter_spans(spans) if not taken.intersection(range(span.start, span.end))]
        new_tokens = {i for span in new for i in range(span.start, span.end)}
        model = [e for e in ents if not e.ent_id_ and not new_tokens.intersection(range(e.start, e.end))]
        doc.ents = filter_spans(kept + new + model)
        return doc

    def _sold_on(self, doc: Doc, token: Token, owner: dict[int, Span]) -> Iterator[Span]:
        """ "vendus sur Zelko, Miravo et Kandoo", "en vente notamment sur Zelko": the names a thing is
        sold on, each a platform or a shop (ORG), whatever the model made of them."""
        i = token.i + 1
        while i < len(doc) and doc[i].pos_ == "ADV" and doc[i].is_lower:
            i += 1  # "vendus notamment sur"
        if i >= len(doc) or doc[i].lower_ != self.cues.selling_preposition:
            return
        i += 1
        while i < len(doc):
            end = i
            while end < len(doc) and doc[end].is_alpha and not doc[end].is_lower and end - i < 3:
                end += 1
            ent = owner.get(i)
            if end == i or (ent is not None and (ent.ent_id_ or ent.start < i or ent.end > end)):
                return
            yield Span(doc, i, end, label="ORG")
            i = end
            if i < len(doc) and (doc[i].text == "," or doc[i].lower_ in self.words.list_coordinators):
                i += 1
                if i < len(doc) and doc[i].lower_ == self.cues.selling_preposition:
                    i += 1  # "sur Zelko et sur Miravo"
                continue
            return

    def _league(self, span: Span) -> bool:
        return (
            len(span) == 2
            and span.label_ == "MISC"
            and span[0].text in self.cues.numbered_competitions
            and _numbered_competition(span.doc, span[0]) is not None
        )

    def _candidates(self, doc: Doc, owner: dict[int, Span]) -> Iterator[Span]:
        people: set[str] | None = None  # the surnames of the text's people, when first needed
        for token in doc:
            if token.lemma_ in self.cues.company_objects and token.pos_ == "NOUN":
                if people is None:
                    people = _surnames(owner)
                span = self._company_by_its_object(doc, token, owner, people)
                if span is not None:
                    yield span
            # most words open nothing: two look-ups, and on to the next (speed)
            if token.text not in self.cue_words and token.lower_ not in self.lower_cue_words:
                continue
            if token.lower_ in self.cues.selling_cues:
                yield from self._sold_on(doc, token, owner)
            if (
                token.text in self.cues.takeover_nouns
                or token.lower_ in self.role_cue_ends
                or token.text in self.cues.stock_exchange
            ):
                if people is None:
                    people = _surnames(owner)
                span = self._company_by_context(doc, token, owner, people)
                if span is not None:
                    yield span
                    continue
                if token.lower_ in self.role_cue_ends:
                    continue  # "que" opens nothing else
            if token.text in self.cues.legal_forms or token.text in self.cues.last_words:
                span = self._organisation_word(doc, token)
                if span is not None:
                    yield span  # whatever the model made of the words before it
            if token.text in self.cues.club_prefixes:
                span = _club(doc, token, self.words.leading_words, self.words.locative_prepositions)
                if span is not None:
                    yield span
                    continue
            if token.text in self.cues.numbered_competitions:
                span = _numbered_competition(doc, token)
                if span is not None:
                    yield span
                    continue
            if token.text == ",":
                span = self._apposed_after(doc, token, owner)
                if span is not None:
                    yield span
                continue
            if token.text in self.cues.given_names:
                yield from self._person(doc, token, owner)
            if _inside_a_longer_name(token, owner):
                continue
            if token.is_lower or token.is_upper:
                yield from self._after_a_head(doc, token)
                yield from self._member_of(doc, token, owner)
                yield from self._enumerated(doc, token)
            if token.text == "(" and token.i >= 1 and token.i + 2 < len(doc) and doc[token.i + 2].text == ")":
                # "l'Institut national de défense civile (Indeci)": the short name of an organisation
                short, before = doc[token.i + 1], owner.get(token.i - 1)
                if before is not None and before.label_ == "ORG" and short.is_title and short.is_alpha:
                    yield Span(doc, short.i, short.i + 1, label="ORG")
            if token.text in self.cues.events:
                yield from self._event(doc, token)
            if token.text in self.cues.celestial and not _opens_sentence(token):
                for words in self.cues.celestial[token.text]:
                    if tuple(t.text for t in doc[token.i : token.i + len(words)]) == words:
                        yield Span(doc, token.i, token.i + len(words), label="LOC")
                        break
            particle = token.i > 0 and _is_name_word(doc[token.i - 1])  # "Jean-Marie Le Pen"
            if token.text in self.capitalised_articles and not _opens_sentence(token) and not particle:
                span = self._dated_work(doc, token) or self._titled_name(doc, token, owner)
                if span is not None:
                    yield span
            if token.text in self.cues.deities:
                yield Span(doc, token.i, token.i + 1, label="MISC")
            if token.text in self.cues.person_titles and token.i + 1 < len(doc):
                # "M. Kervadec", "Mme Lindqvist"
                start = token.i + 1 + (doc[token.i + 1].text == ".")
                end = self._name_end(doc, start)
                if end is not None:
                    yield Span(doc, start, end, label="PER")
            if token.lower_ in self.cues.quoted_name_heads and token.is_lower:
                span = self._quoted(doc, token.i + 1)
                if span is not None and not any(
                    i in owner and owner[i].ent_id_ for i in range(span.start, span.end)
                ):
                    yield Span(doc, span.start, span.end, label="MISC")  # le plan « Horizon 2026 »
            if token.lower_ in self.cues.title_cues:
                span = self._quoted(doc, token.i + 1)
                if span is None and token.i + 1 < len(doc) and not doc[token.i + 1].ent_type_:
                    end = self._name_end(doc, token.i + 1)
                    span = Span(doc, token.i + 1, end) if end is not None else None
                if span is not None:  # "une comédie intitulée « Les Oiseaux de nuit »"
                    yield Span(doc, span.start, span.end, label="MISC")
        # an acronym named after a common noun somewhere ("l'accélérateur de particules LHC"), or
        # defined after lower-case words ("règlement général sur la protection des données (RGPD)"),
        # is that thing in the whole document ("avec le LHC")
        described = {
            ent.text
            for ent in owner.values()
            if ent.label_ in ("LOC", "MISC") and ent.start > 1 and _described(doc, ent.start)
        }
        for ent in set(owner.values()):
            # "le Centre sismologique de …" the model took for a place: an organisation's head opens it
            if (
                ent.label_ in ("LOC", "MISC", "PER")
                and ent[0].text in self.organisation_heads
                and "-" not in ent[0].text
                and ent.text.lower() not in self.places
                and len(ent) > 1
                and not (len(ent) == 2 and _numbered_competition(doc, ent[0]) is not None)
            ):
                yield Span(doc, ent.start, ent.end, label="ORG")
            elif ent.label_ in ("ORG", "MISC") and ent.text.lower() in self.places:
                yield Span(doc, ent.start, ent.end, label="LOC")  # "l'Union soviétique", a country
            elif (
                ent.label_ in ("LOC", "MISC")
                and ent.text not in described
                and self._acronym(ent)
                and (ent.start, ent.end) not in doc.user_data.get(RULE_NAMES, ())  # a dateline's place
            ):
                yield Span(doc, ent.start, ent.end, label="ORG")  # "le CERN" taken for a place

    def _person(self, doc: Doc, token: Token, owner: dict[int, Span]) -> Iterator[Span]:
        """ "Dominique de Villepin", "Recep Tayyip Erdogan": a capitalised run that opens with a
        given name is a person; one the model glued to a name before it is cut off there
        ("le fondateur de Tesla Elon Musk": Tesla, an organisation, and Elon Musk)."""
        end = self._person_end(doc, token.i)
        if end - token.i < 2:
            return
        ent = owner.get(token.i)
        inside = {owner[i] for i in range(token.i, end) if i in owner}
        if any(e.ent_id_ or e.end > end for e in inside):
            return  # a knowledge-base name, or a longer name ("Jean Monnet University")
        if ent is not None and ent.start < token.i:
            # glued to the words before it: only a short name that is no head ("Fondation Jean …")
            head = doc[ent.start : token.i]
            if (
                len(head) > 2
                or ent.label_ not in NAME_LABELS
                or any(t.text in self.cues.given_names or not _is_name_word(t) for t in head)
                or any(t.lower_ in self.heads_of_names or t.text in self.founder_heads for t in head)
                or ent.end != end
            ):
                return
            before = doc[ent.start - 1] if ent.start > 0 else None
            if before is not None and before.lower_ in self.words.of:
                yield Span(doc, ent.start, token.i, label="ORG")  # "le patron de Tesla"
            elif ent.label_ == "PER":
                return  # the model's whole person: a first given name we do not list ("Ismaïl Omar …")
            else:
                yield Span(doc, ent.start, token.i, label=ent.label_)
            yield Span(doc, token.i, end, label="PER")
            return
        if any(e.label_ == "ORG" and e.end != end for e in inside):
            return
        yield Span(doc, token.i, end, label="PER")

    def _person_end(self, doc: Doc, i: int) -> int:
        """The end of the person's name that opens at `i`: capitalised words and particles
        ("de Villepin", "Le Drian", "al-Assad", "von der Leyen")."""
        limit = min(len(doc), i + 6)
        end = j = _word_end(doc, i, limit)
        while j < limit:
            token = doc[j]
            if _opens_sentence(token):
                break
            if token.lower_ in self.titles and doc[j - 1].text not in self.capitalised_articles:
                break  # "Angela Merkel Chancelière allemande": a title after the name (but "Le Maire")
            if _is_name_word(token) and not token.is_upper:
                end = j = _word_end(doc, j, limit)
            elif token.lower_ in self.cues.connectors and token.lower_ not in self.words.english_connectors:
                if not token.whitespace_ and j + 1 < limit and doc[j + 1].text == "-":
                    end = j = _word_end(doc, j, limit)  # "al-Assad"
                    continue
                j += 1
                if j >= limit or not _is_name_word(doc[j]) or _opens_sentence(doc[j]):
                    break
            else:
                break
        return end

    def _acronym(self, ent: Span) -> bool:
        """Whether `ent` is an acronym that names no place ("CERN"; but "RDC")."""
        text = ent.text
        if len(ent) != 1 or not text.isalpha() or not text.isupper() or len(text) < 2:
            return False  # "F1", "A330", "COVID-19": codes
        return text not in self.cues.place_acronyms and text.lower() not in self.places

    def _dated_work(self, doc: Doc, article: Token) -> Span | None:
        """ "son premier film, Le Ballon blanc (1995)": a title that opens with a capitalised
        article and is followed by a year in parentheses is a work, its article included."""
        limit = min(len(doc) - 3, article.i + self.cues.max_tokens)
        for i in range(article.i + 1, limit):
            token = doc[i]
            if token.text == "(":
                year, closing = doc[i + 1], doc[i + 2]
                agent = article.head.dep_ == "obl:agent"  # "publié par Le Seuil (2004)": a publisher
                if (
                    closing.text == ")"
                    and year.is_digit
                    and len(year) == 4
                    and i > article.i + 1
                    and not agent
                ):
                    return Span(doc, article.i, i, label="MISC")
                return None
            if not token.is_alpha and token.text not in ("'", "’", "-") or token.is_sent_start:
                return None
        return None

    def _titled_name(self, doc: Doc, article: Token, owner: dict[int, Span]) -> Span | None:
        """ "révélée par Le Parisien", "selon Les Échos": a capitalised article inside a sentence
        opens the title of a newspaper or of an organisation ("Les Verts"), not a nationality; a
        place the model knows ("La Haye") stays a place. The article stays outside."""
        end = self._name_end(doc, article.i + 1)
        if end is None:
            return None
        span = Span(doc, article.i + 1, end, label="ORG")
        if span.text.lower() in self.places or doc[article.i : end].text.lower() in self.places:
            return None
        if any(owner[i].label_ not in ("NORP", "MISC") for i in range(span.start, span.end) if i in owner):
            return None
        return span

    # --- a common noun before the name ----------------------------------------------------------

    def _after_a_head(self, doc: Doc, token: Token) -> Iterator[Span]:
        lower = token.lower_
        cues = self.cues
        if lower in cues.facilities:
            span = self._facility(doc, token.i)
            if span is not None:
                yield from self._apart_from_its_town(span)
        if lower in cues.concepts_of or lower in cues.concepts_direct:
            span = self._concept(doc, token.i)
            if span is not None:
                yield span
        if lower in cues.codes:
            start = token.i + 1
            end = self._name_end(doc, start)
            if end is not None and any(any(c.isdigit() for c in t.text) for t in doc[start:end]):
                if end < len(doc) and doc[end].is_digit and len(doc[start:end].text) <= 3:
                    end += 1  # "le vol U2 4521": a carrier's code, then the number
                yield Span(doc, start, end, label=cues.codes[lower])
        for words in cues.appositions.get(lower, ()):
            if tuple(t.lower_ for t in doc[token.i : token.i + len(words)]) != words:
                continue
            label = cues.apposition[" ".join(words)]
            start = self._skip_modifiers(doc, token.i + len(words))
            span = self._quoted(doc, start) if label == "MISC" else None
            if span is None:
                end = self._name_end(doc, start)
                if end is None and start < len(doc) and doc[start].text == ",":
                    # "un deuxième typhon, Damrey, est attendu": the name set off by commas
                    end = self._name_end(doc, start + 1)
                    start += 1
                    if end is not None and (end >= len(doc) or doc[end].text != ","):
                        end = None
                if end is not None and label == "ORG" and channel_number(doc, end):
                    end += 1  # "la chaîne France 24": a channel's number is part of its name
                if (
                    end is not None
                    and label == "LOC"
                    and end - start >= 2
                    and doc[start].text in cues.given_names
                ):
                    end = None  # "le maire de la commune Michel X": the mayor's name, no place
                span = Span(doc, start, end, label=label) if end is not None else None
            if span is not None:
                yield Span(doc, span.start, span.end, label=label)
            break

    def _enumerated(self, doc: Doc, token: Token) -> Iterator[Span]:
        """ "les quatre clubs argentins, A, B, C et D", "les opérateurs A et B": the names listed after
        a plural head are of its kind (two names at least, the last after "et" or "ou")."""
        for head, label in self.cues.enumerations.items():
            words = head.split()
            if words[0] != token.lower_ or [t.lower_ for t in doc[token.i : token.i + len(words)]] != words:
                continue
            i = self._skip_modifiers(doc, token.i + len(words), adjectives_only=True)
            colon = i < len(doc) and doc[i].text == ":"
            if i < len(doc) and doc[i].text in (",", ":"):
                i += 1
            names: list[Span] = []
            joins = self.words.list_coordinators
            while (end := self._name_end(doc, i, listed=colon and not names)) is not None:
                names.append(Span(doc, i, end, label=label))
                end = self._past_its_place(doc, end)
                if end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].lower_ not in joins:
                    i = self._skip_articles(doc, end + 1)
                    continue
                if end < len(doc) and doc[end].lower_ in joins:
                    start = self._skip_articles(doc, end + 1)
                    last = self._name_end(doc, start)
                    if last is not None:
                        yield from names
                        yield Span(doc, start, last, label=label)
                        return
                break
            if colon and len(names) > 2:
                yield from names  # "les quotidiens régionaux : A, B, C, ainsi que …": a list after a colon
            return

    def _past_its_place(self, doc: Doc, i: int) -> int:
        """The index after "à Lormont" at `i`, a listed name's place ("le Courrier à Lormont, …"),
        which the model knows; else `i`."""
        at = self.words.locative_prepositions
        if (
            i + 1 < len(doc)
            and doc[i].lower_ in at
            and doc[i + 1].ent_type_ == "LOC"
            and doc[i + 1].ent_iob_ == "B"
        ):
            j = i + 2
            while j < len(doc) and doc[j].ent_iob_ == "I":
                j += 1
            return j
        return i

    def _skip_articles(self, doc: Doc, i: int) -> int:
        """The index after the lower-case articles at `i` ("et le MoDem")."""
        while i < len(doc) and doc[i].is_lower and doc[i].lower_ in self.words.articles:
            i += 1
        return i

    def _apposed_after(self, doc: Doc, comma: Token, owner: dict[int, Span]) -> Span | None:
        """ "Orbitel, société sous tutelle de …", "Velmor, maison mère de …": a name the model has,
        then a comma and an organisation's common noun, is that organisation."""
        ent = owner.get(comma.i - 1)
        if ent is None or ent.end != comma.i or ent.ent_id_ or ent.label_ not in NAME_LABELS:
            return None
        if ent.label_ == "PER" and ent[0].text in self.cues.given_names:
            return None  # "Jean Dupont, éditeur du quotidien …": a person with a trade
        j = comma.i + 1
        while j < len(doc) and doc[j].lower_ in self.words.articles:
            j += 1
        # "Velmor, ancienne filiale de …", "Orbitel, premier opérateur du pays": an adjective first
        for _ in range(2):
            if j + 1 < len(doc) and doc[j].is_lower and doc[j].pos_ == "ADJ" and doc[j + 1].is_lower:
                j += 1
        if j >= len(doc):
            return None
        for words in self.cues.appositions.get(doc[j].lower_, ()):
            if tuple(t.lower_ for t in doc[j : j + len(words)]) != words:
                continue
            if self.cues.apposition[" ".join(words)] != "ORG":
                return None
            after = doc[j + len(words)] if j + len(words) < len(doc) else None
            if after is not None and after.text[:1].isupper():
                return None  # "Orbitel, la société Velmor …": the name after the noun is typed by it
            finite = after is not None and "Fin" in after.morph.get("VerbForm", [])
            if finite and after is not None and after.pos_ in ("VERB", "AUX"):
                return None  # "… à Lormont, le groupe détient …": the noun is the next clause's subject
            return Span(doc, ent.start, ent.end, label="ORG")
        return None

    def _member_of(self, doc: Doc, token: Token, owner: dict[int, Span]) -> Iterator[Span]:
        """ "le secrétaire général de la Francophonie", "l'accident nucléaire de Fukushima"."""
        for words in self.cues.ofs.get(token.lower_, ()):
            if tuple(t.lower_ for t in doc[token.i : token.i + len(words)]) != words:
                continue
            j = self._skip_modifiers(doc, token.i + len(words), adjectives_only=True)
            if j >= len(doc) or doc[j].lower_ not in self.words.of:
                return
            k = j + 1
            while k < len(doc) and doc[k].lower_ in self.words.articles:
                k += 1
            end = self._name_end(doc, k)
            if end is None or doc[k:end].text.lower() in self.places:
                return
            label = self.cues.of_heads[" ".join(words)]
            # the model's guess for a name it does not know; a place it knows stays a place
            weak: tuple[str, ...] = ("MISC", "LOC") if label == "ORG" else ("MISC",)
            if " ".join(words) in self.cues.members:
                weak = ("MISC", "LOC", "PER")  # "les membres d'Ansar Dine": a group, not a person
            inside = {owner[i] for i in range(k, end) if i in owner}
            if all(ent.label_ in weak for ent in inside):
                yield Span(doc, k, end, label=label)
            elif [(e.start, e.end, e.label_) for e in inside] == [(k, end, label)]:
                # the model's own name and label: the words around it count in the document's vote
                yield Span(doc, k, end, label=label)
            return

    def _facility(self, doc: Doc, head: int) -> Span | None:
        """ "l'hôpital Sao Joao", "le château de Montretout": the place with its head noun."""
        j = self._skip_modifiers(doc, head + 1, adjectives_only=True)
        if j < len(doc) and doc[j].lower_ in self.words.of:
            k = j + 1
            while k < len(doc) and doc[k].lower_ in self.words.articles:
                k += 1
            end = self._name_end(doc, k)
            if end is None or doc[k].ent_type_ == "LOC":
                return None  # "le port de Brest": Brest, a place the model knows
            if doc[k:end].text in self.not_names:
                return None  # "le centre de R&D": a common noun's acronym
            return Span(doc, head, end, label="LOC")
        end = self._name_end(doc, j)
        if end is None or doc[j:end].text in self.not_names:
            return None
        return Span(doc, head, end, label="LOC")

    def _apart_from_its_town(self, span: Span) -> list[Span]:
        """ "la clinique Saint Odilon de Lormont": the facility named by a proper name, then "de"
        and its town, a place of its own (but "le château de Montretout", whose name is the place's,
        and "le centre des Congrès de Lormont", named by a common noun and its town)."""
        doc = span.doc
        first = span.start + 1
        while first < span.end and doc[first].is_lower and doc[first].lower_ not in self.words.of:
            first += 1  # "l'hôpital privé Saint-Hilaire de …"
        if first >= span.end or not _is_name_word(doc[first]):
            return [span]
        for k in range(span.end - 2, first, -1):
            if doc[k].lower_ not in self.words.bare_of or not _is_name_word(doc[k - 1]):
                continue
            if _word_end(doc, k + 1, span.end) != span.end or not _is_name_word(doc[k + 1]):
                return [span]  # the town is one word ("Clermont-Ferrand" with its pieces)
            return [Span(doc, span.start, k, label="LOC"), Span(doc, k + 1, span.end, label="LOC")]
        return [span]

    def _concept(self, doc: Doc, head: int) -> Span | None:
        """ "le boson de Higgs", "les jeux olympiques de Londres", "le prix Nobel"."""
        lower = doc[head].lower_
        j = self._skip_modifiers(doc, head + 1, adjectives_only=True)
        if j < len(doc) and doc[j].lower_ in self.words.of and lower in self.cues.concepts_of:
            k = j + 1
            while k < len(doc) and doc[k].lower_ in self.words.articles:
                k += 1
            end = self._name_end(doc, k)
        elif j == head + 1 and lower in self.cues.concepts_direct:
            end = self._name_end(doc, j)
        else:
            return None
        organisations = self.organisation_heads
        if end is None or any(
            t.ent_type_ == "ORG" or t.is_upper and len(t) > 1 or t.text in organisations for t in doc[j:end]
        ):
            return None  # "le règlement de l'Assemblée", "la loi de l'UE": the organisation alone
        return Span(doc, head, end, label="MISC")

    def _skip_modifiers(self, doc: Doc, i: int, *, adjectives_only: bool = False) -> int:
        """The index after the adjectives (and nouns of a sector) between a head and its name."""
        for _ in range(_MAX_MODIFIERS):
            if i >= len(doc):
                break
            token = doc[i]
            if (
                not adjectives_only
                and token.lower_ in self.words.bare_of
                and i + 1 < len(doc)
                and doc[i + 1].is_lower
                and doc[i + 1].pos_ == "NOUN"
            ):
                i += 2  # "l'usine de batteries X", "la compagnie de taxis X"
                continue
            if not token.is_lower or not token.is_alpha or token.is_stop or token.lower_ in self.words.of:
                break
            if token.pos_ not in (("ADJ", "") if adjectives_only else _MODIFIER_POS):
                break
            i += 1
        return i

    def _quoted(self, doc: Doc, i: int) -> Span | None:
        """A work's title in guillemets: « La Petite danseuse de quatorze ans »."""
        if i >= len(doc) or doc[i].text not in _QUOTES:
            return None
        closing = _QUOTES[doc[i].text]
        for j in range(i + 2, min(len(doc), i + 2 + self.cues.max_tokens)):
            if doc[j].text == closing:
                inner = doc[i + 1 : j]
                if inner[0].text[:1].isupper() and not any(t.is_punct and t.text not in "'’-" for t in inner):
                    return Span(doc, i + 1, j)
                return None
        return None

    def _name_end(self, doc: Doc, i: int, *, listed: bool = False) -> int | None:
        """The end of the capitalised name that starts at `i`, or None when none does (`listed`:
        the first of a list after a colon, which opens no sentence)."""
        if i >= len(doc) or not (_is_name_word(doc[i]) if listed else _starts_a_name(doc[i])):
            return None
        limit = min(len(doc), i + self.cues.max_tokens)
        end = i
        j = i
        while j < limit:
            token = doc[j]
            if j > i and _opens_sentence(token):
                break
            if _is_name_word(token):
                end = j = _word_end(doc, j, limit)
            elif (
                token.lower_ in self.cues.connectors
                and not token.whitespace_
                and j + 2 < limit
                and doc[j + 1].text == "-"
                and _is_name_word(doc[j + 2])
            ):
                end = j = _word_end(doc, j, limit)  # "Omar Ben al-Khatib"
            elif (
                token.lower_ in self.words.of
                and j + 1 < limit
                and doc[j + 1].ent_type_ == "LOC" != doc[j].ent_type_
            ):
                break  # "Voltanis de Douvrin": the place of a site, annotated on its own
            elif (token.lower_ in self.cues.connectors and j + 1 < limit and _is_name_word(doc[j + 1])) or (
                token.lower_ in self.words.articles and j > i and doc[j - 1].lower_ in self.words.of
            ):
                j += 1
            else:
                break
        return end if end > i else None

    # --- capitalised heads of events --------------------------------------------------------------

    def _event(self, doc: Doc, token: Token) -> Iterator[Span]:
        for words in self.cues.events[token.text]:
            if tuple(t.text for t in doc[token.i : token.i + len(words)]) != words:
                continue
            end = self._event_end(doc, token.i + len(words))
            if _opens_sentence(token) and end == token.i + len(words):
                return  # "Semaine après semaine, …": a lone capitalised word opening a sentence
            yield Span(doc, token.i, end, label="MISC")
            return

    def _event_end(self, doc: Doc, i: int) -> int:
        """ "Forum mondial de la langue française", "Jeux olympiques de Rio de Janeiro"."""
        limit = min(len(doc), i + self.cues.max_tokens)
        end = i
        while i < limit:
            token = doc[i]
            if _opens_sentence(token):
                break
            if token.is_lower and token.is_alpha and token.pos_ == "ADJ" or _is_name_word(token):
                end = i = _word_end(doc, i, limit)
                continue
            if token.lower_ in self.words.of:
                k = i + 1
                while k < limit and doc[k].lower_ in self.words.articles:
                    k += 1
                if k >= limit:
                    break
                after = doc[k]
                # "Sommet de l'OTAN": the organisation is annotated on its own (unless the model's
                # name runs from the head on: "Forum mondial de la langue française")
                other = after.ent_type_ in ("ORG", "PER") and after.ent_iob_ == "B"
                if after.is_upper and len(after) > 1 or other:
                    break
                common = after.is_lower and after.pos_ in ("NOUN", "") and not after.is_stop
                if _is_name_word(after) or common:
                    end = i = _word_end(doc, k, limit)
                    continue
            break
        return end

    # --- words that make a name an organisation -----------------------------------------------------

    def _organisation_word(self, doc: Doc, token: Token) -> Span | None:
        """ "Acme Inc.", "Free Mobile", "Sterling and Francine Clark Art Institute", "Massachusetts
        Institute of Technology": the capitalised run around a legal form or an English
        organisation word, at least two words long."""
        if _opens_sentence(token):
            return None
        start = token.i
        while start > 0:
            before = doc[start - 1]
            if _is_name_word(before) and not (_opens_sentence(before) and before.pos_ != "PROPN"):
                start -= 1
            elif (
                before.text == "-"
                and start >= 2
                and not before.whitespace_
                and not doc[start - 2].whitespace_
                and _is_name_word(doc[start - 2])
            ):
                start -= 2  # "Aix-Marseille Université": a hyphenated word of the name
            elif (
                before.lower_ in self.words.english_connectors
                and start >= 2
                and _is_name_word(doc[start - 2])
                and not _opens_sentence(doc[start - 2])
            ):
                start -= 2
            elif (
                before.lower_ in self.words.of
                and start >= 2
                and doc[start - 2].text in self.organisation_heads
                and start < token.i
            ):
                start -= 2  # "Mutuelle de Vannes Assurances": a French head and its town open the name
                break
            else:
                break
        article = doc[start - 1] if 0 < start < token.i else None
        if article is not None and article.lower_ in self.words.english_connectors and article.is_title:
            start -= 1  # "The Orbital Company": an English name keeps its capitalised article
        if start == token.i and start > 1 and doc[start - 1].is_digit and doc[start - 2].is_lower:
            start -= 1  # "le fonds 480 Partners": a number that opens the name
        if start == token.i:
            return None
        end = token.i + 1
        while end < len(doc) and doc[end].text in self.cues.last_words and not _opens_sentence(doc[end]):
            end += 1  # "Corvel Capital Partners": the last word is the last of them
        abbreviated = token.text in self.cues.legal_forms and token.text[-1] != "."
        if abbreviated and end + 1 < len(doc) and doc[end].text == "." and doc[end + 1].is_lower:
            end += 1  # "Acme Inc. a racheté", not the full stop of "… racheté par Acme Inc."
        while (
            end + 1 < len(doc)
            and doc[end].lower_ in self.words.english_name_links
            and _is_name_word(doc[end + 1])
        ):
            end += 2
        return Span(doc, start, end, label="ORG")

    def _completed_by_its_word(self, span: Span, owner: dict[int, Span]) -> bool:
        """Whether `span` is the model's organisation with the word that ends its name, which the
        model left out ("Carvel Business" of "Carvel Business School", "Tavex" of "Tavex Santé")."""
        last = span[-1].text
        if span.label_ != "ORG" or not (last in self.cues.last_words or last in self.cues.legal_forms):
            return False
        ent = owner.get(span.start)
        if ent is not None and ent.end < span.end and span.end - 1 not in owner:
            return True
        # "Acme CVBA", of which the model has the legal form alone, "Norvik Atlantic Airways", of
        # which it has the last words: the capitalised words before them, no name of their own
        form = owner.get(span.end - 1)
        return (
            form is not None
            and form.end == span.end
            and span.start < form.start
            and not any(i in owner for i in range(span.start, form.start))
        )

    # --- a company by what it does --------------------------------------------------------------------

    def _company_by_its_object(
        self, doc: Doc, noun: Token, owner: dict[int, Span], people: set[str]
    ) -> Span | None:
        """ "Velmor reprend ses vols", "Orbitel emploie 2 000 salariés": the subject of a company's
        verb whose object is a company's thing."""
        verb = noun.head
        if (
            noun.dep_ not in ("obj", "obl", "obl:mod", "obl:arg")
            or verb.lemma_ not in self.cues.company_verbs
        ):
            return None
        span = self._company_subject(doc, verb, owner, people)
        if span is None:
            return None
        # the model took it for a person, or left it out (a person the clean-up dropped, perhaps)
        weak = not any(owner[i].label_ in ("LOC", "MISC") for i in range(span.start, span.end) if i in owner)
        if (
            weak
            and verb.lemma_ not in self.cues.company_only_verbs
            and noun.lower_ not in self.cues.route_nouns
        ):
            return None  # "Dupuis annonce 2 000 postes": a minister's words as well as a company's
        return span

    def _company_by_context(
        self, doc: Doc, token: Token, owner: dict[int, Span], people: set[str]
    ) -> Span | None:
        """ "une offre de rachat sur Morvalis", "la sortie de Morvalis de la Bourse", "X officialise
        son arrivée en tant qu'opérateur": a company by the words around it."""
        i = token.i
        if token.text in self.cues.takeover_nouns:
            # "sur" and the name within a few words after the offer ("une offre de rachat sur X")
            for j in range(i + 1, min(len(doc) - 1, i + 5)):
                if doc[j].lower_ in self.cues.takeover_prepositions:
                    return self._company_name(doc, j + 1, owner, people)
                if doc[j].is_punct or doc[j].pos_ == "VERB":
                    return None
            return None
        if token.text in self.cues.stock_exchange:
            # "X de la Bourse", "X en Bourse", "X à la Bourse": the name right before
            k = i - 1
            while k > 0 and doc[k].lower_ in self.words.articles:
                k -= 1
            if k < 1 or doc[k].lower_ not in self.cues.listing_prepositions:
                return None
            ent = owner.get(k - 1)
            if ent is None or ent.end != k:
                return None
            return self._company_name(doc, ent.start, owner, people)
        # "en tant que" and a company's role: the subject of the clause
        cue = tuple(t.lower_ for t in doc[max(0, i - 2) : i + 1])
        if i + 1 >= len(doc) or not any(cue[-len(words) :] == words for words in self.cues.role_cues):
            return None
        role = doc[i + 1]
        if not any(
            tuple(t.lower_ for t in doc[role.i : role.i + len(words)]) == words
            for words in self.cues.company_roles.get(role.lower_, ())
        ):
            return None
        verb = role
        for _ in range(4):
            if verb.pos_ in ("VERB", "AUX") or verb.head is verb:
                break
            verb = verb.head
        return self._company_subject(doc, verb, owner, people) if verb.pos_ == "VERB" else None

    def _company_subject(
        self, doc: Doc, verb: Token, owner: dict[int, Span], people: set[str]
    ) -> Span | None:
        subject = next((t for t in verb.children if t.dep_ == "nsubj"), None)
        if subject is None and verb.dep_ == "acl" and verb.head.i == verb.i - 1:
            subject = verb.head  # "Morlavia licencie 300 salariés", the verb parsed as the name's modifier
        if subject is None:
            return None
        if subject.morph.get("PronType", []) == ["Rel"]:
            # "Velmor, qui emploie 300 salariés": the name the clause is about, which the parser
            # does not always attach the clause to
            if verb.dep_ == "acl:relcl":
                subject = verb.head
            elif subject.i >= 2 and doc[subject.i - 1].text == "," and (ent := owner.get(subject.i - 2)):
                subject = doc[ent.start]
            else:
                return None
        if subject.is_lower and subject.lemma_ in self.cues.rival_nouns:
            # "son concurrent X annonce …": the name after the rival's noun
            if subject.i + 1 >= len(doc) or not _is_name_word(doc[subject.i + 1]):
                return None
            subject = doc[subject.i + 1]
        return self._company_name(doc, subject.i, owner, people)

    def _company_name(self, doc: Doc, i: int, owner: dict[int, Span], people: set[str]) -> Span | None:
        """The name at `i` as a company, or None when it is a person, a known place or no name."""
        if i >= len(doc):
            return None
        ent = owner.get(i)
        if ent is not None:
            if ent.start != i or ent.ent_id_ or ent.label_ not in NAME_LABELS or len(ent) > 4:
                return None
            start, end = ent.start, ent.end
        else:
            found = self._name_end(doc, i)
            if found is None:
                return None
            start, end = i, found
        span = doc[start:end]
        if ent is not None and ent.label_ == "PER" and len(ent) > 1:
            return None  # "Jean Dupont annonce une nouvelle ligne"
        if span[0].text in self.cues.given_names or span.text in people or span[-1].text in people:
            return None
        if span.text.lower() in self.places or not _is_name_word(span[0]):
            return None
        before = doc[start - 1] if start > 0 else None
        if before is not None and (before.lower_ in self.person_heads or before.lower_ in self.titles):
            return None  # "le ministre Dupont annonce …"
        return Span(doc, start, end, label="ORG")

    # --- what a candidate must not do -----------------------------------------------------------------

    def _plausible(self, span: Span, owner: dict[int, Span]) -> bool:
        inside = {owner[i] for i in range(span.start, span.end) if i in owner}
        if any(ent.ent_id_ for ent in inside):
            return False  # a knowledge-base name
        if span.text in self.not_names:
            return False  # "le site Internet"
        acronym = any(t.is_upper and sum(c.isalpha() for c in t.text) > 1 for t in span)
        # "le candidat UMP", "le président Pérou" are no people
        return not (span.label_ == "PER" and (acronym or span.text.lower() in self.places))


def _surnames(owner: dict[int, Span]) -> set[str]:
    """The last words of the people the model named with several words ("Dupont" of "Jean Dupont")."""
    return {ent[-1].text for ent in owner.values() if ent.label_ == "PER" and len(ent) > 1}


def _described(doc: Doc, i: int) -> bool:
    before = doc[i - 1]
    if before.text == "(":
        before = doc[i - 2]
    return before.is_lower and before.pos_ in ("NOUN", "ADJ")


def _named_so(span: Span, owner: dict[int, Span]) -> bool:
    """Whether the model already gave `span` its label, perhaps more precisely ("le candidat
    républicain Jean Dupont": the model's "Jean Dupont")."""
    inside = {owner[i] for i in range(span.start, span.end) if i in owner}
    ent = next(iter(inside)) if len(inside) == 1 else None
    if ent is not None and span.label_ == "PER" and ent.start == span.start and ent.end < span.end:
        return False  # a person's name the model cut short: "Omar Ben" of "Omar Ben al-Khatib"
    return (
        ent is not None
        and ent.label_ == span.label_
        and span.start <= ent.start
        and ent.end <= span.end
        and (span.label_ in ("PER", "ORG") or ent.start == span.start)
    )


def _inside_a_longer_name(token: Token, owner: dict[int, Span]) -> bool:
    """Whether `token` is inside a name that starts before it ("Banque de France": "France")."""
    ent = owner.get(token.i)
    return ent is not None and ent.start < token.i and ent.label_ not in ("DATE", "QUANTITY", "NORP")


_SENTENCE_ENDS = frozenset({".", "!", "?", "…", ":", "«", "»", '"', "“", "”", ";"})


def _opens_sentence(token: Token) -> bool:
    """Whether `token` is the first of a sentence or a quotation, from the punctuation (the
    parser also starts sentences in the middle of a long name)."""
    if token.i == 0:
        return True
    before = token.doc[token.i - 1]
    return before.text in _SENTENCE_ENDS or "\n" in before.text or "\n" in before.whitespace_


def _starts_a_name(token: Token) -> bool:
    return _is_name_word(token) and not _opens_sentence(token)


def _club(
    doc: Doc, token: Token, leading: frozenset[str], score: frozenset[str], longest: int = 4
) -> Span | None:
    """ "l'AS Morlac", "la JS Vernay-les-Bains": a club's initials and the capitalised words after
    them, when the initials open the name."""
    before = doc[token.i - 1] if token.i > 0 else None
    if before is not None and _is_name_word(before) and before.lower_ not in leading:
        return None  # "Paris FC": the initials end a name (`organisation_last_words`)
    end = token.i + 1
    while end < len(doc) and end - token.i <= longest and doc[end].text[:1].isupper() and doc[end].is_alpha:
        end += 1
        while (
            end + 1 < len(doc) and doc[end].text == "-" and not doc[end].whitespace_ and doc[end + 1].is_alpha
        ):
            end += 2  # "Vernay-les-Bains"
    if end == token.i + 1:
        return None
    after = doc[end + 1] if end + 1 < len(doc) else None
    team = (
        after is None or after.is_punct and after.text != "-" or after.is_alpha and after.lower_ not in score
    )
    if end < len(doc) and doc[end].text in ("2", "3") and team:
        end += 1  # "l'AS Morlac 2 (R1)", "AS Morlac 2 contre …": its second or third team; "2 à 1" a score
    return Span(doc, token.i, end, label="ORG")


def _numbered_competition(doc: Doc, token: Token) -> Span | None:
    """ "Ligue 1", "Division 2": a league's head and its level, one digit, a competition (MISC),
    not an organisation, nor a place in "la 16e place de Ligue 1"."""
    i = token.i + 1
    if i >= len(doc) or not (doc[i].is_digit and len(doc[i]) == 1) or not token.whitespace_:
        return None
    if i + 1 < len(doc) and (doc[i + 1].like_num or doc[i + 1].text == "%"):
        return None  # a figure after the head
    return Span(doc, token.i, i + 1, label="MISC")


def _is_name_word(token: Token) -> bool:
    """A capitalised word, a code ("MD-83", "AF447") or an elided particle ("N'")."""
    text = token.text
    if not text[:1].isalnum() or token.is_punct:
        return False
    if text[:1].isupper():
        return True
    return text[:1].isdigit() and any(c.isalpha() for c in text)


def _word_end(doc: Doc, i: int, limit: int) -> int:
    """The index after the word at `i`, with the pieces the tokenizer split off ("Murtala" "-"
    "Muhammed", "N'" "Guma")."""
    end = i + 1
    while end < limit and not doc[end - 1].whitespace_:
        nxt = doc[end]
        if nxt.text in ("-", "'", "’") and end + 1 < limit and not nxt.whitespace_:
            end += 2
        elif doc[end - 1].text[-1:] in ("'", "’", "-") and (nxt.text[:1].isalnum()):
            end += 1
        else:
            break
    return end
