"""Everything the site knows across briefings: entity index, mentions per entity, ordering."""

from __future__ import annotations

import heapq
import math
from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property

from ..model import (
    ENTITY_LABELS,
    LINKED_LABELS,
    Briefing,
    Claim,
    Entity,
    EntityMention,
    Source,
    claim_anchor,
    mention_anchor,
)


@dataclass(frozen=True)
class MentionRef:
    """One mention of an entity, located in its briefing."""

    briefing: Briefing
    index: int  # position among the briefing's mentions (its anchor)
    mention: EntityMention

    @property
    def anchor(self) -> str:
        return mention_anchor(self.index)

    def snippet(self, width: int = 70) -> tuple[str, str, str]:
        """Keyword in context: up to `width` characters each side, cut at word boundaries,
        never across a paragraph break."""
        text = self.briefing.article.text
        start, end = self.mention.start, self.mention.end
        left = text[max(0, start - width) : start]
        right = text[end : end + width]
        if "\n" in left:
            left = left.rsplit("\n", 1)[1]
        elif start - width > 0:
            left = "…" + (left.split(" ", 1)[1] if " " in left else left)
        if "\n" in right:
            right = right.split("\n", 1)[0]
        elif end + width < len(text):
            right = (right.rsplit(" ", 1)[0] if " " in right else right) + "…"
        return left, text[start:end], right


@dataclass(frozen=True)
class ClaimRef:
    """One claim, located in its briefing (its anchor is `c<n>`)."""

    briefing: Briefing
    index: int
    claim: Claim

    @property
    def anchor(self) -> str:
        return claim_anchor(self.index)


@dataclass
class SourceRecord:
    """A source across briefings: who it is and every claim it makes."""

    source: Source
    claims: list[ClaimRef] = field(default_factory=list)

    @cached_property  # asked for by several pages; `claims` is complete once `Corpus.build` returns
    def briefing_count(self) -> int:
        return len({ref.briefing.slug for ref in self.claims})

    def stances(self) -> list[tuple[str, int]]:
        return sorted(Counter(ref.claim.stance for ref in self.claims).items(), key=lambda i: (-i[1], i[0]))

    def grades(self) -> list[tuple[str, int]]:
        return sorted(Counter(ref.claim.grade for ref in self.claims).items())


@dataclass(frozen=True)
class Related:
    """A briefing related to another one, and why: the entities they share, rarest first."""

    briefing: Briefing
    score: float
    shared: list[Entity]


@dataclass(frozen=True)
class DatedEvent:
    """A date mentioned in a briefing, resolved to an ISO value, with its sentence."""

    value: str  # YYYY, YYYY-MM, YYYY-MM-DD or YYYY-Www
    ref: MentionRef
    sentence: str


#: An entity found in more briefings than this says little about relatedness ("France"); it is
#: left out of the related-briefings scores. A fixed bound keeps the work per briefing constant,
#: so related briefings cost time linear in the number of seeds.
COMMON_ENTITY_POSTINGS = 60


