"""Which pages an edit can change, without computing every page's view again.

A view's key is a digest of what its page shows (`views.py`); computing it for every page of a
site of thousands of briefings costs seconds. Between two builds of `mkdocs serve`, this module
tells from what the briefings were and are which pages' views may differ: the others keep the
key the last build gave them. It errs on the side of "may differ": a page it names is only
looked at again (its view's key decides whether it is rendered).

What each page reads, and so what can change it, when the set of briefings stays the same:
- a briefing page: its briefing; the names of the entities and sources it shows; its related
  briefings, scored from the briefings mentioning its entities;
- an entity page: the briefings mentioning it, with their claims; the entities that share a
  briefing with it (names, and briefing counts on its graph);
- a source page: the claims of that source, and whether its entity has a page.
What entity and source pages show of a briefing (its title and date, each mention's anchor
and snippet, its visible claims: `faced_digest`) is compared for the briefings an edit changed:
an edit that leaves it as it was (a sentence added away from every mention, say) looks at none
of the pages of its entities and sources, only at those whose names or graphs changed. The
entity indexes and their label pages show each entity's name and number of mentions: they are
looked at when a changed briefing's mentions (`counted_digest`) or which entities it mentions
changed, or an entity was renamed; the sources index, when a changed briefing's claims with
their sources or its date (the order of the claims) did (`claimed_digest`). The timeline's
overview reads the whole corpus: it is looked at again when what it shows of a briefing changed
(`listed_digest`), or which entities it mentions. The graph, only when which entities a briefing
names changed, or an entity's name (its pairs and counts follow the entities, not the text).
A page of the list of briefings, only when one of its own briefings changed so, their order, or
an entity one of them names (its name, or whether it has a page). A period of the timeline, only
when what it holds (its briefings and dated events) or its neighbours changed, or one of its
briefings changed what the timeline shows of it. The report, the pages of broken seeds and the
list's first page read the build's errors too, which no fingerprint holds: they are always
looked at again. A briefing added, removed or renamed, or any change to what every page shows
(settings, templates, navigation), makes every page be looked at again.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from ..cache.pages import digest
from ..corpus import COMMON_ENTITY_POSTINGS, Corpus, MentionRef, dated_events_of
from ..model import LINKED_LABELS, Briefing, Entity
from .errors import SeedErrorPage
from .pages import (
    BriefingPage,
    EntitiesIndexPage,
    EntityLabelPage,
    EntityPage,
    GraphPage,
    ListingPage,
    ReportPage,
    SitePage,
    SourcePage,
    SourcesIndexPage,
    TimelinePeriodPage,
)
from .views import NEIGHBOURHOOD_SIZE


@dataclass(frozen=True)
class BriefingReads:
    """What of one briefing other pages read."""

    fingerprint: str
    entity_ids: frozenset[str]  # its linked entities
    shown_ids: frozenset[str]  # the entities and sources its page names
    source_ids: frozenset[str]  # its claims' sources, and the entities they are
    listed: str  # a digest of what lists, indexes and the timeline show of it
    date: str | None  # where it stands in the lists, newest first
    #: the briefing itself (never modified): what entity, source and index pages show of it is
    #: digested only when its fingerprint changed (`faced_digest` and others)
    briefing: Briefing | None = field(default=None, compare=False, repr=False)


@dataclass
class CorpusReads:
    """What a complete build's pages read of the corpus, to compare the next build with."""

    context: str  # what every page shows (settings, templates, navigation)
    briefings: dict[str, BriefingReads] = field(default_factory=dict)
    entities: dict[str, Entity] = field(default_factory=dict)
    #: each briefing's related briefings, as its page shows them
    related: dict[str, tuple[str, ...]] = field(default_factory=dict)
    #: each period page of the timeline (`src_uri`): its neighbours and what it holds
    periods: dict[str, PeriodHolds] = field(default_factory=dict)


#: A period page's neighbours (previous and next keys), and its entries: ("b", slug) for a
#: briefing published in it, ("e", slug, index) for a date mentioned in it
PeriodHolds = tuple[tuple[str | None, str | None], frozenset[tuple[str, ...]]]


def period_holds(page: TimelinePeriodPage) -> PeriodHolds:
    """What a period page holds, to compare with the build before (its title is its key, so
    its `src_uri`)."""
    return (page.previous, page.next), page.entries


def briefing_reads(briefing: Briefing, corpus: Corpus, fingerprint: str) -> BriefingReads:
    annotation = briefing.annotation
    sources = {claim.source.id for claim in annotation.claims}
    sources |= {claim.source.entity_id for claim in annotation.claims if claim.source.entity_id}
    return BriefingReads(
        fingerprint,
        frozenset(corpus.entity_ids_of(briefing)),
        frozenset({mention.id for mention in annotation.mentions} | {c.source.id for c in annotation.claims}),
        frozenset(sources),
        listed_digest(briefing, corpus),
        briefing.article.date,
        briefing,
    )


