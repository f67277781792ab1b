"""Sitemap entries for the pages written from a page shell, which MkDocs' nav does not hold."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit


@dataclass(frozen=True)
class SitemapPage:
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
class SitemapEntry:
    page: SitemapPage


def sitemap_entries(urls: list[str], *, site_url: str | None, date: str) -> list[SitemapEntry]:
    return [SitemapEntry(SitemapPage(url, site_url, date)) for url in urls]
