"""One name, one label in a document: the last of the entity rules.

The statistical model labels each mention of a name it does not know on its own, so the same
company is an organisation in one sentence, a person in the next and nothing in a third; the
name of a list of painters is a place once. This component makes a document agree with itself:

* a name that has several labels takes the one most of its mentions have, where a mention typed by
  the words around it (`briefings_typed_names`: "le réseau social X") counts more than double;
* an unlabelled repeat of a name labelled elsewhere in the document takes that label;
* a name is the organisation that it names with the word that ends an organisation's name ("X"
  and "X Airlines", "X FC");
* in an enumeration of names ("A, B, C et D") the one whose label differs from all the others
  takes theirs;
* a person's "name" that goes on with a lower-case word ("Zizeeria maha") is a species or a
  thing, not a person;
* a code of letters and digits ("Baa2", a credit rating) is not a place;
* an acronym defined in parentheses after a name takes the name's label;
* an organisation's name the model cut short before its acronym ("Nouvelle Union populaire
  écologique et sociale (Nupes)", where the model has "Nouvelle Union") is the whole run of words
  whose initials the acronym spells;
* an acronym defined in parentheses after lower-case words whose initials it spells ("accidents
  vasculaires cérébraux (AVC)") is a common noun, not a name.

Knowledge-base names are never changed.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict

import numpy
from spacy.attrs import ORTH
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from .demonyms import demonyms
from .function_words import function_words
from .vocabulary import vocabulary

#: Where `briefings_typed_names` leaves its typed mentions (start, end, label) for this component.
EVIDENCE = "briefings_typed_evidence"
#: The mentions (character offsets) the words around them call organisations ("la société
#: Dupont"), for the canonicaliser: such a mention is no short form of a person ("Jean Dupont", its
#: founder), though the same name alone elsewhere may be ("Dupont a déclaré").
TYPED_ORGANISATIONS = "briefings_typed_organisations"
NAME_LABELS = ("PER", "ORG", "LOC", "MISC")


@Language.factory("briefings_name_consistency", default_config={"language": "fr"})
def make_name_consistency(nlp: Language, name: str, language: str) -> NameConsistency:
    return NameConsistency(language)


class NameConsistency:
    """Gives every mention of a name the document's label for it (see the module)."""

    def __init__(self, language: str = "fr"):
        self.not_names = vocabulary(language).not_names
        # places without accents: "Ile-de-France" as written in a hurry
        self.places = frozenset(_plain(place).lower() for place in demonyms(language).places.values())
        from .typed_names import name_cues  # here: typed_names imports this module's names

        self.place_acronyms = name_cues(language).place_acronyms
        self.route_nouns = name_cues(language).route_nouns
        # the words that end an organisation's name: "X FC", "X Airlines" is the organisation X
        self.organisation_words = name_cues(language).last_words | name_cues(language).legal_forms
        self.legal_texts = vocabulary(language).legal_texts
        words = function_words(language)
        self.particles = words.name_particles
        self.list_joins = frozenset({","} | words.list_coordinators)  # the words between enumerated names
        self.locative = words.locative_prepositions
        self.small_words = words.acronym_small_words

    def __call__(self, doc: Doc) -> Doc:
        evidence: list[tuple[int, int, str]] = doc.user_data.pop(EVIDENCE, [])
        common = _common_acronyms(doc, self.small_words, self.legal_texts)
        ents = [e for e in doc.ents if e.ent_id_ or e.text not in common and not _a_code_for_a_place(e)]
        ents = [self._not_a_person(e) for e in ents]
        ents = _names_before_their_acronym(doc, ents, self.small_words)
        ents = _enumerations_agree(ents, self.list_joins, self.locative)
        ents, defined = _acronyms_follow_their_name(ents)
        evidence = evidence + defined
        label_of = self._labels(ents, evidence, doc)
        doc.user_data[TYPED_ORGANISATIONS] = sorted(
            (doc[start:end].start_char, doc[start:end].end_char)
            for start, end, label in set(evidence)
            if label == "ORG" and label_of.get(doc[start:end].text) == "ORG"
        )
        out = []
        for ent in ents:
            label = label_of.get(ent.text)
            if label and not ent.ent_id_ and ent.label_ in NAME_LABELS and ent.label_ != label:
                ent = Span(doc, ent.start, ent.end, label=label)
            out.append(ent)
        out = _branches_of_organisations(out, self.places, self.place_acronyms)
        out = _hyphenated_pairs(out, self.route_nouns, self.list_joins)
        out += self._repeats(doc, out, label_of)
        doc.ents = filter_spans(out)
        return doc

    def _not_a_person(self, ent: Span) -> Span:
        """ "Zizeeria maha": a capitalised word and a lower-case one is a Latin name, not a person."""
        if ent.label_ != "PER" or ent.ent_id_ or len(ent) != 2:
            return ent
        first, second = ent
        latin = second.is_lower and second.is_alpha and second.lower_ not in self.particles
        if first.text[:1].isupper() and latin and second.pos_ not in ("VERB", "AUX"):
            return Span(ent.doc, ent.start, ent.end, label="MISC")
        return ent

    def _labels(self, ents: list[Span], evidence: list[tuple[int, int, str]], doc: Doc) -> dict[str, str]:
        """The document's label for each name: the most frequent, typed mentions counting double."""
        votes: dict[str, Counter[str]] = defaultdict(Counter)
        for ent in ents:
            if ent.label_ in NAME_LABELS and not ent.ent_id_:
                votes[ent.text][ent.label_] += 2
        for start, end, label in evidence:
            votes[doc[start:end].text][label] += 3  # with its own mention, more than double
        # "Tarvel Airlines" names the organisation that "Tarvel" names alone elsewhere: where the model
        # hesitates between an organisation and something else, a vote, as one mention (a place only
        # a place: a company is often named after one)
        longer = {
            e.text: e[:-1].text for e in ents if e.label_ == "ORG" and e[-1].text in self.organisation_words
        }
        for short in set(longer.values()):
            if "ORG" in votes.get(short, ()) and _plain(short).lower() not in self.places:
                votes[short]["ORG"] += 2
        labels = {}
        for text, counts in votes.items():
            (best, n), *rest = counts.most_common()
            if not rest or n > rest[0][1]:
                labels[text] = best
        return labels

    def _short_forms(self, ents: list[Span]) -> list[Span]:
        """ "Tarvel" of "Tarvel Airlines", "Norvik Atlantic" of "Norvik Atlantic Airways": an
        organisation's name without the word that ends it, when no mention of it has a label (a
        place stays a place: "Paris" of "Paris FC")."""
        labelled = {ent.text for ent in ents}
        shorts = []
        for ent in ents:
            if (
                ent.label_ != "ORG"
                or ent.ent_id_
                or len(ent) < 2
                or ent[-1].text not in self.organisation_words
            ):
                continue
            short = ent[:-1]
            text = short.text
            if (
                text in labelled
                or len(text) < 3
                or not all(t.text[:1].isupper() and t.is_alpha and not t.is_stop for t in short)
                or text in self.not_names
                or _plain(text).lower() in self.places
            ):
                continue
            shorts.append(short)
        return shorts

    def _repeats(self, doc: Doc, ents: list[Span], label_of: dict[str, str]) -> list[Span]:
        """Unlabelled repeats of a name labelled elsewhere in the document, and of an organisation's
        name without the word that ends it."""
        taken = {i for ent in ents for i in range(ent.start, ent.end)}
        names: dict[str, list[tuple[str, ...]]] = defaultdict(list)
        for ent in ents:
            text = ent.text
            if ent.label_ not in NAME_LABELS or ent.ent_id_ or label_of.get(text) != ent.label_:
                continue
            if not ent[0].text[:1].isupper() or len(text) < 3 or text in self.not_names:
                continue
            names[ent[0].text].append(tuple(t.text for t in ent))
        for short in self._short_forms(ents):
            label_of[short.text] = "ORG"
            names[short[0].text].append(tuple(t.text for t in short))
        if not names:
            return []
        # where a name's first word is, from the array of the words (speed)
        first_words = [doc.vocab.strings[word] for word in names]
        starts = numpy.flatnonzero(numpy.isin(doc.to_array(ORTH), first_words))
        found = []
        for start in starts:
            token = doc[int(start)]
            if token.i in taken:
                continue
            for words in sorted(set(names[token.text]), key=len, reverse=True):
                end = token.i + len(words)
                same = tuple(t.text for t in doc[token.i : end]) == words
                if not same or taken.intersection(range(token.i, end)):
                    continue
                before = doc[token.i - 1] if token.i else None
                after = doc[end] if end < len(doc) else None
                glued = (before is not None and not before.whitespace_ and before.is_alpha) or (
                    after is not None and not doc[end - 1].whitespace_ and after.is_alpha
                )
                if not glued:
                    found.append(Span(doc, token.i, end, label=label_of[doc[token.i : end].text]))
                    taken.update(range(token.i, end))
                break
        return found