def _linked(briefing: Briefing) -> list[MentionRef]:
    """The mentions entity pages list (those `Corpus.build` indexes): linked, with an entity."""
    annotation = briefing.annotation
    return [
        MentionRef(briefing, index, mention)
        for index, mention in enumerate(annotation.mentions)
        if mention.label in LINKED_LABELS and mention.id in annotation.entities
    ]


def faced_digest(briefing: Briefing) -> str:
    """What entity and source pages show of a briefing: its title and date (the order of their
    lists), each linked mention with its anchor and snippet (not a date's: no entity page lists
    it), and its visible claims (with their sources and grades)."""
    article, entities, linked = briefing.article, briefing.annotation.entities, _linked(briefing)
    return digest(
        article.title,
        article.date,
        [(ref.mention.id, ref.mention.label, ref.anchor, ref.snippet()) for ref in linked],
        sorted({ref.mention.id: entities[ref.mention.id] for ref in linked}.items()),
        briefing.visible_claims(),
    )


def counted_digest(briefing: Briefing) -> str:
    """How often a briefing mentions each entity (the entity indexes and label pages count its
    linked mentions, not its dates)."""
    return digest(sorted(Counter(ref.mention.id for ref in _linked(briefing)).items()))


def claimed_digest(briefing: Briefing) -> str:
    """A briefing's claims with their sources, and its date (their order): the sources index."""
    return digest(
        briefing.article.date, [(index, claim.source) for index, claim in briefing.visible_claims()]
    )


def _differ(before: BriefingReads, now: BriefingReads, of: Callable[[Briefing], str]) -> bool:
    """Whether `of` differs between two versions of a briefing (it does when one is unknown)."""
    if before.briefing is None or now.briefing is None:
        return True
    return of(before.briefing) != of(now.briefing)


def listed_digest(briefing: Briefing, corpus: Corpus) -> str:
    """What the pages that gather briefings show of one: its title, publisher, date and lede and
    its top entities (lists), its dates with their sentences (timeline), how often it mentions
    each entity (entity indexes) and its claims' sources (sources index). An edit that changes
    none of it leaves those pages alone."""
    article, annotation = briefing.article, briefing.annotation
    return digest(
        article.title,
        article.publisher,
        article.date,
        article.lede,
        [entity.id for entity in corpus.top_entities(briefing)],
        [(event.value, event.ref.index, event.sentence) for event in dated_events_of(briefing)],
        sorted(Counter(mention.id for mention in annotation.mentions).items()),
        [(index, claim.source) for index, claim in briefing.visible_claims()],
    )


def read_corpus(
    corpus: Corpus,
    fingerprints: dict[str, str],
    context: str,
    *,
    related: dict[str, tuple[str, ...]],
    before: CorpusReads | None = None,
    pages: Mapping[str, SitePage] | None = None,
) -> CorpusReads:
    """What this build's pages read; what `before` holds of an unchanged briefing is kept.
    `pages`: this build's pages (what the timeline's periods hold is read from them)."""
    reads = CorpusReads(context, entities=dict(corpus.entities), related=dict(related))
    for src_uri, page in (pages or {}).items():
        if isinstance(page, TimelinePeriodPage):
            reads.periods[src_uri] = period_holds(page)
    for briefing in corpus.briefings:
        fingerprint = fingerprints[briefing.slug]
        kept = before.briefings.get(briefing.slug) if before is not None else None
        if kept is not None and kept.fingerprint == fingerprint:
            reads.briefings[briefing.slug] = kept
        else:
            reads.briefings[briefing.slug] = briefing_reads(briefing, corpus, fingerprint)
    return reads


