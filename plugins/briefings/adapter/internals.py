"""The MkDocs internals the plugin relies on, in one place, behind a version guard.

MkDocs has no public API to render a page outside its own build loop; the page shell does so with
`get_context` and `config._current_page`, as MkDocs' `_build_page` does. Both are checked
against the MkDocs versions this plugin was tested with, so an upgrade fails with a clear message.
An incremental build (`--dirty`) completes the index of Material's search plugin, whose entries
list it reads here.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

import mkdocs
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page
from mkdocs.utils.templates import TemplateContext

#: MkDocs versions whose internals are known: [1.6, 2). ProperDocs, the maintained fork of
#: MkDocs 1.x, answers to `import mkdocs` with its own version, 1.6.x too.
SUPPORTED = ((1, 6), (2, 0))


def mkdocs_version() -> tuple[int, int]:
    """The running MkDocs' (or ProperDocs') major and minor version."""
    major, minor = (int(part) for part in mkdocs.__version__.split(".")[:2])
    return major, minor


def check_mkdocs_version() -> None:
    """Fail early, naming the versions, when MkDocs is one this plugin does not know."""
    low, high = SUPPORTED
    if not low <= mkdocs_version() < high:
        raise PluginError(
            f"briefings: MkDocs {mkdocs.__version__} is not supported; install "
            f"mkdocs>={low[0]}.{low[1]},<{high[0]} (e.g. `pip install 'mkdocs>=1.6,<2'`)"
        )


@contextmanager
def current_page(config: MkDocsConfig, page: Page) -> Iterator[None]:
    """`page` as the page being built, as MkDocs sets it while it renders one (Material's
    templates and other plugins read it)."""
    config._current_page = page
    try:
        yield
    finally:
        config._current_page = None


def page_context(nav: Navigation, files: Sequence[File], config: MkDocsConfig, page: Page) -> TemplateContext:
    """The template context MkDocs gives a page."""
    from mkdocs.commands.build import get_context

    return get_context(nav, files, config, page)


def search_index_entries(config: MkDocsConfig, *, reset: bool = False) -> list[Any] | None:
    """The entries list of Material's search plugin (`None` without one, or an unknown one); with
    `reset`, it also forgets its previous index, which it would merge into this one under
    `--dirty`, assuming a single page changed."""
    for plugin in config.plugins.values():
        index = getattr(plugin, "search_index", None)
        entries = getattr(index, "entries", None)
        if type(plugin).__module__.startswith("material.plugins.search") and isinstance(entries, list):
            if reset and hasattr(plugin, "search_index_prev"):
                plugin.search_index_prev = None
            return entries
    return None
