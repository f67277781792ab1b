"""What one build knows, in one object: made afresh by `on_files`, dropped with the build."""

from __future__ import annotations

from dataclasses import dataclass, field

from mkdocs.structure.files import Files
from mkdocs.structure.nav import Navigation

from ..site import Links, SiteData, SitePage, SiteRenderer, UrlScheme, View
from .shell import PageShell


@dataclass
class BuildState:
    """The site being built, the pages the plugin adds to it, and their pieces in flight."""

    site: SiteData
    renderer: SiteRenderer
    scheme: UrlScheme
    #: every generated page, by `src_uri`
    pages: dict[str, SitePage] = field(default_factory=dict)
    #: the theme's page for each (kind, folder) of the pages put into a shell (see shell.py)
    shells: dict[tuple[str, str], PageShell] = field(default_factory=dict)
    #: site-relative URL of every generated page, by `src_uri`
    urls: dict[str, str] = field(default_factory=dict)
    #: a briefing's sidebar, JSON-LD and search text, from its rendering (`page_context`) until its template
    sidebars: dict[str, str] = field(default_factory=dict)
    heads: dict[str, str] = field(default_factory=dict)
    search_texts: dict[str, str] = field(default_factory=dict)
    #: a page's content while the search plugin reads its search text instead
    contents: dict[str, str] = field(default_factory=dict)
    #: how many entries the search index had before the page being built added its own
    search_start: int = 0
    #: views made ahead of their page by an incremental build's plan, with their links
    views: dict[str, tuple[View, Links]] = field(default_factory=dict)
    #: the content of each generated file that is not a page (previews, export, feed)
    contents_of: dict[str, str | bytes] = field(default_factory=dict)
    nav: Navigation | None = None
    files: Files | None = None
    #: links to pages that do not exist: (page, target)
    unresolved: list[tuple[str, str]] = field(default_factory=list)

    def links(self, url: str, files: Files) -> Links:
        """Links from the page at `url`; other pages of the site are found in `files`."""

        def find(src_uri: str) -> str | None:
            file = files.get_file_from_path(src_uri)
            return file.url if file is not None else None

        return Links(url, urls=self.urls, scheme=self.scheme, entities=self.site.corpus.entities, find=find)

    def note_unresolved(self, links: Links) -> None:
        self.unresolved.extend((links.url, target) for target in links.unresolved)
