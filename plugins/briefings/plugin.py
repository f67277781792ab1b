"""The MkDocs plugin: a thin shell that wires the stages to MkDocs events."""

from __future__ import annotations

import logging
import posixpath
from collections import Counter
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from markupsafe import Markup
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.pages import Page
from mkdocs.utils import get_relative_url

from .config import BriefingsConfig
from .corpus import Corpus
from .models import ENTITY_LABELS, Briefing, Entity
from .nlp import KnowledgeBaseError, ModelNotInstalled
from .project import Project, export_json
from .render import mark_spans, mention_spans, render_body, render_template

log = logging.getLogger("mkdocs.plugins.briefings")

ASSETS = ("briefings.css",)


@dataclass(frozen=True)
class _GeneratedPage:
    """What a virtual page of ours shows: `kind` names its content template."""

    kind: str  # "briefing", "entity", "briefings_index", "entities_index"
    title: str
    subject: Briefing | Entity | None = None


class BriefingsPlugin(BasePlugin[BriefingsConfig]):
    supports_multiple_instances = False

    def __init__(self) -> None:
        self.command = "build"
        self.project: Project | None = None
        self.corpus = Corpus([])
        self.pages: dict[str, _GeneratedPage] = {}
        self.sidebars: dict[str, Markup] = {}

    # --- MkDocs events -----------------------------------------------------------------------

    def on_startup(self, *, command: str, dirty: bool) -> None:
        # Defining this hook keeps the plugin alive across `mkdocs serve` rebuilds: the spaCy
        # pipeline stays loaded and only changed seeds are annotated again.
        self.command = command

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
        briefings = self._annotate()
        self.corpus = Corpus.build(briefings)
        self.pages = {}
        for asset in ASSETS:
            content = resources.files("briefings").joinpath(f"assets/{asset}").read_bytes()
            files.append(File.generated(config, f"assets/briefings/{asset}", content=content))
        self._add_page(files, config, "index.md", "briefings_index", "Briefings", nav=True)
        for briefing in self.corpus.briefings:
            self._add_page(files, config, briefing.slug + ".md", "briefing", briefing.article.title, briefing)
        entities_dir = self.config.entities_path
        self._add_page(
            files,
            config,
            f"{entities_dir}/index.md",
            "entities_index",
            "Entities",
            nav=True,
            under_briefings=False,
        )
        for entity_id, entity in self.corpus.entities.items():
            self._add_page(
                files,
                config,
                f"{entities_dir}/{entity_id}.md",
                "entity",
                entity.name,
                entity,
                under_briefings=False,
            )
        files.append(
            File.generated(config, self.config.export_file, content=export_json(self.corpus.briefings))
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
        page.meta["title"] = generated.title
        # the tabs already say where the reader is; the page needs the width more
        page.meta["hide"] = ["navigation"] if generated.kind == "briefing" else ["navigation", "toc"]
        if generated.kind in ("briefing", "entity"):
            page.meta["template"] = f"briefings/{generated.kind}.html"
        return ""

    def on_page_content(self, html: str, *, page: Page, config: MkDocsConfig, files: Files) -> str | None:
        generated = self.pages.get(page.file.src_uri)
        if generated is not None:
            return str(self._render_page(generated, page, files))
        if page.is_homepage and self.config.home_list and self.config.enabled:
            url = self._url_for(page, files)
            return html + str(
                render_template(
                    "briefings_list.html",
                    briefings=self.corpus.briefings,
                    briefing_url=lambda slug: url(self.briefing_src(slug)),
                )
            )
        return None

    def on_page_context(
        self, context: dict[str, Any], *, page: Page, config: MkDocsConfig, nav: Any
    ) -> dict[str, Any] | None:
        if page.file.src_uri in self.sidebars:
            context["briefings_sidebar"] = self.sidebars[page.file.src_uri]
        return context

    # --- Pages -------------------------------------------------------------------------------

    def _annotate(self) -> list[Briefing]:
        assert self.project is not None
        try:
            kb = self.project.knowledge_base()
        except KnowledgeBaseError as error:
            raise PluginError(f"briefings: {error}") from None
        report = self.project.read()
        for warning in report.warnings:
            log.warning("briefings: %s", warning)
        for error in report.errors:
            log.warning("briefings: seed skipped: %s", error)
        try:
            briefings = self.project.annotate(report, kb)
        except ModelNotInstalled as error:
            raise PluginError(f"briefings: {error}") from None
        log.info(
            "briefings: %d briefing(s) from %s, %d seed(s) with errors",
            len(briefings),
            self.config.seeds_dir,
            len(report.errors),
        )
        return briefings

    def _add_page(
        self,
        files: Files,
        config: MkDocsConfig,
        name: str,
        kind: str,
        title: str,
        subject: Briefing | Entity | None = None,
        *,
        nav: bool = False,
        under_briefings: bool = True,
    ) -> None:
        src_uri = posixpath.join(self.config.briefings_path, name) if under_briefings else name
        if files.get_file_from_path(src_uri) is not None:
            raise PluginError(
                f"briefings: '{src_uri}' exists in docs/ and would be hidden by a generated page; "
                "rename it or change `briefings_path`/`entities_path` of the plugin"
            )
        inclusion = InclusionLevel.INCLUDED if nav else InclusionLevel.NOT_IN_NAV
        files.append(File.generated(config, src_uri, content="", inclusion=inclusion))
        self.pages[src_uri] = _GeneratedPage(kind, title, subject)

    def _url_for(self, page: Page, files: Files):  # type: ignore[no-untyped-def]
        """A function giving the URL of a site path relative to `page`."""

        def url(src_uri: str) -> str | None:
            file = files.get_file_from_path(src_uri)
            return get_relative_url(file.url, page.url) if file is not None else None

        return url

    def entity_src(self, entity_id: str) -> str:
        return f"{self.config.entities_path}/{entity_id}.md"

    def briefing_src(self, slug: str) -> str:
        return posixpath.join(self.config.briefings_path, slug + ".md")

    def _render_page(self, generated: _GeneratedPage, page: Page, files: Files) -> Markup:
        url = self._url_for(page, files)
        if generated.kind == "briefing":
            briefing = generated.subject
            assert isinstance(briefing, Briefing)
            article, annotation = briefing.article, briefing.annotation
            names = {entity_id: entity.name for entity_id, entity in self.corpus.entities.items()}
            spans = mention_spans(
                annotation.mentions,
                names=names,
                url_for=lambda entity_id: (
                    url(self.entity_src(entity_id)) if entity_id in self.corpus.entities else None
                ),
            )
            body = render_body(article, spans + mark_spans(article.marks))
            self.sidebars[page.file.src_uri] = self._render_sidebar(briefing, url)
            labels = Counter(mention.label for mention in annotation.mentions)
            return render_template(
                "briefing.html",
                briefing=briefing,
                article=article,
                body=body,
                legend=[(label, labels[label]) for label in ENTITY_LABELS if labels[label]],
            )
        if generated.kind == "entity":
            entity = generated.subject
            assert isinstance(entity, Entity)
            return render_template(
                "entity.html",
                entity=entity,
                label=entity.label,
                appearances=self.corpus.briefings_of(entity.id),
                briefing_url=lambda slug: url(self.briefing_src(slug)),
            )
        if generated.kind == "entities_index":
            return render_template(
                "entities_index.html",
                groups=self.corpus.entities_by_label(),
                entity_url=lambda entity_id: url(self.entity_src(entity_id)),
            )
        return render_template(
            "briefings_index.html",
            briefings=self.corpus.briefings,
            briefing_url=lambda slug: url(self.briefing_src(slug)),
        )

    def _render_sidebar(self, briefing: Briefing, url: Any) -> Markup:
        by_label: dict[str, Counter[str]] = {}
        for mention in briefing.annotation.mentions:
            by_label.setdefault(mention.label, Counter())[mention.id] += 1
        groups = []
        for label in ENTITY_LABELS:
            if label in by_label:
                counts = by_label[label]
                entries = [
                    (
                        self.corpus.entities.get(entity_id) or briefing.annotation.entities[entity_id],
                        count,
                    )
                    for entity_id, count in counts.items()
                ]
                entries.sort(key=lambda pair: (-pair[1], pair[0].name.lower()))
                groups.append((label, entries))
        return render_template(
            "sidebar.html",
            groups=groups,
            entity_url=lambda entity_id: (
                url(self.entity_src(entity_id)) if entity_id in self.corpus.entities else None
            ),
        )
