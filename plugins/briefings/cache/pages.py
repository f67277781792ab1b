"""The page cache: the HTML our renderers made for a page, kept under `.cache/briefings/pages/`
and keyed by a digest of everything the page shows.

A warm build renders none of our pages again, and an edit renders again only the pages whose
data changed: the briefing, the pages of its entities and sources, the briefings that list it
as related. A key is made of fingerprints of the data a renderer reads, never of the corpus as
a whole, so that an edit does not invalidate every page.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import secrets
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from ..model import Briefing
from .entry import CorruptEntry, EntryWriter, code_digest, inner_folder, read_entry, remove_entry

log = logging.getLogger("mkdocs.plugins.briefings")


@cache
def templates_digest() -> str:
    """The package's code and its content templates: what our renderers are made of."""
    hasher = hashlib.sha256(code_digest().encode())
    folder = resources.files("briefings").joinpath("templates/content")
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".html"):
            hasher.update(entry.name.encode() + b"\0" + entry.read_bytes())
    return hasher.hexdigest()


def digest(*parts: Any) -> str:
    """A digest of `parts`, which are made of str, int, float, bool, None, tuples and lists, and
    dataclasses of those: their `repr` is the same in every process (no sets, whose order is not)."""
    return hashlib.sha256(repr(parts).encode()).hexdigest()


def briefing_fingerprint(briefing: Briefing) -> str:
    """Everything about a briefing that a page can show: the seed (its bytes give every field of
    the article), the annotation after the analyst's corrections, and the grades of its claims,
    which depend on other briefings (corroboration)."""
    article, annotation, overlay = briefing.article, briefing.annotation, briefing.overlay
    corrections: tuple[Any, ...] = ()
    if overlay is not None:
        corrections = (
            overlay.title,
            overlay.summary,
            overlay.notes,
            sorted(overlay.hidden),
            overlay.corrections,
            sorted(overlay.ratings_used),
        )
    return digest(
        article.content_hash,
        article.source_path,
        article.title,
        annotation.mentions,
        annotation.claims,
        sorted(annotation.entities.items()),
        annotation.sources,
        corrections,
    )


class Fingerprints:
    """`briefing_fingerprint` of every briefing, kept across `mkdocs serve` rebuilds for the
    briefings made of the very same article, annotation and corrections as before (the caches
    hand the same objects back for a seed that did not change, and none of them is ever
    modified): a rebuild then digests only what an edit made anew."""

    def __init__(self) -> None:
        self._kept: dict[str, tuple[object, object, object, str]] = {}

    def __call__(self, briefings: list[Briefing]) -> dict[str, str]:
        kept: dict[str, tuple[object, object, object, str]] = {}
        for briefing in briefings:
            parts = (briefing.article, briefing.annotation, briefing.overlay)
            old = self._kept.get(briefing.slug)
            if old is not None and all(a is b for a, b in zip(old[:3], parts, strict=True)):
                fingerprint = old[3]
            else:
                fingerprint = briefing_fingerprint(briefing)
            kept[briefing.slug] = (*parts, fingerprint)
        self._kept = kept
        return {slug: entry[3] for slug, entry in kept.items()}


#: The environment variable that gives the key page-cache entries are signed with (a CI secret).
KEY_VARIABLE = "BRIEFINGS_CACHE_KEY"


def signing_key() -> bytes:
    """The key that signs the page cache, kept outside the cache folder.

    Rendered HTML is the one thing a build takes from the cache and puts into pages without
    escaping it again. Whoever can write to the cache folder (a cache restored on CI from a run
    of another branch, a shared or synced folder) could otherwise put markup of their choice
    into the site with an entry whose checksum they computed themselves. Entries are signed
    (HMAC) with `$BRIEFINGS_CACHE_KEY`, or a random key kept in the user's state folder
    (`$XDG_STATE_HOME/briefings/`, made on first use); where neither can be had, a key for this
    process only: pages are then rendered again by each build, which is slower, never unsafe.
    Annotations and seeds are cached as data and escaped when rendered, so they need no key."""
    given = os.environ.get(KEY_VARIABLE)
    if given:
        return given.encode()
    state = os.environ.get("XDG_STATE_HOME") or os.path.join(os.path.expanduser("~"), ".local", "state")
    path = os.path.join(state, "briefings", "page-cache-key")
    try:
        with open(path, "rb") as file:
            key = file.read(256)
        if len(key) >= 32:
            return key
    except OSError:
        pass
    key = secrets.token_hex(32).encode()
    try:
        os.makedirs(os.path.dirname(path), mode=0o700, exist_ok=True)
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o600)
        with os.fdopen(descriptor, "wb") as file:
            file.write(key)
    except FileExistsError:  # another build made it meanwhile
        with open(path, "rb") as file:
            key = file.read(256) or key
    except OSError:
        log.debug("briefings: no page-cache key can be kept in %s; pages are rendered again", path)
    return key


