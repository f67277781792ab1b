"""Who a source phrase is: its display name, kind, entity, and the antecedent of a pronoun."""

# - A phrase that holds a person's name is that person ("le président Obama" → Obama); the words
#   around the name (title, apposition) give the capacity they speak in (official, expert, party…).
# - A phrase that is an entity of the knowledge base takes the entity's `kind`; a capital with
#   `government_of` speaks for that government ("Séoul" → government of Corée du Sud).
# - Any other phrase takes the kind of its head noun from the lexicon ("un responsable de
#   l'agence" → official), unless a word such as "renseignement" overrides it.
# - A pronoun ("a-t-il ajouté", "elle a déclaré", "qui affirme") stands for the most recent
#   compatible speaker before it: the sources of earlier claims and the subjects of earlier
#   clauses, then the people named, searched sentence by sentence backwards.

from __future__ import annotations

import re
from bisect import bisect_left, insort
from collections.abc import Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Span

from ..knowledge import KnowledgeBase
from ..model import EntityMention, Source
from ..text import slugify
from .kinds import Kinds
from .layout import CLOSING, text_of, token_chars
from .lexicon import Lexicon
from .phrases import PERSON_LABELS, Phrase, Reader
from .speakers import can_speak, person_in

#: How many pronoun subjects in a row a pronoun is followed back through ("Il … Il … Il …").
MAX_PRONOUN_CHAIN = 8
#: The most tokens of a quoted name with no verb ("« Le faux conseiller »"), marks included.
_QUOTED_NAME_TOKENS = 6


@dataclass(frozen=True)
class Speaker:
    """A candidate antecedent for pronouns: a source already known at token `position`, or a
    pronoun subject there, resolved when needed ("Il a souhaité …" before a quotation)."""

    position: int
    source: Source | None
    agreement: str  # "ms", "fp", "s", "" …
    rank: int  # 0 claim source, 1 subject, 2 other named person, 3 other speaking noun phrase
    in_quote: bool = False
    partners: tuple[Source, ...] = ()  # the other members of a coordinated subject ("X et Y")


