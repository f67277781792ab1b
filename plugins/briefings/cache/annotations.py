"""The seed and annotation caches: one JSON file per seed for its annotation, keyed by a
digest of everything the machine annotation depends on (a warm build never loads spaCy), and
one per seed file for the seed as read and cleaned (a warm build never parses a seed again)."""

from __future__ import annotations

import functools
import hashlib
import json
import logging
import os
import stat
import types
import typing
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, fields, is_dataclass
from importlib import metadata
from pathlib import Path
from typing import Any, TypeVar

from ..i18n import say
from ..model import (
    Annotation,
    Article,
    Block,
    Claim,
    Entity,
    EntityMention,
    InlineMark,
    InputError,
    Message,
    MessageValue,
    RelatedLink,
    Source,
    Word,
)
from ..seeds import SeedWarning, parse_seed, read_seed_bytes
from ..text import display_path
from .entry import CorruptEntry, EntryWriter, code_digest, inner_folder, read_entry, remove_entry

log = logging.getLogger("mkdocs.plugins.briefings")

#: Bump when the layout of a cache file changes.
CACHE_FORMAT = 4


@functools.cache  # read once per process: it is part of every seed's key
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
        f"code={code_digest(annotations=True)}",
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
        self._writer = EntryWriter()

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
        self._writer.write(self.folder / f"{slug}.json", key, body)

    def prune(self, slugs: set[str], keys: set[str]) -> None:
        """Forget seeds that no longer exist (deleted or renamed), and in memory keys not in `keys`."""
        self._memory = {entry: value for entry, value in self._memory.items() if entry[1] in keys}
        if not self.folder.is_dir():
            return
        for path in _entries(self.folder, "*.json"):
            if path.stem not in slugs:
                remove_entry(path)


class SeedCache:
    """Seeds as read and cleaned, stored as `<folder>/<digest of the path>.json` and keyed by the
    file's bytes and the reading settings. Seeds with errors are read again every time: their
    messages must stay exact, and they are few."""

    def __init__(self, folder: Path):
        self.folder = folder
        self._memory: dict[str, tuple[Article, list[InputError]]] = {}  # as AnnotationCache's
        self._seen: set[str] = set()
        #: the key of what a file held when it had this stamp (see `_stamp`): under `mkdocs serve`,
        #: a seed whose file did not change is not read and hashed again
        self._stamped: dict[tuple[object, ...], str] = {}
        self._writer = EntryWriter()

    def read(
        self,
        path: Path,
        *,
        root: Path | None = None,
        languages: Sequence[str] = ("fr",),
        warnings: list[InputError] | None = None,
        max_chars: int,
        follow_symlinks: bool = False,
    ) -> Article:
        """`seeds.read_seed`, from the cache when the file has not changed."""
        warnings = warnings if warnings is not None else []
        shown = display_path(path, root)
        stamp = _stamp(path, shown, tuple(languages), max_chars, follow_symlinks)
        known = self._stamped.get(stamp) if stamp is not None else None
        if known is not None and known in self._memory:
            self._seen.add(known)
            article, found = self._memory[known]
            warnings.extend(found)
            return article
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
        if stamp is not None:
            self._stamped[stamp] = key
        if key in self._memory:
            article, found = self._memory[key]
            warnings.extend(found)
            return article
        entry = self.folder / f"{_entry_name(shown)}.json"
        usable = inner_folder(self.folder)
        try:
            body = read_entry(entry, key) if usable else None
            if body is not None:
                stored = json.loads(body)
                article = article_from_dict(stored["seed"])
                found = [_warning_from_dict(warning) for warning in stored["warnings"]]
                self._memory[key] = (article, found)
                warnings.extend(found)
                return article
        except (CorruptEntry, OSError, ValueError, KeyError, TypeError):
            log.info("briefings: cache entry %s is unreadable; reading the seed again", entry)
        fresh: list[InputError] = []
        article = parse_seed(raw, path, shown, languages=languages, warnings=fresh, max_chars=max_chars)
        warnings.extend(fresh)
        self._memory[key] = (article, fresh)
        content = {"seed": article_to_dict(article), "warnings": [_warning_to_dict(w) for w in fresh]}
        body = json.dumps(content, ensure_ascii=False)
        if usable:
            self._writer.write(entry, key, body)
        return article

    def prune(self, paths: Iterable[Path], root: Path | None) -> None:
        """Forget seed files that no longer exist (deleted or renamed), and in memory what the
        reads since the last prune did not see."""
        self._memory = {key: value for key, value in self._memory.items() if key in self._seen}
        self._stamped = {stamp: key for stamp, key in self._stamped.items() if key in self._memory}
        self._seen = set()
        if not self.folder.is_dir() or not inner_folder(self.folder):
            return
        kept = {_entry_name(display_path(p, root)) for p in paths}
        for entry in _entries(self.folder, "*.json"):
            if entry.stem not in kept:
                remove_entry(entry)


def _stamp(path: Path, *settings: object) -> tuple[object, ...] | None:
    """What the file system says of a seed file (and of the file a link leads to) without
    reading it, with the reading settings: equal stamps, equal bytes. None when it cannot say."""
    try:
        found = [os.lstat(path)]
        if stat.S_ISLNK(found[0].st_mode):
            found.append(os.stat(path))
    except OSError:
        return None
    return (
        *settings,
        code_digest(),
        *((i.st_mode, i.st_dev, i.st_ino, i.st_size, i.st_mtime_ns, i.st_ctime_ns) for i in found),
    )


