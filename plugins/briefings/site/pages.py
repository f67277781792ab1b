"""The pages the plugin adds to a site: one typed dataclass per kind, and the plan of them all."""

from __future__ import annotations

from collections.abc import Container, Iterator
from dataclasses import dataclass
from functools import cached_property
from typing import ClassVar

from ..corpus import Corpus, SourceRecord
from ..model import LABEL_TITLES, Briefing, Entity
from .timeline import TimelinePeriod, timeline_periods
from .urls import UrlScheme

#: Entities per page of a label's full list, and entries (briefings and dates) per period of the
#: timeline: `page_size` × this.
LABEL_PAGE_FACTOR = 10


@dataclass(frozen=True)
class SitePage:
    """A generated page: where it lives (`src_uri`), its title, and whether the nav lists it."""

    src_uri: str
    title: str
    kind: ClassVar[str] = "page"
    #: Material's `hide` settings: the tabs already say where the reader is.
    hide: ClassVar[tuple[str, ...]] = ("navigation", "toc")
    #: The user may write this page in docs/ instead (it then replaces ours).
    replaceable: ClassVar[bool] = False
    in_nav: ClassVar[bool] = False


@dataclass(frozen=True)
class BriefingPage(SitePage):
    briefing: Briefing | None = None
    kind: ClassVar[str] = "briefing"
    hide: ClassVar[tuple[str, ...]] = ("navigation",)  # the panel is the right-hand sidebar


@dataclass(frozen=True)
class ListingPage(SitePage):
    """Page `number` of `pages` of the list of briefings, newest first."""

    briefings: tuple[Briefing, ...] = ()
    number: int = 1
    pages: int = 1
    kind: ClassVar[str] = "listing"

    @property
    def in_nav(self) -> bool:  # type: ignore[override]
        return self.number == 1

    @property
    def replaceable(self) -> bool:  # type: ignore[override]
        return self.number == 1


@dataclass(frozen=True)
class EntityPage(SitePage):
    entity: Entity | None = None
    kind: ClassVar[str] = "entity"


@dataclass(frozen=True)
class EntitiesIndexPage(SitePage):
    kind: ClassVar[str] = "entities_index"
    replaceable: ClassVar[bool] = True
    in_nav: ClassVar[bool] = True


@dataclass(frozen=True)
class EntityLabelPage(SitePage):
    """Page `number` of the full list of entities of one label, by number of mentions."""

    label: str = ""
    entries: tuple[tuple[Entity, int], ...] = ()
    total: int = 0
    number: int = 1
    pages: int = 1
    kind: ClassVar[str] = "entity_label"


@dataclass(frozen=True)
class SourcesIndexPage(SitePage):
    kind: ClassVar[str] = "sources_index"
    replaceable: ClassVar[bool] = True
    in_nav: ClassVar[bool] = True


@dataclass(frozen=True)
class SourcePage(SitePage):
    record: SourceRecord | None = None
    kind: ClassVar[str] = "source"


@dataclass(frozen=True)
class TimelinePage(SitePage):
    """The whole timeline; or, with `periods`, what each period holds and a link to its page."""

    periods: tuple[TimelinePeriod, ...] = ()
    kind: ClassVar[str] = "timeline"
    replaceable: ClassVar[bool] = True
    in_nav: ClassVar[bool] = True


@dataclass(frozen=True)
class TimelinePeriodPage(SitePage):
    """The timeline of one period, with links to the periods before and after it."""

    period: TimelinePeriod | None = None
    previous: str | None = None  # its key
    next: str | None = None
    kind: ClassVar[str] = "timeline_period"

    @cached_property  # read twice by a rebuild's plan (which pages to look at, what they read)
    def entries(self) -> frozenset[tuple[str, ...]]:
        """What it holds: ("b", slug) for a briefing published in the period, ("e", slug,
        index) for a date mentioned in it."""
        period = self.period
        assert period is not None
        entries: set[tuple[str, ...]] = {("b", briefing.slug) for briefing in period.briefings}
        entries.update(("e", event.ref.briefing.slug, str(event.ref.index)) for event in period.events)
        return frozenset(entries)


@dataclass(frozen=True)
class GraphPage(SitePage):
    kind: ClassVar[str] = "graph"
    replaceable: ClassVar[bool] = True
    in_nav: ClassVar[bool] = True


@dataclass(frozen=True)
class ReportPage(SitePage):
    kind: ClassVar[str] = "report"


class PageConflict(Exception):
    """Two pages at one address: a generated page and a page of docs/, or two generated pages."""


