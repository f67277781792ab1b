"""One pure function per page kind: the page's cache key, and how to render its HTML pieces.

A view reads the corpus and the page's own data, never MkDocs. Its key is a digest of exactly
what the page shows (see `cache/pages.py`), so an edit renders again only the pages it changes.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from typing import Any

from markupsafe import Markup, escape

from ..cache.pages import digest
from ..corpus import (
    ClaimRef,
    Corpus,
    DatedEvent,
    Graph,
    co_occurrence,
    lay_out,
    lay_out_all,
    lay_out_narrow,
    neighbourhood,
)
from ..i18n import Strings
from ..model import ENTITY_LABELS, Briefing, Entity
from .briefing import briefing_view
from .data import Pieces, SiteData, View, content_only, render_with
from .errors import SeedErrorPage, error_page_uri
from .links import Links
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
    TimelinePage,
    TimelinePeriodPage,
)
from .search import entity_search_html, source_search_html, title_search_html, with_search
from .timeline import published

#: Entities on an entity page's own graph: itself and those most often in its briefings.
NEIGHBOURHOOD_SIZE = 15


def view_of(page: SitePage, site: SiteData, links: Links) -> View:
    """The view of any generated page."""
    return _VIEWS[type(page)](page, site, links)


def listing_html(
    briefings: list[Briefing], site: SiteData, links: Links, *, more: bool = False, note: bool = True
) -> Markup:
    """The list of briefings (list pages and the home page); with `note`, a link to the build
    report when some inputs could not be used."""
    return render_with(
        site,
        "briefings_list.html",
        briefings=briefings,
        corpus=site.corpus,
        link=links,
        more=more,
        note=note,
        errors=len(site.report.errors) + len(site.overlay_errors),
        report_uri=site.options.report_uri,
    )


def _shown_entities(entities: list[Entity], links: Links) -> list[tuple[str, str, str, str | None]]:
    """What a list shows of entities: their names and where they link (part of a page's key)."""
    return [(entity.id, entity.name, entity.label, links.entity(entity.id)) for entity in entities]


def _errors_shown(site: SiteData) -> tuple[int, str]:
    return len(site.report.errors) + len(site.overlay_errors), site.options.report_uri


def listing_view(page: ListingPage, site: SiteData, links: Links) -> View:
    corpus = site.corpus
    key = digest(
        "listing",
        site.settings_digest,
        links.url,
        page.number,
        page.pages,
        len(corpus.briefings),
        _errors_shown(site) if page.number == 1 else None,
        [
            (b.slug, _shown_article(b), b.article.lede, _shown_entities(corpus.top_entities(b), links))
            for b in page.briefings
        ],
    )
    return View(
        key,
        _titled(
            lambda: render_with(
                site,
                "briefings_index.html",
                listing=listing_html(list(page.briefings), site, links, note=page.number == 1),
                total=len(site.corpus.briefings),
                number=page.number,
                pages=page.pages,
                link=links,
            ),
            page,
            site,
        ),
    )


def entity_view(page: EntityPage, site: SiteData, links: Links) -> View:
    entity = page.entity
    assert entity is not None
    corpus = site.corpus
    appearances = corpus.briefings_of(entity.id)
    co_occurring = corpus.co_occurring(entity.id)
    # a source that is an entity has no page of its own: its claims are on the entity's
    record = corpus.sources.get(entity.id)
    claims = corpus.claims_by(entity.id)
    if record is not None:
        shown = {(ref.briefing.slug, ref.index) for ref in record.claims}
        claims = [ref for ref in claims if (ref.briefing.slug, ref.index) not in shown]
    near, pairs, frequency = neighbourhood(corpus, entity.id, max_nodes=NEIGHBOURHOOD_SIZE)
    key = digest(
        "entity",
        site.settings_digest,
        links.url,
        entity,
        # what the page shows of each briefing, not the briefing's fingerprint: an edit
        # elsewhere in a briefing's text leaves the pages of the entities it mentions as they were
        [
            (
                briefing.slug,
                briefing.article.title,
                briefing.article.date,
                [(r.anchor, r.snippet()) for r in refs],
            )
            for briefing, refs in appearances
        ],
        co_occurring,
        [(entity_id, corpus.entities[entity_id].name, frequency[entity_id]) for entity_id in near],
        sorted(pairs.items()),
        record.source if record is not None else None,
        _shown_claims(record.claims) if record is not None else [],
        _shown_claims(claims),
    )
    return View(
        key,
        _searchable_entity(
            entity,
            site,
            lambda: render_with(
                site,
                "entity.html",
                entity=entity,
                label=entity.label,
                appearances=appearances,
                co_occurring=co_occurring,
                neighbourhood=_neighbourhood_graphs(corpus, near, pairs, frequency)
                if len(near) > 1
                else None,
                record=record,
                claims=claims,
                link=links,
            ),
        ),
    )


def _shown_article(briefing: Briefing) -> tuple[str, str | None, str | None]:
    """What a list shows of a briefing's article besides its link: title, publisher and date."""
    article = briefing.article
    return article.title, article.publisher, article.date


def _shown_claims(refs: list[ClaimRef]) -> list[Any]:
    """What a list of claims shows of each (`source_claims.html`): the claim with its grade, and
    its briefing's title and date."""
    return [
        (r.briefing.slug, r.anchor, r.claim, r.briefing.article.title, r.briefing.article.date) for r in refs
    ]


def _titled(render: Callable[[], Markup], page: SitePage, site: SiteData) -> Callable[[], Pieces]:
    """A page that gathers others: search gets its title only (see `title_search_html`)."""
    return with_search(content_only(render), lambda: title_search_html(page_title(page, site.strings)))


def _searchable_entity(entity: Entity, site: SiteData, render: Callable[[], Markup]) -> Callable[[], Pieces]:
    return with_search(content_only(render), lambda: entity_search_html(entity, site.strings))


def entities_index_view(page: EntitiesIndexPage, site: SiteData, links: Links) -> View:
    limit = site.options.page_size
    key = digest(
        "entities",
        site.settings_digest,
        links.url,
        limit,
        [
            (
                label,
                len(entries),
                [
                    (shown, count)
                    for shown, (_, count) in zip(
                        _shown_entities([e for e, _ in entries[:limit]], links), entries, strict=False
                    )
                ],
            )
            for label, entries in site.corpus.entities_by_label()
        ],
    )
    return View(
        key,
        _titled(
            lambda: render_with(
                site,
                "entities_index.html",
                groups=site.corpus.entities_by_label(),
                link=links,
                limit=site.options.page_size,
            ),
            page,
            site,
        ),
    )


def entity_label_view(page: EntityLabelPage, site: SiteData, links: Links) -> View:
    key = digest(
        "label",
        site.settings_digest,
        links.url,
        page.label,
        page.number,
        page.pages,
        page.total,
        _shown_entities([entity for entity, _ in page.entries], links),
        [count for _, count in page.entries],
    )
    return View(
        key,
        _titled(
            lambda: render_with(
                site,
                "entity_label.html",
                label=page.label,
                title=page_title(page, site.strings),
                entries=list(page.entries),
                total=page.total,
                number=page.number,
                pages=page.pages,
                link=links,
            ),
            page,
            site,
        ),
    )


def sources_index_view(page: SourcesIndexPage, site: SiteData, links: Links) -> View:
    key = digest(
        "sources",
        site.settings_digest,
        links.url,
        links.to("methodology.md"),
        [
            (
                kind,
                [
                    (
                        record.source.id,
                        record.source.name,
                        links.source(record.source.id),
                        len(record.claims),
                        record.briefing_count,
                        [(ref.briefing.slug, ref.anchor) for ref in record.claims[:3]],
                    )
                    for record in records
                ],
            )
            for kind, records in site.corpus.sources_by_kind()
        ],
    )
    return View(
        key,
        _titled(
            lambda: render_with(site, "sources_index.html", groups=site.corpus.sources_by_kind(), link=links),
            page,
            site,
        ),
    )


def source_view(page: SourcePage, site: SiteData, links: Links) -> View:
    record = page.record
    assert record is not None
    key = digest(
        "source",
        site.settings_digest,
        links.url,
        record.source,
        record.source.entity_id in site.corpus.entities,
        _shown_claims(record.claims),
    )
    render = content_only(lambda: render_with(site, "source.html", record=record, link=links))
    return View(key, with_search(render, lambda: source_search_html(record, site.strings)))


def timeline_view(page: TimelinePage, site: SiteData, links: Links) -> View:
    dated, undated = published(site.corpus)
    if page.periods:  # what each period holds, and a link to its page
        periods = [
            (p.key, len(p.briefings), len(p.events), links.timeline_period(p.key)) for p in page.periods
        ]
        key = digest("timeline", site.settings_digest, links.url, periods, _shown_briefings(undated, links))
        return _timeline_page(page, site, links, key, periods=periods, around=None, undated=undated)
    events = site.corpus.dated_events()
    return _timeline_of(page, site, links, dated, events, undated=undated)


def timeline_period_view(page: TimelinePeriodPage, site: SiteData, links: Links) -> View:
    period = page.period
    assert period is not None
    return _timeline_of(page, site, links, list(period.briefings), list(period.events))


def _timeline_of(
    page: SitePage,
    site: SiteData,
    links: Links,
    dated: list[Briefing],
    events: list[DatedEvent],
    *,
    undated: list[Briefing] | None = None,
) -> View:
    """The timeline of `dated` briefings and `events`: the whole one, or a period's."""
    title = page_title(page, site.strings)
    around = (
        (page.previous, page.next, links.to("timeline.md", required=True))
        if isinstance(page, TimelinePeriodPage)
        else None
    )
    # what it shows of each briefing and date: an edit to a briefing's text that leaves its
    # title and its dates alone leaves the timeline as it was
    key = digest(
        "timeline",
        site.settings_digest,
        links.url,
        title,
        around,
        _shown_briefings(dated, links),
        _shown_briefings(undated or [], links),
        [
            (
                e.value,
                links.briefing(e.ref.briefing.slug),
                e.ref.anchor,
                e.sentence,
                e.ref.briefing.article.title,
            )
            for e in events
        ],
    )
    return _timeline_page(
        page, site, links, key, dated=dated, undated=undated, events=events, around=around, periods=None
    )


def _timeline_page(page: SitePage, site: SiteData, links: Links, key: str, **shown: Any) -> View:
    """A timeline page (the overview of periods, a period, or the whole timeline) with `key`."""
    title = page_title(page, site.strings)
    render = lambda: render_with(site, "timeline.html", title=title, link=links, **shown)  # noqa: E731
    return View(key, _titled(render, page, site))


def _shown_briefings(briefings: list[Briefing], links: Links) -> list[tuple[str | None, str, str | None]]:
    """What a timeline shows of briefings: their links, titles and dates."""
    return [(links.briefing(b.slug), b.article.title, b.article.date) for b in briefings]


def _neighbourhood_graphs(
    corpus: Corpus, near: list[str], pairs: Counter[tuple[str, str]], frequency: dict[str, int]
) -> list[tuple[str, Graph]]:
    """An entity's own graph as a desktop shows it, and as a phone does (the same places).

    A force layout is the costliest part of an entity page; an edit that changes the page but
    not its graph (a briefing's text) finds the layout it made before, and a build that renders
    many entity pages has them laid out together ahead of their pages (`lay_out_neighbourhoods`)."""
    key = _neighbourhood_key(corpus, near, pairs, frequency)
    graphs = _LAYOUTS.pop(key, None)
    if graphs is None:
        graphs = _wide_and_narrow(corpus, [(near, pairs, frequency)])[0]
    _keep_layout(key, graphs)
    return graphs


def lay_out_neighbourhoods(corpus: Corpus, entity_ids: list[str]) -> None:
    """The graphs of these entities' pages laid out in one go (`lay_out_all`), for their pages
    to find: a cold build renders every entity page, and one layout at a time costs ~3 × more."""
    wanted: dict[str, tuple[list[str], Counter[tuple[str, str]], dict[str, int]]] = {}
    for entity_id in entity_ids:
        near, pairs, frequency = neighbourhood(corpus, entity_id, max_nodes=NEIGHBOURHOOD_SIZE)
        key = _neighbourhood_key(corpus, near, pairs, frequency)
        if len(near) > 1 and key not in _LAYOUTS:
            wanted[key] = (near, pairs, frequency)
    for key, graphs in zip(wanted, _wide_and_narrow(corpus, list(wanted.values())), strict=True):
        _keep_layout(key, graphs)


def _neighbourhood_key(
    corpus: Corpus, near: list[str], pairs: Counter[tuple[str, str]], frequency: dict[str, int]
) -> str:
    shown = [(e, corpus.entities[e].name, corpus.entities[e].label, frequency[e]) for e in near]
    return digest(shown, sorted(pairs.items()))


def _wide_and_narrow(
    corpus: Corpus, graphs: list[tuple[list[str], Counter[tuple[str, str]], dict[str, int]]]
) -> list[list[tuple[str, Graph]]]:
    wide = lay_out_all(corpus, graphs, width=640, height=400, iterations=150)
    return [
        [("wide", laid), ("narrow", lay_out_narrow(corpus, near, pairs, frequency, height=380, like=laid))]
        for (near, pairs, frequency), laid in zip(graphs, wide, strict=True)
    ]


def _keep_layout(key: str, graphs: list[tuple[str, Graph]]) -> None:
    _LAYOUTS[key] = graphs  # the most recent last: the oldest are dropped first
    while len(_LAYOUTS) > _KEPT_LAYOUTS:
        del _LAYOUTS[next(iter(_LAYOUTS))]


#: Layouts of entity graphs made in this process, by a digest of what they show (names, labels,
#: counts, pairs): a few thousand graphs of 15 entities are a few MB.
_LAYOUTS: dict[str, list[tuple[str, Graph]]] = {}
_KEPT_LAYOUTS = 5000


def graph_view(page: GraphPage, site: SiteData, links: Links) -> View:
    corpus = site.corpus
    chosen, pairs, frequency = co_occurrence(corpus, max_nodes=site.options.graph_size)
    key = digest(
        "graph",
        site.settings_digest,
        links.url,
        _shown_entities([corpus.entities[e] for e in chosen], links),
        [frequency[e] for e in chosen],
        sorted(pairs.items()),
    )

    def render() -> Markup:
        graphs = [("wide", Graph([], [], 960, 820))]
        if chosen:  # the page as a desktop shows it, and as a phone does
            graphs = [
                ("wide", lay_out(corpus, chosen, pairs, frequency, width=960, height=820)),
                ("narrow", lay_out_narrow(corpus, chosen, pairs, frequency, height=720)),
            ]
        labels = sorted({node.label for node in graphs[0][1].nodes}, key=ENTITY_LABELS.index)
        return render_with(site, "graph.html", graphs=graphs, labels=labels, link=links)

    return View(key, _titled(render, page, site))


def report_view(page: ReportPage, site: SiteData, links: Links) -> View:
    built = {b.article.source_path: b for b in site.corpus.briefings}

    def error_link(error: Any) -> str | None:
        uri = error_page_uri(links.scheme, error)
        return links.to(uri) if uri else None

    def errors(found: list[Any]) -> list[Any]:
        return [(e.path, e.line, repr(e.message), repr(e.hint), error_link(e)) for e in found]

    # what the table shows of each briefing, as Jinja's `dictsort` orders them (by path, case
    # aside): not their fingerprints, so that an edit that changes none of it does not render
    # the table of every briefing again
    table = [(path, _report_row(brief)) for path, brief in sorted(built.items(), key=_path_case_aside)]
    report = site.report
    key = digest(
        "report",
        site.settings_digest,
        links.url,
        site.options.seeds_dir,
        errors(report.errors),
        errors(report.warnings),
        errors(site.overlay_errors),
        table,
    )

    def render(*, table_shown: bool = True) -> Markup:
        return render_with(
            site,
            "report.html",
            report=report,
            overlay_errors=site.overlay_errors,
            built=built,
            rows=_report_table(table, links) if table_shown else Markup(""),
            table=table_shown,
            link=links,
            seeds_dir=site.options.seeds_dir,
            error_link=error_link,
        )

    # search gets the report without its table of briefings, which are indexed on their own
    # pages (see `title_search_html`)
    return View(key, with_search(content_only(render), lambda: str(render(table_shown=False))))


def _path_case_aside(item: tuple[str, Briefing]) -> str:
    return item[0].lower()


def _report_row(brief: Briefing) -> tuple[str, str, int, int]:
    """A briefing's row of the report: its slug (its link), title, and numbers of mentions and
    of visible claims (`visible_claims()`, counted without making the list)."""
    claims = len(brief.annotation.claims)
    hidden = brief.overlay.hidden if brief.overlay is not None else ()
    visible = claims - sum(1 for index in hidden if 0 <= index < claims)
    return brief.slug, brief.article.title, len(brief.annotation.mentions), visible


def _report_table(table: list[tuple[str, tuple[str, str, int, int]]], links: Links) -> Markup:
    """The rows of the report's table of briefings: a few thousand rows, made in Python (through
    Jinja, one loop turn each, the table took most of a rebuild's rendering at 5 000 seeds)."""
    rows = []
    for path, (slug, title, mentions, claims) in table:
        href, path, title = escape(links.briefing(slug)), escape(path), escape(title)
        rows.append(
            f'  <tr><td><code>{path}</code></td><td><a href="{href}">{title}</a></td>'
            f"<td>{mentions}</td><td>{claims}</td></tr>\n"
        )
    return Markup("".join(rows))


def seed_error_view(page: SeedErrorPage, site: SiteData, links: Links) -> View:
    return View(
        None,
        content_only(
            lambda: render_with(
                site, "seed_error.html", error=page.error, link=links, report_uri=site.options.report_uri
            )
        ),
    )


_VIEWS: dict[type[SitePage], Callable[[Any, SiteData, Links], View]] = {
    SeedErrorPage: seed_error_view,
    ListingPage: listing_view,
    BriefingPage: briefing_view,
    EntityPage: entity_view,
    EntitiesIndexPage: entities_index_view,
    EntityLabelPage: entity_label_view,
    SourcesIndexPage: sources_index_view,
    SourcePage: source_view,
    TimelinePage: timeline_view,
    TimelinePeriodPage: timeline_period_view,
    GraphPage: graph_view,
    ReportPage: report_view,
}


def page_title(page: SitePage, strings: Strings) -> str:
    """The title of a generated page in the site's language (a briefing's, an entity's or a
    source's title is its own)."""
    if isinstance(page, ListingPage):
        return (
            strings("title.listing")
            if page.number == 1
            else strings("title.listing_page", number=page.number)
        )
    if isinstance(page, EntityLabelPage):
        title = strings.word("label_title", page.label)
        return title if page.number == 1 else strings("title.label_page", title=title, number=page.number)
    keys = {
        EntitiesIndexPage: "title.entities",
        SourcesIndexPage: "title.sources",
        TimelinePage: "title.timeline",
        GraphPage: "title.graph",
        ReportPage: "title.report",
    }
    if isinstance(page, SeedErrorPage):
        return strings("title.seed_error", path=page.title)
    if isinstance(page, TimelinePeriodPage):
        return strings("title.timeline_period", period=strings.date(page.title))
    key = keys.get(type(page))
    return strings(key) if key else page.title
