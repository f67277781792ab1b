"""Everything the site knows across briefings: entity index, mentions per entity, ordering."""

from __future__ import annotations

import heapq
import math
from bisect import bisect_right, insort
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
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


#: `Corpus.build` with the corpus of a build before updates its indexes when at most this share
#: of the briefings changed (an edit under `mkdocs serve`), and builds them from scratch otherwise
UPDATE_SHARE = 0.2

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
        briefing is used again for the very same briefing (briefings are never modified), and
        when few briefings differ, its indexes are updated for them only (`_updated`)."""
        if kept is not None:
            updated = cls._updated(kept, briefings)
            if updated is not None:
                return updated
        ordered = sorted(briefings, key=_newest_first, reverse=True)
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
                if known is None or _more_canonical(entity, known):
                    entities[entity_id] = entity
                mentions[entity_id].append(ref)
        sources: dict[str, SourceRecord] = {}
        for briefing in ordered:
            for claim_ref in made[briefing.slug].claims:
                source = claim_ref.claim.source
                record = sources.setdefault(source.id, SourceRecord(source))
                record.claims.append(claim_ref)
        return cls(
            ordered,
            dict(sorted(entities.items())),
            dict(sorted(mentions.items())),
            dict(sorted(sources.items())),
            made,
        )

    @classmethod
    def _updated(cls, kept: Corpus, briefings: Sequence[Briefing]) -> Corpus | None:
        """`build`'s corpus made from `kept` (`mkdocs serve`, after an edit): the entries of the
        entities and sources that the briefings added, removed or made anew name (before or now)
        are made again from their mentions and claims; every other entry, and what `kept` had
        already indexed (each briefing's entities, the briefings of each entity, the dated
        events), is kept. None, for a build from scratch: no `kept` made by `build`, a slug
        shared by two briefings, or too many changes for an update to pay."""
        last = kept.made
        if len(last) != len(kept.briefings):
            return None
        made: dict[str, _Made] = {}
        changed: set[str] = set()  # slugs of briefings added, removed, or made anew
        for briefing in briefings:
            entry = last.get(briefing.slug)
            if entry is None or entry.briefing is not briefing:
                entry = _Made.of(briefing)
                changed.add(briefing.slug)
            made[briefing.slug] = entry
        changed.update(slug for slug in last if slug not in made)
        if len(made) != len(briefings) or len(changed) > len(made) * UPDATE_SHARE:
            return None
        ordered = sorted(briefings, key=_newest_first, reverse=True)
        # the changed briefings' parts, before and now, in slug order (`build`'s)
        before = [last[slug] for slug in sorted(changed) if slug in last]
        now = [made[slug] for slug in sorted(changed) if slug in made]
        added: dict[str, list[MentionRef]] = defaultdict(list)
        for entry in now:
            for _, ref in entry.mentions:
                added[ref.mention.id].append(ref)
        touched = set(added).union(*({ref.mention.id for _, ref in entry.mentions} for entry in before))
        # what `kept` indexed of a changed briefing is told by the very object (no slug looked up
        # for each of the thousands of mentions of a common entity)
        stale = {id(entry.briefing) for entry in before}
        entities, mentions = dict(kept.entities), dict(kept.mentions)
        for entity_id in touched:
            refs = [ref for ref in mentions.get(entity_id, ()) if id(ref.briefing) not in stale]
            for ref in added.get(entity_id, ()):  # in slug order, each after its equals (`build`'s)
                insort(refs, ref, key=_slug_of)
            if not refs:
                del entities[entity_id], mentions[entity_id]
                continue
            canonical = None
            for ref in refs:
                entity = ref.briefing.annotation.entities[entity_id]
                if canonical is None or _more_canonical(entity, canonical):
                    canonical = entity
            assert canonical is not None
            entities[entity_id], mentions[entity_id] = canonical, refs
        if entities.keys() != kept.entities.keys():  # in id order, as `build` makes them
            entities, mentions = dict(sorted(entities.items())), dict(sorted(mentions.items()))
        sources = cls._sources_updated(kept, ordered, stale, before, now)
        corpus = cls(ordered, entities, mentions, sources, made)
        corpus._keep_indexes(kept, changed, stale, touched, added)
        return corpus

    @staticmethod
    def _sources_updated(
        kept: Corpus, ordered: list[Briefing], stale: set[int], before: list[_Made], now: list[_Made]
    ) -> dict[str, SourceRecord]:
        """`kept`'s sources, those the changed briefings' claims name (before and now) made again."""
        touched = {ref.claim.source.id for entry in (*before, *now) for ref in entry.claims}
        if not touched:
            return kept.sources
        position = {briefing.slug: index for index, briefing in enumerate(ordered)}
        sources = dict(kept.sources)
        for source_id in touched:
            record = sources.get(source_id)
            claims = [ref for ref in record.claims if id(ref.briefing) not in stale] if record else []
            for ref in (ref for entry in now for ref in entry.claims if ref.claim.source.id == source_id):
                insort(claims, ref, key=lambda ref: position[ref.briefing.slug])  # after its equals
            if not claims:
                del sources[source_id]
                continue
            sources[source_id] = SourceRecord(claims[0].claim.source, claims)
        if sources.keys() != kept.sources.keys():
            sources = dict(sorted(sources.items()))
        return sources

    def _keep_indexes(
        self,
        kept: Corpus,
        changed: set[str],
        stale: set[int],
        touched: set[str],
        added: dict[str, list[MentionRef]],
    ) -> None:
        """The indexes `kept` had made, updated for the changed briefings (`stale`: what they
        were, by object) and the entities they name (before and now: `touched`; `added`: their
        mentions now) only; the others are made when asked for, as usual."""
        known = kept.__dict__
        if "_briefings_by_entity" in known:
            postings = dict(kept._briefings_by_entity)
            for entity_id in touched:
                if entity_id not in self.mentions:
                    postings.pop(entity_id, None)
                    continue
                slugs = [slug for slug in postings.get(entity_id, ()) if slug not in changed]
                for slug in sorted({ref.briefing.slug for ref in added.get(entity_id, ())}):
                    insort(slugs, slug)
                postings[entity_id] = slugs
            self.__dict__["_briefings_by_entity"] = postings
        if "_entity_ids" in known:
            ids = {slug: found for slug, found in kept._entity_ids.items() if slug not in changed}
            for slug in changed:
                if slug in self.made:
                    ids[slug] = _entity_ids_of(self.made[slug].briefing, self.entities)
            # an entity that appeared or disappeared may be named by another briefing's mention
            # that no index holds (of a label that is not linked)
            appeared = set(kept.entities.keys() ^ self.entities.keys())
            if appeared:
                for slug, entry in self.made.items():
                    if not appeared.isdisjoint(entry.mention_ids):
                        ids[slug] = _entity_ids_of(entry.briefing, self.entities)
            self.__dict__["_entity_ids"] = ids
        if "_dated_events" in known:
            events = [e for e in kept._dated_events if id(e.ref.briefing) not in stale]
            for slug in changed:
                for event in self.made[slug].dated_events if slug in self.made else ():
                    insort(events, event, key=_event_order)
            self.__dict__["_dated_events"] = tuple(events)
        if "names" in known:
            names = dict(kept.names)
            for entity_id in touched:
                entity = self.entities.get(entity_id)
                if entity is None:
                    names.pop(entity_id, None)
                else:
                    names[entity_id] = entity.name
            if names.keys() != kept.names.keys():
                names = {entity_id: names[entity_id] for entity_id in self.entities}
            self.__dict__["names"] = names

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
        return {briefing.slug: _entity_ids_of(briefing, self.entities) for briefing in self.briefings}

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
        return tuple(sorted(events, key=_event_order))


def _newest_first(briefing: Briefing) -> tuple[str, str]:
    return briefing.article.date or "", briefing.slug


def _slug_of(ref: MentionRef) -> str:
    return ref.briefing.slug


def _event_order(event: DatedEvent) -> tuple[str, str, int]:
    return event.value, event.ref.briefing.slug, event.ref.index


def _more_canonical(entity: Entity, than: Entity) -> bool:
    """Whether `entity` replaces `than` as the canonical entity of their id, met in this order:
    a knowledge-base entry stays; otherwise the longest name seen is the canonical one."""
    return not than.known and len(entity.name) > len(than.name)


def _entity_ids_of(briefing: Briefing, entities: Mapping[str, Entity]) -> list[str]:
    """A briefing's entities among `entities`, each once, in order of first mention."""
    seen: dict[str, None] = {}
    for mention in briefing.annotation.mentions:
        if mention.id in entities:
            seen.setdefault(mention.id)
    return list(seen)


class _Made:
    """What `Corpus.build` makes of one briefing: its linked mentions (each with the entity its
    annotation gives), its visible claims, and (when asked for) its dated events."""

    def __init__(self, briefing: Briefing, mentions: list[tuple[Entity, MentionRef]], claims: list[ClaimRef]):
        self.briefing = briefing
        self.mentions = mentions
        self.claims = claims
        self._dated: list[DatedEvent] | None = None
        self._ids: frozenset[str] | None = None

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
    def mention_ids(self) -> frozenset[str]:
        """The ids of all its mentions, linked or not."""
        if self._ids is None:
            self._ids = frozenset(mention.id for mention in self.briefing.annotation.mentions)
        return self._ids

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