def _enumerations_agree(ents: list[Span], joins: frozenset[str], locative: frozenset[str]) -> list[Span]:
    """In "A, B, C et D", a name labelled unlike all the others takes their label; a town after "à"
    ("A à Lormont, B, C") is no member."""
    out = list(ents)
    groups: list[list[int]] = []
    # a name in parentheses right after a member ("A (B), C et D") is that member's other name: it
    # is no member of its own and follows the member's label
    aliases: dict[int, list[int]] = defaultdict(list)
    last: Span | None = None  # the last name of the enumeration, a member or its alias
    for index, ent in enumerate(out):
        if ent.label_ not in NAME_LABELS:
            continue
        if ent.start > 0 and ent.doc[ent.start - 1].lower_ in locative:
            last = None  # "A à Lormont, B": the list goes on after the town, from B
            continue
        if groups and last is not None and _alias(last, ent):
            aliases[groups[-1][-1]].append(index)
        elif groups and last is not None and _joined(last, ent, joins):
            groups[-1].append(index)
        else:
            groups.append([index])
        last = ent
    for group in groups:
        if len(group) < 3:
            continue
        counts = Counter(out[i].label_ for i in group)
        (label, n), *rest = counts.most_common()
        if n != len(group) - 1:
            continue
        for i in group:
            ent = out[i]
            if ent.label_ != label and not ent.ent_id_:
                for j in (i, *aliases.get(i, ())):
                    if out[j].label_ == ent.label_ and not out[j].ent_id_:
                        out[j] = Span(ent.doc, out[j].start, out[j].end, label=label)
    return out