def page_count(items: int, size: int) -> int:
    """Pages of `size` items needed for `items` (one page, empty, for none)."""
    return max(1, -(-items // size))


def plan_pages(
    corpus: Corpus, scheme: UrlScheme, *, page_size: int, kept: KeptPages | None = None
) -> Iterator[SitePage]:
    """Every page the site gets for `corpus`, in a fixed order (the order of the nav). `kept`:
    the pages of the plans before, used again where made of the very same objects."""
    kept = kept if kept is not None else KeptPages()
    kept.start(scheme)
    count = page_count(len(corpus.briefings), page_size)
    for number in range(1, count + 1):
        chunk = tuple(corpus.briefings[(number - 1) * page_size : number * page_size])
        title = "Briefings" if number == 1 else f"Briefings, page {number}"
        yield ListingPage(scheme.listing(number), title, chunk, number, count)
    for briefing in corpus.briefings:
        key = ("b", briefing.slug)
        yield kept.get(key, briefing) or kept.put(
            key, briefing, BriefingPage(scheme.briefing(briefing.slug), briefing.article.title, briefing)
        )
    yield EntitiesIndexPage(scheme.entities_index(), "Entities")
    size = page_size * LABEL_PAGE_FACTOR
    for label, entries in corpus.entities_by_label():
        count = page_count(len(entries), size)
        for number in range(1, count + 1):
            page_entries = tuple(entries[(number - 1) * size : number * size])
            title = LABEL_TITLES[label] + (f", page {number}" if number > 1 else "")
            yield EntityLabelPage(
                scheme.label(label, number), title, label, page_entries, len(entries), number, count
            )
    for entity_id, entity in corpus.entities.items():
        key = ("e", entity_id)
        yield kept.get(key, entity) or kept.put(
            key, entity, EntityPage(scheme.entity(entity_id), entity.name, entity)
        )
    yield SourcesIndexPage(scheme.sources_index(), "Sources")
    for source_id, record in corpus.sources.items():
        # "un responsable" in one article is not "un responsable" in another: only named
        # sources are followed across briefings on a page of their own; a source that is an
        # entity is followed on the entity's page
        if record.source.named and source_id not in corpus.entities:
            key = ("s", source_id)
            yield kept.get(key, record) or kept.put(
                key, record, SourcePage(scheme.source(source_id), record.source.name, record)
            )
    periods = timeline_periods(corpus, page_size * LABEL_PAGE_FACTOR)
    yield TimelinePage("timeline.md", "Timeline", tuple(periods))
    for number, period in enumerate(periods):
        yield TimelinePeriodPage(
            scheme.timeline_period(period.key),
            period.key,
            period,
            periods[number - 1].key if number else None,
            periods[number + 1].key if number + 1 < len(periods) else None,
        )
    yield GraphPage("graph.md", "Graph")
    yield ReportPage(scheme.report(), "Build report")
    kept.finish()


class KeptPages:
    """`make serve`: the page of each briefing, entity and source of the last plan, used again
    when made of the very same object (the corpus keeps those an edit did not change) with the
    same URL scheme: a rebuild makes again only the pages of what changed, not thousands of
    pages, each with its address."""

    def __init__(self) -> None:
        self._scheme: UrlScheme | None = None
        self._last: dict[tuple[str, str], tuple[object, SitePage]] = {}
        self._next: dict[tuple[str, str], tuple[object, SitePage]] = {}

    def start(self, scheme: UrlScheme) -> None:
        if scheme != self._scheme:
            self._scheme, self._last = scheme, {}
        self._next = {}

    def get(self, key: tuple[str, str], of: object) -> SitePage | None:
        """The last plan's page of `key`, when made of the object `of`."""
        known = self._last.get(key)
        if known is None or known[0] is not of:
            return None
        self._next[key] = known
        return known[1]

    def put(self, key: tuple[str, str], of: object, page: SitePage) -> SitePage:
        self._next[key] = (of, page)
        return page

    def finish(self) -> None:
        """A plan made to its end: its pages are those to use again (no others are kept)."""
        self._last, self._next = self._next, {}


def place_pages(planned: Iterator[SitePage], existing: Container[str]) -> list[SitePage]:
    """The planned pages that the site gets, given the `src_uri`s of the user's own pages.

    A user's page replaces a generated one the nav lists (their own timeline, say); any other
    collision would hide the user's page or one of ours, and is an error.
    """
    placed: dict[str, SitePage] = {}
    for page in planned:
        if page.src_uri in existing:
            if page.replaceable:
                continue
            raise PageConflict(
                f"'{page.src_uri}' exists in docs/ and would be hidden by a generated page; "
                "rename it or change `briefings_path`/`entities_path`/`sources_path` of the plugin"
            )
        if page.src_uri in placed:
            raise PageConflict(f"two generated pages would be written to '{page.src_uri}'")
        placed[page.src_uri] = page
    return list(placed.values())
