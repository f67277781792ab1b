"""The seed and annotation caches: one JSON file per seed for its annotation, keyed by a
digest of everything the machine annotation depends on (a warm build never loads spaCy), and
one per seed file for the seed as read and cleaned (a warm build never parses a seed again)."""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Iterable, Sequence
from dataclasses import asdict
from importlib import metadata
from pathlib import Path
from typing import Any

from ..model import Annotation, Article, Block, Claim, Entity, EntityMention, InlineMark, RelatedLink, Source
from ..seeds import parse_seed, read_seed_bytes
from ..text import display_path
from .entry import CorruptEntry, code_digest, read_entry, write_entry

log = logging.getLogger("mkdocs.plugins.briefings")

#: Bump when the layout of a cache file changes.
CACHE_FORMAT = 3


def model_version(model: str) -> str:
    """The installed version of a spaCy model package, read without importing spaCy."""
    try:
        return metadata.version(model)
    except metadata.PackageNotFoundError:
        return "not-installed"


def annotation_key(article: Article, *, model: str, kb_digest: str) -> str:
    """Everything the machine annotation of `article` depends on. Overlays are applied after the
    cache (an analyst's correction never needs spaCy), so they are not part of the key."""
    parts = [
        f"format={CACHE_FORMAT}",
        f"code={code_digest()}",
        f"model={model}=={model_version(model)}",
        f"kb={kb_digest}",
        f"text={hashlib.sha256(article.text.encode()).hexdigest()}",
        f"date={article.date}",  # relative dates resolve against it
        f"credits={json.dumps(article.credits, ensure_ascii=False)}",  # briefing-level sources
        f"language={article.language}",
    ]
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()


class AnnotationCache:
    """Annotations stored as `<folder>/<slug>.json`; an entry is trusted only when its key and
    checksum match."""

    def __init__(self, folder: Path):
        self.folder = folder
        # by key, kept as long as this object (across `mkdocs serve` rebuilds); never mutated
        self._memory: dict[tuple[str, str], Annotation] = {}

    def load(self, slug: str, key: str) -> Annotation | None:
        if (slug, key) in self._memory:
            return self._memory[slug, key]
        annotation = self._load(slug, key)
        if annotation is not None:
            self._memory[slug, key] = annotation
        return annotation

    def _load(self, slug: str, key: str) -> Annotation | None:
        path = self.folder / f"{slug}.json"
        try:
            body = read_entry(path, key)
            return annotation_from_dict(json.loads(body)) if body is not None else None
        except CorruptEntry:
            log.info("briefings: cache entry %s is corrupt; annotating again", path)
        except (OSError, ValueError):
            log.info("briefings: cache entry %s is unreadable; annotating again", path)
        except (KeyError, TypeError):
            log.info("briefings: cache entry %s does not fit this version; annotating again", path)
        return None

    def store(self, slug: str, key: str, annotation: Annotation) -> None:
        self._memory[slug, key] = annotation
        body = json.dumps(annotation_to_dict(annotation), ensure_ascii=False, sort_keys=True)
        write_entry(self.folder / f"{slug}.json", key, body)

    def prune(self, slugs: set[str], keys: set[str]) -> None:
        """Forget seeds that no longer exist (deleted or renamed), and in memory keys not in `keys`."""
        self._memory = {entry: value for entry, value in self._memory.items() if entry[1] in keys}
        if not self.folder.is_dir():
            return
        for path in self.folder.glob("*.json"):
            if path.stem not in slugs:
                path.unlink(missing_ok=True)