class SourceBook:
    """Turns source phrases into `Source`s for one document and remembers them for pronouns."""

    def __init__(
        self,
        reader: Reader,
        mentions: Sequence[EntityMention] = (),
        kb: KnowledgeBase | None = None,
    ):
        self.reader = reader
        self.lex: Lexicon = reader.lex
        self.kb = kb or KnowledgeBase()
        self.mentions = sorted(mentions, key=lambda m: (m.start, m.end))
        self.kinds = Kinds(reader, self.kb, self.mentions)
        self.speakers: list[Speaker] = []
        self._subjects_done = False
        self._people: dict[str, Source] = {}  # each person by id, as first named in full

    # --- phrases → sources ------------------------------------------------------------------------

    def _as_named_before(self, source: Source, *, declared: bool) -> Source:
        """A short form of a person named before ("Dupont", "M. Dupont" after "Le ministre Jean
        Dupont"; the entity stage links them) takes the full name, and the capacity given
        then unless this mention gives its own."""
        known = self._people.get(source.id)
        if known is None or (len(source.name) > len(known.name) and declared):
            self._people[source.id] = source
            return source
        if len(source.name) > len(known.name):
            self._people[source.id] = replace(source, kind=known.kind)
            return self._people[source.id]
        return replace(source, name=known.name, kind=source.kind if declared else known.kind)

    def from_phrase(self, phrase: Phrase) -> Source:
        reader = self.reader
        doc = reader.doc
        person = person_in(self.reader, phrase)
        if person is not None:
            start, end = person
            mention = self.kinds.mention(start, end)
            entity = self.kinds.entity(mention)
            # the capacity the article gives (title, apposition) before what the knowledge
            # base says of the person in general
            role = self.kinds.declared(entity) or self.kinds.role_of_person(phrase, person)
            kind = (
                role or self.kinds.role_elsewhere(mention, person) or self.kinds.of_entity(entity) or "person"
            )
            name = entity.name if entity is not None and entity.known else doc[start:end].text
            first, last = token_chars(doc, start, end)
            source = Source(
                id=(entity.id if entity is not None else mention.id if mention else slugify(name)),
                name=name,
                kind=kind,
                named=True,
                entity_id=entity.id if entity is not None else (mention.id if mention else None),
                mention_start=first,
                mention_end=last,
            )
            return self._as_named_before(source, declared=role is not None)
        first, last = token_chars(doc, phrase.start, phrase.end)
        text = text_of(doc)[first:last]
        head_entity = reader.entity(phrase.head)
        mention = None
        entity = None
        if head_entity is not None and head_entity.start <= phrase.head < head_entity.end:
            e_first, e_last = head_entity.start_char, head_entity.end_char
            mention = self.kinds.mention_chars(e_first, e_last)
            entity = self.kinds.entity(mention)
        kind = self.kinds.of_phrase(phrase, head_entity, entity)
        named = self.kinds.named(phrase, head_entity is not None, kind)
        if entity is not None and entity.government_of:
            state = self.kb.get(entity.government_of)
            state_name = state.name if state is not None else entity.government_of
            return Source(
                id=entity.government_of,
                name=self.lex.government_name.format(place=entity.name, state=state_name),
                kind="government",
                named=True,
                entity_id=entity.government_of,
                mention_start=first,
                mention_end=last,
            )
        if mention is not None and head_entity is not None and _same_span(head_entity, phrase, reader):
            name = (
                entity.name
                if entity is not None and entity.known
                else display_name(head_entity.text, self.lex)
            )
            return Source(
                id=entity.id if entity is not None else mention.id,
                name=name,
                kind=kind,
                named=True,
                entity_id=entity.id if entity is not None else mention.id,
                mention_start=first,
                mention_end=last,
            )
        name = display_name(text, self.lex)
        return Source(
            id=source_id(name, kind, named),
            name=name,
            kind=kind,
            named=named,
            entity_id=None,
            mention_start=first,
            mention_end=last,
        )

    def generic(self, i: int) -> Source:
        """ "dit-on": nobody in particular; "Chez Renault, on assure que P": Renault."""
        host = self._generic_host(i)
        if host is not None:
            return self.from_phrase(host)
        first, last = token_chars(self.reader.doc, i, i + 1)
        return Source("anonymous-on", "On", "anonymous", False, None, first, last)

    def _generic_host(self, i: int) -> Phrase | None:
        """The phrase a fronted "chez", "du côté de" or "au sein de" names before a generic "on"
        at token i, when it opens the clause and a comma closes it right before the "on"."""
        reader = self.reader
        if i < 3 or reader.doc[i - 1].text != ",":
            return None
        start, _ = reader.layout.unit_of(i)
        if start < i and reader.word(start) in self.lex.connectives:  # "Mais chez X, on …"
            start += 1
        for host in reader.words.generic_hosts:
            words = host.split()
            end = start + len(words)
            if end < i - 1 and [reader.word(k) for k in range(start, end)] == words:
                phrase = reader.phrase_at(end, i - 1)
                if phrase is not None and phrase.end == i - 1 and can_speak(reader, phrase):
                    return phrase
        return None

    def implicit(self) -> Source:
        """Nobody in particular: "P sont pointées du doigt"."""
        return Source("anonymous-implicit", self.lex.implicit_name, "anonymous", False, None, None, None)

    def pronoun(self, i: int, *, exclude: tuple[int, int] | None = None) -> Source:
        """The source a pronoun at token i stands for (an unknown speaker when none fits); the
        speakers inside `exclude` (the claim's own content) are not candidates."""
        return self.pronoun_all(i, exclude=exclude)[0]

    def pronoun_all(self, i: int, *, exclude: tuple[int, int] | None = None) -> list[Source]:
        """The sources a pronoun at token i stands for: one, or each member of a coordinated
        subject for a plural pronoun ("X et Y ont tenu une conférence. Ils ont affirmé …")."""
        word = self.reader.word(i)
        several = self.reader.pronoun_ending_at(i + 1)  # "Celui-ci", "Ce dernier"
        if several is not None and (several[0] == i or several[1].startswith("-")):
            several = None  # one word: "il", "elle"; an inverted one: "-t-il"
        key = several[1] if several is not None else word
        agreement = self.lex.pronouns.get(key, self.lex.pronouns.get(word.lstrip("-"), ""))
        if several is not None:
            i = several[0]  # the antecedent comes before the whole pronoun
        # "Celui-ci", "Ce dernier" stand for the last one named, subject or not
        speaker = self._resolve_speaker(i, agreement, exclude=exclude, nearest=several is not None)
        if speaker is None and exclude is not None:
            # nobody before: the subject of the claim itself ("L'Union a suspendu le coureur,
            # a-t-elle annoncé")
            speaker = self._resolve_speaker(i, agreement, nearest=several is not None)
        first, last = token_chars(self.reader.doc, i, i + 1)
        if speaker is None or speaker.source is None:
            text = self.reader.doc[i].text.lstrip("-")
            return [
                Source(f"anonymous-{slugify(text) or 'pronoun'}", text, "anonymous", False, None, first, last)
            ]
        members = (speaker.source, *speaker.partners) if agreement.endswith("p") else (speaker.source,)
        return [Source(s.id, s.name, s.kind, s.named, s.entity_id, first, last) for s in members]

    # --- speakers (antecedents) ------------------------------------------------------------------

    def remember(self, position: int, source: Source, agreement: str, rank: int = 0) -> None:
        self._add(Speaker(position, source, agreement, rank, self.reader.layout.in_quote(position)))

    def _add(self, speaker: Speaker) -> None:
        """Speakers are kept in order of position, so a unit's are found by bisection."""
        insort(self.speakers, speaker, key=_position)

    def agreement_of(self, phrases: Sequence[Phrase]) -> str:
        if len(phrases) > 1:
            return "p"
        phrase = phrases[0]
        if person_in(self.reader, phrase) is not None:
            return "s"
        token = self.reader.doc[phrase.head]
        # the determiner tells the gender of epicene nouns: "la ministre", "le juge"
        determiners = [
            child for child in token.children if child.dep_ == "det" and child.morph.get("Gender", [])
        ]
        marked = determiners[0] if determiners else token
        gender = {"Masc": "m", "Fem": "f"}.get((marked.morph.get("Gender", []) or [""])[0], "")
        number = {"Sing": "s", "Plur": "p"}.get((token.morph.get("Number", []) or [""])[0], "")
        if self.reader.word(phrase.head) in self.reader.words.plural_members:
            number = "p"  # "L'ensemble des syndicats … Ils"
        if self.reader.entity(phrase.head) is not None:
            gender = ""
        return gender + number

    def resolve(
        self,
        position: int,
        agreement: str,
        *,
        exclude: tuple[int, int] | None = None,
        depth: int = 0,
        nearest: bool = False,
        answer: bool = False,
    ) -> Source | None:
        """The source of the most recent compatible speaker before `position` (see
        `_resolve_speaker`)."""
        speaker = self._resolve_speaker(
            position, agreement, exclude=exclude, depth=depth, nearest=nearest, answer=answer
        )
        return None if speaker is None else speaker.source

    def _resolve_speaker(
        self,
        position: int,
        agreement: str,
        *,
        exclude: tuple[int, int] | None = None,
        depth: int = 0,
        nearest: bool = False,
        answer: bool = False,
    ) -> Speaker | None:
        """The most recent compatible speaker before `position`: within a sentence, claim sources
        first, then subjects, then people named; sentences are searched backwards. A pronoun
        subject is resolved in turn, up to MAX_PRONOUN_CHAIN pronouns back. A subject inside
        `exclude` (the claim's own content) is no candidate, but the source of another claim
        there still is ("X a annoncé A, B, a-t-elle ajouté": X goes on speaking), unless a
        document."""
        if depth > MAX_PRONOUN_CHAIN:
            return None
        self._collect_subjects()
        layout = self.reader.layout
        inside = layout.in_quote(position)
        unit = layout.unit_index(position)
        paragraph = layout.paragraph_index(position)
        for back in range(0, 6):
            index = unit - back
            if index < 0:
                break
            start, end = layout.units[index]
            if layout.paragraph_index(start) < paragraph - 1:
                break
            limit = position if back == 0 else end
            first = bisect_left(self.speakers, start, key=_position)
            last = bisect_left(self.speakers, limit, key=_position)
            candidates = [
                s
                for s in self.speakers[first:last]
                if not (
                    exclude is not None
                    and exclude[0] <= s.position < exclude[1]
                    # a document speaking inside the claim is what the claim is about, not who
                    # goes on speaking ("Ce texte prône A, a-t-il précisé": the one named before)
                    and (s.rank > 0 or (s.source is not None and s.source.kind == "document"))
                )
                and (inside or not s.in_quote)
                and (nearest or s.rank < _OTHER_PHRASE)
                and _agrees(s.agreement, agreement)
                # the subject of the journalist's question before a quotation does not answer it
                and not (answer and s.rank > 0 and self._in_question(s.position))
            ]
            if nearest:
                candidates.sort(key=lambda s: -s.position)
            elif back == 0:
                candidates.sort(key=lambda s: (s.rank, -s.position))  # nearest first
            else:
                candidates.sort(key=lambda s: (s.rank, s.position))  # leftmost first
            for candidate in candidates:
                if candidate.source is not None:
                    return candidate
                # a pronoun subject: what it stands for
                word = self.reader.word(candidate.position)
                found = self._resolve_speaker(
                    candidate.position, self.lex.pronouns.get(word, ""), depth=depth + 1
                )
                if found is not None:
                    return found
        return None

    def _quoted_name(self, i: int) -> bool:
        """Token i is in a few quoted words with no verb, a name set in quotation marks ("« Le
        faux conseiller » fait mine de …"), not in someone's words."""
        quote = self.reader.layout.quote_around(i, i + 1)
        doc = self.reader.doc
        return (
            quote is not None
            and quote.end - quote.start <= _QUOTED_NAME_TOKENS
            and not any(doc[k].pos_ in ("VERB", "AUX") for k in range(quote.start, quote.end))
        )

    def _collect_subjects(self) -> None:
        """Subjects of every clause (rank 1) and every person named (rank 2), once."""
        if self._subjects_done:
            return
        self._subjects_done = True
        reader = self.reader
        doc = reader.doc
        for token in doc:
            if token.dep_ not in ("nsubj", "nsubj:pass") or token.pos_ not in ("NOUN", "PROPN", "PRON"):
                continue
            if reader.layout.in_quote(token.i) and not self._quoted_name(token.i):
                continue
            if token.pos_ == "PRON":
                word = reader.word(token.i)
                if word in self.lex.pronouns and word not in self.lex.words.relative_subject:
                    self._add(Speaker(token.i, None, self.lex.pronouns[word], 1))
                continue
            phrase = self._phrase_around(token.i)
            if phrase is None or not can_speak(self.reader, phrase):
                continue
            phrase = self._named_apposition(phrase) or phrase
            self._add(Speaker(token.i, self.from_phrase(phrase), self.agreement_of([phrase]), 1))
            members = self._coordinated_with(token.i, phrase)
            if members:
                # "X et Y ont tenu une conférence": "ils" stands for both
                partners = tuple(self.from_phrase(p) for p in members)
                self._add(Speaker(token.i, self.from_phrase(phrase), "p", 1, False, partners))
        for ent in doc.ents:
            if ent.label_ in ("PER", "PERSON") and not reader.layout.in_quote(ent.start):
                phrase = Phrase(ent.start, ent.end, ent.start)
                # a person named in the complement of a thing ("le nom de X", "la mort de X")
                # stands for "Ce dernier" only, not for a subject pronoun
                rank = _OTHER_PHRASE if self._of_a_thing(ent.start) else 2
                self._add(Speaker(ent.start, self.from_phrase(phrase), "s", rank))
                members = self._coordinated_with(ent.start, phrase)
                if members:  # "X et Y ont tenu un point de presse" (the parse missed the subject)
                    partners = tuple(self.from_phrase(p) for p in members)
                    self._add(Speaker(ent.start, self.from_phrase(phrase), "p", 2, False, partners))
        # objects and complements that can speak, for "Ce dernier", "Celui-ci" only: they stand
        # for the last one named, subject or not ("a appelé son homologue. Ce dernier a dit")
        for token in doc:
            if token.dep_ not in _OBJECT_DEPS or token.pos_ not in ("NOUN", "PROPN"):
                continue
            if (
                reader.layout.in_quote(token.i)
                or reader.entity(token.i) is not None
                and token.ent_type_ in ("PER", "PERSON")
            ):
                continue
            start = token.i  # back over its adjectives and determiners ("son ancien homologue")
            while start > 0 and token.i - start < 3 and doc[start - 1].pos_ == "ADJ":
                start -= 1
            while start > 0 and token.i - start < 5 and reader.is_determiner(start - 1):
                start -= 1
            phrase = reader.phrase_at(start, len(doc))
            if phrase is None or phrase.head != token.i or not can_speak(reader, phrase):
                continue
            self._add(Speaker(token.i, self.from_phrase(phrase), self.agreement_of([phrase]), _OTHER_PHRASE))

    def _of_a_thing(self, i: int) -> bool:
        """Whether the name at token i follows "de" after a common noun that cannot speak."""
        reader = self.reader
        if i < 2 or reader.word(i - 1) not in reader.words.de:
            return False
        noun = reader.doc[i - 2]
        if noun.pos_ != "NOUN" or not noun.is_lower:
            return False
        phrase = reader.phrase_at(i - 2, i - 1) or Phrase(i - 2, i - 1, i - 2)
        return not can_speak(reader, phrase)

    def _coordinated_with(self, i: int, phrase: Phrase) -> list[Phrase]:
        """The other members of a coordinated subject that starts with `phrase` (its head at
        token i), when every one can speak ("Paul Durand et Marie Martin", "L'école et
        l'agence")."""
        reader = self.reader
        _, end = reader.layout.unit_of(i)
        phrases, _ = reader.coordinated_at(phrase.start, end)
        if len(phrases) < 2 or not all(can_speak(reader, p) for p in phrases):
            return []
        return phrases[1:]

    def _in_question(self, i: int) -> bool:
        """Whether token i is in a sentence that ends with a question mark: "Ces données
        permettent-elles de prévoir ? « … »" asks, the quotation after it answers."""
        doc = self.reader.doc
        _, end = self.reader.layout.sentence_of(i)
        k = end - 1
        while k > i and (doc[k].is_space or doc[k].text in CLOSING):
            k -= 1
        return k > i and doc[k].text == "?"

    def _named_apposition(self, phrase: Phrase) -> Phrase | None:
        """The person a role subject is in apposition to: "Sophie Leroy, la présidente de
        l'association, ne décolère pas" and "La présidente …, Sophie Leroy, …" are Sophie
        Leroy, whom a later "dénonce-t-elle" stands for."""
        if person_in(self.reader, phrase) is not None:
            return None
        for ent in (self._person_ending_at(phrase.start - 1), self._person_starting_at(phrase.end + 1)):
            if ent is not None:
                return Phrase(ent.start, ent.end, ent.start).with_appositions([(phrase.start, phrase.end)])
        return None

    def _person_ending_at(self, comma: int) -> Span | None:
        if comma < 1 or self.reader.doc[comma].text != ",":
            return None
        ent = self.reader.entity(comma - 1)
        return ent if ent is not None and ent.label_ in PERSON_LABELS and ent.end == comma else None

    def _person_starting_at(self, i: int) -> Span | None:
        doc = self.reader.doc
        if i >= len(doc) or doc[i - 1].text != ",":
            return None
        if doc[i].text in self.lex.honorifics and i + 1 < len(doc):
            i += 1  # ", Me Alain Orounla,"
        ent = self.reader.entity(i)
        if ent is None or ent.label_ not in PERSON_LABELS or ent.start != i:
            return None
        return ent if ent.end < len(doc) and doc[ent.end].text in (",", ")") else None

    def _phrase_around(self, i: int) -> Phrase | None:
        reader = self.reader
        start = reader.phrase_ending_at(i + 1, max(0, i - 6))
        for first in ([start] if start is not None else []) + [i]:
            phrase = reader.phrase_at(first, len(reader.doc))
            if phrase is not None and phrase.start <= i < max(phrase.end, phrase.head + 1):
                # "le ministre … et porte-parole …": two titles of one person are one phrase
                titles, _ = reader.coordinated_at(first, len(reader.doc))
                return titles[0] if len(titles) == 1 and titles[0].start == phrase.start else phrase
        return None


