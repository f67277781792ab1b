"""The MkDocs plugin: a thin shell that wires the stages to MkDocs events."""

from __future__ import annotations

import logging
import posixpath
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from markupsafe import Markup, escape
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page
from mkdocs.utils import get_relative_url
from mkdocs.utils.templates import TemplateContext

from .config import BriefingsConfig
from .corpus import Corpus
from .feeds import atom_feed, news_article_jsonld
from .graph import co_occurrence_graph
from .models import ENTITY_LABELS, Briefing
from .nlp import KnowledgeBaseError, ModelNotInstalled
from .overlay import OverlayError
from .project import Project, export_json
from .render import (
    claim_spans,
    mark_spans,
    mention_spans,
    render_body,
    render_markdown,
    render_template,
)
from .seeds import SeedReport

log = logging.getLogger("mkdocs.plugins.briefings")

ASSETS = ("briefings.css",)
#: Entities per page of a label's full list: page_size × this.
LABEL_PAGE_FACTOR = 10


@dataclass(frozen=True)
class _GeneratedPage:
    """A virtual page of ours: `kind` names its content template, `subject` what it shows."""

    kind: str
    title: str
    subject: Any = None
    number: int = 1  # page number of a paginated list
    pages: int = 1


class Links:
    """URLs of the site's pages relative to the page being rendered (works under any sub-path)."""

    def __init__(self, plugin: BriefingsPlugin, page: Page, files: Files):
        self._plugin = plugin
        self._page = page
        self._files = files

    def to(self, src_uri: str) -> str | None:
        file = self._files.get_file_from_path(src_uri)
        return get_relative_url(file.url, self._page.url) if file is not None else None

    def briefing(self, slug: str) -> str | None:
        return self.to(self._plugin.briefing_src(slug))

    def entity(self, entity_id: str) -> str | None:
        if entity_id not in self._plugin.corpus.entities:
            return None
        return self.to(f"{self._plugin.config.entities_path}/{entity_id}.md")

    def source(self, source_id: str) -> str | None:
        return self.to(f"{self._plugin.config.sources_path}/{source_id}.md")

    def listing(self, number: int) -> str | None:
        return self.to(self._plugin.listing_src(number))

    def entities_index(self) -> str | None:
        return self.to(f"{self._plugin.config.entities_path}/index.md")

    def label(self, label: str, number: int = 1) -> str | None:
        return self.to(self._plugin.label_src(label, number))


