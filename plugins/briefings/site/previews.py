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
