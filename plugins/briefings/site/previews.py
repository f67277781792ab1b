"""Hover previews: the card of every entity and source page, read by the page's script when a
reader hovers, focuses or taps a link to it (no server needed).

The cards are grouped in `SHARDS` small static JSON files beside the pages they describe
(`entities/_previews/3f.json`): one file per page would double the files of a site, and a site
of thousands of seeds pays for every file it writes and deletes. A card's shard is a hash of its
page's file name, which the script computes from the link's address."""

from __future__ import annotations

import json
import posixpath
from collections.abc import Iterator

from ..corpus import ClaimRef, Corpus, SourceRecord
from ..i18n import Strings
from ..model import Entity, grade_level
from .urls import UrlScheme

#: Claims shown on a card, newest briefing first.
LATEST_CLAIMS = 3
ALIASES = 5
#: Shards per folder of pages: about 10 cards a shard at 1 000 seeds, 200 (15 KB gzipped) at
#: 20 000. The script (assets/briefings.js) uses the same number and folder.
SHARDS = 256
SHARDS_FOLDER = "_previews"

Card = dict[str, object]
Key = tuple[str, str]  # ("entity" or "source", id)


def shard_of(name: str) -> int:
    """The shard of the card of page `name` (its file name without `.md`): FNV-1a of its UTF-8
    bytes, which the script computes the same way."""
    value = 0x811C9DC5
    for byte in name.encode("utf-8"):
        value = ((value ^ byte) * 0x01000193) & 0xFFFFFFFF
    return value % SHARDS


def card_address(page_src_uri: str) -> tuple[str, str]:
    """(the shard's `src_uri`, the card's name in it) of the page at `page_src_uri`: the shard
    is in the page's folder, whatever `use_directory_urls` (`x/` and `x.html` both lead there)."""
    folder, file_name = posixpath.split(page_src_uri)
    name = file_name.removesuffix(".md")
    return f"{folder}/{SHARDS_FOLDER}/{shard_of(name):02x}.json", name


def _claims(refs: list[ClaimRef], corpus: Corpus, strings: Strings) -> list[dict[str, str]]:
    latest = sorted(refs, key=lambda ref: (corpus.position(ref.briefing.slug), ref.index))[:LATEST_CLAIMS]
    return [
        {
            "grade": ref.claim.grade,
            "level": grade_level(ref.claim.reliability, ref.claim.credibility),
            "stance": strings.word("stance", ref.claim.stance),
            "text": ref.claim.text if len(ref.claim.text) <= 140 else ref.claim.text[:139].rstrip() + "…",
        }
        for ref in latest
    ]


def entity_preview(entity: Entity, corpus: Corpus, strings: Strings) -> Card:
    record = corpus.sources.get(entity.id)
    refs = list(corpus.claims_by(entity.id))
    if record is not None:
        seen = {(ref.briefing.slug, ref.index) for ref in refs}
        refs += [ref for ref in record.claims if (ref.briefing.slug, ref.index) not in seen]
    return {
        "name": entity.name,
        "label": entity.label,
        "kind": strings.label(entity.label),
        "description": entity.description or "",
        "aliases": list(entity.aliases[:ALIASES]),
        "briefings": strings("preview.briefings", count=corpus.briefing_count(entity.id)),
        "claims": _claims(refs, corpus, strings),
    }


def source_preview(record: SourceRecord, corpus: Corpus, strings: Strings) -> Card:
    return {
        "name": record.source.name,
        "label": "",
        "kind": strings.word("kind", record.source.kind),
        "description": "",
        "aliases": [],
        "briefings": strings("preview.briefings", count=record.briefing_count),
        "claims": _claims(record.claims, corpus, strings),
    }


def shard_bytes(cards: dict[str, Card], strings: Strings) -> bytes:
    """A shard: its cards by page name, and the words every card shows."""
    words = {"aliases": strings("preview.aliases"), "latest": strings("preview.latest")}
    return json.dumps({"cards": cards, "words": words}, ensure_ascii=False, sort_keys=True).encode("utf-8")


def _keys(corpus: Corpus, scheme: UrlScheme, pages: set[str]) -> Iterator[tuple[Key, str]]:
    """The entities and sources with a page among `pages`, in id order, and their pages."""
    for entity_id in corpus.entities:
        src_uri = scheme.entity(entity_id)
        if src_uri in pages:
            yield ("entity", entity_id), src_uri
    for source_id in corpus.sources:
        src_uri = scheme.source(source_id)
        if src_uri in pages:
            yield ("source", source_id), src_uri


