"""A site's pages rendered from their views, through the page cache."""

from __future__ import annotations

from dataclasses import dataclass

from ..cache import PageCache
from .data import Pieces, SiteData, View
from .links import Links
from .pages import SitePage
from .views import view_of


@dataclass
class SiteRenderer:
    """Renders generated pages; a page whose key the cache holds is not rendered again."""

    site: SiteData
    cache: PageCache

    def pieces(self, page: SitePage, links: Links, view: View | None = None) -> Pieces:
        """`page`'s pieces; `view` when its view was already made (an incremental build's plan)."""
        if view is None:
            view = view_of(page, self.site, links)
        if view.key is None:
            return view.render()
        pieces = self.cache.get(view.key)
        if pieces is None:
            pieces = view.render()
            self.cache.put(view.key, pieces)
        return pieces
