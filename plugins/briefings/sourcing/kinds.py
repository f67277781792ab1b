"""What kind of source a phrase or an entity is (government, official, expert…), and its mention."""

# The knowledge base's `kind:` comes first; then the words of the lexicon around a name (title,
# apposition) or in the phrase ("un responsable de l'agence" → official), unless a word such as
# "renseignement" overrides them; then the entity's label.

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from ..knowledge import KnowledgeBase
from ..model import SOURCE_KINDS, Entity, EntityMention
from .layout import token_chars
from .lexicon import Lexicon, norm
from .phrases import Phrase, Reader


class Kinds:
    """The kinds of the sources of one document, and the entity mentions they name."""

    def __init__(self, reader: Reader, kb: KnowledgeBase, mentions: Sequence[EntityMention]):
        self.reader = reader
        self.lex: Lexicon = reader.lex
        self.kb = kb
        self.mentions = mentions
        # the named mentions by start, to find those around a span by bisection
        self._named = sorted(
            (m for m in mentions if m.label not in ("DATE", "QUANTITY")), key=lambda m: m.start
        )
        self._starts = [m.start for m in self._named]
        self._longest = max((m.end - m.start for m in self._named), default=0)

    def role_of_person(self, phrase: Phrase, person: tuple[int, int]) -> str | None:
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
                prefixes = tuple(prefix + "-" for prefix in lex.words.separable_prefixes)  # "ex-"
                former = any(
                    norm(w).rstrip("-") in lex.former_markers or norm(w).startswith(prefixes) for w in before
                )
                kinds.append((former, char, kind))
            # "Rami Abd al-Rahman de l'Observatoire syrien …": speaking for an organisation
            for i in range(max(start, person[1]), end):
                ent = reader.entity(i)
                if ent is not None and ent.label_ == "ORG" and reader.word(i - 1) in reader.words.de:
                    mention = self.mention_chars(ent.start_char, ent.end_char)
                    kind = self.of_entity(self.entity(mention)) or "organisation"
                    kinds.append((False, doc[i].idx - 1, kind))
                    break
        if not kinds:
            return None
        current = [k for k in kinds if not k[0]] or kinds
        return sorted(current, key=lambda k: k[1])[0][2]

    def of_phrase(self, phrase: Phrase, head_entity: object, entity: Entity | None) -> str:
        reader = self.reader
        lex = self.lex
        doc = reader.doc
        text = doc[phrase.start : phrase.end].text
        extra = " ".join(
            doc[s:e].text
            for s, e in (*phrase.appositions, *([phrase.parenthetical] if phrase.parenthetical else []))
        )
        kb_kind = self.of_entity(entity)
        if kb_kind:
            return kb_kind
        # an agent after a participle does not say who speaks: "les experts interrogés par l'AFP"
        found = lex.kinds_in(lex.agent.split(text)[0] + " " + extra)
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
        if head_word in lex.words.others and phrase.head == phrase.end - 1:
            return "person"  # "explique une autre": one more of the people quoted
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
                mention = self.mention_chars(inner.start_char, inner.end_char)
                inner_kind = self.of_entity(self.entity(mention))
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

    def named(self, phrase: Phrase, is_entity: bool, kind: str) -> bool:
        if is_entity:
            return True
        if kind == "anonymous":
            return False
        first = self.reader.word(phrase.start)
        if first in self.reader.words.indefinite:
            return False
        if first in self.reader.words.definite:
            return True
        return self.reader.doc[phrase.head].text[:1].isupper()

    def declared(self, entity: Entity | None) -> str | None:
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

    def of_entity(self, entity: Entity | None) -> str | None:
        """The kind of a known entity: declared, else from the words of its description
        ("Homme politique français" → party); a place speaks for its government."""
        declared = self.declared(entity)
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

    def mention(self, start: int, end: int) -> EntityMention | None:
        first, last = token_chars(self.reader.doc, start, end)
        return self.mention_chars(first, last)

    def mention_chars(self, first: int, last: int) -> EntityMention | None:
        """The named mention that overlaps characters first..last-1 most (the first of equals)."""
        best = None
        index = bisect_left(self._starts, last) - 1
        while index >= 0 and self._named[index].start + self._longest > first:
            mention = self._named[index]
            if first < mention.end:
                overlap = min(last, mention.end) - max(first, mention.start)
                if best is None or overlap >= best[0]:
                    best = (overlap, mention)
            index -= 1
        return best[1] if best else None

    def entity(self, mention: EntityMention | None) -> Entity | None:
        if mention is None:
            return None
        return self.kb.get(mention.id) or Entity(id=mention.id, name=mention.text, label=mention.label)
