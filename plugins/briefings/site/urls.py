"""The site's URL scheme: where each generated page lives, and relative links between pages."""

from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass
from functools import lru_cache

from ..text import NAME_SUFFIX, bounded_name

#: Names of the list pages and folders that share a folder with briefings, entities or sources: a
#: briefing named `index` or `page-2` (a seed `index.txt`) or an entity `labels` must not take
#: their place (`_previews`: the previews' shards, site/previews.py).
RESERVED_NAMES = re.compile(r"index|report|labels|page-\d+|_previews")


@lru_cache(maxsize=1 << 17)  # a list page links to thousands of pages, each by its name
def page_name(name: str, kind: str) -> str:
    """The file name (without `.md`) of the page of the briefing, entity or source `name`: the
    name itself, bounded (`bounded_name`: no path, no name too long for the file system), and a
    reserved name followed by its kind ("index--briefing"), which no slug can equal."""
    bounded = bounded_name(name)
    return f"{bounded}{NAME_SUFFIX}{kind}" if RESERVED_NAMES.fullmatch(bounded) else bounded


@dataclass(frozen=True)
class UrlScheme:
    """Source paths (`src_uri`, as MkDocs names pages) of the pages the plugin generates."""

    briefings_path: str = "briefings"
    entities_path: str = "entities"
    sources_path: str = "sources"

    def briefing(self, slug: str) -> str:
        return posixpath.join(self.briefings_path, page_name(slug, "briefing") + ".md")

    def listing(self, number: int = 1) -> str:
        """Page `number` of the list of briefings."""
        return posixpath.join(self.briefings_path, "index.md" if number == 1 else f"page-{number}.md")

    def report(self) -> str:
        return posixpath.join(self.briefings_path, "report.md")

    def entity(self, entity_id: str) -> str:
        return f"{self.entities_path}/{page_name(entity_id, 'entity')}.md"

    def entities_index(self) -> str:
        return f"{self.entities_path}/index.md"

    def label(self, label: str, number: int = 1) -> str:
        """Page `number` of the full list of entities of `label`."""
        name = label.lower() if number == 1 else f"{label.lower()}-{number}"
        return f"{self.entities_path}/labels/{name}.md"

    def source(self, source_id: str) -> str:
        return f"{self.sources_path}/{page_name(source_id, 'source')}.md"

    def sources_index(self) -> str:
        return f"{self.sources_path}/index.md"

    def timeline_period(self, key: str) -> str:
        """The timeline of a year ("2019") or a month ("2019-03"), beside `timeline.md`."""
        return f"timeline/{key}.md"


def relative_url(url: str, other: str) -> str:
    """`url` relative to the page at `other` (both site-relative), as MkDocs'
    `get_relative_url` computes it, so that our links and MkDocs' own agree."""
    if other != ".":
        head, tail = posixpath.split(other)
        other = head if "." in tail else other  # a file name is not a folder
    target, base = url.removesuffix("/").split("/"), other.removesuffix("/").split("/")
    if {".", "..", ""} & {*target, *base}:
        relative = posixpath.relpath("/" + url, "/" + other)  # not a plain path: normalise it
    else:
        # `posixpath.relpath` without its normalising, which costs most of a large page's links
        common = 0
        for mine, theirs in zip(target, base, strict=False):  # the common start only
            if mine != theirs:
                break
            common += 1
        relative = "/".join([".."] * (len(base) - common) + target[common:]) or "."
    return relative + "/" if url.endswith("/") else relative


def page_url(src_uri: str, *, use_directory_urls: bool = True) -> str:
    """The site-relative URL of the page at `src_uri`, as MkDocs gives it."""
    path = src_uri[: -len(".md")]
    folder, _, name = path.rpartition("/")
    if name == "index" and use_directory_urls:  # a folder's index page is the folder itself
        return f"{folder}/" if folder else "./"
    return path + "/" if use_directory_urls else path + ".html"