class SeedCache:
    """Seeds as read and cleaned, stored as `<folder>/<digest of the path>.json` and keyed by the
    file's bytes and the reading settings. Seeds with errors are read again every time: their
    messages must stay exact, and they are few."""

    def __init__(self, folder: Path):
        self.folder = folder
        self._memory: dict[str, tuple[Article, list[str]]] = {}  # as AnnotationCache's
        self._seen: set[str] = set()

    def read(
        self,
        path: Path,
        *,
        root: Path | None = None,
        languages: Sequence[str] = ("fr",),
        warnings: list[str] | None = None,
        max_chars: int,
        follow_symlinks: bool = False,
    ) -> Article:
        """`seeds.read_seed`, from the cache when the file has not changed."""
        warnings = warnings if warnings is not None else []
        shown = display_path(path, root)
        raw = read_seed_bytes(path, shown, root=root, max_chars=max_chars, follow_symlinks=follow_symlinks)
        parts = [
            f"format={CACHE_FORMAT}",
            f"code={code_digest()}",
            f"path={shown}",
            f"languages={','.join(languages)}",
            f"max_chars={max_chars}",
            f"bytes={hashlib.sha256(raw).hexdigest()}",
        ]
        key = hashlib.sha256("\n".join(parts).encode()).hexdigest()
        self._seen.add(key)
        if key in self._memory:
            article, found = self._memory[key]
            warnings.extend(found)
            return article
        entry = self.folder / f"{_entry_name(shown)}.json"
        try:
            body = read_entry(entry, key)
            if body is not None:
                stored = json.loads(body)
                article, found = article_from_dict(stored["seed"]), list(stored["warnings"])
                self._memory[key] = (article, found)
                warnings.extend(found)
                return article
        except (CorruptEntry, OSError, ValueError, KeyError, TypeError):
            log.info("briefings: cache entry %s is unreadable; reading the seed again", entry)
        fresh: list[str] = []
        article = parse_seed(raw, path, shown, languages=languages, warnings=fresh, max_chars=max_chars)
        warnings.extend(fresh)
        self._memory[key] = (article, fresh)
        body = json.dumps({"seed": article_to_dict(article), "warnings": fresh}, ensure_ascii=False)
        write_entry(entry, key, body)
        return article

    def prune(self, paths: Iterable[Path], root: Path | None) -> None:
        """Forget seed files that no longer exist (deleted or renamed), and in memory what the
        reads since the last prune did not see."""
        self._memory = {key: value for key, value in self._memory.items() if key in self._seen}
        self._seen = set()
        if not self.folder.is_dir():
            return
        kept = {_entry_name(display_path(p, root)) for p in paths}
        for entry in self.folder.glob("*.json"):
            if entry.stem not in kept:
                entry.unlink(missing_ok=True)


def _entry_name(shown: str) -> str:
    """A seed's cache file name: a digest of its path (paths may hold any character)."""
    return hashlib.sha256(shown.encode()).hexdigest()[:32]


def article_to_dict(article: Article) -> dict[str, Any]:
    return asdict(article)


def article_from_dict(body: dict[str, Any]) -> Article:
    fields = dict(body)
    fields["blocks"] = [Block(**block) for block in body["blocks"]]
    fields["marks"] = [InlineMark(**mark) for mark in body["marks"]]
    fields["related"] = [RelatedLink(**link) for link in body["related"]]
    return Article(**fields)


def annotation_to_dict(annotation: Annotation) -> dict[str, Any]:
    return {
        "mentions": [asdict(mention) for mention in annotation.mentions],
        "sentences": [list(sentence) for sentence in annotation.sentences],
        "entities": {key: asdict(entity) for key, entity in annotation.entities.items()},
        "claims": [asdict(claim) for claim in annotation.claims],
        "sources": [asdict(source) for source in annotation.sources],
    }


def annotation_from_dict(body: dict[str, Any]) -> Annotation:

    claims = []
    for claim in body["claims"]:
        fields = dict(claim)
        fields["source"] = Source(**fields["source"])
        for name in ("hedges", "hedge_kinds", "reasons", "corroborated_by", "contradicted_by"):
            fields[name] = tuple(fields.get(name) or ())
        claims.append(Claim(**fields))
    return Annotation(
        mentions=[EntityMention(**mention) for mention in body["mentions"]],
        sentences=[(start, end) for start, end in body["sentences"]],
        entities={key: Entity(**entity) for key, entity in body["entities"].items()},
        claims=claims,
        sources=[Source(**source) for source in body["sources"]],
    )
