"""Our pages as MkDocs files: generated files (`File.generated`), never written into docs/."""

from __future__ import annotations

from collections.abc import Sequence
from urllib.parse import quote

from jinja2 import Environment
from markupsafe import Markup
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.nav import Navigation
from mkdocs.utils import write_file

from ..site import SitePage
from .shell import PageShell, ShellKind
from .state import BuildState

#: Kinds of page written from a page shell (see shell.py), not built one by one by MkDocs.
SHELL_KINDS = {
    "entity": ShellKind("briefings/entity.html"),
    "source": ShellKind("briefings/entity.html"),
}


def register_pages(pages: Sequence[SitePage], state: BuildState, files: Files, config: MkDocsConfig) -> None:
    """Add `pages` to the build: as MkDocs pages, or to be written from a shell."""
    for page in pages:
        if page.kind in SHELL_KINDS:
            file = File.generated(config, page.src_uri, content="")
            state.shell_pages[page.src_uri] = (file, page)
        else:
            inclusion = InclusionLevel.INCLUDED if page.in_nav else InclusionLevel.NOT_IN_NAV
            file = File.generated(config, page.src_uri, content="", inclusion=inclusion)
            files.append(file)
            state.pages[page.src_uri] = page
        state.urls[page.src_uri] = file.url


def write_shell_pages(
    state: BuildState, *, config: MkDocsConfig, env: Environment, nav: Navigation, files: Files
) -> None:
    """Write the entity and source pages: one rendered shell per kind and folder, then each page
    is that shell with its title, address and content put in."""
    shells: dict[tuple[str, str], PageShell] = {}
    documentation_pages = files.documentation_pages()
    for src_uri, (file, page) in state.shell_pages.items():
        folder, _, name = src_uri.rpartition("/")
        key = (page.kind, folder)
        if key not in shells:
            shells[key] = PageShell.render(
                SHELL_KINDS[page.kind], folder, config=config, env=env, nav=nav, pages=documentation_pages
            )
        links = state.links(file.url, files)
        content = Markup(state.renderer.pieces(page, links)["content"])
        state.note_unresolved(links)
        output = shells[key].fill(title=page.title, slug=quote(name[: -len(".md")]), content=content)
        write_file(output.encode("utf-8", errors="xmlcharrefreplace"), file.abs_dest_path)
