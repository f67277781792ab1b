"""Hover previews: one small static JSON file per entity and per source page, read by the
page's script when a reader hovers, focuses or taps a link to it (no server needed)."""

from __future__ import annotations

import json
from collections.abc import Iterator

from ..corpus import ClaimRef, Corpus, SourceRecord
from ..i18n import Strings
from ..model import Entity, grade_level
from .urls import UrlScheme

#: Claims shown on a card, newest briefing first.
LATEST_CLAIMS = 3
ALIASES = 5


def preview_uri(page_src_uri: str, *, use_directory_urls: bool = True) -> str:
    """Where the preview of the page at `page_src_uri` lives: next to the page, as the script
    finds it from a link's address (`x/` → `x/preview.json`, `x.html` → `x.preview.json`)."""
    stem = page_src_uri[: -len(".md")]
    return f"{stem}/preview.json" if use_directory_urls else f"{stem}.preview.json"


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


def _card(strings: Strings, **fields: object) -> bytes:
    words = {"aliases": strings("preview.aliases"), "latest": strings("preview.latest")}
    return json.dumps({**fields, "words": words}, ensure_ascii=False, sort_keys=True).encode("utf-8")


def entity_preview(entity: Entity, corpus: Corpus, strings: Strings) -> bytes:
    record = corpus.sources.get(entity.id)
    refs = list(corpus.claims_by(entity.id))
    if record is not None:
        seen = {(ref.briefing.slug, ref.index) for ref in refs}
        refs += [ref for ref in record.claims if (ref.briefing.slug, ref.index) not in seen]
    return _card(
        strings,
        name=entity.name,
        label=entity.label,
        kind=strings.label(entity.label),
        description=entity.description or "",
        aliases=list(entity.aliases[:ALIASES]),
        briefings=strings("preview.briefings", count=corpus.briefing_count(entity.id)),
        claims=_claims(refs, corpus, strings),
    )


def source_preview(record: SourceRecord, corpus: Corpus, strings: Strings) -> bytes:
    return _card(
        strings,
        name=record.source.name,
        label="",
        kind=strings.word("kind", record.source.kind),
        description="",
        aliases=[],
        briefings=strings("preview.briefings", count=record.briefing_count),
        claims=_claims(record.claims, corpus, strings),
    )


def preview_files(
    corpus: Corpus, scheme: UrlScheme, strings: Strings, *, pages: set[str], use_directory_urls: bool
) -> Iterator[tuple[str, bytes]]:
    """(src_uri, JSON) of the preview of every entity and source page among `pages`."""
    for entity_id, entity in corpus.entities.items():
        src_uri = scheme.entity(entity_id)
        if src_uri in pages:
            yield (
                preview_uri(src_uri, use_directory_urls=use_directory_urls),
                entity_preview(entity, corpus, strings),
            )
    for source_id, record in corpus.sources.items():
        src_uri = scheme.source(source_id)
        if src_uri in pages:
            yield (
                preview_uri(src_uri, use_directory_urls=use_directory_urls),
                source_preview(record, corpus, strings),
            )


class Previews:
    """The previews of the last build, kept across `mkdocs serve` rebuilds: a rebuild makes
    again only those of the entities and sources a changed briefing names, before or after the
    edit (its mentions, its claims' sources and the entities they are). Nothing else a preview
    shows can change: an entity's name and description, its briefing count and its latest
    claims come from the briefings that name it, and the order of the others' claims (newest
    briefing first) stays as it was. Anything else that differs (the URL scheme, the words, the
    folder layout) makes them all again."""

    def __init__(self) -> None:
        self._context: tuple[object, ...] | None = None
        self._corpus: Corpus | None = None
        self._fingerprints: dict[str, str] = {}
        self._made: dict[tuple[str, str], bytes] = {}  # ("entity" or "source", id) -> preview
        #: the last call's pages and files, and where each preview is among the files
        self._pages: set[str] = set()
        self._found: list[tuple[str, bytes]] = []
        self._at: dict[tuple[str, str], int] = {}

    def files(
        self,
        corpus: Corpus,
        fingerprints: dict[str, str],
        scheme: UrlScheme,
        strings: Strings,
        *,
        pages: set[str],
        use_directory_urls: bool,
    ) -> list[tuple[str, bytes]]:
        """`preview_files`, with the previews of the last call where no changed briefing names
        their entity or source."""
        words = (strings.language, strings.locale, strings.digest or id(strings))
        context = (scheme, words, use_directory_urls)
        again = self._touched(corpus, fingerprints) if context == self._context else None
        if again is not None and pages == self._pages:
            # the same pages: the same entities and sources with a page (both in id order), so
            # the same files in the same order; only the previews of what an edit names are
            # made again, in their place
            found = list(self._found)
            for touched in sorted(again):
                for key in (("entity", touched), ("source", touched)):
                    index = self._at.get(key)
                    if index is not None:
                        preview = self._made[key] = self._make(key, corpus, strings)
                        found[index] = (found[index][0], preview)
            self._corpus, self._fingerprints, self._found = corpus, fingerprints, found
            return found
        kept = self._made
        made: dict[tuple[str, str], bytes] = {}
        found = []
        at: dict[tuple[str, str], int] = {}
        for key, src_uri in [
            *((("entity", entity_id), scheme.entity(entity_id)) for entity_id in corpus.entities),
            *((("source", source_id), scheme.source(source_id)) for source_id in corpus.sources),
        ]:
            if src_uri not in pages:
                continue
            content = kept.get(key) if again is not None and key[1] not in again else None
            if content is None:
                content = self._make(key, corpus, strings)
            made[key] = content
            at[key] = len(found)
            found.append((preview_uri(src_uri, use_directory_urls=use_directory_urls), content))
        self._context, self._corpus, self._fingerprints, self._made = context, corpus, fingerprints, made
        self._pages, self._found, self._at = pages, found, at
        return found

    @staticmethod
    def _make(key: tuple[str, str], corpus: Corpus, strings: Strings) -> bytes:
        kind, found_id = key
        if kind == "entity":
            return entity_preview(corpus.entities[found_id], corpus, strings)
        return source_preview(corpus.sources[found_id], corpus, strings)

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
