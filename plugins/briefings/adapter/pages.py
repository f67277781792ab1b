"""Our pages as MkDocs files: generated files (`File.generated`), never written into docs/.

Every page is an ordinary page of the site: in `Files`, built by MkDocs with every plugin's page
events, in the sitemap, searchable, a target for links from docs/ pages. Entity and source pages
(several for each briefing) take a fast path for the one costly step, the theme's template: they
are rendered with a template that outputs their content alone, and `fill_shell` then puts that
content into the theme's page rendered once for their kind and folder (see shell.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any
from urllib.parse import quote

from jinja2 import Environment
from markupsafe import escape
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.pages import Page
from mkdocs.utils import get_build_date

from ..i18n import Strings
from ..site import SitePage, page_title
from .shell import CONTENT_ONLY, PageShell, ShellKind
from .state import BuildState

#: Kinds of page put into a shell instead of rendered through the theme one by one.
SHELL_KINDS = {
    "entity": ShellKind("briefings/entity.html"),
    "source": ShellKind("briefings/entity.html"),
}


class KeptFiles:
    """`make serve`: the `File` of each generated page that is not in the navigation, and the
    `Page` MkDocs makes for it, kept from one rebuild to the next.

    MkDocs makes both again for every page on every build, though a rebuild builds only the few
    an edit changed: at 5 000 seeds that is 19 000 pages whose canonical URL alone is one
    `urljoin` each. A page made for a file that already has one is never made again (MkDocs'
    own rule), so a kept file keeps its page. What a page takes from the config (its address,
    canonical URL, edit link, date) is the same while `key` is: otherwise they are made afresh.
    Pages in the navigation are always made afresh: the navigation links them together."""

    def __init__(self) -> None:
        self.key: tuple[Any, ...] | None = None
        self.files: dict[str, File] = {}
        #: previews: the content each file was made with, and the file
        self.others: dict[str, tuple[str | bytes, File]] = {}

    def start(self, config: MkDocsConfig) -> None:
        key = (
            config.site_url,
            config.repo_url,
            config.edit_uri,
            config.edit_uri_template,
            config.use_directory_urls,
            config.docs_dir,
            config.site_dir,
            get_build_date(),
        )
        if key != self.key:
            self.key, self.files, self.others = key, {}, {}

    def file(self, config: MkDocsConfig, src_uri: str) -> File:
        file = self.files.get(src_uri)
        if file is None:
            file = File.generated(config, src_uri, content="", inclusion=InclusionLevel.NOT_IN_NAV)
            self.files[src_uri] = file
        elif file.page is not None:
            file.page.content = None  # what the last build that built it rendered: not kept
        return file

    def generated(self, config: MkDocsConfig, src_uri: str, content: str | bytes) -> File:
        """The file of a generated file that is not a page (a preview): the last build's, when
        its content is the very same object."""
        known = self.others.get(src_uri)
        if known is not None and known[0] is content:
            return known[1]
        file = File.generated(config, src_uri, content=content)
        self.others[src_uri] = (content, file)
        return file

    def keep_only(self, src_uris: set[str], others: set[str] | None = None) -> None:
        """After a build: forget the pages that are no longer pages of the site, and the other
        files that are no longer files of the site."""
        self.files = {src: file for src, file in self.files.items() if src in src_uris}
        if others is not None:
            self.others = {src: known for src, known in self.others.items() if src in others}


def register_pages(
    pages: Sequence[SitePage],
    state: BuildState,
    files: Files,
    config: MkDocsConfig,
    *,
    kept: KeptFiles | None = None,
) -> None:
    """Add `pages` to the site's files; only the nav's own pages are in the nav. With `kept`,
    the files (and pages) of the last build are used again."""
    for page in pages:
        if kept is not None and not page.in_nav:
            file = kept.file(config, page.src_uri)
        else:
            inclusion = InclusionLevel.INCLUDED if page.in_nav else InclusionLevel.NOT_IN_NAV
            file = File.generated(config, page.src_uri, content="", inclusion=inclusion)
        files.append(file)
        state.pages[page.src_uri] = page
        state.urls[page.src_uri] = file.url
    _register_with_autorefs(pages, state, config)


def _register_with_autorefs(pages: Sequence[SitePage], state: BuildState, config: MkDocsConfig) -> None:
    """With mkdocs-autorefs, `[Vladimir Poutine][vladimir-poutine]` in a docs/ page links to that
    entity's page (sources likewise, an entity winning a shared name): autorefs finds identifiers
    in Markdown, and the HTML of these pages is not Markdown."""
    register = getattr(config.plugins.get("autorefs"), "register_url", None)
    if register is None:
        return
    for page in sorted(pages, key=lambda page: page.kind == "entity"):
        if page.kind in SHELL_KINDS:
            register(page.src_uri.rpartition("/")[2][: -len(".md")], state.urls[page.src_uri])


def page_meta(page: SitePage, strings: Strings) -> dict[str, Any]:
    """A generated page's `meta`: its title, layout and template. Material inserts
    `page.meta.title` into pages as HTML: seed text is escaped here."""
    meta: dict[str, Any] = {"title": str(escape(page_title(page, strings))), "hide": list(page.hide)}
    template = page_template(page)
    if template is not None:
        meta["template"] = template
    return meta


def page_template(page: SitePage) -> str | None:
    """The template a generated page is rendered with, when not Material's `main.html`."""
    if page.kind in SHELL_KINDS:
        return CONTENT_ONLY
    if page.kind == "briefing":
        return "briefings/briefing.html"
    return None


def render_generated_page(state: BuildState, page: Page) -> None:
    """A generated page's pieces, as the page is built: its content, and the sidebar, JSON-LD
    and search text its template and the search plugin take. Rendered (or read from the page
    cache) here rather than in `page_content`, so that one page's HTML is held at a time."""
    src = page.file.src_uri
    generated = state.pages.get(src)
    if generated is None or state.files is None:
        return
    planned = state.views.pop(src, None)  # made by an incremental build's plan
    view, links = planned if planned is not None else (None, state.links(page.url, state.files))
    pieces = state.renderer.pieces(generated, links, view)
    if "sidebar" in pieces:
        state.sidebars[src] = pieces["sidebar"]
        state.heads[src] = pieces["head"]
    if "search" in pieces:
        state.search_texts[src] = pieces["search"]
    page.content = pieces["content"]
    state.note_unresolved(links)


def release_generated_page(state: BuildState | None, page: Page) -> None:
    """A generated page is written: its HTML need not outlive it (it is cached on disk)."""
    if state is not None and page.file.src_uri in state.pages:
        page.content = None


def fill_shell(
    output: str, page: Page, generated: SitePage, state: BuildState, *, config: MkDocsConfig, env: Environment
) -> str:
    """A fast-path page's HTML (`output` is its content alone) in the theme's page for its kind."""
    folder, _, name = page.file.src_uri.rpartition("/")
    key = (generated.kind, folder)
    shell = state.shells.get(key)
    if shell is None:
        assert state.nav is not None and state.files is not None
        shell = PageShell.render(
            SHELL_KINDS[generated.kind],
            folder,
            config=config,
            env=env,
            nav=state.nav,
            pages=state.files.documentation_pages(),
        )
        state.shells[key] = shell
    return shell.fill(title=generated.title, slug=quote(name[: -len(".md")]), content=output)


def is_fast(generated: SitePage | None) -> bool:
    return generated is not None and generated.kind in SHELL_KINDS
