"""Page shells: the theme renders one page of a kind, every page of that kind is that shell with
its own title, address and content put in.

A site of N briefings has several times N entity and source pages. Built one by one as MkDocs
pages, each would cost what a briefing costs (a Markdown instance, Material's base template,
the search parser), several times the cost of the briefings themselves. These pages differ
only in their title, address and content, so the theme renders each kind once, around
placeholders that survive escaping and URL quoting, and filling a page is a string join.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from jinja2 import Environment
from markupsafe import escape
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import get_toc

from .internals import current_page, page_context

#: The template of pages put into a shell: their content alone (see pages.py).
CONTENT_ONLY = "briefings/content-only.html"
# ASCII letters and digits only: unchanged by HTML escaping, URL quoting and slugs
TITLE = "bfshellxtitlex7d1e"
CONTENT = "bfshellxcontentx7d1e"
SLUG = "bfshellxslugx7d1e"
# Material adds the title as an <h1> when the content has none; ours always has one
_CONTENT_WITH_H1 = CONTENT + "<h1>"
_PLACEHOLDER = re.compile(f"({TITLE}|{SLUG}|{CONTENT}(?:<h1>)?)")


@dataclass(frozen=True)
class ShellKind:
    """What pages of one kind share: the theme template and the page's `hide` settings."""

    template: str
    hide: tuple[str, ...] = ("navigation", "toc")


class PageShell:
    """One rendered page of a kind, split at its placeholders."""

    def __init__(self, parts: Sequence[str]):
        self._parts = list(parts)

    @classmethod
    def render(
        cls,
        kind: ShellKind,
        folder: str,
        *,
        config: MkDocsConfig,
        env: Environment,
        nav: Navigation,
        pages: Sequence[File],
    ) -> PageShell:
        """Render the theme's page for a page of `kind` in `folder`, as MkDocs renders a page,
        but without other plugins' page events: the shell is not a page of the site (each real
        page runs them). Every page of a shell lives in the same folder: relative links are the
        same there."""
        file = File.generated(config, f"{folder}/{SLUG}.md", content="")
        page = Page(TITLE, file, config)
        # the placeholder title is what Material shows; a real title is escaped when put in
        page.meta = {
            "title": TITLE,
            "hide": list(kind.hide),
            "template": kind.template,
            # the shell is not a page of the site: search must not index it
            "search": {"exclude": True},
        }
        page.content = _CONTENT_WITH_H1
        page.toc = get_toc([])
        with current_page(config, page):
            context = page_context(nav, pages, config, page)
            output = env.get_template(kind.template).render(context)
        parts = [CONTENT if part == _CONTENT_WITH_H1 else part for part in _PLACEHOLDER.split(output)]
        if parts.count(CONTENT) != 1:
            raise PluginError(
                f"briefings: the theme's '{kind.template}' shows a page's content "
                f"{parts.count(CONTENT)} times, not once; entity and source pages cannot be built"
            )
        return cls(parts)

    def fill(self, *, title: str, slug: str, content: str) -> str:
        """This shell as the page `slug` of its folder, titled `title` (plain text, escaped here)."""
        values: dict[str, Any] = {TITLE: str(escape(title)), SLUG: slug, CONTENT: str(content)}
        return "".join([values.get(part, part) for part in self._parts])
