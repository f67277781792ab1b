"""The MkDocs plugin: hooks only. Each one hands its event to the stages or to `adapter/`."""

from __future__ import annotations

import logging
import threading
from importlib import resources
from pathlib import Path
from typing import Any

from jinja2 import Environment
from markupsafe import escape
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, CombinedEvent, event_priority
from mkdocs.structure.files import File, Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page
from mkdocs.utils import get_relative_url
from mkdocs.utils.templates import TemplateContext

from .adapter.config import BriefingsConfig, check_site
from .adapter.incremental import Collections, IncrementalBuilds, plan_build, quiet_dirty_warning
from .adapter.inputs import Inputs, LastGood, read_inputs
from .adapter.internals import search_index_entries
from .adapter.pages import (
    KeptFiles,
    fill_shell,
    is_fast,
    page_meta,
    register_pages,
    release_generated_page,
    render_generated_page,
)
from .adapter.search import give_search_the_text, take_back_the_content
from .adapter.state import BuildState
from .adapter.templates import TemplateBytecode, compile_once
from .cache import PageCache, digest, templates_digest
from .cache.pages import Fingerprints
from .corpus import Corpus
from .corpus.export import ExportLines, export_bytes
from .i18n import Strings, english, load_strings
from .project import Project
from .site import (
    KeptPages,
    PageConflict,
    Previews,
    SiteData,
    SiteOptions,
    SitePage,
    SiteRenderer,
    UrlScheme,
    atom_feed,
    error_pages,
    listing_html,
    page_url,
    place_pages,
    plan_pages,
)

log = logging.getLogger("mkdocs.plugins.briefings")

ASSETS = ("briefings.css", "briefings.js")


