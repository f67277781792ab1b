"""spaCy components of Briefings: dates, quantities and the clean-up of entity spans.

Each is registered with `@Language.factory`, works on a `spacy.blank("fr")` pipeline (tests) and
uses part-of-speech tags when the model provides them.
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from ..text import YEAR
from .demonyms import demonyms
from .function_words import FunctionWords, function_words
from .vocabulary import Vocabulary, vocabulary

#: Labels the components create; spans with these labels come from rules, not from the model.
RULE_LABELS = ("DATE", "QUANTITY", "NORP")
#: Words that are never an entity on their own, and never start or end one (on an untagged
#: document, `leading_words` of data/<lang>/function_words.yml).
_FUNCTION_POS = {"DET", "ADP", "PRON", "PUNCT", "CCONJ", "SCONJ", "SPACE", "PART", "AUX"}


#: Where the name rules that run before the dates (`briefings_organisations`) leave the (start,
#: end) of the names they made: a date or a figure never cuts them ("Journal du dimanche", "France
#: 24"), and the clean-up keeps them as they are ("la gendarmerie nationale").
RULE_NAMES = "briefings_rule_names"


def _set_rule_entities(doc: Doc, spans: list[Span]) -> None:
    """Add rule spans to doc.ents: they win over the model's spans, never over the knowledge base
    (but a figure takes the people or the unit it counts, `_counted`) or the names of the rules
    before them."""
    names = doc.user_data.get(RULE_NAMES, ())
    fixed = [
        (ent, bool(ent.ent_id_) and not _counted(ent) or (ent.start, ent.end) in names) for ent in doc.ents
    ]
    kept = [ent for ent, keep in fixed if keep]
    taken = {i for ent in kept for i in range(ent.start, ent.end)}
    new = [span for span in spans if not taken.intersection(range(span.start, span.end))]
    new_tokens = {i for span in new for i in range(span.start, span.end)}
    model = [
        ent for ent, keep in fixed if not keep and not new_tokens.intersection(range(ent.start, ent.end))
    ]
    doc.ents = filter_spans(kept + new + model)


def _counted(ent: Span) -> bool:
    """A known name that a figure may take as what it counts or measures: a people ("20 000
    Syriens") or a unit that is also an acronym ("1,5 UA", not the African Union)."""
    return ent.label_ == "NORP" or ent.text.lower() in vocabulary().units


def _char_spans(doc: Doc, pattern: re.Pattern[str], label: str) -> list[Span]:
    spans = []
    for match in pattern.finditer(doc.text):
        # a pattern may match context around what it marks: its group "year" is then the span
        start, end = match.span("year") if "year" in match.re.groupindex and match["year"] else match.span()
        span = doc.char_span(start, end, label=label, alignment_mode="expand")
        if span is not None and "\n" not in span.text:
            spans.append(span)
    return filter_spans(spans)


@Language.factory("briefings_dates", default_config={"language": "fr"})
def make_date_recogniser(nlp: Language, name: str, language: str) -> DateRecogniser:
    return DateRecogniser(language)


class DateRecogniser:
    """Marks absolute, partial and relative dates as DATE ("jeudi", "mi-janvier", "29 mai 2012")."""

    def __init__(self, language: str = "fr"):
        self.language = language

    def __call__(self, doc: Doc) -> Doc:
        _set_rule_entities(doc, _char_spans(doc, vocabulary(self.language).date, "DATE"))
        return doc


@Language.factory("briefings_quantities", default_config={"language": "fr"})
def make_quantity_recogniser(nlp: Language, name: str, language: str) -> QuantityRecogniser:
    return QuantityRecogniser(language)


class QuantityRecogniser:
    """Marks counts with their noun, ranges and approximations as QUANTITY ("environ 1 100")."""

    def __init__(self, language: str = "fr"):
        self.language = language

    def __call__(self, doc: Doc) -> Doc:
        vocab, words = vocabulary(self.language), function_words(self.language)
        dates = {i for ent in doc.ents if ent.label_ == "DATE" for i in range(ent.start, ent.end)}
        spans = []
        for span in _char_spans(doc, vocab.quantity, "QUANTITY"):
            if dates.intersection(range(span.start, span.end)) or _is_identifier(doc, span):
                continue
            counted = self._with_counted_noun(doc, span, vocab, words)
            if counted is span and YEAR.fullmatch(span.text):
                # a bare "2013" with nothing counted after it is a year ("le budget 2013")
                counted = Span(doc, span.start, span.end, label="DATE")
            spans.append(counted)
        _set_rule_entities(doc, spans)
        return doc

    @staticmethod
    def _with_counted_noun(doc: Doc, span: Span, vocab: Vocabulary, words: FunctionWords) -> Span:
        """Extend "153" to "153 personnes", "une quarantaine" to "une quarantaine de personnes"
        and "75 %" to "75 % de chances"; needs part-of-speech tags (the model's)."""
        end = span.end
        is_unit = span[-1].lower_ in vocab.units or span[-1].text == "%"
        if is_unit and span[-1].text != "%":
            return span
        if end < len(doc) and doc[end].lower_ in words.bare_of:
            end += 1
        elif is_unit:
            return span
        elif end < len(doc) and doc[end].lower_ in vocab.count_adjectives:
            end += 1  # "neuf dernières enquêtes"
        # the counted noun: a common noun, or a people ("145 000 Philippins")
        noun = doc[end] if end < len(doc) else None
        # a common noun, or a capitalised one the model took for a name ("huit États")
        common = noun is not None and (
            noun.pos_ == "NOUN" and not noun.ent_type_ or noun.text in vocab.not_names and not noun.ent_id_
        )
        if noun is not None and (noun.ent_type_ == "NORP" or common):
            for nouns in vocab.compound_nouns.get(noun.lower_, ()):
                if tuple(t.lower_.replace("’", "'") for t in doc[end : end + len(nouns)]) == nouns:
                    return Span(doc, span.start, end + len(nouns), label=span.label)  # "6 membres d'équipage"
            end += 1
            # hyphenated compounds split by the tokenizer: "vices-ministres", "porte-parole"
            while end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_:
                end += 2
            return Span(doc, span.start, end, label=span.label)
        return span


def _is_identifier(doc: Doc, span: Span) -> bool:
    """A bare number right after a noun names rather than counts: "le césium 137", "l'article 12",
    "la génération 2" (a figure follows a verb, a preposition or a determiner)."""
    if not _IDENTIFIER.fullmatch(span.text) or span.start == 0:
        return False
    if _department_number(doc, span):
        return True
    before = doc[span.start - 1]
    if before.lower_ in vocabulary().measure_nouns:
        return False
    return before.pos_ in ("NOUN", "PROPN") and before.is_alpha and not before.is_upper


_IDENTIFIER = re.compile(r"\d{1,4}(?:[-.]\d{1,3})*")
_DEPARTMENT = re.compile(r"\d{2,3}")


def _department_number(doc: Doc, span: Span) -> bool:
    """A town's department in brackets, "Muret (31)", "Tulle (19)": a code, not a count (a name
    right before the bracket, the number alone inside it)."""
    start, end = span.start, span.end
    if not _DEPARTMENT.fullmatch(span.text) or start < 2 or end >= len(doc):
        return False
    if doc[start - 1].text != "(" or doc[end].text != ")":
        return False
    town = doc[start - 2]
    return town.is_alpha and town.is_title and not town.is_sent_start


@Language.factory("briefings_demonyms", default_config={"language": "fr"})
def make_demonym_recogniser(nlp: Language, name: str, language: str) -> DemonymRecogniser:
    return DemonymRecogniser(language)


#: Before a language name used as a noun: "le français", "l'anglais", "en espagnol".
_LANGUAGE_POS = {"DET", "ADP", "PUNCT", "CCONJ", "VERB"}


class DemonymRecogniser:
    """Marks nationality and origin words as NORP ("nord-coréens", "Ukrainiens", "française"),
    from the demonym table of the language (data/<lang>/demonyms.yml), with or without a
    knowledge base. A demonym inside a longer name stays part of it ("Banque centrale
    européenne"); a language name used as a noun ("le français") is not a NORP; a capitalised
    form that is also its place's name ("Suisse", "Corse") is the place."""

    def __init__(self, language: str = "fr"):
        self.language = language
        self.table = demonyms(language)
        self.words = function_words(language)
        # what a demonym's first token may be, whether the tokenizer splits it at hyphens or not
        self.first_pieces = frozenset(self.table.places) | {form.split("-")[0] for form in self.table.places}

    def __call__(self, doc: Doc) -> Doc:
        ents = [ent for ent in doc.ents if not (ent.label_ == "NORP" and self._is_language(doc, ent))]
        owner = {i: ent for ent in ents for i in range(ent.start, ent.end)}
        rule_names = doc.user_data.get(RULE_NAMES, ())
        replaced: set[tuple[int, int]] = set()
        spans = []
        for span in self._candidates(doc):
            if not self._is_demonym(doc, span, span.text.lower()):
                continue
            inside = (owner.get(i) for i in range(span.start, span.end))
            covering = {(e.start, e.end): e for e in inside if e is not None}
            if len(covering) == 1 and (
                name := _name_before(doc, next(iter(covering.values())), span, self.words)
            ):
                spans.append(name)  # "ministère de la Santé" + "tchèque"
            elif any(
                e.ent_id_
                or (e.start, e.end) in rule_names
                or not _only_function_words_around(doc, e, span, self.words)
                for e in covering.values()
            ):
                continue  # a knowledge-base match, a rule's name ("commission européenne"), part of a name
            replaced |= set(covering)
            spans.append(span)
        doc.ents = filter_spans([e for e in ents if (e.start, e.end) not in replaced] + spans)
        return doc

    def _candidates(self, doc: Doc) -> list[Span]:
        """The spans whose text is a demonym: one token ("nord-coréens") or several glued by
        hyphens ("nord" "-" "coréens"), the longest first, never inside a longer word."""
        found = []
        i = 0
        while i < len(doc):
            if doc[i].lower_ not in self.first_pieces or (i > 0 and _glued(doc[i - 1])):
                i += 1
                continue
            end = i + 1
            while end < len(doc) and end - i < self.table.longest and _glued(doc[end - 1]):
                end += 1  # the longest run of glued tokens, then shorter ones
            while end > i and doc[i:end].text.lower() not in self.table.places:
                end -= 1
            if end > i and not _glued(doc[end - 1]):
                found.append(Span(doc, i, end, label="NORP"))
                i = end
            else:
                i += 1
        return found

    def _is_demonym(self, doc: Doc, span: Span, form: str) -> bool:
        if span.text[:1].isupper() and form == self.table.places[form].lower():
            return False  # "la Suisse", "en Corse": the place itself
        return not self._is_language(doc, span)

    def _is_language(self, doc: Doc, span: Span) -> bool:
        """ "le français", "en anglais", "français, anglais et …": a language, not people."""
        if span.text.lower() not in self.table.languages or not span.text.islower():
            return False
        before = doc[span.start - 1] if span.start > 0 else None
        if before is None:
            return True
        if before.pos_:
            return before.pos_ in _LANGUAGE_POS
        return before.lower_ in self.words.leading_words or before.is_punct


def _glued(token: Any) -> bool:
    """A token joined to the next by a hyphen ("nord" before "-", "-" before "coréens")."""
    doc = token.doc
    return not token.whitespace_ and token.i + 1 < len(doc) and "-" in (token.text, doc[token.i + 1].text)


def _name_before(doc: Doc, ent: Span, span: Span, words: FunctionWords) -> Span | None:
    """The complete name before a nationality that ends a model's span ("ministère de la Santé
    tchèque"): a name with a capitalised "de" complement is complete, the nationality its own NORP."""
    if ent.ent_id_ or ent.end != span.end or not span.text.islower() or span.start - ent.start < 3:
        return None
    if not doc[span.start - 1].text[:1].isupper():
        return None  # "Forum mondial de la langue française": the adjective is the name's
    if not any(token.lower_ in words.of for token in doc[ent.start : span.start]):
        return None
    return Span(doc, ent.start, span.start, label=ent.label_)


def _only_function_words_around(doc: Doc, ent: Span, span: Span, words: FunctionWords) -> bool:
    """Whether `ent` is `span` with at most determiners or punctuation around it ("Les Étrusques"),
    or a function ending with it ("Premier ministre hongrois" is a title and a nationality)."""
    outside = [doc[i] for i in range(ent.start, ent.end) if not span.start <= i < span.end]
    if all(_is_function_word(token, words) for token in outside):
        return True
    titles = vocabulary().person_titles
    return (
        span.end == ent.end
        and span.text.islower()
        and all(
            token.lower_ in titles or token.is_lower or _is_function_word(token, words) for token in outside
        )
    )


@Language.factory("briefings_embedded_names", default_config={"language": "fr"})
def make_embedded_name_filter(nlp: Language, name: str, language: str) -> EmbeddedNameFilter:
    ruler = nlp.get_pipe(KNOWLEDGE_RULER) if KNOWLEDGE_RULER in nlp.pipe_names else None
    patterns = getattr(ruler, "patterns", ())
    return EmbeddedNameFilter(language, [(p["pattern"], p.get("id", "")) for p in patterns])


#: The phrase matcher of the knowledge base's names (`pipeline._add_knowledge_ruler`).
KNOWLEDGE_RULER = "briefings_knowledge"


class EmbeddedNameFilter:
    """Unmark knowledge-base matches that the words around them show to be something else, before
    the NER runs; the model and the rules after it then see the text as without a knowledge base.

    * part of a longer name: "France" in "Air France" or "Banque de France", "Libération" in
      "Front de Libération nationale";
    * a nationality inside a name, after a capitalised word and the lower-case words that go on
      with it: "Autorité bancaire européenne", "Forum mondial de la langue française" (but "la
      Poste portugaise", "le président américain", and a nationality after a known name, keep it);
    * a place in the name of a treaty, a law or an event with a lower-case head: "traité de
      Lisbonne", "jeux olympiques de Londres";
    * a person's name after "en" or "la", which open a place's: "en Hollande";
    * a short form of a known name ("Conseil de contrôle", of the known "Conseil de contrôle des
      Nations du Nord") that a lower-case adjective goes on with ("le Conseil de contrôle
      maritime"): another body, whose distinguishing word is not the known name's (the model then
      finds its extent; where it leaves the adjective out, the short form is linked again).
    """

    def __init__(self, language: str = "fr", forms: list[tuple[str, str]] | None = None):
        self.language = language
        self.words = function_words(language)
        # the forms of each known entity, by its id: a match may be the short form of a longer one
        self.longer: dict[str, list[tuple[str, ...]]] = defaultdict(list)
        for text, entity_id in forms or ():
            if isinstance(text, str) and entity_id:
                self.longer[entity_id].append(tuple(text.lower().split()))

    def __call__(self, doc: Doc) -> Doc:
        known = {i for ent in doc.ents for i in range(ent.start, ent.end)}
        # "l'Amérique française", "la Polynésie française": a place and a nationality after it
        # name a place (a colony, a region), whole
        ents = doc.ents
        compound = {
            index
            for index in range(1, len(ents))
            for place, nationality in [(ents[index - 1], ents[index])]
            if nationality.label_ == "NORP"
            and place.label_ == "LOC"
            and place.end == nationality.start
            and nationality.text.islower()
            and bool(place[-1].whitespace_)
            for index in (index - 1, index)
        }
        kept = []
        for index, ent in enumerate(ents):
            if index not in compound and not self._not_this_name(doc, ent, known):
                kept.append(ent)
                continue
            for token in ent:
                token.ent_id = 0  # else a span the NER makes there would pass for a known name
        doc.ents = kept
        return doc

    def _not_this_name(self, doc: Doc, ent: Span, known: set[int]) -> bool:
        if ent.label_ == "NORP":
            return _nationality_in_a_name(doc, ent, known, self.words)
        if _inside_a_name(doc, ent, self.words) or _opens_a_listed_name(doc, ent, self.language):
            return True
        if self._short_form(ent) and _qualified_further(doc, ent, known):
            return True
        if _typed_otherwise(doc, ent, self.language):
            return True
        if ent.label_ == "PER":
            return ent.start > 0 and doc[ent.start - 1].lower_ in self.words.place_openers
        return _in_a_concept_name(doc, ent, self.language)

    def _short_form(self, ent: Span) -> bool:
        """Whether the match is the first words of a longer form of its entity."""
        words = tuple(ent.text.lower().split())
        return any(
            len(form) > len(words) and form[: len(words)] == words
            for form in self.longer.get(ent.ent_id_, ())
        )


def _is_name_word(token: Any, words: FunctionWords) -> bool:
    return (
        token.text[:1].isupper()
        and not token.is_sent_start
        and token.lower_ not in words.leading_words
        and not token.is_punct
    )


def _name_starts_before(doc: Doc, of: int, words: FunctionWords, reach: int = 6) -> bool:
    """Whether a capitalised name runs up to the "de" at `of`: "Institut géophysique du",
    "Banque centrale de", "Festival du cinéma italien de", but not "la capitale du" or "le
    président du"."""
    for i in range(of - 1, max(-1, of - 1 - reach), -1):
        token = doc[i]
        if _is_name_word(token, words):
            return True
        of_words, unfused = words.of, words.unfused_articles
        if token.lower_ in of_words or token.lower_ in unfused and i > 0 and doc[i - 1].lower_ in of_words:
            continue  # "du cinéma", "de la langue"
        if not (token.is_lower and token.is_alpha) or token.lower_ in words.leading_words:
            return False
    return False


def _qualified_further(doc: Doc, ent: Span, known: set[int]) -> bool:
    """Whether a name of several words (an organisation's, a thing's) goes on with a lower-case
    adjective that qualifies one of its words ("le Conseil de contrôle maritime"). A nationality
    (a known word, "le Sénat américain") and a participle ("le Conseil de contrôle réuni") leave
    the name as it is."""
    if len(ent) < 2 or ent.label_ not in ("ORG", "MISC") or ent.end >= len(doc) or not ent[-1].whitespace_:
        return False
    after = doc[ent.end]
    return (
        after.i not in known
        and after.is_lower
        and after.is_alpha
        and after.pos_ == "ADJ"
        and after.dep_.startswith("amod")
        and ent.start <= after.head.i < ent.end
        and "Part" not in after.morph.get("VerbForm", [])
    )


def _opens_a_listed_name(doc: Doc, ent: Span, language: str) -> bool:
    """Whether the match opens the longer name of a medium listed in data/<lang>/organisations.yml
    ("Europe" of "Europe 1", "France" of "France 2")."""
    from .organisations import organisation_heads  # here: organisations imports this module

    size = len(ent)
    return any(
        len(words) > size and tuple(t.text for t in doc[ent.start : ent.start + len(words)]) == words
        for words in organisation_heads(language).outlets.get(ent[0].text, ())
    )


def _inside_a_name(doc: Doc, ent: Span, words: FunctionWords) -> bool:
    before = doc[ent.start - 1] if ent.start > 0 else None
    # glued to the previous word ("d'Air …"): leave the words before to the tokenizer's judgement
    glued = before is not None and not before.whitespace_ and not before.is_punct
    if not glued and before is not None and _is_name_word(before, words):
        return True
    if (
        not glued
        and before is not None
        and before.is_sent_start
        and before.text[:1].isupper()
        and before.pos_ in ("NOUN", "PROPN")
        and before.lower_ not in words.leading_words
    ):
        return True  # "Air France a annoncé …": a noun that opens the sentence and the name
    if (
        not glued
        and before is not None
        and before.lower_ in words.of
        and _name_starts_before(doc, ent.start - 1, words)
    ):
        return True
    after = doc[ent.end] if ent.end < len(doc) else None
    if after is not None and after.text == "-" and not ent[-1].whitespace_ and not after.whitespace_:
        # "Paris-Match": a capitalised word glued by a hyphen goes on with the name
        return ent.end + 1 < len(doc) and doc[ent.end + 1].text[:1].isupper()
    return after is not None and _is_name_word(after, words) and bool(ent[-1].whitespace_)


#: How many lower-case words may stand between a name's capitalised word and a nationality that
#: ends it ("Forum mondial de la langue française").
_NAME_REACH = 6


def _nationality_in_a_name(doc: Doc, ent: Span, known: set[int], words: FunctionWords) -> bool:
    """Whether a nationality may end a name that a capitalised word opened, lower-case words
    between or not ("Autorité bancaire européenne", "Centre sismologique euro-méditerranéen",
    "Festival du cinéma italien", "Polynésie française"): the demonym rule decides after the NER,
    as it does without a knowledge base. Right after a known name it is its own ("le Sénat
    américain"); after a common noun too ("le président américain")."""
    i = ent.start - 1
    while i > 0 and doc[i].text == "-" and not doc[i].whitespace_ and not doc[i - 1].whitespace_:
        i -= 2  # the other parts of "euro-méditerranéen", "franco-allemand"
    lower_words = 0
    for j in range(i, max(-1, i - _NAME_REACH), -1):
        token = doc[j]
        if j in known:
            # a nationality right after a known name is its own ("le Sénat américain")
            return lower_words > 0 and _is_name_word(token, words)
        if _is_name_word(token, words):
            return True
        of_words, unfused = words.of, words.unfused_articles
        if token.lower_ in of_words or token.lower_ in unfused and j > 0 and doc[j - 1].lower_ in of_words:
            continue  # "de la", "du", "des"
        if not (token.is_lower and token.is_alpha) or token.pos_ not in ("NOUN", "ADJ", "PROPN", ""):
            return False  # "le président américain", "des avions européens", a comma
        lower_words += 1
    return False


def _typed_otherwise(doc: Doc, ent: Span, language: str) -> bool:
    """Whether the common noun before the match says it is another kind of thing than the known
    entity of that name: "l'agence Bloomberg" (not the mayor), "la chanteuse Sofia" (not the
    capital), "le navire Atlantique" (data/<lang>/names.yml, `apposition_heads`)."""
    from .typed_names import name_cues

    cues = name_cues(language)
    i = ent.start - 1
    while i >= 0 and ent.start - i <= 2 and doc[i].is_lower and doc[i].pos_ == "ADJ":
        i -= 1  # "le groupe pharmaceutique"
    for size in (3, 2, 1):
        words = tuple(token.lower_ for token in doc[max(0, i - size + 1) : i + 1])
        label = cues.apposition.get(" ".join(words)) if len(words) == size else None
        if label is not None and doc[i - size + 1].is_lower:
            return label != ent.label_
    return False


def _in_a_concept_name(doc: Doc, ent: Span, language: str) -> bool:
    """Whether the match is the complement of a lower-case head that names a treaty, a law or an
    event with it: "traité de Lisbonne", "jeux olympiques de Londres" (data/<lang>/names.yml,
    `concept_heads.of`)."""
    words = function_words(language)
    i = ent.start - 1
    while i >= 0 and (doc[i].lower_ in words.of or doc[i].lower_ in words.articles):
        i -= 1
    if not any(token.lower_ in words.of for token in doc[i + 1 : ent.start]):
        return False  # no "de" right before ("le traité la France")
    from .typed_names import name_cues

    heads = name_cues(language).concepts_of
    for j in range(i, max(-1, i - 3), -1):
        token = doc[j]
        if token.lower_ in heads:
            return True
        if not (token.is_lower and token.is_alpha and token.pos_ in ("ADJ", "")):
            return False  # "olympiques" may stand between the head and "de"
    return False


@Language.factory("briefings_acronyms")
def make_acronym_linker(nlp: Language, name: str) -> AcronymLinker:
    return AcronymLinker()


class AcronymLinker:
    """An acronym defined in parentheses after a name ("Institut géophysique du Pérou (IGP)") is
    that name: the definition and every later use of the acronym get its label."""

    def __call__(self, doc: Doc) -> Doc:
        definitions: dict[str, str] = {}
        for ent in doc.ents:
            if ent.label_ in ("ORG", "MISC", "LOC") and ent.end + 2 < len(doc):
                opening, acronym, closing = doc[ent.end], doc[ent.end + 1], doc[ent.end + 2]
                if opening.text == "(" and closing.text == ")" and _ACRONYM.fullmatch(acronym.text):
                    definitions.setdefault(acronym.text, ent.label_)
        if not definitions:
            return doc
        # the acronym alone, as the model labelled it otherwise ("MBAM" taken for a MISC), is relabelled
        ents = [
            ent
            for ent in doc.ents
            if not (len(ent) == 1 and not ent.ent_id_ and definitions.get(ent.text, ent.label_) != ent.label_)
        ]
        taken = {i for ent in ents for i in range(ent.start, ent.end)}
        spans = [
            Span(doc, token.i, token.i + 1, label=definitions[token.text])
            for token in doc
            if token.text in definitions and token.i not in taken
        ]
        doc.ents = filter_spans(ents + spans)
        return doc


_ACRONYM = re.compile(r"[A-ZÀ-Ý][A-ZÀ-Ý0-9&]{1,7}")


@Language.factory("briefings_entity_cleanup")
def make_entity_cleanup(nlp: Language, name: str) -> EntityCleanup:
    return EntityCleanup()


class EntityCleanup:
    """Trim determiners, prepositions and punctuation off entity spans; drop spans made only of them.

    Model spans of places and people that begin with a common noun lose it: "région de Koursk"
    → "Koursk", "président Vladimir Poutine" → "Vladimir Poutine".
    """

    def __init__(self) -> None:
        self.words = function_words()

    def __call__(self, doc: Doc) -> Doc:
        cleaned = []
        for ent in doc.ents:
            span = self._trim(doc, ent)
            if span is not None:
                cleaned.append(span)
        doc.ents = filter_spans(cleaned)
        return doc

    def _trim(self, doc: Doc, ent: Span) -> Span | None:
        start, end = ent.start, ent.end
        # an entity never crosses a paragraph break
        for i in range(start, end):
            if "\n" in doc[i].text or "\n" in doc[i].whitespace_:
                end = i + 1 if "\n" in doc[i].whitespace_ else i
                break
        # rule spans start and end where their patterns say; model spans are trimmed
        rule_made = ent.label_ in RULE_LABELS or (ent.start, ent.end) in doc.user_data.get(RULE_NAMES, ())
        if not rule_made and not ent.ent_id_:
            start, end = _inside_brackets(doc, start, end)
        while start < end and not rule_made and _is_function_word(doc[start], self.words):
            if ent.label_ == "PER" and doc[start].is_title and start > doc[start].sent.start:
                break  # a particle of the name: "De Gaulle", "Le Pen"
            opening = start > 0 and (doc[start - 1].is_quote or doc[start - 1].is_bracket)
            if ent.label_ == "LOC" and doc[start].is_title and start > doc[start].sent.start and not opening:
                break  # a town's article: "La Rochelle", "Le Havre" (but "« La France est …")
            start += 1
        while start < end and not rule_made and (doc[end - 1].is_punct or doc[end - 1].is_space):
            end -= 1
        while (
            start < end
            and not rule_made
            and not ent.ent_id_
            and doc[end - 1].text in self.words.trailing_words
        ):
            end -= 1  # a name never ends with "de" ("Festival du cinéma de" before a known place)
        if (
            not rule_made
            and not ent.ent_id_
            and end < len(doc)
            and doc[end - 1].text[-1:] in ("'", "’")
            and not doc[end - 1].whitespace_
            and doc[end].lower_ == "s"
        ):
            end += 1  # the tokenizer cut the English genitive of a name: "Moody'" "s"
        while (
            not rule_made
            and not ent.ent_id_
            and end + 1 < len(doc)
            and doc[end].text == "-"
            and not doc[end - 1].whitespace_
            and not doc[end].whitespace_
            and doc[end + 1].text[:1].isupper()
        ):
            end += 2  # a name the model cut at a hyphen: "Rami Abd al" "-" "Rahman"
        if not rule_made and not ent.ent_id_ and ent.label_ in ("ORG", "LOC", "PER"):
            # a name ends before a finite verb or an infinitive the model took into it ("l'Agence
            # fédérale des routes envisage de fermer …"; but "Nations unies", a participle)
            verb = next(
                (
                    i
                    for i in range(start + 1, end)
                    if doc[i].is_lower
                    and doc[i].pos_ in ("VERB", "AUX")
                    and doc[i].morph.get("VerbForm", []) in (["Fin"], ["Inf"])
                ),
                None,
            )
            if verb is not None:
                end = verb
        if not rule_made and not ent.ent_id_:
            # a name ends before a dash set off by spaces and a lower-case word, an aside the
            # model took into it ("Velmor Europe – maison mère de …"; but "Lormont – Varsovie")
            dash = next(
                (
                    i
                    for i in range(start + 1, end - 1)
                    if doc[i].text in ("-", "–", "—")
                    and doc[i - 1].whitespace_
                    and doc[i].whitespace_
                    and doc[i + 1].is_lower
                ),
                None,
            )
            if dash is not None:
                end = dash
            start = _after_function(doc, start, end, self.words)
        if not ent.ent_id_ and ent.label_ in ("LOC", "PER", "MISC"):
            start = _after_common_noun_prefix(doc, start, end)
        if ent.label_ == "PER":
            titled, start = start, _after_titles(doc, start, end)
            if start > titled and start + 2 < end and doc[start].lower_ in self.words.of:
                # "Président de la Chambre des …": the title's complement names no person (but
                # "général de Gaulle", a particle with no article after it)
                after = start + 1
                while after < end - 1 and doc[after].lower_ in self.words.articles:
                    after += 1
                if after > start + 1:
                    start = after
            titles = vocabulary().person_titles
            while (
                end - start > 1
                and not ent.ent_id_
                and doc[end - 1].lower_ in titles
                and not (end - start > 2 and doc[end - 2].text in self.words.capitalised_articles)
            ):
                end -= 1  # "Angela Merkel Chancelière": the title after the name (but "Le Maire")
        if start >= end:
            return None
        tokens = doc[start:end]
        # a figure the tagger took for a determiner or a pronoun ("à 75 000 le nombre", "19 des 20")
        counted = rule_made and any(token.like_num and token.text[:1].isdigit() for token in tokens)
        if not counted and all(_is_function_word(token, self.words) or token.is_punct for token in tokens):
            return None
        if not ent.ent_id_ and not rule_made and not _looks_like_a_name(tokens):
            return None
        if not ent.ent_id_ and not rule_made and tokens.text in vocabulary().not_names:
            return None
        if (
            not ent.ent_id_
            and not rule_made
            and len(tokens) > 1
            and all(
                token.text in vocabulary().not_names or _is_function_word(token, self.words)
                for token in tokens
            )
        ):
            return None  # "de la Recherche et de l'Innovation": portfolios coordinated
        if (
            not ent.ent_id_
            and not rule_made
            and len(tokens) > 1
            and tokens[0].text in vocabulary().not_names
            and all(token.is_lower for token in tokens[1:])
        ):
            return None  # "l'État malien": a common noun and its adjectives
        common = next((n for n in range(2, len(tokens)) if tokens[:n].text in vocabulary().not_names), 0)
        capitalised_after = any(t.text[:1].isupper() for t in tokens[common:])
        if not ent.ent_id_ and not rule_made and common and not capitalised_after:
            return None  # "Conseil d'administration de la société": a common noun and its complement
        ranks = vocabulary().rank_titles
        if (
            not ent.ent_id_
            and not rule_made
            and (tokens.text.lower() in ranks or all(token.lower_ in ranks for token in tokens))
            and end < len(doc)
            and doc[end].is_title
            and doc[end].is_alpha
        ):
            return None  # "le Major Paul Durand": the rank before the name is no entity
        titles = vocabulary().person_titles
        if not ent.ent_id_ and ent.label_ in ("ORG", "MISC") and tokens[0].lower_ in titles:
            return None  # "ministre de l'Intérieur" is a function, not an organisation
        span = Span(doc, start, end, label=ent.label_, kb_id=ent.kb_id_, span_id=ent.id_)
        return span


def _inside_brackets(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """A model span that crosses a bracket keeps the side of its first name word: "Psig) de
    Vendôme" is "de Vendôme", "Vendôme (Loir" is "Vendôme"."""
    opened: list[int] = []
    for i in range(start, end):
        if doc[i].text == "(":
            opened.append(i)
        elif doc[i].text == ")":
            if opened:
                opened.pop()
            else:
                start = i + 1  # closes a bracket opened before the span
    if opened:
        end = opened[0]  # opens a bracket that closes after the span
    return start, end


def _is_function_word(token: Any, words: FunctionWords) -> bool:
    if token.pos_:
        return token.pos_ in _FUNCTION_POS or token.is_punct or token.is_space
    return token.lower_ in words.leading_words or token.is_punct or token.is_space


def _after_common_noun_prefix(doc: Doc, start: int, end: int) -> int:
    """Index after "région de", "président", "le front de": lower-case words before a name."""
    i = start
    while i < end and doc[i].is_lower and not doc[i].like_num:
        i += 1
    if i == start or i >= end:
        return start
    return i


def _after_function(doc: Doc, start: int, end: int, words: FunctionWords) -> int:
    """Index after a function whose last word the model took into a name ("République de Lyon"
    in "le procureur de la République de Lyon" → "Lyon"), and the "de" after it."""
    phrases = vocabulary().function_phrases
    for i in range(start, min(end, start + 7)):
        for phrase in phrases.get(doc[i].lower_, ()):
            first = i - len(phrase) + 1
            if first < 0 or tuple(t.lower_ for t in doc[first : i + 1]) != phrase:
                continue
            j = i + 1
            if j < end and doc[j].lower_ in words.of:
                j += 1
            while j < end and doc[j].lower_ in words.articles:
                j += 1
            return j
    return start


def _after_titles(doc: Doc, start: int, end: int) -> int:
    """Index after "M.", "Mme", "général": titles are not part of a person's name."""
    titles = vocabulary().titles_and_ranks
    while start < end - 1:
        word = doc[start].lower_
        if (
            start + 3 < end
            and word in titles
            and doc[start + 1].text == "-"
            and not doc[start].whitespace_
            and not doc[start + 1].whitespace_
            and (doc[start + 2].lower_ in titles or f"{word}-{doc[start + 2].lower_}" in titles)
        ):
            start += (
                3  # a compound rank the tokenizer cut at its hyphen: "Lieutenant-Colonel", "Adjudant-chef"
            )
        elif word in titles or word + "." in titles:
            start += 1
        else:
            break
        if start < end - 1 and doc[start].text == ".":
            start += 1
    return start


def _looks_like_a_name(tokens: Span) -> bool:
    """A model span with no capitalised word ("soldats", "l’") is not a name."""
    return any(token.text[:1].isupper() or token.like_num for token in tokens) and not (
        len(tokens) == 1 and tokens[0].pos_ in ("VERB", "ADV", "ADJ", "PRON", "DET")
    )