def _hyphenated_pairs(
    ents: list[Span], route_nouns: frozenset[str] = frozenset(), joins: frozenset[str] = frozenset()
) -> list[Span]:
    """ "le dossier Velmor-Orbitex", where "Velmor" and "Orbitex" are names of the text on their
    own: two names joined by a hyphen, each with its own label; "Lormont - Varsovie", two names
    around a spaced dash; "le vol Nantes-Lisbonne", a route's two places joined by a hyphen."""
    alone: dict[str, str] = {}
    for ent in ents:
        if ent.label_ in NAME_LABELS:
            alone.setdefault(ent.text, ent.label_)
    out = []
    route_end = -1  # the end of the last route split: "liaisons : A-B, C-D et E-F"
    for ent in ents:
        doc = ent.doc
        hyphen = _glued_hyphen(ent)
        if hyphen is not None and (
            _after_a_route_noun(doc, ent.start, route_nouns)
            or route_end >= 0
            and all(t.lower_ in joins for t in doc[route_end : ent.start])
        ):
            first, second = doc[ent.start : hyphen], doc[hyphen + 1 : ent.end]
            out += [
                Span(doc, first.start, first.end, label=alone.get(first.text, "LOC")),
                Span(doc, second.start, second.end, label=alone.get(second.text, "LOC")),
            ]
            route_end = ent.end
        elif (
            len(ent) == 3
            and not ent.ent_id_
            and ent.label_ in NAME_LABELS
            and ent[1].text == "-"
            and not ent[0].whitespace_
            and not ent[1].whitespace_
            and ent[0].text in alone
            and ent[2].text in alone
        ):
            out += [
                Span(doc, ent.start, ent.start + 1, label=alone[ent[0].text]),
                Span(doc, ent.end - 1, ent.end, label=alone[ent[2].text]),
            ]
        elif (dash := _spaced_dash(ent)) is not None:
            # "la liaison Lormont - Varsovie": a route or a match, two names around a spaced dash
            first, second = doc[ent.start : dash], doc[dash + 1 : ent.end]
            out += [
                Span(doc, first.start, first.end, label=alone.get(first.text, ent.label_)),
                Span(doc, second.start, second.end, label=alone.get(second.text, ent.label_)),
            ]
        else:
            out.append(ent)
    return out


def _glued_hyphen(ent: Span) -> int | None:
    """The index of a hyphen with no space around it between two capitalised words of a name the
    model gave (not one of the knowledge base)."""
    if ent.ent_id_ or ent.label_ not in ("LOC", "MISC") or len(ent) < 3:
        return None
    for token in ent[1:-1]:
        before, after = token.doc[token.i - 1], token.doc[token.i + 1]
        if (
            token.text == "-"
            and not before.whitespace_
            and not token.whitespace_
            and before.text[:1].isupper()
            and after.text[:1].isupper()
        ):
            return token.i
    return None


def _after_a_route_noun(doc: Doc, start: int, route_nouns: frozenset[str], reach: int = 4) -> bool:
    """A route's noun among the few words before `start` ("un nouveau vol", "une desserte entre",
    "trois nouvelles liaisons :"), with no other name between."""
    for token in reversed(doc[max(0, start - reach) : start]):
        if token.lower_ in route_nouns:
            return True
        if token.ent_type_ or token.text in (".", ";"):
            return False
    return False