class BriefingsPlugin(BasePlugin[BriefingsConfig]):
    supports_multiple_instances = False

    def __init__(self) -> None:
        self.serving = False
        self.project: Project | None = None  # kept across `serve` rebuilds, with its caches
        self.page_cache: PageCache | None = None
        self.settings_digest = ""
        self.env: Environment | None = None
        self.state: BuildState | None = None  # made afresh by each build's `on_files`
        self.strings: Strings = english()
        self.last_good = LastGood()  # inputs kept in use while a broken one is fixed (serve)
        self.incremental: IncrementalBuilds | None = None  # `--dirty`: what earlier builds wrote
        self.kept_files: KeptFiles | None = None  # `--dirty`: our pages' files, kept across rebuilds
        self.export_lines = ExportLines()  # kept across `mkdocs serve` rebuilds
        self.bytecode: TemplateBytecode | None = None  # the theme's compiled templates
        # `serve`: what the last build read and made of it, used again while no input changes
        self.inputs: Inputs | None = None
        self.site: SiteData | None = None
        self.fingerprints = Fingerprints()  # kept across `serve` rebuilds too
        self.collections = Collections()  # `serve`: the GC's full collections, once per rebuild
        self.loading_model: threading.Thread | None = None  # `serve`: spaCy loaded ahead of an edit
        self.previews: tuple[tuple[SiteData, set[str], bool], list[tuple[str, bytes]]] | None = None
        # `serve`: each entity's and source's preview, made again only when an edit touches it
        self.kept_previews = Previews()
        # `serve`: the pages and the export of the last build, for a rebuild where nothing changed
        self.placed: tuple[SiteData, tuple[Any, ...], tuple[SitePage, ...]] | None = None
        self.kept_pages = KeptPages()  # `serve`: each briefing's, entity's and source's page
        self.export: tuple[SiteData, bytes] | None = None

    # --- MkDocs events, in the order MkDocs calls them ---------------------------------------

    def on_startup(self, *, command: str, dirty: bool) -> None:
        """`startup`: defining it keeps the plugin alive across `mkdocs serve` rebuilds, so the
        spaCy pipeline stays loaded and the caches stay in memory."""
        self.serving = command == "serve"
        self.incremental = IncrementalBuilds() if dirty and self.config.enabled else None
        self.kept_files = KeptFiles() if self.incremental is not None else None
        if self.incremental is not None:
            quiet_dirty_warning()

    @event_priority(100)  # before other plugins make Jinja environments from the theme
    def _compile_once(self, config: MkDocsConfig) -> MkDocsConfig | None:
        """`config`, first: the theme's environments, other plugins' too, compile with the
        plugin's bytecode cache (the last build's, under `serve`; none yet on a first build)."""
        if self.config.enabled:
            compile_once(config.theme, lambda: self.bytecode)
        return config

    def _configure(self, config: MkDocsConfig) -> MkDocsConfig | None:
        """`config`: check what the options cannot check alone, register the plugin's templates
        and CSS, and set up the project and the page cache."""
        if not self.config.enabled:
            return None
        if self.serving:
            self.collections.rebuild_starts()
        check_site(config, self.config)
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
        templates = self.project.cache_dir / "templates" if self.config.cache else None
        if self.bytecode is None or self.bytecode.folder != templates:
            self.bytecode = TemplateBytecode(templates)
        self.strings = load_strings(config.theme.get("language"), self.config.strings)
        self.settings_digest = digest(
            templates_digest(),
            self.strings.digest,
            sorted(self.config.items()),
            # not the site URL: `serve` replaces it, and only a briefing's head shows it (its own
            # key has it), so `make serve` after `make build` finds the build's pages
            config.site_name,
            config.use_directory_urls,
        )
        theme_dir = str(resources.files("briefings").joinpath("templates/theme"))
        if theme_dir not in config.theme.dirs:
            # after the user's custom_dir, before Material's own templates
            config.theme.dirs.insert(1 if config.theme.custom_dir else 0, theme_dir)
        for asset in ASSETS:
            scripts = config.extra_javascript if asset.endswith(".js") else config.extra_css
            if f"assets/briefings/{asset}" not in scripts:
                scripts.append(f"assets/briefings/{asset}")
        return config

    on_config = CombinedEvent(_compile_once, _configure)

    @event_priority(50)  # before other plugins see the files: our pages are ordinary pages to them
    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files | None:
        """`files`: read and annotate the seeds, apply the analyst's corrections, and add every
        generated page, the CSS, the export and the feed to the site's files."""
        if not self.config.enabled or self.project is None or self.page_cache is None:
            return None
        inputs = read_inputs(
            self.project,
            seeds_dir=self.config.seeds_dir,
            last_good=self.last_good if self.serving else None,
            previous=self.inputs if self.serving else None,
            settings=sorted(self.config.items()),
        )
        scheme = UrlScheme(self.config.briefings_path, self.config.entities_path, self.config.sources_path)
        options = SiteOptions(
            page_size=self.config.page_size,
            related_size=self.config.related_size,
            graph_size=self.config.graph_size,
            seeds_dir=self.config.seeds_dir,
            site_url=config.site_url,
            report_uri=scheme.report(),
        )
        site = self.site
        if (
            site is None
            or inputs is not self.inputs
            or site.options != options
            or site.settings_digest != self.settings_digest  # the site's words are in it
        ):
            corpus = Corpus.build(inputs.briefings, kept=site.corpus if site is not None else None)
            site = SiteData(
                corpus,
                options,
                inputs.report,
                inputs.errors,
                self.settings_digest,
                self.fingerprints(corpus.briefings),
                self.strings,
            )
        if self.serving:  # the corpus and its indexes, for a rebuild where nothing changed
            self.inputs, self.site = inputs, site
        corpus = site.corpus
        self.state = BuildState(site, SiteRenderer(site, self.page_cache), scheme)
        self.page_cache.start_build()
        for asset in ASSETS:
            content = resources.files("briefings").joinpath(f"assets/{asset}").read_bytes()
            files.append(File.generated(config, f"assets/briefings/{asset}", content=content))
        pages = self._pages(site, scheme, files)
        if self.kept_files is not None:
            self.kept_files.start(config)
        register_pages(pages, self.state, files, config, kept=self.kept_files)
        self.state.renderer.expect(pages)
        placed = {page.src_uri for page in pages}
        kept = self.previews
        if kept is not None and kept[0][0] is site and kept[0][1:] == (placed, config.use_directory_urls):
            previews = kept[1]  # `serve`, nothing changed: the same files
        else:
            previews = self.kept_previews.files(
                corpus,
                site.fingerprints,
                scheme,
                self.strings,
                pages=placed,
            )
            if self.serving:
                self.previews = ((site, placed, config.use_directory_urls), previews)
        contents = self.state.contents_of
        for src_uri, content in previews:
            contents[src_uri] = content
            if self.kept_files is not None:  # the file of the last build, for the same content
                files.append(self.kept_files.generated(config, src_uri, content))
            else:
                files.append(File.generated(config, src_uri, content=content))
        if self.export is not None and self.export[0] is site:
            export = self.export[1]  # `serve`, nothing changed: the same export
        else:
            export = export_bytes(corpus.briefings, self.export_lines, site.fingerprint)
            if self.serving:
                self.export = (site, export)
        contents[self.config.export_file] = export
        files.append(File.generated(config, self.config.export_file, content=export))
        if config.site_url:  # an Atom feed needs absolute addresses (check_site warns without)
            feed = atom_feed(
                corpus.briefings[: self.config.feed_size],
                title=self.strings("common.feed", site=config.site_name),
                language=self.strings.language,
                site_name=config.site_name,
                site_url=config.site_url,
                url_of=lambda slug: page_url(
                    scheme.briefing(slug), use_directory_urls=config.use_directory_urls
                ),
            )
            files.append(File.generated(config, self.config.feed_file, content=feed))
        return files

    def _pages(self, site: SiteData, scheme: UrlScheme, files: Files) -> list[SitePage]:
        """Every generated page of the site, placed among the site's own files; under `serve`,
        those of the last build while neither the corpus nor the site's own files changed."""
        existing = frozenset(files.src_uris)
        key = (scheme, self.config.page_size, existing)
        if self.placed is not None and self.placed[0] is site and self.placed[1] == key:
            return list(self.placed[2])
        try:
            kept = self.kept_pages if self.serving else None
            planned = plan_pages(site.corpus, scheme, page_size=self.config.page_size, kept=kept)
            pages = place_pages(planned, existing)
        except PageConflict as error:
            raise PluginError(f"briefings: {error}") from None
        if self.serving:  # the editor sees a broken seed's error where its briefing would be
            taken = {page.src_uri for page in pages} | existing
            pages += error_pages(site.report.errors, scheme, taken)
            self.placed = (site, key, tuple(pages))
        return pages

    def on_nav(self, nav: Navigation, *, config: MkDocsConfig, files: Files) -> Navigation | None:
        """`nav`: kept for the page shells, which render the theme's navigation."""
        if self.state is not None:
            self.state.nav = nav
            if self.incremental is not None and self.page_cache is not None:
                again = plan_build(
                    self.incremental,
                    self.state,
                    files,
                    config,
                    nav,
                    settings_digest=self.settings_digest,
                    cache=self.page_cache,
                )
                log.info("briefings: %d of %d generated pages built again", again, len(self.state.pages))
        return None

    def on_env(self, env: Environment, *, config: MkDocsConfig, files: Files) -> Environment | None:
        """`env`: kept for the page shells, which render the theme's templates; compiled
        templates come from the bytecode cache."""
        self.env = env
        if self.bytecode is not None and env.bytecode_cache is None:
            env.bytecode_cache = self.bytecode
        if self.state is not None:
            self.state.files = files
        return None

    def on_page_markdown(
        self, markdown: str, *, page: Page, config: MkDocsConfig, files: Files
    ) -> str | None:
        """`page_markdown`: a generated page has no Markdown; set its title, template and layout."""
        generated = self.state.pages.get(page.file.src_uri) if self.state is not None else None
        if generated is None:
            return None
        page.meta.update(page_meta(generated, self.strings))
        return ""

    def on_page_content(self, html: str, *, page: Page, config: MkDocsConfig, files: Files) -> str | None:
        """`page_content`: the home page gets the newest briefings. A generated page's HTML waits
        for `page_context`: MkDocs reads every page before it builds the first, and the HTML of
        every page of a large site held at once was most of a build's memory."""
        state = self.state
        if not self.config.enabled or state is None:
            return None
        state.files = files  # the site's files as the pages are built with them
        if page.file.src_uri in state.pages:
            return ""
        if not (page.is_homepage and self.config.home_list):
            return None
        links = state.links(page.url, files)
        briefings = state.site.corpus.briefings
        listing = briefings[: self.config.page_size]
        html += str(listing_html(listing, state.site, links, more=len(briefings) > len(listing)))
        state.note_unresolved(links)
        return html

    @event_priority(100)  # before Material's search plugin reads the page's content
    def _before_search(
        self, context: TemplateContext, *, page: Page, config: MkDocsConfig, nav: Navigation
    ) -> TemplateContext | None:
        """`page_context`, first: the search plugin gets a page's text, not its markup (a
        briefing's text; an entity's or source's name, label, other names and description)."""
        if self.state is not None:
            render_generated_page(self.state, page)
            give_search_the_text(self.state, page)
            if self.incremental is not None:
                entries = search_index_entries(config)
                self.state.search_start = len(entries) if entries is not None else 0
        return context

    @event_priority(-100)  # after every other plugin
    def _after_search(
        self, context: TemplateContext, *, page: Page, config: MkDocsConfig, nav: Navigation
    ) -> TemplateContext | None:
        """`page_context`, last: the page's content back, and the panel and JSON-LD for its
        template."""
        state = self.state
        if state is None:
            return context
        take_back_the_content(state, page)
        src = page.file.src_uri
        if self.incremental is not None:  # what a later build that skips this page indexes
            entries = search_index_entries(config)
            if entries is not None:
                self.incremental.search_entries[src] = entries[state.search_start :]
        if src in state.sidebars:  # popped: thousands of sidebars need not outlive their page
            context["briefings_sidebar"] = state.sidebars.pop(src)  # type: ignore[typeddict-unknown-key]
            context["briefings_head"] = state.heads.pop(src)  # type: ignore[typeddict-unknown-key]
        return context

    on_page_context = CombinedEvent(_before_search, _after_search)

    @event_priority(100)  # before other plugins see the page: a shell's page is whole by then
    def _fill_page(self, output: str, *, page: Page, config: MkDocsConfig) -> str | None:
        """`post_page`: an entity or source page goes into its shell; every page announces the
        feed, and Material's search dialog gets a name."""
        if not self.config.enabled:
            return None
        if self.incremental is not None:
            self.incremental.page_built(page.file)
        state = self.state
        generated = state.pages.get(page.file.src_uri) if state is not None else None
        if state is not None and generated is not None and is_fast(generated):
            assert self.env is not None
            output = fill_shell(output, page, generated, state, config=config, env=self.env)
        if config.site_url:
            feed = get_relative_url(self.config.feed_file, page.url)
            title = escape(self.strings("common.feed", site=config.site_name))
            link = f'<link rel="alternate" type="application/atom+xml" title="{title}" href="{feed}">'
            output = output.replace("</head>", link + "</head>", 1)
        # Material's search dialog has no accessible name (axe: aria-dialog-name)
        return output.replace(
            '<div class="md-search" data-md-component="search" role="dialog">',
            '<div class="md-search" data-md-component="search" role="dialog" aria-label="{}">'.format(
                escape(self.strings("common.search"))
            ),
            1,
        )

    @event_priority(-100)  # after every other plugin
    def _release_page(self, output: str, *, page: Page, config: MkDocsConfig) -> str | None:
        """`post_page`, last: a generated page's HTML is dropped once the page is written."""
        release_generated_page(self.state, page)
        return output

    on_post_page = CombinedEvent(_fill_page, _release_page)

    def on_build_error(self, *, error: Exception) -> None:
        """`build_error`: the garbage collector runs again (a rebuild pauses it)."""
        self.collections.resume()

    def on_shutdown(self) -> None:
        self.collections.resume()

    def on_serve(self, server: Any, *, config: MkDocsConfig, builder: Any) -> Any:
        """`serve`: rebuild when a seed, an overlay or the knowledge base changes."""
        if self.config.enabled and self.project is not None:
            for folder in (self.project.seeds_dir, self.project.editorial_dir):
                # a folder can only be watched once it exists: the first overlay would go unseen
                folder.mkdir(parents=True, exist_ok=True)
                server.watch(str(folder))
        return server

    @event_priority(100)  # before Material's search plugin writes its index
    def on_post_build(self, *, config: MkDocsConfig) -> None:
        """`post_build`: tidy the page cache, warn about links to pages that do not exist, and
        under `--dirty` complete the search index and delete what is no longer in the site."""
        self.collections.resume()
        state = self.state
        if not self.config.enabled or state is None or self.page_cache is None:
            return
        if self.incremental is not None and state.files is not None:
            entries = search_index_entries(config, reset=True)
            if entries is not None:
                entries[:] = self.incremental.search_index(state.files)
            self.incremental.finish(state.files, config.site_dir)
        if self.kept_files is not None:
            self.kept_files.keep_only(set(state.pages), set(state.contents_of))
        self.page_cache.finish_build(complete=state.site.report.complete)
        if self.serving and not self.collections.started:
            self.collections.first_build_done()
            if self.project is not None:  # the first edit finds spaCy loaded
                self.loading_model = self.project.load_model_ahead()
        log.debug(
            "briefings: %d page(s) from the cache, %d rendered", self.page_cache.hits, self.page_cache.misses
        )
        for url, target in sorted(set(state.unresolved)):
            log.warning(
                "briefings: the page at '%s' links to '%s', which is not a page of the site", url, target
            )