def _entries(folder: Path, pattern: str) -> list[Path]:
    """The cache files in `folder`; none when it cannot be listed."""
    try:
        return list(folder.glob(pattern))
    except OSError:
        return []


def _entry_name(shown: str) -> str:
    """A seed's cache file name: a digest of its path (paths may hold any character)."""
    return hashlib.sha256(shown.encode()).hexdigest()[:32]


T = TypeVar("T")


def checked(value: T) -> T:
    """`value`, a dataclass read from the cache, once every field holds what its type says (a
    cache file is read as data, never trusted: an edited one must not put a list where the
    renderer expects text). Raises TypeError."""
    if not _checker(type(value))(value):
        raise TypeError(f"a cached {type(value).__name__} does not have the types it declares")
    return value


Check = Callable[[Any], bool]

#: A check for each type met: a warm build checks every cached seed, ~1 000 values each, and
#: reading a type's hints for every value was most of the time it took to load the cache.
_CHECKS: dict[Any, Check] = {}


def _checker(kind: Any) -> Check:
    """The check that a value fits `kind`: the type's form is read once, not for each value."""
    try:
        return _CHECKS[kind]
    except KeyError:
        pass
    except TypeError:  # an unhashable form: checked, not kept
        return _new_checker(kind)
    _CHECKS[kind] = lambda value: _CHECKS[kind](value)  # a type that holds itself, meanwhile
    check = _CHECKS[kind] = _new_checker(kind)
    return check


def _new_checker(kind: Any) -> Check:
    if kind is Any:
        return lambda value: True
    origin = typing.get_origin(kind)
    arguments = typing.get_args(kind)
    if origin is typing.Union or origin is types.UnionType:
        options = [_checker(argument) for argument in arguments]
        return lambda value: any(check(value) for check in options)
    if origin is typing.Literal:
        return lambda value: value in arguments
    if origin is dict:
        key, item = _checker(arguments[0]), _checker(arguments[1])
        return lambda value: isinstance(value, dict) and all(key(k) and item(v) for k, v in value.items())
    if origin is tuple and not (len(arguments) == 2 and arguments[1] is Ellipsis):
        each = [_checker(argument) for argument in arguments]
        return lambda value: (
            isinstance(value, tuple) and len(value) == len(each) and all(map(_call, each, value))
        )
    if origin in (list, tuple):
        item = _checker(arguments[0])
        return lambda value: isinstance(value, origin) and all(map(item, value))
    if kind is type(None):
        return lambda value: value is None
    if kind is float:
        return lambda value: isinstance(value, int | float) and not isinstance(value, bool)
    if kind is int:
        return lambda value: isinstance(value, int) and not isinstance(value, bool)
    if isinstance(kind, type) and is_dataclass(kind):
        hints = typing.get_type_hints(kind)
        named = [(f.name, _checker(hints[f.name])) for f in fields(kind)]
        return lambda value: (
            isinstance(value, kind) and all(check(getattr(value, name)) for name, check in named)
        )
    if isinstance(kind, type):
        return lambda value: isinstance(value, kind)
    return lambda value: True  # a type alias or a Protocol: not checked


def _call(check: Check, value: Any) -> bool:
    return check(value)


def article_to_dict(article: Article) -> dict[str, Any]:
    return asdict(article)


def article_from_dict(body: dict[str, Any]) -> Article:
    values = dict(body)
    values["blocks"] = [Block(**block) for block in body["blocks"]]
    values["marks"] = [InlineMark(**mark) for mark in body["marks"]]
    values["related"] = [RelatedLink(**link) for link in body["related"]]
    return checked(Article(**values))


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
        values = dict(claim)
        values["source"] = Source(**values["source"])
        for name in ("hedges", "hedge_kinds", "reasons", "corroborated_by", "contradicted_by"):
            values[name] = tuple(values.get(name) or ())
        claims.append(Claim(**values))
    return checked(
        Annotation(
            mentions=[EntityMention(**mention) for mention in body["mentions"]],
            sentences=[(start, end) for start, end in body["sentences"]],
            entities={key: Entity(**entity) for key, entity in body["entities"].items()},
            claims=claims,
            sources=[Source(**source) for source in body["sources"]],
        )
    )


def _warning_to_dict(warning: InputError) -> dict[str, Any]:
    hint = _message_to_json(warning.hint) if warning.hint is not None else None
    return {
        "path": warning.path,
        "line": warning.line,
        "message": _message_to_json(warning.message),
        "hint": hint,
    }


def _warning_from_dict(data: dict[str, Any]) -> SeedWarning:
    hint = _message_from_json(data["hint"]) if data["hint"] is not None else None
    return SeedWarning(data["path"], _message_from_json(data["message"]), line=data["line"], hint=hint)


def _message_to_json(value: MessageValue) -> Any:
    """A message's key and values as JSON: `{"key", "values"}`, `{"word": [table, key]}`,
    `{"any": [...]}` for a tuple; text and numbers as they are."""
    if isinstance(value, Message):
        return {"key": value.key, "values": {name: _message_to_json(item) for name, item in value.values}}
    if isinstance(value, Word):
        return {"word": [value.table, value.key]}
    if isinstance(value, tuple):
        return {"any": [_message_to_json(item) for item in value]}
    return value


def _message_from_json(data: Any) -> Any:
    if isinstance(data, dict) and "key" in data:
        return say(data["key"], **{name: _message_from_json(item) for name, item in data["values"].items()})
    if isinstance(data, dict) and "word" in data:
        return Word(*data["word"])
    if isinstance(data, dict):
        return tuple(_message_from_json(item) for item in data["any"])
    return data