class BriefingsPlugin(BasePlugin[BriefingsConfig]):
    supports_multiple_instances = False

    def __init__(self) -> None:
        self.project: Project | None = None
        self.corpus = Corpus([])
        self.report = SeedReport()
        self.overlay_errors: list[OverlayError] = []
        self.pages: dict[str, _GeneratedPage] = {}
        self.sidebars: dict[str, Markup] = {}
        self.heads: dict[str, Markup] = {}

    # --- MkDocs events -----------------------------------------------------------------------

    def on_startup(self, *, command: str, dirty: bool) -> None:
        """Defining this hook keeps the plugin alive across `mkdocs serve` rebuilds: the spaCy
        pipeline stays loaded and only changed seeds are annotated again."""

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig | None:
        if not self.config.enabled:
            return None
        self.project = Project(Path(config.config_file_path).resolve().parent, self.config)
        theme_dir = str(resources.files("briefings").joinpath("templates/theme"))
        if theme_dir not in config.theme.dirs:
            # after the user's custom_dir, before Material's own templates
            position = 1 if config.theme.custom_dir else 0
            config.theme.dirs.insert(position, theme_dir)
        for asset in ASSETS:
            path = f"assets/briefings/{asset}"
            if path not in config.extra_css:
                config.extra_css.append(path)
        return config

    @event_priority(50)  # before other plugins see the files: our pages are ordinary pages to them
    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files | None:
        if not self.config.enabled or self.project is None:
            return None
        self.corpus = Corpus.build(self._annotate())
        self.pages = {}
        self.sidebars = {}
        self.heads = {}
        for asset in ASSETS:
            content = resources.files("briefings").joinpath(f"assets/{asset}").read_bytes()
            files.append(File.generated(config, f"assets/briefings/{asset}", content=content))
        self._add_pages(files, config)
        files.append(
            File.generated(config, self.config.export_file, content=export_json(self.corpus.briefings))
        )
        files.append(
            File.generated(
                config,
                self.config.feed_file,
                content=atom_feed(self.corpus.briefings[: self.config.feed_size], config, self.briefing_src),
            )
        )
        return files

    def on_serve(self, server: Any, *, config: MkDocsConfig, builder: Any) -> Any:
        """Rebuild when a seed, an overlay or the knowledge base changes."""
        if self.config.enabled and self.project is not None:
            for folder in (self.project.seeds_dir, self.project.editorial_dir):
                # a folder can only be watched once it exists: the first overlay would go unseen
                folder.mkdir(parents=True, exist_ok=True)
                server.watch(str(folder))
        return server

    def on_page_markdown(
        self, markdown: str, *, page: Page, config: MkDocsConfig, files: Files
    ) -> str | None:
        generated = self.pages.get(page.file.src_uri)
        if generated is None:
            return None
        # Material inserts `page.meta.title` into the page as HTML: seed text must be escaped here
        page.meta["title"] = str(escape(generated.title))
        # the tabs already say where the reader is; the page needs the width more
        page.meta["hide"] = ["navigation"] if generated.kind == "briefing" else ["navigation", "toc"]
        if generated.kind == "briefing":
            page.meta["template"] = "briefings/briefing.html"
        elif generated.kind in ("entity", "source"):
            page.meta["template"] = "briefings/entity.html"
        return ""

    def on_page_content(self, html: str, *, page: Page, config: MkDocsConfig, files: Files) -> str | None:
        if not self.config.enabled:
            return None
        links = Links(self, page, files)
        generated = self.pages.get(page.file.src_uri)
        if generated is not None:
            return str(self._render_page(generated, page, links, config))
        if page.is_homepage and self.config.home_list:
            listing = self.corpus.briefings[: self.config.page_size]
            return html + str(
                self._render_listing(listing, links, more=len(self.corpus.briefings) > len(listing))
            )
        return None

    def on_page_context(
        self, context: TemplateContext, *, page: Page, config: MkDocsConfig, nav: Navigation
    ) -> TemplateContext | None:
        src = page.file.src_uri
        if src in self.sidebars:
            context["briefings_sidebar"] = self.sidebars[src]  # type: ignore[typeddict-unknown-key]
        if src in self.heads:
            context["briefings_head"] = self.heads[src]  # type: ignore[typeddict-unknown-key]
        return context

    def on_post_page(self, output: str, *, page: Page, config: MkDocsConfig) -> str | None:
        if not self.config.enabled:
            return None
        # every page announces the feed, so feed readers find it from any page
        feed = get_relative_url(self.config.feed_file, page.url)
        title = escape(config.site_name)
        link = f'<link rel="alternate" type="application/atom+xml" title="{title}" href="{feed}">'
        output = output.replace("</head>", link + "</head>", 1)
        # Material's search dialog has no accessible name (axe: aria-dialog-name)
        return output.replace(
            '<div class="md-search" data-md-component="search" role="dialog">',
            '<div class="md-search" data-md-component="search" role="dialog" aria-label="Search">',
            1,
        )

    # --- Stages ------------------------------------------------------------------------------

    def _annotate(self) -> list[Briefing]:
        assert self.project is not None
        try:
            kb = self.project.knowledge_base()
        except KnowledgeBaseError as error:
            raise PluginError(f"briefings: {error}") from None
        report = self.project.read()
        self.report = report
        for warning in report.warnings:
            log.warning("briefings: %s", warning)
        for seed_error in report.errors:
            log.warning("briefings: seed skipped: %s", seed_error)
        try:
            briefings = self.project.annotate(report, kb)
        except ModelNotInstalled as error:
            raise PluginError(f"briefings: {error}") from None
        briefings, self.overlay_errors = self.project.apply_overlays(briefings, kb)
        for problem in self.overlay_errors:
            log.warning("briefings: correction skipped: %s", problem)
        log.info(
            "briefings: %d briefing(s) from %s/, %d seed(s) with errors",
            len(briefings),
            self.config.seeds_dir,
            len(report.errors),
        )
        return briefings

    # --- Pages -------------------------------------------------------------------------------

    def briefing_src(self, slug: str) -> str:
        return posixpath.join(self.config.briefings_path, slug + ".md")

    def label_src(self, label: str, number: int = 1) -> str:
        name = label.lower() if number == 1 else f"{label.lower()}-{number}"
        return f"{self.config.entities_path}/labels/{name}.md"

    def listing_src(self, number: int) -> str:
        name = "index.md" if number == 1 else f"page-{number}.md"
        return posixpath.join(self.config.briefings_path, name)

    def _add_pages(self, files: Files, config: MkDocsConfig) -> None:
        corpus, cfg = self.corpus, self.config
        size = cfg.page_size
        count = max(1, -(-len(corpus.briefings) // size))
        for number in range(1, count + 1):
            chunk = corpus.briefings[(number - 1) * size : number * size]
            title = "Briefings" if number == 1 else f"Briefings, page {number}"
            self._add(
                files,
                config,
                self.listing_src(number),
                "listing",
                title,
                chunk,
                nav=number == 1,
                number=number,
                pages=count,
            )
        for briefing in corpus.briefings:
            self._add(
                files, config, self.briefing_src(briefing.slug), "briefing", briefing.article.title, briefing
            )
        self._add(files, config, f"{cfg.entities_path}/index.md", "entities_index", "Entities", nav=True)
        size = cfg.page_size * LABEL_PAGE_FACTOR
        for label, entries in corpus.entities_by_label():
            count = max(1, -(-len(entries) // size))
            for number in range(1, count + 1):
                page_entries = entries[(number - 1) * size : number * size]
                title = _LABEL_TITLES[label] + (f", page {number}" if number > 1 else "")
                subject = (label, page_entries, len(entries))
                src = self.label_src(label, number)
                self._add(files, config, src, "entity_label", title, subject, number=number, pages=count)
        for entity_id, entity in corpus.entities.items():
            self._add(files, config, f"{cfg.entities_path}/{entity_id}.md", "entity", entity.name, entity)
        self._add(files, config, f"{cfg.sources_path}/index.md", "sources_index", "Sources", nav=True)
        for source_id, record in corpus.sources.items():
            # "un responsable" in one article is not "un responsable" in another: only named
            # sources are followed across briefings on a page of their own
            if record.source.named:
                src = f"{cfg.sources_path}/{source_id}.md"
                self._add(files, config, src, "source", record.source.name, record)
        self._add(files, config, "timeline.md", "timeline", "Timeline", nav=True)
        self._add(files, config, "graph.md", "graph", "Graph", nav=True)
        self._add(files, config, posixpath.join(cfg.briefings_path, "report.md"), "report", "Build report")

    def _add(
        self,
        files: Files,
        config: MkDocsConfig,
        src_uri: str,
        kind: str,
        title: str,
        subject: Any = None,
        *,
        nav: bool = False,
        number: int = 1,
        pages: int = 1,
    ) -> None:
        if files.get_file_from_path(src_uri) is not None:
            if kind in ("timeline", "graph") or nav:
                return  # the user wrote this page: theirs wins
            raise PluginError(
                f"briefings: '{src_uri}' exists in docs/ and would be hidden by a generated page; "
                "rename it or change `briefings_path`/`entities_path`/`sources_path` of the plugin"
            )
        inclusion = InclusionLevel.INCLUDED if nav else InclusionLevel.NOT_IN_NAV
        files.append(File.generated(config, src_uri, content="", inclusion=inclusion))
        self.pages[src_uri] = _GeneratedPage(kind, title, subject, number, pages)

    def _render_page(
        self, generated: _GeneratedPage, page: Page, links: Links, config: MkDocsConfig
    ) -> Markup:
        renderers: dict[str, Callable[[_GeneratedPage, Page, Links, MkDocsConfig], Markup]] = {
            "briefing": self._render_briefing,
            "listing": self._render_listing_page,
            "entity": self._render_entity,
            "entities_index": self._render_entities_index,
            "entity_label": self._render_entity_label,
            "sources_index": self._render_sources_index,
            "source": self._render_source,
            "timeline": self._render_timeline,
            "graph": self._render_graph,
            "report": self._render_report,
        }
        return renderers[generated.kind](generated, page, links, config)

    def _render_listing(self, briefings: list[Briefing], links: Links, *, more: bool = False) -> Markup:
        return render_template(
            "briefings_list.html", briefings=briefings, corpus=self.corpus, link=links, more=more
        )

    def _render_listing_page(
        self, generated: _GeneratedPage, page: Page, links: Links, config: MkDocsConfig
    ) -> Markup:
        return render_template(
            "briefings_index.html",
            listing=self._render_listing(generated.subject, links),
            total=len(self.corpus.briefings),
            number=generated.number,
            pages=generated.pages,
            link=links,
        )

    def _render_briefing(
        self, generated: _GeneratedPage, page: Page, links: Links, config: MkDocsConfig
    ) -> Markup:
        briefing: Briefing = generated.subject
        article, annotation = briefing.article, briefing.annotation
        names = {entity_id: entity.name for entity_id, entity in self.corpus.entities.items()}
        spans = mention_spans(
            annotation.mentions, names=names, url_for=links.entity, edits=briefing.mention_edits
        )
        claims = claim_spans(briefing.visible_claims(), edits=briefing.claim_edits)
        body = render_body(article, spans + claims + mark_spans(article.marks))
        labels = Counter(mention.label for mention in annotation.mentions)
        self.sidebars[page.file.src_uri] = self._render_panel(briefing, links, with_ids=True)
        panel = self._render_panel(briefing, links, with_ids=False)  # repeated for narrow screens
        self.heads[page.file.src_uri] = news_article_jsonld(briefing, config, page, self.corpus)
        overlay = briefing.overlay
        return render_template(
            "briefing.html",
            summary=render_markdown(overlay.summary) if overlay is not None else "",
            notes=render_markdown(overlay.notes) if overlay is not None else "",
            briefing=briefing,
            article=article,
            body=body,
            legend=[(label, labels[label]) for label in ENTITY_LABELS if labels[label]],
            related=self.corpus.related(briefing, limit=self.config.related_size),
            panel=panel,
            link=links,
        )

    def _render_panel(self, briefing: Briefing, links: Links, *, with_ids: bool) -> Markup:
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
                    (self.corpus.entities.get(entity_id) or annotation.entities[entity_id], count)
                    for entity_id, count in by_label[label].items()
                ]
                entries.sort(key=lambda pair: (-pair[1], pair[0].name.lower()))
                groups.append((label, entries))
        return render_template(
            "panel.html",
            sources=list(sources.values()),
            credit_sources=annotation.sources,
            claims=visible,
            claim_edits=briefing.claim_edits,
            figures=figures,
            groups=groups,
            link=links,
            with_ids=with_ids,
        )

    def _render_entity(
        self, generated: _GeneratedPage, page: Page, links: Links, config: MkDocsConfig
    ) -> Markup:
        entity = generated.subject
        return render_template(
            "entity.html",
            entity=entity,
            label=entity.label,
            appearances=self.corpus.briefings_of(entity.id),
            co_occurring=self.corpus.co_occurring(entity.id),
            claims=self.corpus.claims_by(entity.id),
            link=links,
        )

    def _render_entities_index(
        self, generated: _GeneratedPage, page: Page, links: Links, config: MkDocsConfig
    ) -> Markup:
        return render_template(
            "entities_index.html",
            groups=self.corpus.entities_by_label(),
            link=links,
            limit=self.config.page_size,
        )

    def _render_entity_label(
        self, generated: _GeneratedPage, page: Page, links: Links, config: MkDocsConfig
    ) -> Markup:
        label, entries, total = generated.subject
        return render_template(
            "entity_label.html",
            label=label,
            title=generated.title,
            entries=entries,
            total=total,
            number=generated.number,
            pages=generated.pages,
            link=links,
        )

    def _render_sources_index(
        self, generated: _GeneratedPage, page: Page, links: Links, config: MkDocsConfig
    ) -> Markup:
        return render_template(
            "sources_index.html",
            groups=self.corpus.sources_by_kind(),
            link=links,
        )

    def _render_source(
        self, generated: _GeneratedPage, page: Page, links: Links, config: MkDocsConfig
    ) -> Markup:
        return render_template(
            "source.html",
            record=generated.subject,
            link=links,
        )

    def _render_timeline(
        self, generated: _GeneratedPage, page: Page, links: Links, config: MkDocsConfig
    ) -> Markup:
        dated = sorted(
            (b for b in self.corpus.briefings if b.article.date), key=lambda b: (b.article.date, b.slug)
        )
        undated = [b for b in self.corpus.briefings if not b.article.date]
        return render_template(
            "timeline.html", dated=dated, undated=undated, events=self.corpus.dated_events(), link=links
        )

    def _render_graph(
        self, generated: _GeneratedPage, page: Page, links: Links, config: MkDocsConfig
    ) -> Markup:
        graph = co_occurrence_graph(self.corpus, max_nodes=self.config.graph_size)
        labels = sorted({node.label for node in graph.nodes}, key=ENTITY_LABELS.index)
        return render_template("graph.html", graph=graph, labels=labels, link=links, labelled=25)

    def _render_report(
        self, generated: _GeneratedPage, page: Page, links: Links, config: MkDocsConfig
    ) -> Markup:
        built = {b.article.source_path: b for b in self.corpus.briefings}
        return render_template(
            "report.html",
            report=self.report,
            overlay_errors=self.overlay_errors,
            built=built,
            link=links,
            seeds_dir=self.config.seeds_dir,
        )


_LABEL_TITLES = {
    "PER": "People",
    "ORG": "Organisations",
    "LOC": "Places",
    "NORP": "Nationalities",
    "MISC": "Other names",
    "DATE": "Dates",
    "QUANTITY": "Figures",
}
