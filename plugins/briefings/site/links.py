"""Links from one page to the others, relative so that the site works under any sub-path."""

from __future__ import annotations

from collections.abc import Callable, Container, Mapping

from .urls import UrlScheme, relative_url


class Links:
    """URLs of the site's pages relative to the page at `url`.

    `urls` maps the `src_uri` of every generated page to its site-relative URL (thousands of links
    per page, one dict lookup each); `find` looks up any other page (the user's). A link to a page
    that does not exist is `None`; when the page should exist (a briefing, an entity of the
    corpus, a list), it is also recorded in `unresolved`, so that the build warns about it.
    """

    def __init__(
        self,
        url: str,
        *,
        urls: Mapping[str, str],
        scheme: UrlScheme,
        entities: Container[str],
        find: Callable[[str], str | None] = lambda src_uri: None,
    ) -> None:
        self.url = url
        self._urls = urls
        self._scheme = scheme
        self._entities = entities
        self._find = find
        self.unresolved: list[str] = []
        # A link to another folder goes up to the site's root and down to its page: no path
        # arithmetic for each of the hundreds of links of a page. Within the page's own top
        # folder, MkDocs' shortest relative path.
        base = relative_url(".", url)
        self._root = "" if base == "." else base + "/"
        self._top = url.split("/", 1)[0]

    @property
    def scheme(self) -> UrlScheme:
        return self._scheme

    def to(self, src_uri: str, *, required: bool = False) -> str | None:
        """The link to the page `src_uri`; pages may link to optional ones (`methodology.md`)."""
        url = self._urls.get(src_uri)
        if url is None:
            url = self._find(src_uri)
            if url is None:
                if required:
                    self.unresolved.append(src_uri)
                return None
        if url.split("/", 1)[0] == self._top:
            return relative_url(url, self.url)
        return (self._root + url.removeprefix("./")) or "./"  # the home page's url is "./"

    def briefing(self, slug: str) -> str | None:
        return self.to(self._scheme.briefing(slug), required=True)

    def entity(self, entity_id: str) -> str | None:
        if entity_id not in self._entities:
            return None  # an entity of one briefing only, with no page: not a broken link
        return self.to(self._scheme.entity(entity_id), required=True)

    def source(self, source_id: str) -> str | None:
        if source_id in self._entities:
            entity = self.entity(source_id)
            return f"{entity}#claims" if entity else None
        return self.to(self._scheme.source(source_id))  # unnamed sources have no page

    def listing(self, number: int) -> str | None:
        return self.to(self._scheme.listing(number), required=True)

    def entities_index(self) -> str | None:
        return self.to(self._scheme.entities_index(), required=True)

    def label(self, label: str, number: int = 1) -> str | None:
        return self.to(self._scheme.label(label, number), required=True)

    def timeline_period(self, key: str) -> str | None:
        return self.to(self._scheme.timeline_period(key), required=True)