def _spaced_dash(ent: Span) -> int | None:
    """The index of a dash with a space on each side between two capitalised words of `ent`."""
    if ent.ent_id_ or ent.label_ not in NAME_LABELS:
        return None
    for token in ent[1:-1]:
        before = token.doc[token.i - 1]
        if (
            token.text in ("-", "–")
            and before.whitespace_
            and token.whitespace_
            and before.text[:1].isupper()
            and token.doc[token.i + 1].text[:1].isupper()
        ):
            return token.i
    return None


def _branches_of_organisations(
    ents: list[Span], places: frozenset[str], place_acronyms: frozenset[str]
) -> list[Span]:
    """ "Velmor France", "Orbitel Mali", "ARS Bretagne": an organisation of the document, or an
    acronym that names no place, followed by a country or a region is its branch there, an
    organisation too, whatever the model made of it."""
    organisations = {ent.text for ent in ents if ent.label_ == "ORG"}
    out = []
    for ent in ents:
        if ent.label_ in ("LOC", "MISC", "PER") and not ent.ent_id_ and len(ent) > 1:
            head = next((n for n in range(len(ent) - 1, 0, -1) if ent[:n].text in organisations), 0)
            first = ent[0]
            if (
                not head
                and first.is_upper
                and first.is_alpha
                and len(first) >= 2
                and first.text not in place_acronyms
            ):
                head = 1
            if head and _plain(ent[head:].text).lower() in places:
                ent = Span(ent.doc, ent.start, ent.end, label="ORG")
        out.append(ent)
    return out


def _joined(first: Span, second: Span, joins: frozenset[str]) -> bool:
    between = list(first.doc[first.end : second.start])
    if between and between[0].text == ")" and first.start > 0 and first.doc[first.start - 1].text == "(":
        between = between[1:]  # after an alias: "A (B), C"
    return 0 < len(between) <= 2 and all(t.lower_ in joins for t in between)


def _alias(first: Span, second: Span) -> bool:
    """ "Acme (AC)": `second` alone in parentheses right after `first`."""
    doc = first.doc
    return (
        second.start == first.end + 1
        and doc[first.end].text == "("
        and second.end < len(doc)
        and doc[second.end].text == ")"
    )


def _common_acronyms(doc: Doc, small_words: frozenset[str], legal_texts: frozenset[str]) -> set[str]:
    """Acronyms defined in parentheses after the lower-case words whose initials they spell
    (`small_words` skipped), but for the names of laws (`legal_texts`, their heads)."""
    found = set()
    # the opening parentheses, from the array of the words (speed)
    for opening in numpy.flatnonzero(doc.to_array(ORTH) == doc.vocab.strings["("]):
        i = int(opening) + 1
        if i < 2 or i + 1 >= len(doc) or doc[i + 1].text != ")":
            continue
        token = doc[i]
        if not (token.is_upper and token.is_alpha and 2 <= len(token) <= 6):
            continue
        initials: list[str] = []
        j = token.i - 2
        while j >= 0 and len(initials) < len(token):
            word = doc[j]
            if not (word.is_lower and word.is_alpha or word.lower_ in small_words):
                break
            if word.lower_ not in small_words:
                initials.append(word.text[0])
            j -= 1
        # "règlement général sur la protection des données (RGPD)" is the name of a law
        legal = j + 1 < token.i and doc[j + 1].lower_ in legal_texts
        if not legal and _plain("".join(reversed(initials))).upper() == _plain(token.text):
            found.add(token.text)
    return found


def _plain(text: str) -> str:
    """Without accents: "É" → "E"."""
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


def _a_code_for_a_place(ent: Span) -> bool:
    """ "Baa2", "A330", "F1": a code of letters and digits is neither a place nor a person."""
    if ent.label_ not in ("LOC", "PER"):
        return False
    return all(any(c.isdigit() for c in t.text) and any(c.isalpha() for c in t.text) for t in ent)


