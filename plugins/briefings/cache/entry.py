"""One cache entry format: a header line (key, checksum of the body), then the body, as text."""

from __future__ import annotations

import errno
import hashlib
import hmac
import json
import logging
import os
import stat
from functools import cache
from importlib import resources
from pathlib import Path

from .. import __version__

log = logging.getLogger("mkdocs.plugins.briefings")

# A cache entry is opened by its own name, never through a symbolic link: whoever can write into
# the cache must not make a build read or overwrite another file.
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
_READ_FLAGS = os.O_RDONLY | os.O_NONBLOCK | _NOFOLLOW
_WRITE_FLAGS = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | _NOFOLLOW


#: The stages above `annotate` that only read annotations (the layers in `.importlinter`): a
#: change to how pages look must not make a site of thousands of seeds go through spaCy again.
READERS_OF_ANNOTATIONS = ("adapter", "site", "corpus", "overlay", "render.py", "plugin.py", "cli.py")


@cache
def code_digest(*, annotations: bool = False) -> str:
    """A digest of the package's code and data: any change to them invalidates the cache. With
    `annotations`, of what a seed's annotation depends on: not the stages that only read it."""
    hasher = hashlib.sha256(__version__.encode())
    root = resources.files("briefings")
    stack = [(root, True)]
    files = []
    skipped = ("templates", "assets") + (READERS_OF_ANNOTATIONS if annotations else ())
    while stack:
        folder, top = stack.pop()
        for entry in folder.iterdir():
            if entry.name == "__pycache__" or (top and entry.name in skipped):
                continue
            if entry.is_dir():
                stack.append((entry, False))
            elif entry.name.endswith((".py", ".yml")):
                files.append(entry)
    for entry in sorted(files, key=lambda e: str(e)):
        hasher.update(str(entry).rsplit("briefings", 1)[-1].encode() + b"\0" + entry.read_bytes())
    return hasher.hexdigest()


class CorruptEntry(Exception):
    """A cache file whose body does not match its checksum."""


def write_entry(path: Path, key: str, body: str, *, secret: bytes | None = None) -> None:
    """A cache file: a header line (the key, a checksum of the body), then the body, as text.
    The key is checked before the body is even parsed, and the checksum is of the text read,
    never of a value serialised again. With `secret`, the checksum is an HMAC of the key and the
    body: an entry someone else wrote (with a checksum they computed) is not read back.
    Raises OSError when it cannot be written, a symbolic link in the way included."""
    header = json.dumps({"key": key, "checksum": _checksum(key, body, secret)})
    path.parent.mkdir(parents=True, exist_ok=True)
    # written in place: half a file (a build killed while writing) fails its checksum and is
    # made again, so no temporary file and rename for each of thousands of entries
    descriptor = os.open(path, _WRITE_FLAGS, 0o644)
    with os.fdopen(descriptor, "wb") as file:
        file.write((header + "\n" + body).encode("utf-8", "surrogatepass"))


def read_entry(path: Path, key: str, *, secret: bytes | None = None) -> str | None:
    """The body of a cache file written by `write_entry`; None when absent or stale (another key).
    Raises `CorruptEntry` when the body is not what was written (or not signed with `secret`),
    OSError or ValueError when the file cannot be read (a symbolic link, a folder)."""
    try:
        descriptor = os.open(path, _READ_FLAGS)
    except FileNotFoundError:
        return None
    with os.fdopen(descriptor, "rb") as file:
        if not stat.S_ISREG(os.fstat(file.fileno()).st_mode):
            raise OSError(errno.EINVAL, "not a regular file", str(path))
        text = file.read().decode("utf-8", "surrogatepass")
    header, newline, body = text.partition("\n")
    stored = json.loads(header)
    if not newline or not isinstance(stored, dict):
        raise ValueError("no header")
    if stored.get("key") != key:
        return None  # stale: the seed, the model, the knowledge base or the code changed
    if not hmac.compare_digest(str(stored.get("checksum")), _checksum(key, body, secret)):
        raise CorruptEntry(str(path))
    return body


def remove_entry(path: Path) -> None:
    """Delete a cache file that is no longer needed; what cannot be deleted is left."""
    try:
        if not path.is_symlink() and path.is_dir():
            return
        path.unlink(missing_ok=True)
    except OSError as error:
        log.debug("briefings: cache entry %s cannot be removed (%s)", path, error.strerror)


class EntryWriter:
    """Writes the entries of one cache until one cannot be written (a read-only or full disk, a
    folder or a link where the file should be): then says so once, and the build goes on
    without writing to that cache."""

    def __init__(self) -> None:
        self.failed = False

    def write(self, path: Path, key: str, body: str, *, secret: bytes | None = None) -> None:
        if self.failed:
            return
        try:
            write_entry(path, key, body, secret=secret)
        except OSError as error:
            self.failed = True
            log.warning(
                "briefings: cannot write the cache entry %s (%s); the build goes on without "
                "writing to this cache — check that the cache folder (`cache_dir`) is a writable "
                "folder with free space, or set `cache: false`",
                path,
                error.strerror or error,
            )


def inner_folder(folder: Path) -> bool:
    """True when a folder inside the cache (`seeds/`, `pages/`) is not a symbolic link: its
    entries are read, written and deleted only then. The cache folder itself is the project's
    setting, and may be a link."""
    if not folder.is_symlink():
        return True
    if folder not in _WARNED:
        _WARNED.add(folder)
        log.warning("briefings: %s is a symbolic link; the cache does not use it — remove it", folder)
    return False


_WARNED: set[Path] = set()


def _checksum(key: str, body: str, secret: bytes | None) -> str:
    data = body.encode("utf-8", "surrogatepass")
    if secret is None:
        return hashlib.sha256(data).hexdigest()
    return hmac.new(secret, key.encode() + b"\n" + data, hashlib.sha256).hexdigest()
