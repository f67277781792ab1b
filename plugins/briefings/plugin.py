"""The MkDocs plugin: a thin shell that wires the stages to MkDocs events."""

from __future__ import annotations

import logging
import posixpath
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import quote, urljoin, urlsplit

from jinja2 import Environment
from markupsafe import Markup, escape
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, CombinedEvent, event_priority
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page
from mkdocs.utils import get_build_date, get_relative_url, write_file
from mkdocs.utils.templates import TemplateContext

from .annotate import ModelNotInstalled
from .config import BriefingsConfig
from .corpus import Corpus, co_occurrence_graph
from .feeds import atom_feed, news_article_jsonld
from .knowledge import KnowledgeBaseError
from .model import ENTITY_LABELS, LABEL_TITLES, Briefing
from .overlay import OverlayError
from .pagecache import PageCache, briefing_fingerprint, digest, templates_digest
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
from .shell import PageShell, ShellKind

log = logging.getLogger("mkdocs.plugins.briefings")

ASSETS = ("briefings.css",)
#: Kinds of page written from a page shell (see shell.py), not built one by one by MkDocs.
SHELL_KINDS = {
    "entity": ShellKind("briefings/entity.html"),
    "source": ShellKind("briefings/entity.html"),
}
#: The panel's only ids (anchors of its claims), left out of its copy for narrow screens.
_PANEL_IDS = re.compile(r' id="c[0-9]+-info"')
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

    def __init__(self, plugin: BriefingsPlugin, url: str, files: Files):
        self._plugin = plugin
        self._files = files
        self.url = url
        # A link to another folder goes up to the site's root and down to its page: no path
        # arithmetic for each of the hundreds of links of a page. Within the page's own top
        # folder, MkDocs' shortest relative path.
        base = get_relative_url(".", url)
        self._root = "" if base == "." else base + "/"
        self._top = url.split("/", 1)[0]

    def to(self, src_uri: str) -> str | None:
        url = self._plugin.urls.get(src_uri)  # our pages: thousands of links, one dict lookup each
        if url is None:
            file = self._files.get_file_from_path(src_uri)
            if file is None:
                return None
            url = file.url
        if url.split("/", 1)[0] == self._top:
            return get_relative_url(url, self.url)
        return (self._root + url.removeprefix("./")) or "./"  # the home page's url is "./"

    def briefing(self, slug: str) -> str | None:
        return self.to(self._plugin.briefing_src(slug))

    def entity(self, entity_id: str) -> str | None:
        if entity_id not in self._plugin.corpus.entities:
            return None
        return self.to(f"{self._plugin.config.entities_path}/{entity_id}.md")

    def source(self, source_id: str) -> str | None:
        if source_id in self._plugin.corpus.entities:
            entity = self.entity(source_id)
            return f"{entity}#claims" if entity else None
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
        # pages written from a shell: not in `files`, so no other plugin processes them
        self.shell_pages: dict[str, tuple[File, _GeneratedPage]] = {}
        self.urls: dict[str, str] = {}  # site-relative URL of each page we generate, by src_uri
        self.nav: Navigation | None = None
        self.env: Environment | None = None
        self.files: Files | None = None
        self.sidebars: dict[str, Markup] = {}
        self.heads: dict[str, Markup] = {}
        self.search_texts: dict[str, Markup] = {}
        self.contents: dict[str, str] = {}
        self.page_cache: PageCache | None = None
        self.fingerprints: dict[str, str] = {}
        self.settings_digest = ""
        self.serving = False

    # --- MkDocs events -----------------------------------------------------------------------

    def on_startup(self, *, command: str, dirty: bool) -> None:
        """Defining this hook keeps the plugin alive across `mkdocs serve` rebuilds: the spaCy
        pipeline stays loaded, only changed seeds are annotated again, changed pages rendered."""
        self.serving = command == "serve"

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig | None:
        if not self.config.enabled:
            return None
        previous = self.project
        self.project = Project(
            Path(config.config_file_path).resolve().parent,
            self.config,
            seed_cache=previous.seed_cache if previous is not None else None,
            annotation_cache=previous.annotation_cache if previous is not None else None,
        )
        folder = self.project.cache_dir / "pages" if self.config.cache else None
        if self.page_cache is None or self.page_cache.folder != folder:
            # kept across `mkdocs serve` rebuilds; in memory only when there is no disk cache to
            # read them from (a site of thousands of briefings holds hundreds of MB of HTML)
            self.page_cache = PageCache(folder, in_memory=self.serving and folder is None)
        # what every page's HTML depends on besides its own data
        self.settings_digest = digest(
            templates_digest(),
            sorted(self.config.items()),
            config.site_url,
            config.site_name,
            config.use_directory_urls,
        )
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
        self.fingerprints = {b.slug: briefing_fingerprint(b) for b in self.corpus.briefings}
        assert self.page_cache is not None
        self.page_cache.start_build()
        self.pages = {}
        self.shell_pages = {}
        self.urls = {}
        self.sidebars = {}
        self.heads = {}
        self.search_texts = {}
        self.contents = {}
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

    def on_nav(self, nav: Navigation, *, config: MkDocsConfig, files: Files) -> Navigation | None:
        self.nav = nav
        return None

    def on_env(self, env: Environment, *, config: MkDocsConfig, files: Files) -> Environment | None:
        self.env = env
        self.files = files
        return None

    def on_template_context(
        self, context: TemplateContext, *, template_name: str, config: MkDocsConfig
    ) -> TemplateContext | None:
        if template_name == "sitemap.xml" and self.shell_pages:
            # the sitemap lists pages; ours written from a shell are pages too
            date = get_build_date()
            extra = [
                _SitemapEntry(_SitemapPage(file.url, config.site_url, date))
                for file, _ in self.shell_pages.values()
            ]
            context["pages"] = [*context["pages"], *extra]  # type: ignore[list-item]
        return context

    def on_post_build(self, *, config: MkDocsConfig) -> None:
        if not self.config.enabled:
            return
        self._write_shell_pages(config)
        assert self.page_cache is not None
        self.page_cache.finish_build(complete=self.report.complete)
        log.debug(
            "briefings: %d page(s) from the cache, %d rendered",
            self.page_cache.hits,
            self.page_cache.misses,
        )

    def _write_shell_pages(self, config: MkDocsConfig) -> None:
        if not self.shell_pages:
            return
        assert self.env is not None and self.nav is not None and self.files is not None
        shells: dict[tuple[str, str], PageShell] = {}
        pages = self.files.documentation_pages()
        for src_uri, (file, generated) in self.shell_pages.items():
            folder, _, slug = src_uri.rpartition("/")
            key = (generated.kind, folder)
            if key not in shells:
                shells[key] = PageShell.render(
                    SHELL_KINDS[generated.kind],
                    folder,
                    config=config,
                    env=self.env,
                    nav=self.nav,
                    pages=pages,
                )
            content = self._render_page(generated, None, Links(self, file.url, self.files), config)
            output = shells[key].fill(title=generated.title, slug=quote(slug[: -len(".md")]), content=content)
            write_file(output.encode("utf-8", errors="xmlcharrefreplace"), file.abs_dest_path)

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
        return ""

    def on_page_content(self, html: str, *, page: Page, config: MkDocsConfig, files: Files) -> str | None:
        if not self.config.enabled:
            return None
        links = Links(self, page.url, files)
        generated = self.pages.get(page.file.src_uri)
        if generated is not None:
            return str(self._render_page(generated, page, links, config))
        if page.is_homepage and self.config.home_list:
            listing = self.corpus.briefings[: self.config.page_size]
            return html + str(
                self._render_listing(listing, links, more=len(self.corpus.briefings) > len(listing))
            )
        return None

    @event_priority(100)  # before Material's search plugin reads the page's content
    def _give_search_the_text(
        self, context: TemplateContext, *, page: Page, config: MkDocsConfig, nav: Navigation
    ) -> TemplateContext | None:
        # A briefing's content is ~20 paragraphs inside ~1 000 tags of annotation and panel;
        # the search plugin parses every tag, so it is given the text and headings alone
        # (what a reader searches), and the page gets its content back right after.
        search_text = self.search_texts.get(page.file.src_uri)
        if search_text is not None and page.content is not None:
            self.contents[page.file.src_uri] = page.content
            page.content = str(search_text)
        return context

    @event_priority(-100)  # after every other plugin
    def _take_back_the_content(
        self, context: TemplateContext, *, page: Page, config: MkDocsConfig, nav: Navigation
    ) -> TemplateContext | None:
        src = page.file.src_uri
        # popped: a page is built once, and thousands of sidebars need not outlive their page
        self.search_texts.pop(src, None)
        if src in self.contents:
            page.content = self.contents.pop(src)
        if src in self.sidebars:
            context["briefings_sidebar"] = self.sidebars.pop(src)  # type: ignore[typeddict-unknown-key]
        if src in self.heads:
            context["briefings_head"] = self.heads.pop(src)  # type: ignore[typeddict-unknown-key]
        return context

    on_page_context = CombinedEvent(_give_search_the_text, _take_back_the_content)

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
            briefings, self.overlay_errors = self.project.briefings(report, kb)
        except ModelNotInstalled as error:
            raise PluginError(f"briefings: {error}") from None
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
                title = LABEL_TITLES[label] + (f", page {number}" if number > 1 else "")
                subject = (label, page_entries, len(entries))
                src = self.label_src(label, number)
                self._add(files, config, src, "entity_label", title, subject, number=number, pages=count)
        for entity_id, entity in corpus.entities.items():
            self._add(files, config, f"{cfg.entities_path}/{entity_id}.md", "entity", entity.name, entity)
        self._add(files, config, f"{cfg.sources_path}/index.md", "sources_index", "Sources", nav=True)
        for source_id, record in corpus.sources.items():
            # "un responsable" in one article is not "un responsable" in another: only named
            # sources are followed across briefings on a page of their own; a source that is an
            # entity is followed on the entity's page
            if record.source.named and source_id not in corpus.entities:
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
        generated = _GeneratedPage(kind, title, subject, number, pages)
        if kind in SHELL_KINDS:
            if src_uri in self.shell_pages:
                raise PluginError(f"briefings: two generated pages would be written to '{src_uri}'")
            file = File.generated(config, src_uri, content="")
            self.shell_pages[src_uri] = (file, generated)
            self.urls[src_uri] = file.url
            return
        inclusion = InclusionLevel.INCLUDED if nav else InclusionLevel.NOT_IN_NAV
        file = File.generated(config, src_uri, content="", inclusion=inclusion)
        files.append(file)
        self.pages[src_uri] = generated
        self.urls[src_uri] = file.url

    def _render_page(
        self, generated: _GeneratedPage, page: Page | None, links: Links, config: MkDocsConfig
    ) -> Markup:
        renderers: dict[str, Callable[[_GeneratedPage, Any, Links, MkDocsConfig], Markup]] = {
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
        related = self.corpus.related(briefing, limit=self.config.related_size)
        entities = self.corpus.entities
        shown = sorted(
            {m.id for m in briefing.annotation.mentions} | {c.source.id for c in briefing.annotation.claims}
        )
        key = digest(
            "briefing",
            self.settings_digest,
            page.url,
            self.fingerprints[briefing.slug],
            [(r.briefing.slug, self.fingerprints[r.briefing.slug], r.score, r.shared) for r in related],
            [(entity_id, entities.get(entity_id)) for entity_id in shown],
        )
        assert self.page_cache is not None
        pieces = self.page_cache.get(key)
        if pieces is None:
            pieces = self._briefing_pieces(briefing, related, page, links, config)
            self.page_cache.put(key, pieces)
        src = page.file.src_uri
        self.sidebars[src] = Markup(pieces["sidebar"])
        self.heads[src] = Markup(pieces["head"])
        self.search_texts[src] = Markup(pieces["search"])
        return Markup(pieces["content"])

    def _briefing_pieces(
        self, briefing: Briefing, related: list[Any], page: Page, links: Links, config: MkDocsConfig
    ) -> dict[str, str]:
        """The briefing's content, its panel (the sidebar), its JSON-LD and what search indexes."""
        article, annotation = briefing.article, briefing.annotation
        spans = mention_spans(
            annotation.mentions, names=self.corpus.names, url_for=links.entity, edits=briefing.mention_edits
        )
        claims = claim_spans(briefing.visible_claims(), edits=briefing.claim_edits)
        body = render_body(article, spans + claims + mark_spans(article.marks))
        labels = Counter(mention.label for mention in annotation.mentions)
        sidebar = self._render_panel(briefing, links)
        overlay = briefing.overlay
        summary = render_markdown(overlay.summary) if overlay is not None else Markup("")
        notes = render_markdown(overlay.notes) if overlay is not None else Markup("")
        content = render_template(
            "briefing.html",
            summary=summary,
            notes=notes,
            briefing=briefing,
            article=article,
            body=body,
            legend=[(label, labels[label]) for label in ENTITY_LABELS if labels[label]],
            related=related,
            # repeated in the content for narrow screens, where Material hides the sidebar
            panel=Markup(_PANEL_IDS.sub("", sidebar)),
            link=links,
        )
        search = render_template(
            "briefing_search.html",
            title=article.title,
            summary=summary,
            notes=notes,
            body=render_body(article, mark_spans(article.marks)),
        )
        return {
            "content": str(content),
            "sidebar": str(sidebar),
            "head": str(news_article_jsonld(briefing, config, page, self.corpus)),
            "search": str(search),
        }

    def _render_panel(self, briefing: Briefing, links: Links) -> Markup:
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
        )

    def _render_entity(
        self, generated: _GeneratedPage, page: Page, links: Links, config: MkDocsConfig
    ) -> Markup:
        entity = generated.subject
        appearances = self.corpus.briefings_of(entity.id)
        co_occurring = self.corpus.co_occurring(entity.id)
        # a source that is an entity has no page of its own: its claims are on the entity's
        record = self.corpus.sources.get(entity.id)
        claims = self.corpus.claims_by(entity.id)
        if record is not None:
            shown = {(ref.briefing.slug, ref.index) for ref in record.claims}
            claims = [ref for ref in claims if (ref.briefing.slug, ref.index) not in shown]
        key = digest(
            "entity",
            self.settings_digest,
            links.url,
            entity,
            [(briefing.slug, self.fingerprints[briefing.slug]) for briefing, _ in appearances],
            co_occurring,
            record.source if record is not None else None,
            [(ref.briefing.slug, self.fingerprints[ref.briefing.slug], ref.index) for ref in record.claims]
            if record is not None
            else [],
            [(ref.briefing.slug, self.fingerprints[ref.briefing.slug], ref.index) for ref in claims],
        )
        return self._cached(
            key,
            lambda: render_template(
                "entity.html",
                entity=entity,
                label=entity.label,
                appearances=appearances,
                co_occurring=co_occurring,
                record=record,
                claims=claims,
                link=links,
            ),
        )

    def _cached(self, key: str, render: Callable[[], Markup]) -> Markup:
        """A page's content from the page cache, or rendered and kept there."""
        assert self.page_cache is not None
        pieces = self.page_cache.get(key)
        if pieces is None:
            pieces = {"content": str(render())}
            self.page_cache.put(key, pieces)
        return Markup(pieces["content"])

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
        record = generated.subject
        key = digest(
            "source",
            self.settings_digest,
            links.url,
            record.source,
            record.source.entity_id in self.corpus.entities,
            [(ref.briefing.slug, self.fingerprints[ref.briefing.slug], ref.index) for ref in record.claims],
        )
        return self._cached(key, lambda: render_template("source.html", record=record, link=links))

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


@dataclass(frozen=True)
class _SitemapPage:
    """What MkDocs' sitemap template reads of a page."""

    url: str
    site_url: str | None
    update_date: str
    is_link: bool = False

    # as MkDocs' Page sets them: no site_url, no address, and the page is not in the sitemap
    @property
    def canonical_url(self) -> str | None:
        return urljoin(self.site_url.rstrip("/") + "/", self.url) if self.site_url else None

    @property
    def abs_url(self) -> str | None:
        return urlsplit(self.canonical_url).path if self.canonical_url else None


@dataclass(frozen=True)
class _SitemapEntry:
    page: _SitemapPage