def _make(key: Key, corpus: Corpus, strings: Strings) -> Card:
    kind, found_id = key
    if kind == "entity":
        return entity_preview(corpus.entities[found_id], corpus, strings)
    return source_preview(corpus.sources[found_id], corpus, strings)


def preview_files(
    corpus: Corpus, scheme: UrlScheme, strings: Strings, *, pages: set[str]
) -> list[tuple[str, bytes]]:
    """(src_uri, JSON) of the shards that hold the card of every entity and source page among
    `pages`, in `src_uri` order."""
    shards: dict[str, dict[str, Card]] = {}
    for key, src_uri in _keys(corpus, scheme, pages):
        shard, name = card_address(src_uri)
        shards.setdefault(shard, {})[name] = _make(key, corpus, strings)
    return [(shard, shard_bytes(shards[shard], strings)) for shard in sorted(shards)]


def _same_cards(before: dict[str, Card] | None, now: dict[str, Card]) -> bool:
    return before is not None and before.keys() == now.keys() and all(before[n] is now[n] for n in now)


class Previews:
    """The previews of the last build, kept across `mkdocs serve` rebuilds: a rebuild makes
    again only the cards of the entities and sources a changed briefing names, before or after
    the edit (its mentions, its claims' sources and the entities they are), and only the shards
    that hold them. Nothing else a card shows can change: an entity's name and description, its
    briefing count and its latest claims come from the briefings that name it, and the order of
    the others' claims (newest briefing first) stays as it was. Anything else that differs (the
    URL scheme, the words) makes them all again."""

    def __init__(self) -> None:
        self._context: tuple[object, ...] | None = None
        self._corpus: Corpus | None = None
        self._fingerprints: dict[str, str] = {}
        self._pages: set[str] = set()
        self._where: dict[Key, tuple[str, str]] = {}  # key -> (shard, name)
        self._shards: dict[str, dict[str, Card]] = {}
        self._bytes: dict[str, bytes] = {}

    def files(
        self,
        corpus: Corpus,
        fingerprints: dict[str, str],
        scheme: UrlScheme,
        strings: Strings,
        *,
        pages: set[str],
    ) -> list[tuple[str, bytes]]:
        """`preview_files`, with the cards and shards of the last call where no changed
        briefing names their entity or source."""
        context = (scheme, (strings.language, strings.locale, strings.digest or id(strings)))
        again = self._touched(corpus, fingerprints) if context == self._context else None
        if again is not None and pages == self._pages:
            # the same pages: the same entities and sources with a page, so the same shards;
            # only the cards of what an edit names are made again, and their shards
            changed: set[str] = set()
            for touched in sorted(again):
                for key in (("entity", touched), ("source", touched)):
                    where = self._where.get(key)
                    if where is not None:
                        self._shards[where[0]][where[1]] = _make(key, corpus, strings)
                        changed.add(where[0])
            for shard in changed:
                self._bytes[shard] = shard_bytes(self._shards[shard], strings)
        else:
            addresses: dict[Key, tuple[str, str]] = {}
            shards: dict[str, dict[str, Card]] = {}
            for key, src_uri in _keys(corpus, scheme, pages):
                last = self._where.get(key) if again is not None and key[1] not in again else None
                card = self._shards[last[0]][last[1]] if last is not None else _make(key, corpus, strings)
                addresses[key] = address = card_address(src_uri)
                shards.setdefault(address[0], {})[address[1]] = card
            # a shard whose cards are all the last build's keeps its bytes
            before, kept = self._shards, self._bytes
            self._bytes = {
                shard: kept[shard]
                if again is not None and _same_cards(before.get(shard), held)
                else shard_bytes(held, strings)
                for shard, held in shards.items()
            }
            self._context, self._pages = context, pages
            self._where, self._shards = addresses, shards
        self._corpus, self._fingerprints = corpus, fingerprints
        return [(shard, self._bytes[shard]) for shard in sorted(self._bytes)]

    def _touched(self, corpus: Corpus, fingerprints: dict[str, str]) -> set[str] | None:
        """The entity and source ids the briefings changed since the last call name, before
        and now; None: every one (no last call)."""
        before = self._corpus
        if before is None:
            return None
        known = self._fingerprints
        touched: set[str] = set()
        for slug in known.keys() | fingerprints.keys():
            if known.get(slug) == fingerprints.get(slug):
                continue
            for found in (before, corpus):
                briefing = found.briefing_or_none(slug)
                if briefing is None:
                    continue
                annotation = briefing.annotation
                touched.update(mention.id for mention in annotation.mentions)
                for claim in annotation.claims:
                    touched.add(claim.source.id)
                    if claim.source.entity_id:
                        touched.add(claim.source.entity_id)
        return touched
