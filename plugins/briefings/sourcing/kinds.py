"""What kind of source a phrase or an entity is (government, official, expert…), and its mention."""

# The knowledge base's `kind:` comes first; then the words of the lexicon around a name (title,
# apposition) or in the phrase ("un responsable de l'agence" → official), unless a word such as
# "renseignement" overrides them; then the entity's label.

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Sequence

from spacy.tokens import Span

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
        kinds: list[tuple[bool, int, str, bool]] = []  # (former, character, kind, a role)
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
                kinds.append((former, char, kind, lex.affiliated_role_at(text, position)))
            # "Rami Abd al-Rahman de l'Observatoire syrien …": speaking for an organisation
            for i in range(max(start, person[1]), end):
                ent = reader.entity(i)
                if ent is not None and ent.label_ == "ORG" and reader.word(i - 1) in reader.words.de:
                    kinds.append((False, doc[i].idx - 1, self._organisation_kind(ent), False))
                    break
        if not kinds:
            return None
        current = sorted([k for k in kinds if not k[0]] or kinds, key=lambda k: k[1])
        if current[0][3]:
            # "Marie Martin, secrétaire générale du syndicat": the role speaks for its affiliation
            affiliation = self._most_specific(k[2] for k in current[1:])
            if affiliation is None and any(
                lex.civil_society.search(doc[start:end].text) for start, end in spans if end > person[1]
            ):
                affiliation = "organisation"
            if affiliation is not None:
                return affiliation
        return current[0][2]

    def role_elsewhere(self, mention: EntityMention | None, person: tuple[int, int]) -> str | None:
        """The capacity the article gives a person where it names them elsewhere: a title before
        the name ("le président angolais João Lourenço") or an apposition after it ("Jean Dupont,
        secrétaire général du syndicat,"), at the first mention that gives one. A source named
        without a title ("a déclaré João Lourenço") speaks in that capacity; so does a subject
        whose title the phrase left out ("En fin de journée le gérant X indiquait …")."""
        if mention is None:
            return None
        reader, doc = self.reader, self.reader.doc
        for other in self._named:
            if other.id != mention.id or other.label != mention.label:
                continue
            span = doc.char_span(other.start, other.end, alignment_mode="expand")
            if span is None:
                continue
            start, end = span.start, span.end
            unit_start, unit_end = reader.layout.unit_of(start)
            # a title right before the name: "le ministre de l'Intérieur X", "du président angolais X";
            # not a noun the name complements ("l'avocat de X", "le gouvernement de X")
            first = start
            if start > 0 and reader.word(start - 1) not in reader.words.de:
                while first - 1 >= max(unit_start, start - 8) and (
                    doc[first - 1].pos_ in ("DET", "NOUN", "ADJ", "PROPN")
                    or reader.word(first - 1) in reader.words.de
                ):
                    first -= 1
                title_words = (k for k in range(first, start) if doc[k].pos_ in ("NOUN", "ADJ", "PROPN"))
                if all(reader.any_entity(k) is not None for k in title_words):
                    first = start  # a name, not a title: "a déclaré à l'AFP X"
            appositions: tuple[tuple[int, int], ...] = ()
            if end + 1 < unit_end and doc[end].text == ",":
                after = reader.apposition_at(end + 1, unit_end)
                if after is not None:
                    appositions = ((after.start, after.end),)
            if first == start and not appositions:
                continue
            role = self.role_of_person(Phrase(first, end, start, appositions), (start, end))
            if role is not None:
                return role
        return None

    def _organisation_kind(self, ent: Span) -> str:
        """The kind of an organisation's name: the knowledge base's, else its own words ("le
        Conseil constitutionnel", government), else an organisation."""
        mention = self.mention_chars(ent.start_char, ent.end_char)
        own = self.lex.kinds_in(ent.text)
        return self.of_entity(self.entity(mention)) or (own[0][1] if own else "organisation")

    def _most_specific(self, kinds: Iterable[str]) -> str | None:
        """Of the kinds an affiliation's words give, the one its roles speak for, the most
        specific first (`affiliated_roles.kinds`: "le président du groupe socialiste" speaks for
        a party); None when there is none of them."""
        order = self.lex.affiliation_kinds
        return min((kind for kind in kinds if kind in order), key=order.index, default=None)

    def _affiliation(self, start: int, end: int) -> str | None:
        """The kind of what tokens start..end-1 name as an affiliation, when its roles speak for
        it: a party, a company or a medium by its words or the knowledge base, a body of civil
        society (an organisation) by its words; None for anything else (a state body, an
        international one, an organisation the article does not describe)."""
        if start >= end:
            return None
        text = self.reader.doc[start:end].text
        found = self._most_specific(k for _, k in self.lex.kinds_in(text))
        if found is not None:
            return found
        if self.lex.civil_society.search(text):
            return "organisation"
        for i in range(start, end):
            inner = self.reader.entity(i)
            if inner is not None and inner.label_ == "ORG":
                mention = self.mention_chars(inner.start_char, inner.end_char)
                return self._most_specific([self.declared(self.entity(mention)) or ""])
        return None

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
        # the head, or a name of several words it starts ("le conseil départemental")
        head_kinds = [found for found in lex.kinds_in(doc[phrase.head : phrase.end].text) if found[0] == 0]
        if head_kinds and head_word not in lex.member_nouns:
            if lex.affiliated_role_at(doc[phrase.head].text, 0):
                # "le porte-parole du syndicat" speaks for the union
                affiliation = self._affiliation(phrase.head + 1, phrase.end)
                if affiliation is not None:
                    return affiliation
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
