"""Who a source phrase is: its display name, kind, entity, and the antecedent of a pronoun.

- A phrase that holds a person's name is that person ("le président Obama" → Obama); the words
  around the name (title, apposition) give the capacity they speak in (official, expert, party…).
- A phrase that is an entity of the knowledge base takes the entity's `kind`; a capital with
  `government_of` speaks for that government ("Séoul" → government of Corée du Sud).
- Any other phrase takes the kind of its head noun from the lexicon ("un responsable de
  l'agence" → official), unless a word such as "renseignement" overrides it.
- A pronoun ("a-t-il ajouté", "elle a déclaré", "qui affirme") stands for the most recent
  compatible speaker before it: the sources of earlier claims and the subjects of earlier
  clauses, then the people named, searched sentence by sentence backwards.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..knowledge import KnowledgeBase
from ..model import SOURCE_KINDS, Entity, EntityMention, Source
from ..text import slugify
from .layout import text_of
from .lexicon import Lexicon, norm
from .phrases import DE, Phrase, Reader, token_chars

_DEFINITE = frozenset({
    "le", "la", "les", "l'", "ce", "cet", "cette", "ces", "son", "sa", "ses", "leur", "leurs", "du",
    "au", "aux",
})  # fmt: skip
_INDEFINITE = frozenset({
    "un", "une", "des", "de", "d'", "plusieurs", "certains", "certaines", "quelques", "nombreux",
    "nombreuses", "divers", "diverses", "tout", "toute", "tous", "toutes",
})  # fmt: skip
IMPLICIT_NAME = "Source non précisée"


@dataclass(frozen=True)
class Speaker:
    """A candidate antecedent for pronouns: a source already known at token `position`, or a
    pronoun subject there, resolved when needed ("Il a souhaité …" before a quotation)."""

    position: int
    source: Source | None
    agreement: str  # "ms", "fp", "s", "" …
    rank: int  # 0 claim source, 1 subject, 2 other named person
    in_quote: bool = False


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
        self.speakers: list[Speaker] = []
        self._subjects_done = False

    # --- phrases → sources ------------------------------------------------------------------------

    def from_phrase(self, phrase: Phrase) -> Source:
        reader = self.reader
        doc = reader.doc
        person = self._person_in(phrase)
        if person is not None:
            start, end = person
            mention = self._mention(start, end)
            entity = self._entity(mention)
            # the capacity the article gives (title, apposition) before what the knowledge
            # base says of the person in general
            kind = (
                self._declared_kind(entity)
                or self._role_kind(phrase, person)
                or self._kind_of_entity(entity)
                or "person"
            )
            name = entity.name if entity is not None and entity.known else doc[start:end].text
            first, last = token_chars(doc, start, end)
            return Source(
                id=(entity.id if entity is not None else mention.id if mention else slugify(name)),
                name=name,
                kind=kind,
                named=True,
                entity_id=entity.id if entity is not None else (mention.id if mention else None),
                mention_start=first,
                mention_end=last,
            )
        first, last = token_chars(doc, phrase.start, phrase.end)
        text = text_of(doc)[first:last]
        head_entity = reader.entity(phrase.head)
        mention = None
        entity = None
        if head_entity is not None and head_entity.start <= phrase.head < head_entity.end:
            e_first, e_last = head_entity.start_char, head_entity.end_char
            mention = self._mention_chars(e_first, e_last)
            entity = self._entity(mention)
        kind = self._phrase_kind(phrase, head_entity, entity)
        named = self._named(phrase, head_entity is not None, kind)
        if entity is not None and entity.government_of:
            state = self.kb.get(entity.government_of)
            state_name = state.name if state is not None else entity.government_of
            return Source(
                id=entity.government_of,
                name=f"{entity.name} (gouvernement de {state_name})",
                kind="government",
                named=True,
                entity_id=entity.government_of,
                mention_start=first,
                mention_end=last,
            )
        if mention is not None and head_entity is not None and _same_span(head_entity, phrase, reader):
            name = entity.name if entity is not None and entity.known else display_name(head_entity.text)
            return Source(
                id=entity.id if entity is not None else mention.id,
                name=name,
                kind=kind,
                named=True,
                entity_id=entity.id if entity is not None else mention.id,
                mention_start=first,
                mention_end=last,
            )
        name = display_name(text)
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
        """ "dit-on": nobody in particular."""
        first, last = token_chars(self.reader.doc, i, i + 1)
        return Source("anonymous-on", "On", "anonymous", False, None, first, last)

    @staticmethod
    def implicit() -> Source:
        return Source("anonymous-implicit", IMPLICIT_NAME, "anonymous", False, None, None, None)

    def pronoun(self, i: int, *, exclude: tuple[int, int] | None = None) -> Source:
        """The source a pronoun at token i stands for (an unknown speaker when none fits); the
        speakers inside `exclude` (the claim's own content) are not candidates."""
        word = self.reader.word(i)
        agreement = self.lex.pronouns.get(word, self.lex.pronouns.get(word.lstrip("-"), ""))
        found = self.resolve(i, agreement, exclude=exclude)
        first, last = token_chars(self.reader.doc, i, i + 1)
        if found is None:
            text = self.reader.doc[i].text.lstrip("-")
            return Source(
                f"anonymous-{slugify(text) or 'pronoun'}", text, "anonymous", False, None, first, last
            )
        return Source(found.id, found.name, found.kind, found.named, found.entity_id, first, last)

    # --- speakers (antecedents) ------------------------------------------------------------------

    def remember(self, position: int, source: Source, agreement: str, rank: int = 0) -> None:
        self.speakers.append(
            Speaker(position, source, agreement, rank, self.reader.layout.in_quote(position))
        )

    def agreement_of(self, phrases: Sequence[Phrase]) -> str:
        if len(phrases) > 1:
            return "p"
        phrase = phrases[0]
        if self._person_in(phrase) is not None:
            return "s"
        token = self.reader.doc[phrase.head]
        # the determiner tells the gender of epicene nouns: "la ministre", "le juge"
        determiners = [
            child for child in token.children if child.dep_ == "det" and child.morph.get("Gender", [])
        ]
        marked = determiners[0] if determiners else token
        gender = {"Masc": "m", "Fem": "f"}.get((marked.morph.get("Gender", []) or [""])[0], "")
        number = {"Sing": "s", "Plur": "p"}.get((token.morph.get("Number", []) or [""])[0], "")
        if self.reader.entity(phrase.head) is not None:
            gender = ""
        return gender + number

    def resolve(
        self, position: int, agreement: str, *, exclude: tuple[int, int] | None = None
    ) -> Source | None:
        """The most recent compatible speaker before `position`: within a sentence, claim sources
        first, then subjects, then people named; sentences are searched backwards."""
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
            candidates = [
                s
                for s in self.speakers
                if start <= s.position < limit
                and not (exclude is not None and exclude[0] <= s.position < exclude[1])
                and (inside or not s.in_quote)
                and _agrees(s.agreement, agreement)
            ]
            if back == 0:
                candidates.sort(key=lambda s: (s.rank, -s.position))  # nearest first
            else:
                candidates.sort(key=lambda s: (s.rank, s.position))  # leftmost first
            for candidate in candidates:
                if candidate.source is not None:
                    return candidate.source
                # a pronoun subject: what it stands for
                word = self.reader.word(candidate.position)
                found = self.resolve(candidate.position, self.lex.pronouns.get(word, ""))
                if found is not None:
                    return found
        return None

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
            if reader.layout.in_quote(token.i):
                continue
            if token.pos_ == "PRON":
                word = reader.word(token.i)
                if word in self.lex.pronouns and word != "qui":
                    self.speakers.append(Speaker(token.i, None, self.lex.pronouns[word], 1))
                continue
            phrase = self._phrase_around(token.i)
            if phrase is None or not self.can_speak(phrase):
                continue
            self.speakers.append(Speaker(token.i, self.from_phrase(phrase), self.agreement_of([phrase]), 1))
        for ent in doc.ents:
            if ent.label_ in ("PER", "PERSON") and not reader.layout.in_quote(ent.start):
                phrase = Phrase(ent.start, ent.end, ent.start)
                self.speakers.append(Speaker(ent.start, self.from_phrase(phrase), "s", 2))

    def _phrase_around(self, i: int) -> Phrase | None:
        reader = self.reader
        start = reader.phrase_ending_at(i + 1, max(0, i - 6))
        for first in ([start] if start is not None else []) + [i]:
            phrase = reader.phrase_at(first, len(reader.doc))
            if phrase is not None and phrase.start <= i < max(phrase.end, phrase.head + 1):
                return phrase
        return None

    # --- what can speak ---------------------------------------------------------------------------

    def can_speak(self, phrase: Phrase) -> bool:
        return self.reader.can_speak(phrase)

    def _person_in(self, phrase: Phrase) -> tuple[int, int] | None:
        return self.reader.person_in(phrase)

    def _role_kind(self, phrase: Phrase, person: tuple[int, int]) -> str | None:
        """The capacity a named person speaks in, from the words around the name."""
        reader = self.reader
        doc = reader.doc
        lex = self.lex
        spans = [(phrase.start, phrase.end), *phrase.appositions]
        if phrase.parenthetical:
            spans.append(phrase.parenthetical)
        kinds: list[tuple[bool, int, str]] = []
        for start, end in spans:
            text = doc[start:end].text
            offset = doc[start].idx
            for position, kind in lex.kinds_in(text):
                char = offset + position
                if doc[person[0]].idx <= char < doc[person[1] - 1].idx + len(doc[person[1] - 1]):
                    continue
                before = text[:position].split()[-2:]
                former = any(
                    norm(w).rstrip("-") in lex.former_markers or norm(w).startswith("ex-") for w in before
                )
                kinds.append((former, char, kind))
            # "Rami Abd al-Rahman de l'Observatoire syrien …": speaking for an organisation
            for i in range(max(start, person[1]), end):
                ent = reader.entity(i)
                if ent is not None and ent.label_ == "ORG" and reader.word(i - 1) in DE:
                    mention = self._mention_chars(ent.start_char, ent.end_char)
                    kind = self._kind_of_entity(self._entity(mention)) or "organisation"
                    kinds.append((False, doc[i].idx - 1, kind))
                    break
        if not kinds:
            return None
        current = [k for k in kinds if not k[0]] or kinds
        return sorted(current, key=lambda k: k[1])[0][2]

    def _phrase_kind(self, phrase: Phrase, head_entity: object, entity: Entity | None) -> str:
        reader = self.reader
        lex = self.lex
        doc = reader.doc
        text = doc[phrase.start : phrase.end].text
        extra = " ".join(
            doc[s:e].text
            for s, e in (*phrase.appositions, *([phrase.parenthetical] if phrase.parenthetical else []))
        )
        kb_kind = self._kind_of_entity(entity)
        if kb_kind:
            return kb_kind
        # an agent after a participle does not say who speaks: "les experts interrogés par l'AFP"
        found = lex.kinds_in(re.split(r"\spar\s", text)[0] + " " + extra)
        for kind in lex.overriding_kinds:
            if any(k == kind for _, k in found):
                return kind
        ent = reader.entity(phrase.head)
        if ent is not None:
            own = lex.kinds_in(ent.text)
            if own:
                return own[0][1]
            if extra and lex.kinds_in(extra):
                # "Hassan, un autre manifestant": the apposition says who speaks
                return lex.kinds_in(extra)[0][1]
            if ent.label_ in ("LOC", "GPE"):
                return "government"
            if ent.label_ in ("PER", "PERSON") or norm(doc[phrase.head].text).endswith(lex.agent_suffixes):
                return "person"  # a person, or people named as a group ("les Wikipédiens")
            return "organisation"
        head_word = norm(doc[phrase.head].text)
        head_kinds = lex.kinds_in(doc[phrase.head].text)
        if head_kinds and head_word not in lex.member_nouns:
            return head_kinds[0][1]
        core = doc[phrase.start : phrase.head + 1].text
        core_kinds = lex.kinds_in(core)
        if (
            core_kinds
            and head_word not in lex.member_nouns
            and not (
                len(core_kinds) == 1 and core_kinds[0][1] == "anonymous" and doc[phrase.head].pos_ == "NOUN"
            )
        ):
            return core_kinds[-1][1]
        rest = doc[phrase.head + 1 : phrase.end]
        rest_kinds = lex.kinds_in(rest.text) if len(rest) else []
        if rest_kinds:
            return rest_kinds[0][1]  # "les membres de l'organisation", "leaders de la rébellion"
        for i in range(rest.start, rest.end):
            inner = reader.entity(i)
            if inner is not None and inner.label_ != "NORP":
                mention = self._mention_chars(inner.start_char, inner.end_char)
                inner_kind = self._kind_of_entity(self._entity(mention))
                if inner_kind:
                    return inner_kind
        for i in range(rest.start, rest.end):
            inner = reader.entity(i)
            if inner is not None:
                return "government" if inner.label_ in ("LOC", "GPE") else "organisation"
        if head_word.endswith(tuple(lex.agent_suffixes)) and head_word not in lex.non_source_nouns:
            return "person"  # "certains wikipédiens", "le graphiste"
        if core_kinds:
            return core_kinds[-1][1]
        return "anonymous"

    def _named(self, phrase: Phrase, is_entity: bool, kind: str) -> bool:
        if is_entity:
            return True
        if kind == "anonymous":
            return False
        first = self.reader.word(phrase.start)
        if first in _INDEFINITE:
            return False
        if first in _DEFINITE:
            return True
        return self.reader.doc[phrase.head].text[:1].isupper()

    def _declared_kind(self, entity: Entity | None) -> str | None:
        """The `kind:` the knowledge base gives an entity, or its government."""
        if entity is None or not entity.known:
            return None
        if entity.government_of:
            return "government"
        if entity.kind:
            kind = self.lex.kb_kinds.get(entity.kind, entity.kind)
            if kind in SOURCE_KINDS:
                return kind
        return None

    def _kind_of_entity(self, entity: Entity | None) -> str | None:
        """The kind of a known entity: declared, else from the words of its description
        ("Homme politique français" → party); a place speaks for its government."""
        declared = self._declared_kind(entity)
        if declared or entity is None or not entity.known:
            return declared
        if entity.label == "LOC":
            return "government"
        found = [
            kind
            for _, kind in self.lex.kinds_in(" ".join((entity.name, entity.description)))
            if kind != "person"
        ]
        if found:
            return found[0]
        return "organisation" if entity.label == "ORG" else None

    # --- mentions -----------------------------------------------------------------------------------

    def _mention(self, start: int, end: int) -> EntityMention | None:
        first, last = token_chars(self.reader.doc, start, end)
        return self._mention_chars(first, last)

    def _mention_chars(self, first: int, last: int) -> EntityMention | None:
        best = None
        for mention in self.mentions:
            if mention.start < last and first < mention.end and mention.label not in ("DATE", "QUANTITY"):
                overlap = min(last, mention.end) - max(first, mention.start)
                if best is None or overlap > best[0]:
                    best = (overlap, mention)
        return best[1] if best else None

    def _entity(self, mention: EntityMention | None) -> Entity | None:
        if mention is None:
            return None
        return self.kb.get(mention.id) or Entity(id=mention.id, name=mention.text, label=mention.label)


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


def display_name(text: str) -> str:
    """ "l'agence de renseignement sud-coréenne" → "Agence de renseignement sud-coréenne"."""
    text = re.sub(r"^(?:l['’]|le |la |les )", "", text.strip(), flags=re.I)
    text = re.sub(r"\s+", " ", text)
    return text[:1].upper() + text[1:]


def source_id(name: str, kind: str, named: bool) -> str:
    """A stable slug: the name for named sources, the kind and the description otherwise."""
    slug = slugify(name) or kind
    return slug if named else f"{kind}-{slug}"
