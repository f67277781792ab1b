"""The annotation cache: one JSON file per seed under `.cache/briefings/`, keyed by a digest of
everything the machine annotation depends on. A warm build never loads spaCy."""

from __future__ import annotations

import hashlib
import json
import logging
import os
import tempfile
from dataclasses import asdict
from functools import cache
from importlib import metadata, resources
from pathlib import Path
from typing import Any

from . import __version__
from .models import Annotation, Article, Entity, EntityMention

log = logging.getLogger("mkdocs.plugins.briefings")

#: Bump when the layout of a cache file changes.
CACHE_FORMAT = 2


@cache
def code_digest() -> str:
    """A digest of the package's code and data: any change to them invalidates the cache."""
    hasher = hashlib.sha256(__version__.encode())
    root = resources.files("briefings")
    stack = [root]
    files = []
    while stack:
        folder = stack.pop()
        for entry in folder.iterdir():
            if entry.is_dir() and entry.name not in ("templates", "assets", "__pycache__"):
                stack.append(entry)
            elif entry.name.endswith((".py", ".yml")):
                files.append(entry)
    for entry in sorted(files, key=lambda e: str(e)):
        hasher.update(str(entry).rsplit("briefings", 1)[-1].encode() + b"\0" + entry.read_bytes())
    return hasher.hexdigest()


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

    def load(self, slug: str, key: str) -> Annotation | None:
        path = self.folder / f"{slug}.json"
        try:
            stored = json.loads(path.read_text("utf-8"))
        except FileNotFoundError:
            return None
        except (OSError, ValueError):
            log.info("briefings: cache entry %s is unreadable; annotating again", path)
            return None
        if not isinstance(stored, dict) or stored.get("key") != key:
            return None  # stale: the seed, the model, the knowledge base or the code changed
        body = stored.get("annotation")
        if not isinstance(body, dict) or stored.get("checksum") != _checksum(body):
            log.info("briefings: cache entry %s is corrupt; annotating again", path)
            return None
        try:
            return annotation_from_dict(body)
        except (KeyError, TypeError, ValueError):
            log.info("briefings: cache entry %s does not fit this version; annotating again", path)
            return None

    def store(self, slug: str, key: str, annotation: Annotation) -> None:
        body = annotation_to_dict(annotation)
        payload = {"key": key, "checksum": _checksum(body), "annotation": body}
        self.folder.mkdir(parents=True, exist_ok=True)
        # write then rename: a build killed halfway never leaves half a file behind
        handle, temporary = tempfile.mkstemp(dir=self.folder, prefix=f".{slug}.", suffix=".tmp")
        with os.fdopen(handle, "w", encoding="utf-8") as file:
            json.dump(payload, file, ensure_ascii=False, sort_keys=True)
        os.replace(temporary, self.folder / f"{slug}.json")

    def prune(self, slugs: set[str]) -> None:
        """Forget seeds that no longer exist (deleted or renamed)."""
        if not self.folder.is_dir():
            return
        for path in self.folder.glob("*.json"):
            if path.stem not in slugs:
                path.unlink(missing_ok=True)


def _checksum(body: Any) -> str:
    return hashlib.sha256(json.dumps(body, ensure_ascii=False, sort_keys=True).encode()).hexdigest()


def annotation_to_dict(annotation: Annotation) -> dict[str, Any]:
    return {
        "mentions": [asdict(mention) for mention in annotation.mentions],
        "sentences": [list(sentence) for sentence in annotation.sentences],
        "entities": {key: asdict(entity) for key, entity in annotation.entities.items()},
        "claims": [asdict(claim) for claim in annotation.claims],
        "sources": [asdict(source) for source in annotation.sources],
    }


def annotation_from_dict(body: dict[str, Any]) -> Annotation:
    from .sourcing.models import Claim, Source

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
