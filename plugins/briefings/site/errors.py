"""Pages for inputs that could not be used, while a site is served: a seed that fails to read
gets a page at the address its briefing would have, which shows the error and what to do, and
which the briefing replaces (and the browser reloads) once the seed is fixed."""

from __future__ import annotations

from collections.abc import Container, Iterable, Iterator
from dataclasses import dataclass
from pathlib import PurePath
from typing import ClassVar

from ..model import InputError
from ..text import bounded_name, slugify
from .pages import SitePage
from .urls import UrlScheme


@dataclass(frozen=True)
class SeedErrorPage(SitePage):
    error: InputError | None = None
    kind: ClassVar[str] = "seed_error"
    hide: ClassVar[tuple[str, ...]] = ("navigation", "toc")


def error_page_uri(scheme: UrlScheme, error: InputError) -> str | None:
    """The `src_uri` of the briefing a broken seed would have made (from its file name)."""
    slug = bounded_name(slugify(PurePath(error.path).stem)) if error.path else ""
    return scheme.briefing(slug) if slug else None


def error_pages(
    errors: Iterable[InputError], scheme: UrlScheme, taken: Container[str]
) -> Iterator[SeedErrorPage]:
    """A page for each broken seed whose address no other page has."""
    seen: set[str] = set()
    for error in errors:
        src_uri = error_page_uri(scheme, error)
        if src_uri is None or src_uri in taken or src_uri in seen:
            continue
        seen.add(src_uri)
        yield SeedErrorPage(src_uri, error.path, error)