class PageCache:
    """Rendered pieces of pages (content, sidebar…) by key: on disk when `folder` is given, for the
    next build, and in memory with `in_memory`, for the next rebuild of `mkdocs serve` (a single
    `mkdocs build` has no use for them once its pages are written)."""

    def __init__(self, folder: Path | None, *, in_memory: bool = False, secret: bytes | None = None):
        self.folder = folder
        self.in_memory = in_memory
        self._secret = secret if secret is not None or folder is None else signing_key()
        self._writer = EntryWriter()
        self._memory: dict[str, dict[str, str]] = {}
        self._used: set[str] = set()
        #: the keys of the entries in `folder`: listed once, then kept up to date (a rebuild of
        #: `mkdocs serve` at 5 000 seeds would list 20 000 files to find the few to delete)
        self._on_disk: set[str] | None = None
        self.hits = 0
        self.misses = 0

    def start_build(self) -> None:
        self._used = set()
        self.hits = self.misses = 0

    def get(self, key: str) -> dict[str, str] | None:
        self._used.add(key)
        pieces = self._memory.get(key)
        if pieces is None and self.folder is not None:
            pieces = self._load(key)
            if pieces is not None and self.in_memory:
                self._memory[key] = pieces
        if pieces is None:
            self.misses += 1
        else:
            self.hits += 1
        return pieces

    def keep(self, key: str) -> None:
        """`key`'s page is still shown, though not rendered by this build (`--dirty`)."""
        self._used.add(key)

    def put(self, key: str, pieces: dict[str, str]) -> None:
        self._used.add(key)
        if self.in_memory:
            self._memory[key] = pieces
        if self.folder is not None and inner_folder(self.folder):
            # the pieces' names and lengths, then their text as it is: no JSON escaping of HTML
            layout = json.dumps([[name, len(text)] for name, text in pieces.items()])
            body = layout + "\n" + "".join(pieces.values())
            self._writer.write(self.folder / f"{key}.html", key, body, secret=self._secret)
            if self._on_disk is not None:
                self._on_disk.add(key)

    def finish_build(self, *, complete: bool) -> None:
        """Forget the pages this build did not show (memory always, disk when the build saw every
        seed): the cache holds one site, not its history."""
        self._memory = {key: pieces for key, pieces in self._memory.items() if key in self._used}
        if complete and self.folder is not None and self.folder.is_dir() and inner_folder(self.folder):
            if self._on_disk is None:
                try:
                    self._on_disk = {path.stem for path in self.folder.glob("*.html")}
                except OSError:
                    return
            unused = self._on_disk - self._used
            for key in sorted(unused):
                remove_entry(self.folder / f"{key}.html")
            self._on_disk -= unused

    def _load(self, key: str) -> dict[str, str] | None:
        assert self.folder is not None
        path = self.folder / f"{key}.html"
        if not inner_folder(self.folder):
            return None
        try:
            body = read_entry(path, key, secret=self._secret)
            if body is None:
                return None
            layout, _, text = body.partition("\n")
            pieces, start = {}, 0
            for name, length in json.loads(layout):
                pieces[str(name)] = text[start : start + int(length)]
                start += int(length)
            if start != len(text):
                raise ValueError("lengths do not add up")
            return pieces
        except (CorruptEntry, OSError, ValueError, TypeError):
            log.info("briefings: cache entry %s is unreadable; rendering the page again", path)
            return None