def pages_to_look_at(
    before: CorpusReads | None,
    corpus: Corpus,
    fingerprints: dict[str, str],
    context: str,
    pages: Mapping[str, SitePage],
) -> set[str] | None:
    """The pages (`src_uri`) whose view may differ from the build `before` read; None: every page."""
    if before is None or before.context != context or set(before.briefings) != set(fingerprints):
        return None
    changed = {slug for slug, reads in before.briefings.items() if reads.fingerprint != fingerprints[slug]}
    now = {slug: briefing_reads(corpus.briefing(slug), corpus, fingerprints[slug]) for slug in changed}
    touched: set[str] = set()  # entities mentioned by a changed briefing, before or now
    moved: set[str] = set()  # entities a changed briefing started or stopped mentioning
    sources: set[str] = set()
    faced: set[str] = set()  # entities and sources of a briefing whose entity pages' part changed
    counted = claimed = False  # whether a changed briefing's mentions, or claims, changed
    for slug in changed:
        old, new = before.briefings[slug], now[slug]
        touched |= old.entity_ids | new.entity_ids
        moved |= old.entity_ids ^ new.entity_ids
        sources |= old.source_ids | new.source_ids
        # the entities it names changed (co-occurrences, graphs), or what their pages show of it
        if old.entity_ids != new.entity_ids or _differ(old, new, faced_digest):
            faced |= old.entity_ids | new.entity_ids | old.source_ids | new.source_ids
        counted = counted or _differ(old, new, counted_digest)
        claimed = claimed or _differ(old, new, claimed_digest)
    renamed = {e for e in touched | sources if before.entities.get(e) != corpus.entities.get(e)}
    # entities sharing a briefing with a renamed entity show its name; with one whose briefing
    # count changed, maybe on their graph
    neighbours_renamed = _sharing_a_briefing(corpus, renamed)
    graphs = _graphs_showing(corpus, moved)
    scored = {
        e
        for e in moved
        if _scored(corpus.briefing_count(e)) or _scored(_count_before(corpus, before, e, changed))
    }
    # lists, indexes, the timeline and the graph change when what they show of a briefing does;
    # a page of the list of briefings, when one of its own does or the order changed
    shown_changed = {slug for slug in changed if before.briefings[slug].listed != now[slug].listed}
    everywhere = bool(moved or renamed)  # entity names, links and counts, on the indexes
    reordered = any(before.briefings[slug].date != now[slug].date for slug in changed)
    listed = everywhere or bool(shown_changed)
    look: set[str] = set()
    for src_uri, page in pages.items():
        if isinstance(page, BriefingPage):
            briefing = page.briefing
            assert briefing is not None
            slug = briefing.slug
            reads = before.briefings[slug]
            if (
                slug in changed
                or reads.shown_ids & renamed
                or reads.entity_ids & scored
                or changed.intersection(before.related.get(slug, ()))
            ):
                look.add(src_uri)
        elif isinstance(page, EntityPage):
            assert page.entity is not None
            entity_id = page.entity.id
            if any(entity_id in found for found in (faced, renamed, neighbours_renamed, graphs)):
                look.add(src_uri)
        elif isinstance(page, SourcePage):
            assert page.record is not None
            source = page.record.source
            if source.id in faced or (source.entity_id is not None and source.entity_id in renamed):
                look.add(src_uri)
        elif isinstance(page, (EntitiesIndexPage, EntityLabelPage)):
            if everywhere or counted:  # names, links and numbers of mentions
                look.add(src_uri)
        elif isinstance(page, SourcesIndexPage):
            if everywhere or claimed:
                look.add(src_uri)
        elif isinstance(page, ListingPage):
            own = {briefing.slug for briefing in page.briefings}
            # the first page also notes how many seeds have errors, which no fingerprint holds;
            # a list shows its briefings' top entities: their names, and links to their pages
            if (
                page.number == 1
                or reordered
                or own & shown_changed
                or any(before.briefings[slug].shown_ids & renamed for slug in own)
            ):
                look.add(src_uri)
        elif isinstance(page, GraphPage):
            # which entities each briefing names (pairs, counts) and their names: not its text
            if everywhere:
                look.add(src_uri)
        elif isinstance(page, TimelinePeriodPage):
            holds = period_holds(page)
            held = {entry[1] for entry in holds[1]}
            was = before.periods.get(src_uri)
            if was is None or was != holds or held & shown_changed:
                look.add(src_uri)
        elif listed or isinstance(page, (ReportPage, SeedErrorPage)):
            look.add(src_uri)  # indexes, timeline, graph: every briefing; report: errors
    return look


def _scored(count: int) -> bool:
    """Whether related briefings are scored on an entity in that many briefings."""
    return 2 <= count <= COMMON_ENTITY_POSTINGS


def _count_before(corpus: Corpus, before: CorpusReads, entity_id: str, changed: set[str]) -> int:
    now = corpus.briefing_count(entity_id)
    for slug in changed:
        was = entity_id in before.briefings[slug].entity_ids
        is_ = entity_id in corpus.entity_ids_of(corpus.briefing(slug))
        now += int(was) - int(is_)
    return now


def _sharing_a_briefing(corpus: Corpus, entity_ids: set[str]) -> set[str]:
    found: set[str] = set()
    for entity_id in entity_ids:
        for briefing, _ in corpus.briefings_of(entity_id):
            found.update(corpus.entity_ids_of(briefing))
    return found


def _graphs_showing(corpus: Corpus, entity_ids: set[str]) -> set[str]:
    """Entities whose own graph shows one of `entity_ids` (with its briefing count)."""
    found: set[str] = set()
    for candidate in _sharing_a_briefing(corpus, entity_ids):
        shown = {other.id for other, _ in corpus.co_occurring(candidate, limit=NEIGHBOURHOOD_SIZE - 1)}
        if shown & entity_ids:
            found.add(candidate)
    return found
