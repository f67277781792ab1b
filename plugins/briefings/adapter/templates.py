"""The theme's templates compiled once, not on every build.

MkDocs makes a new Jinja environment for every build, and `mkdocs serve` for every rebuild, so
Material's ~40 templates were compiled again each time (about 1 s of a rebuild). Jinja's
bytecode cache keeps the compiled code: in memory across `mkdocs serve` rebuilds, and signed
under the cache folder across builds. Jinja checks each entry against the template's source; the key also
holds the environment's compile settings, so a change of extensions or delimiters compiles again.
"""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Callable
from pathlib import Path

import jinja2
from jinja2.bccache import Bucket, BytecodeCache
from mkdocs.theme import Theme

from ..cache import CorruptEntry, read_entry
from ..cache.entry import EntryWriter, inner_folder
from ..cache.pages import signing_key


class TemplateBytecode(BytecodeCache):
    """Compiled templates by key, in memory, and in `folder` when there is one.

    Compiled code is run when loaded, so entries on disk are signed with the page cache's key
    (kept outside the cache folder): code someone else put into the cache is not run, and the
    template is compiled again instead."""

    def __init__(self, folder: Path | None) -> None:
        self.folder = folder
        self.memory: dict[str, bytes] = {}
        self.secret = signing_key() if folder is not None else None
        self.writer = EntryWriter()

    def get_bucket(
        self, environment: jinja2.Environment, name: str, filename: str | None, source: str
    ) -> Bucket:
        key = hashlib.sha256(
            f"{self.get_cache_key(name, filename)}\0{_compile_settings(environment)}".encode()
        ).hexdigest()
        bucket = Bucket(environment, key, self.get_source_checksum(source))
        self.load_bytecode(bucket)
        return bucket

    def load_bytecode(self, bucket: Bucket) -> None:
        data = self.memory.get(bucket.key)
        if data is None and self.folder is not None and inner_folder(self.folder):
            try:
                body = read_entry(self._path(bucket), _entry_key(bucket), secret=self.secret)
            except (OSError, ValueError, CorruptEntry):  # damaged or not ours: compile again
                body = None
            if body is not None:
                data = base64.b64decode(body)
        if data is not None:
            bucket.bytecode_from_string(data)  # Jinja checks its own header and the source's checksum
            if bucket.code is not None:
                self.memory[bucket.key] = data

    def dump_bytecode(self, bucket: Bucket) -> None:
        data = bucket.bytecode_to_string()
        self.memory[bucket.key] = data
        if self.folder is not None and inner_folder(self.folder):
            body = base64.b64encode(data).decode("ascii")
            self.writer.write(self._path(bucket), _entry_key(bucket), body, secret=self.secret)

    def _path(self, bucket: Bucket) -> Path:
        assert self.folder is not None
        return self.folder / f"{bucket.key}.jinja"


def compile_once(theme: Theme, bytecode: Callable[[], BytecodeCache | None]) -> None:
    """Every Jinja environment `theme` makes from now on gets `bytecode()` as its bytecode
    cache, when it has none: not only the build's own (`on_env`), but those other plugins make
    before it. Material's search plugin makes three on every build, each compiling the theme's
    language partial again (~0.1 s of a `make serve` rebuild)."""
    make = theme.get_env
    if getattr(make, "compiles_once", False):
        return

    def get_env() -> jinja2.Environment:
        env = make()
        cache = bytecode()
        if cache is not None and env.bytecode_cache is None:
            env.bytecode_cache = cache
        return env

    get_env.compiles_once = True  # type: ignore[attr-defined]
    theme.get_env = get_env  # type: ignore[method-assign]


def _entry_key(bucket: Bucket) -> str:
    return f"{bucket.key}:{bucket.checksum}"


def _compile_settings(environment: jinja2.Environment) -> str:
    """What Jinja's compiled code depends on besides the template's source."""
    autoescape = environment.autoescape
    return repr(
        (
            jinja2.__version__,
            sorted(environment.extensions),
            autoescape if isinstance(autoescape, bool) else getattr(autoescape, "__qualname__", "callable"),
            environment.optimized,
            environment.block_start_string,
            environment.block_end_string,
            environment.variable_start_string,
            environment.variable_end_string,
            environment.comment_start_string,
            environment.comment_end_string,
            environment.line_statement_prefix,
            environment.line_comment_prefix,
            environment.trim_blocks,
            environment.lstrip_blocks,
            environment.newline_sequence,
            environment.keep_trailing_newline,
            environment.finalize is not None,
            environment.is_async,
        )
    )