def _names_before_their_acronym(doc: Doc, ents: list[Span], small_words: frozenset[str]) -> list[Span]:
    """ "l'Assistance publique-hôpitaux de Paris (AP-HP)", of which the model has "Assistance" (an
    organisation) and "Paris": the capitalised run of words whose initials the acronym in
    parentheses spells, exactly, is one organisation when an organisation is part of it."""
    owner = {i: ent for ent in ents for i in range(ent.start, ent.end)}
    found: list[Span] = []
    for opening in numpy.flatnonzero(doc.to_array(ORTH) == doc.vocab.strings["("]):
        i = int(opening)
        close = next((k for k in range(i + 2, min(len(doc), i + 6)) if doc[k].text == ")"), None)
        if i < 2 or close is None:
            continue
        acronym = doc[i + 1 : close]  # "AP-HP" is three tokens
        if any(token.whitespace_ for token in acronym[:-1]):
            continue  # words in parentheses ("(voir plus bas)"), no acronym
        letters = _plain(acronym.text.replace("-", "")).upper()
        if not (acronym.text[:1].isupper() and letters.isalpha() and 2 <= len(letters) <= 8):
            continue
        initials: list[str] = []
        start = i
        while start > 0 and len(initials) < len(letters):
            word = doc[start - 1]
            if word.text == "-":
                start -= 1  # "publique - hôpitaux": a hyphenated compound, cut by the tokenizer
                continue
            if not (word.is_alpha or "-" in word.text) or word.is_punct:
                break
            if word.lower_ not in small_words:
                parts = [part for part in word.text.split("-") if part]
                initials = [_plain(part[0]).upper() for part in parts] + initials
            start -= 1
        run = doc[start:i]
        if "".join(initials) != letters or not run or not run[0].text[:1].isupper() or len(run) < 2:
            continue
        inside = {owner[k] for k in range(start, i) if k in owner}
        if any(ent.ent_id_ for ent in inside) or not any(ent.label_ == "ORG" for ent in inside):
            continue
        if any(ent.start < start or ent.end > i for ent in inside):
            continue
        found.append(Span(doc, start, i, label="ORG"))
    if not found:
        return ents
    taken = {k for span in found for k in range(span.start, span.end)}
    kept = [ent for ent in ents if not taken.intersection(range(ent.start, ent.end))]
    return sorted(kept + found, key=lambda ent: ent.start)


def _acronyms_follow_their_name(ents: list[Span]) -> tuple[list[Span], list[tuple[int, int, str]]]:
    """ "Centre sismologique euro-méditerranéen (CSEM)": the acronym defined after a name takes the
    name's label, once the rules have typed the name; the definition counts as a typed mention.
    Only an acronym of the name's initials: "François Brottes (PS)" is a party, "l'Observatoire de
    La Silla (ESO)" its operator."""
    out = list(ents)
    defined = []
    for index in range(len(out) - 1):
        name, acronym = out[index], out[index + 1]
        doc = name.doc
        if (
            name.label_ in NAME_LABELS
            and acronym.label_ in NAME_LABELS
            and not acronym.ent_id_
            and acronym.text.replace("-", "").isalpha()  # "AP-HP" is three tokens
            and acronym.start == name.end + 1
            and doc[name.end].text == "("
            and acronym.end < len(doc)
            and doc[acronym.end].text == ")"
            and (
                acronym.text.isupper()
                and abbreviates(acronym.text, name.text)
                or _branch_acronym(acronym.text, name.text)
            )
        ):
            if acronym.label_ != name.label_:
                out[index + 1] = Span(doc, acronym.start, acronym.end, label=name.label_)
            defined.append((acronym.start, acronym.end, name.label_))
    return out, defined


def _branch_acronym(acronym: str, name: str) -> bool:
    """ "la division nord de l'Office des routes (OR-nord)", "l'Agence régionale des eaux (AREN-sud)": a
    branch's acronym, capitals, a hyphen and a lower-case word, whose capitals begin with the initials
    of the body's name, short lower-case words aside (the branch's own letters may follow)."""
    head, _, tail = acronym.partition("-")
    if not (head.isupper() and tail.isalpha() and tail.islower() and len(head) >= 2):
        return False
    words = [
        word for word in re.split(r"[\s\-'’]+", name) if word and not (word.islower() and len(word) <= 3)
    ]
    initials = "".join(_plain(word[0]).upper() for word in words)
    return len(initials) >= 2 and _plain(head).upper().startswith(initials)


def abbreviates(acronym: str, name: str) -> bool:
    """Whether the letters of `acronym` are initials of the words of `name`, in order, from the first."""
    initials = [_plain(word[0]).upper() for word in re.split(r"[\s\-'’]+", name) if word]
    letters = "".join(c for c in _plain(acronym).upper() if c.isalpha())  # "AP-HP"
    if not initials or not letters or letters[0] != initials[0]:
        return False
    position = 0
    for letter in letters:
        while position < len(initials) and initials[position] != letter:
            position += 1
        if position == len(initials):
            return False
        position += 1
    return True
