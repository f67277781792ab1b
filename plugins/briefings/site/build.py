"""A site's pages rendered from their views, through the page cache."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from ..cache import PageCache
from .data import Pieces, SiteData, View
from .links import Links
from .pages import EntityPage, SitePage
from .views import lay_out_neighbourhoods, view_of

#: Entity pages whose graphs are laid out together, ahead of them, in a cold build.
LAYOUTS_AHEAD = 256


@dataclass
class SiteRenderer:
    """Renders generated pages; a page whose key the cache holds is not rendered again."""

    site: SiteData
    cache: PageCache
    #: the entity pages this build is expected to render, in order (`expect`)
    _entity_pages: dict[str, int] = field(default_factory=dict)
    _ahead: list[str] = field(default_factory=list)
    _laid_up_to: int = 0

    def expect(self, pages: Iterable[SitePage]) -> None:
        """The pages this build renders, in the order it renders them (every page, or an
        incremental build's plan): their entity graphs can be laid out ahead of them."""
        self._ahead = [
            page.entity.id for page in pages if isinstance(page, EntityPage) and page.entity is not None
        ]
        self._entity_pages = {entity_id: i for i, entity_id in enumerate(self._ahead)}
        self._laid_up_to = 0

    def pieces(self, page: SitePage, links: Links, view: View | None = None) -> Pieces:
        """`page`'s pieces; `view` when its view was already made (an incremental build's plan)."""
        if view is None:
            view = view_of(page, self.site, links)
        if view.key is None:
            return view.render()
        pieces = self.cache.get(view.key)
        if pieces is None:
            if isinstance(page, EntityPage) and self.cache.hits == 0:
                self._lay_out_ahead(page)
            pieces = view.render()
            self.cache.put(view.key, pieces)
        return pieces

    def _lay_out_ahead(self, page: EntityPage) -> None:
        """No page of this build so far came from the cache: the entity pages that follow this
        one will be rendered too, so their graphs are laid out now, together."""
        assert page.entity is not None
        at = self._entity_pages.get(page.entity.id)
        if at is not None and at >= self._laid_up_to:
            self._laid_up_to = at + LAYOUTS_AHEAD
            lay_out_neighbourhoods(self.site.corpus, self._ahead[at : self._laid_up_to])