@dataclass
class Corpus:
    """All briefings of the site, newest first, and the entities they mention."""

    briefings: list[Briefing]
    entities: dict[str, Entity] = field(default_factory=dict)
    mentions: dict[str, list[MentionRef]] = field(default_factory=dict)
    sources: dict[str, SourceRecord] = field(default_factory=dict)

    #: what `build` made of each briefing (by slug, with the very briefing it was made from),
    #: for a later `build` to use again for the same briefing (`mkdocs serve`)
    made: dict[str, _Made] = field(default_factory=dict, repr=False, compare=False)

    @classmethod
    def build(cls, briefings: Sequence[Briefing], *, kept: Corpus | None = None) -> Corpus:
        """The corpus of `briefings`. `kept`: the corpus of a build before; what it made of a
        briefing is used again for the very same briefing (briefings are never modified)."""
        ordered = sorted(briefings, key=lambda b: (b.article.date or "", b.slug), reverse=True)
        entities: dict[str, Entity] = {}
        mentions: dict[str, list[MentionRef]] = defaultdict(list)
        last = kept.made if kept is not None else {}
        made: dict[str, _Made] = {}
        for briefing in sorted(briefings, key=lambda b: b.slug):
            entry = last.get(briefing.slug)
            if entry is None or entry.briefing is not briefing:
                entry = _Made.of(briefing)
            made[briefing.slug] = entry
            for entity, ref in entry.mentions:
                entity_id = ref.mention.id
                known = entities.get(entity_id)
                # a knowledge-base entry, or the longest name seen, is the canonical entity
                if known is None or (not known.known and len(entity.name) > len(known.name)):
                    entities[entity_id] = entity
                mentions[entity_id].append(ref)
        sources: dict[str, SourceRecord] = {}
        for briefing in ordered:
            for claim_ref in made[briefing.slug].claims:
                source = claim_ref.claim.source
                record = sources.setdefault(source.id, SourceRecord(source))
                record.claims.append(claim_ref)
        return cls(
            ordered, dict(sorted(entities.items())), dict(mentions), dict(sorted(sources.items())), made
        )

    @cached_property
    def names(self) -> dict[str, str]:
        """Canonical name of every entity, by id."""
        return {entity_id: entity.name for entity_id, entity in self.entities.items()}

    def sources_by_kind(self) -> list[tuple[str, list[SourceRecord]]]:
        groups: dict[str, list[SourceRecord]] = defaultdict(list)
        for record in self.sources.values():
            groups[record.source.kind].append(record)
        return [
            (kind, sorted(groups[kind], key=lambda r: (-len(r.claims), r.source.name.lower())))
            for kind in sorted(groups, key=lambda k: (-sum(len(r.claims) for r in groups[k]), k))
        ]

    @cached_property
    def _claims_by_entity(self) -> dict[str, list[ClaimRef]]:
        index: dict[str, list[ClaimRef]] = defaultdict(list)
        for record in self.sources.values():
            for key in {record.source.id, record.source.entity_id} - {None}:
                index[str(key)].extend(record.claims)
        return index

    def claims_by(self, entity_id: str) -> list[ClaimRef]:
        """Claims whose source is the entity `entity_id` (or its government, for a capital)."""
        return self._claims_by_entity.get(entity_id, [])

    def entities_by_label(self) -> list[tuple[str, list[tuple[Entity, int]]]]:
        groups: dict[str, list[tuple[Entity, int]]] = defaultdict(list)
        for entity_id, entity in self.entities.items():
            groups[entity.label].append((entity, len(self.mentions[entity_id])))
        return [
            (label, sorted(groups[label], key=lambda pair: (-pair[1], pair[0].name.lower())))
            for label in ENTITY_LABELS
            if groups.get(label)
        ]

    @cached_property
    def _position(self) -> dict[str, int]:
        """Each briefing's place in the newest-first order."""
        return {briefing.slug: index for index, briefing in enumerate(self.briefings)}

    def position(self, slug: str) -> int:
        """A briefing's place in the newest-first order (0: the newest)."""
        return self._position.get(slug, 0)

    def briefing_count(self, entity_id: str) -> int:
        """How many briefings mention an entity."""
        return len(self._briefings_by_entity.get(entity_id, ()))

    def briefings_of(self, entity_id: str) -> list[tuple[Briefing, list[MentionRef]]]:
        """The briefings mentioning an entity, newest first, with its mentions in each; reads
        only the entity's own mentions (an entity page never walks every briefing)."""
        by_slug: dict[str, list[MentionRef]] = defaultdict(list)
        for ref in self.mentions.get(entity_id, []):
            by_slug[ref.briefing.slug].append(ref)
        slugs = sorted(by_slug, key=self._position.__getitem__)
        return [(self._by_slug[slug], by_slug[slug]) for slug in slugs]

    # --- Related briefings ---------------------------------------------------------------------

    @cached_property
    def _briefings_by_entity(self) -> dict[str, list[str]]:
        """Inverted index: entity id → slugs of the briefings that mention it."""
        index: dict[str, list[str]] = {}
        for entity_id, refs in self.mentions.items():
            index[entity_id] = sorted({ref.briefing.slug for ref in refs})
        return index

    @cached_property
    def _by_slug(self) -> dict[str, Briefing]:
        return {briefing.slug: briefing for briefing in self.briefings}

    @cached_property
    def _entity_ids(self) -> dict[str, list[str]]:
        ids: dict[str, list[str]] = {}
        for briefing in self.briefings:
            seen: dict[str, None] = {}
            for mention in briefing.annotation.mentions:
                if mention.id in self.entities:
                    seen.setdefault(mention.id)
            ids[briefing.slug] = list(seen)
        return ids

    def entity_ids_of(self, briefing: Briefing) -> list[str]:
        """The linked entities of a briefing, each once, in order of first mention."""
        return self._entity_ids[briefing.slug]

    def briefing(self, slug: str) -> Briefing:
        return self._by_slug[slug]

    def made_of(self, briefing: Briefing) -> _Made:
        entry = self.made.get(briefing.slug)
        if entry is None or entry.briefing is not briefing:  # a corpus made without `build`
            entry = self.made[briefing.slug] = _Made.of(briefing)
        return entry

    def briefing_or_none(self, slug: str) -> Briefing | None:
        return self._by_slug.get(slug)

    def related(self, briefing: Briefing, limit: int = 5) -> list[Related]:
        """Briefings sharing the most informative entities with `briefing`.

        Each shared entity weighs its inverse document frequency, log(N / df): sharing a rare
        name counts, sharing "France" hardly does. Only the postings of `briefing`'s own
        entities are read, never every pair of briefings.
        """
        found = self._related.get((briefing.slug, limit))
        if found is None:  # a briefing's page and an incremental build's plan both ask
            found = self._related[briefing.slug, limit] = self._score_related(briefing, limit)
        return found

    @cached_property
    def _related(self) -> dict[tuple[str, int], list[Related]]:
        return {}

    def _score_related(self, briefing: Briefing, limit: int) -> list[Related]:
        total = len(self.briefings)
        scores: dict[str, float] = defaultdict(float)
        shared: dict[str, list[tuple[float, str]]] = defaultdict(list)
        for entity_id in self.entity_ids_of(briefing):
            postings = self._briefings_by_entity.get(entity_id, [])
            if len(postings) < 2 or len(postings) > COMMON_ENTITY_POSTINGS:
                continue
            weight = math.log(total / len(postings))
            for slug in postings:
                if slug != briefing.slug:
                    scores[slug] += weight
                    shared[slug].append((weight, entity_id))
        ranked = heapq.nsmallest(limit, scores.items(), key=lambda item: (-item[1], item[0]))
        return [
            Related(
                self._by_slug[slug],
                round(score, 6),
                [self.entities[e] for _, e in sorted(shared[slug], key=lambda pair: (-pair[0], pair[1]))],
            )
            for slug, score in ranked
            if score > 0
        ]

    # --- Entities --------------------------------------------------------------------------------

    def top_entities(self, briefing: Briefing, limit: int = 5) -> list[Entity]:
        """The entities a briefing mentions most (nationalities count for their country)."""
        counts = Counter(m.id for m in briefing.annotation.mentions if m.id in self.entities)
        ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
        return [self.entities[entity_id] for entity_id, _ in ranked[:limit]]

    def co_occurring(self, entity_id: str, limit: int = 12) -> list[tuple[Entity, int]]:
        """Entities that appear in the same briefings as `entity_id`, with how many briefings."""
        ranked = self._co_occurring.get(entity_id)
        if ranked is None:  # an entity page asks twice (its list and its graph): counted once
            counts: Counter[str] = Counter()
            for slug in self._briefings_by_entity.get(entity_id, []):
                for other in self.entity_ids_of(self._by_slug[slug]):
                    if other != entity_id:
                        counts[other] += 1
            ranked = sorted(counts.items(), key=lambda item: (-item[1], self.entities[item[0]].name.lower()))
            self._co_occurring[entity_id] = ranked
        return [(self.entities[other], count) for other, count in ranked[:limit]]

    @cached_property
    def _co_occurring(self) -> dict[str, list[tuple[str, int]]]:
        return {}

    # --- Timeline --------------------------------------------------------------------------------

    def dated_events(self) -> list[DatedEvent]:
        """Every resolved date mentioned in the briefings, in time order."""
        return list(self._dated_events)

    @cached_property
    def _dated_events(self) -> tuple[DatedEvent, ...]:
        events = [event for briefing in self.briefings for event in self.made_of(briefing).dated_events]
        return tuple(sorted(events, key=lambda e: (e.value, e.ref.briefing.slug, e.ref.index)))


