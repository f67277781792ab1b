"""Check every internal link and anchor of a built site (used by the tests)."""

from __future__ import annotations

import posixpath
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit


class _Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        for name in ("id", "name"):
            if values.get(name):
                self.ids.add(str(values[name]))
        for name in ("href", "src", "xlink:href"):
            if values.get(name) and not (tag == "link" and values.get("rel") == "canonical"):
                self.links.append(str(values[name]))


def _parse(path: Path) -> _Page:
    page = _Page()
    page.feed(path.read_text("utf-8"))
    return page


def broken_links(site: Path, base: str = "/") -> list[str]:
    """Every internal link of `site` whose file or anchor does not exist, as "page -> link".

    `base` is the path the site is published under (that of `site_url`): absolute links such as
    the 404 page's must start with it.
    """
    pages = {path.relative_to(site).as_posix(): _parse(path) for path in site.rglob("*.html")}
    problems = []
    for name, page in sorted(pages.items()):
        for link in page.links:
            parts = urlsplit(link)
            if parts.scheme or link.startswith("//") or not (parts.path or parts.fragment):
                continue
            path = unquote(parts.path)
            if path.startswith("/"):
                if not path.startswith(base):
                    problems.append(f"{name} -> {link} (outside the site's base path {base})")
                    continue
                path = "/" + path[len(base) :]
                target = posixpath.normpath(path.lstrip("/") or ".")
            elif path:
                target = posixpath.normpath(posixpath.join(posixpath.dirname(name), path))
            else:
                target = name
            if path.endswith("/") or (site / target).is_dir():
                target = posixpath.join(target, "index.html")
            if target.startswith("../") or not (site / target).is_file():
                problems.append(f"{name} -> {link} (no file {target})")
                continue
            if parts.fragment and target.endswith(".html"):
                ids = pages[target].ids if target in pages else _parse(site / target).ids
                if unquote(parts.fragment) not in ids:
                    problems.append(f"{name} -> {link} (no anchor #{parts.fragment})")
    return problems
