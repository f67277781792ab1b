"""One pure function per page kind: the page's cache key, and how to render its HTML pieces.

A view reads the corpus and the page's own data, never MkDocs. Its key is a digest of exactly
what the page shows (see `cache/pages.py`), so an edit renders again only the pages it changes.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from markupsafe import Markup

from ..cache.pages import digest
from ..corpus import Corpus, Related, co_occurrence_graph, lay_out, neighbourhood
from ..i18n import Strings, english
from ..model import ENTITY_LABELS, Briefing, Entity, grade_level
from ..render import claim_spans, mark_spans, mention_spans, render_body, render_markdown, render_template
from ..seeds import SeedReport
from .errors import SeedErrorPage, error_page_uri
from .feeds import news_article_jsonld
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
)
from .search import entity_search_html, source_search_html, with_search

#: Entities on an entity page's own graph: itself and those most often in its briefings.
NEIGHBOURHOOD_SIZE = 15

#: The pieces of a page: `content` always; a briefing also has `sidebar` (its panel), `head`
#: (JSON-LD) and `search` (what the search index gets instead of the annotated content).
Pieces = dict[str, str]


@dataclass(frozen=True)
class SiteOptions:
    """What pages show besides the corpus (the plugin's options)."""

    page_size: int = 50
    related_size: int = 5
    graph_size: int = 50
    seeds_dir: str = "seeds"
    site_url: str | None = None
    #: `src_uri` of the build report, linked from the lists when there are errors
    report_uri: str = "briefings/report.md"


@dataclass
class SiteData:
    """What every view reads: the corpus, the build's report, and digests of the briefings."""

    corpus: Corpus
    options: SiteOptions = field(default_factory=SiteOptions)
    report: SeedReport = field(default_factory=SeedReport)
    overlay_errors: list[Any] = field(default_factory=list)
    #: what every page's HTML depends on besides its own data (templates, settings)
    settings_digest: str = ""
    fingerprints: dict[str, str] = field(default_factory=dict)
    #: the words of the site's language
    strings: Strings = field(default_factory=english)

    def fingerprint(self, briefing: Briefing) -> str:
        return self.fingerprints[briefing.slug]


@dataclass(frozen=True)
class View:
    """A page's cache key (`None`: cheap enough to render every time) and how to render it."""

    key: str | None
    render: Callable[[], Pieces]


def view_of(page: SitePage, site: SiteData, links: Links) -> View:
    """The view of any generated page."""
    return _VIEWS[type(page)](page, site, links)


def listing_html(
    briefings: list[Briefing], site: SiteData, links: Links, *, more: bool = False, note: bool = True
) -> Markup:
    """The list of briefings (list pages and the home page); with `note`, a link to the build
    report when some inputs could not be used."""
    return _render(
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


def _render(site: SiteData, template: str, **context: Any) -> Markup:
    """A content template with the site's words (`t`) and dates."""
    return render_template(template, t=site.strings, **context)


def _content(render: Callable[[], Markup]) -> Callable[[], Pieces]:
    return lambda: {"content": str(render())}


def listing_view(page: ListingPage, site: SiteData, links: Links) -> View:
    return View(
        None,
        _content(
            lambda: _render(
                site,
                "briefings_index.html",
                listing=listing_html(list(page.briefings), site, links, note=page.number == 1),
                total=len(site.corpus.briefings),
                number=page.number,
                pages=page.pages,
                link=links,
            )
        ),
    )


def briefing_view(page: BriefingPage, site: SiteData, links: Links) -> View:
    briefing = page.briefing
    assert briefing is not None
    corpus = site.corpus
    related = corpus.related(briefing, limit=site.options.related_size)
    shown = sorted(
        {m.id for m in briefing.annotation.mentions} | {c.source.id for c in briefing.annotation.claims}
    )
    key = digest(
        "briefing",
        site.settings_digest,
        links.url,
        site.fingerprint(briefing),
        [(r.briefing.slug, site.fingerprint(r.briefing), r.score, r.shared) for r in related],
        [(entity_id, corpus.entities.get(entity_id)) for entity_id in shown],
    )
    return View(key, lambda: briefing_pieces(briefing, related, site, links))


def briefing_pieces(briefing: Briefing, related: list[Related], site: SiteData, links: Links) -> Pieces:
    """The briefing's content, its panel (the sidebar), its JSON-LD and what search indexes."""
    article, annotation = briefing.article, briefing.annotation
    spans = mention_spans(
        annotation.mentions,
        names=site.corpus.names,
        url_for=links.entity,
        edits=briefing.mention_edits,
        strings=site.strings,
    )
    claims = claim_spans(briefing.visible_claims(), edits=briefing.claim_edits, strings=site.strings)
    body = render_body(article, spans + claims + mark_spans(article.marks))
    labels = Counter(mention.label for mention in annotation.mentions)
    visible = [claim for _, claim in briefing.visible_claims()]
    grades = Counter(claim.grade for claim in visible)
    # the grades at a glance, best first: (grade, level, how many)
    glance = [(grade, grade_level(grade[0], int(grade[1:])), grades[grade]) for grade in sorted(grades)]
    overlay = briefing.overlay
    summary = render_markdown(overlay.summary) if overlay is not None else Markup("")
    notes = render_markdown(overlay.notes) if overlay is not None else Markup("")
    content = _render(
        site,
        "briefing.html",
        summary=summary,
        notes=notes,
        briefing=briefing,
        article=article,
        body=body,
        legend=[(label, labels[label]) for label in ENTITY_LABELS if labels[label]],
        glance=glance,
        claim_count=len(visible),
        related=related,
        # repeated in the content for narrow screens, where Material hides the sidebar; without
        # the anchors of its claims, which the sidebar's copy has
        panel=panel_html(briefing, site, links, anchors=False),
        link=links,
    )
    search = _render(
        site,
        "briefing_search.html",
        title=article.title,
        summary=summary,
        notes=notes,
        body=render_body(article, mark_spans(article.marks)),
    )
    return {
        "content": str(content),
        "sidebar": str(panel_html(briefing, site, links, anchors=True)),
        "head": str(news_article_jsonld(briefing, links.url, site.corpus, site_url=site.options.site_url)),
        "search": str(search),
    }


def panel_html(briefing: Briefing, site: SiteData, links: Links, *, anchors: bool) -> Markup:
    """The source-confidence panel: sources, claims and their grades, key figures, entities."""
    annotation = briefing.annotation
    visible = briefing.visible_claims()
    claims = [claim for _, claim in visible]
    sources: dict[str, dict[str, Any]] = {}
    for claim in claims:
        entry = sources.setdefault(
            claim.source.id, {"source": claim.source, "claims": 0, "reliability": claim.reliability}
        )
        entry["claims"] += 1
    figures = []
    for index, mention in enumerate(annotation.mentions):
        if mention.label != "QUANTITY":
            continue
        owners = [c for c in claims if c.start <= mention.start and mention.end <= c.end]
        figures.append((index, mention, [c.source for c in owners]))
    by_label: dict[str, Counter[str]] = {}
    for mention in annotation.mentions:
        by_label.setdefault(mention.label, Counter())[mention.id] += 1
    groups = []
    for label in ENTITY_LABELS:
        if label in by_label:
            entries = [
                (site.corpus.entities.get(entity_id) or annotation.entities[entity_id], count)
                for entity_id, count in by_label[label].items()
            ]
            entries.sort(key=lambda pair: (-pair[1], pair[0].name.lower()))
            groups.append((label, entries))
    return _render(
        site,
        "panel.html",
        sources=list(sources.values()),
        credit_sources=annotation.sources,
        claims=visible,
        claim_edits=briefing.claim_edits,
        figures=figures,
        groups=groups,
        link=links,
        anchors=anchors,
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
        [(briefing.slug, site.fingerprint(briefing)) for briefing, _ in appearances],
        co_occurring,
        [(entity_id, corpus.entities[entity_id].name, frequency[entity_id]) for entity_id in near],
        sorted(pairs.items()),
        record.source if record is not None else None,
        [(ref.briefing.slug, site.fingerprint(ref.briefing), ref.index) for ref in record.claims]
        if record is not None
        else [],
        [(ref.briefing.slug, site.fingerprint(ref.briefing), ref.index) for ref in claims],
    )
    return View(
        key,
        _searchable_entity(
            entity,
            site,
            lambda: _render(
                site,
                "entity.html",
                entity=entity,
                label=entity.label,
                appearances=appearances,
                co_occurring=co_occurring,
                neighbourhood=lay_out(corpus, near, pairs, frequency, width=640, height=400, iterations=150)
                if len(near) > 1
                else None,
                record=record,
                claims=claims,
                link=links,
            ),
        ),
    )


def _searchable_entity(entity: Entity, site: SiteData, render: Callable[[], Markup]) -> Callable[[], Pieces]:
    return with_search(_content(render), lambda: entity_search_html(entity, site.strings))


def entities_index_view(page: EntitiesIndexPage, site: SiteData, links: Links) -> View:
    return View(
        None,
        _content(
            lambda: _render(
                site,
                "entities_index.html",
                groups=site.corpus.entities_by_label(),
                link=links,
                limit=site.options.page_size,
            )
        ),
    )


def entity_label_view(page: EntityLabelPage, site: SiteData, links: Links) -> View:
    return View(
        None,
        _content(
            lambda: _render(
                site,
                "entity_label.html",
                label=page.label,
                title=page_title(page, site.strings),
                entries=list(page.entries),
                total=page.total,
                number=page.number,
                pages=page.pages,
                link=links,
            )
        ),
    )


def sources_index_view(page: SourcesIndexPage, site: SiteData, links: Links) -> View:
    return View(
        None,
        _content(
            lambda: _render(site, "sources_index.html", groups=site.corpus.sources_by_kind(), link=links)
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
        [(ref.briefing.slug, site.fingerprint(ref.briefing), ref.index) for ref in record.claims],
    )
    render = _content(lambda: _render(site, "source.html", record=record, link=links))
    return View(key, with_search(render, lambda: source_search_html(record, site.strings)))


def timeline_view(page: TimelinePage, site: SiteData, links: Links) -> View:
    briefings = site.corpus.briefings

    def render() -> Markup:
        dated = sorted((b for b in briefings if b.article.date), key=lambda b: (b.article.date, b.slug))
        undated = [b for b in briefings if not b.article.date]
        return _render(
            site, "timeline.html", dated=dated, undated=undated, events=site.corpus.dated_events(), link=links
        )

    return View(None, _content(render))


def graph_view(page: GraphPage, site: SiteData, links: Links) -> View:
    def render() -> Markup:
        graph = co_occurrence_graph(site.corpus, max_nodes=site.options.graph_size)
        labels = sorted({node.label for node in graph.nodes}, key=ENTITY_LABELS.index)
        return _render(site, "graph.html", graph=graph, labels=labels, link=links)

    return View(None, _content(render))


def report_view(page: ReportPage, site: SiteData, links: Links) -> View:
    def render() -> Markup:
        built = {b.article.source_path: b for b in site.corpus.briefings}
        return _render(
            site,
            "report.html",
            report=site.report,
            overlay_errors=site.overlay_errors,
            built=built,
            link=links,
            seeds_dir=site.options.seeds_dir,
            error_link=lambda error: links.to(uri) if (uri := error_page_uri(links.scheme, error)) else None,
        )

    return View(None, _content(render))


def seed_error_view(page: SeedErrorPage, site: SiteData, links: Links) -> View:
    return View(
        None,
        _content(
            lambda: _render(
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
    key = keys.get(type(page))
    return strings(key) if key else page.title