class _Made:
    """What `Corpus.build` makes of one briefing: its linked mentions (each with the entity its
    annotation gives), its visible claims, and (when asked for) its dated events."""

    def __init__(self, briefing: Briefing, mentions: list[tuple[Entity, MentionRef]], claims: list[ClaimRef]):
        self.briefing = briefing
        self.mentions = mentions
        self.claims = claims
        self._dated: list[DatedEvent] | None = None

    @classmethod
    def of(cls, briefing: Briefing) -> _Made:
        annotation = briefing.annotation
        mentions = []
        for index, mention in enumerate(annotation.mentions):
            if mention.label not in LINKED_LABELS:
                continue
            entity = annotation.entities.get(mention.id)
            if entity is not None:
                mentions.append((entity, MentionRef(briefing, index, mention)))
        claims = [ClaimRef(briefing, index, claim) for index, claim in briefing.visible_claims()]
        return cls(briefing, mentions, claims)

    @property
    def dated_events(self) -> list[DatedEvent]:
        if self._dated is None:
            self._dated = dated_events_of(self.briefing)
        return self._dated


def dated_events_of(briefing: Briefing) -> list[DatedEvent]:
    """The resolved dates a briefing mentions, each with its sentence, in the text's order."""
    sentences = briefing.annotation.sentences
    starts = [start for start, _ in sentences]
    text = briefing.article.text
    events = []
    for index, mention in enumerate(briefing.annotation.mentions):
        if mention.label != "DATE" or not mention.value:
            continue
        at = bisect_right(starts, mention.start) - 1  # the last sentence starting before it
        if at >= 0 and mention.start < sentences[at][1]:
            sentence = text[sentences[at][0] : sentences[at][1]]
        else:
            sentence = text[max(0, mention.start - 80) : mention.end + 80]
        events.append(DatedEvent(mention.value, MentionRef(briefing, index, mention), sentence.strip()))
    return events
