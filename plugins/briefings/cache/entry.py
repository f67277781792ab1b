"""One cache entry format: a header line (key, checksum of the body), then the body, as text."""

from __future__ import annotations

import hashlib
import json
from functools import cache
from importlib import resources
from pathlib import Path

from .. import __version__


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


class CorruptEntry(Exception):
    """A cache file whose body does not match its checksum."""


def write_entry(path: Path, key: str, body: str) -> None:
    """A cache file: a header line (the key, a checksum of the body), then the body, as text.
    The key is checked before the body is even parsed, and the checksum is of the text read,
    never of a value serialised again."""
    header = json.dumps({"key": key, "checksum": _checksum(body)})
    path.parent.mkdir(parents=True, exist_ok=True)
    # written in place: half a file (a build killed while writing) fails its checksum and is
    # made again, so no temporary file and rename for each of thousands of entries
    path.write_text(header + "\n" + body, encoding="utf-8")


def read_entry(path: Path, key: str) -> str | None:
    """The body of a cache file written by `write_entry`; None when absent or stale (another key).
    Raises `CorruptEntry` when the body is not what was written, OSError or ValueError when the
    file cannot be read."""
    try:
        text = path.read_text("utf-8")
    except FileNotFoundError:
        return None
    header, newline, body = text.partition("\n")
    stored = json.loads(header)
    if not newline or not isinstance(stored, dict):
        raise ValueError("no header")
    if stored.get("key") != key:
        return None  # stale: the seed, the model, the knowledge base or the code changed
    if stored.get("checksum") != _checksum(body):
        raise CorruptEntry(str(path))
    return body


def _checksum(body: str) -> str:
    return hashlib.sha256(body.encode()).hexdigest()