#: The rank of speaking phrases that are not subjects (candidates of "Ce dernier" only).
_OTHER_PHRASE = 3
#: Dependencies of such phrases.
_OBJECT_DEPS = frozenset({"obj", "iobj", "obl", "obl:arg", "obl:mod", "obl:agent", "nmod"})


def _position(speaker: Speaker) -> int:
    return speaker.position


def _same_span(ent: object, phrase: Phrase, reader: Reader) -> bool:
    """The phrase is the entity, give or take a determiner ("le CERN", "l'AFP")."""
    if ent is None:
        return False
    start = phrase.start
    while start < phrase.end and reader.is_determiner(start):
        start += 1
    return start >= ent.start and phrase.end <= ent.end + 1  # type: ignore[attr-defined]


def _agrees(candidate: str, wanted: str) -> bool:
    """ "ms" (il) agrees with "ms", "s", "m" and ""; not with "fs" or "p"."""
    for feature in ("m", "f"):
        other = "f" if feature == "m" else "m"
        if feature in wanted and other in candidate:
            return False
    for feature in ("s", "p"):
        other = "p" if feature == "s" else "s"
        if feature in wanted and other in candidate:
            return False
    return True


def display_name(text: str, lex: Lexicon) -> str:
    """ "l'agence de renseignement sud-coréenne" → "Agence de renseignement sud-coréenne"."""
    text = lex.leading_article.sub("", text.strip())
    text = re.sub(r"\s+", " ", text)
    return text[:1].upper() + text[1:]


def source_id(name: str, kind: str, named: bool) -> str:
    """A stable slug: the name for named sources, the kind and the description otherwise."""
    slug = slugify(name) or kind
    return slug if named else f"{kind}-{slug}"
