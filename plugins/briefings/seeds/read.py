"""Read seed files (plain text or Markdown with front matter) into clean `Article`s."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import stat
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..i18n import say
from ..model import Article, Block, InlineMark, InputError, Message
from ..text import SLUG_PATTERN, bounded_name, display_path, slugify
from .cleaning import Cleaned, clean, load_lexicon
from .errors import SeedError, SeedWarning
from .frontmatter import FrontMatter, split_front_matter
from .markdown import SAFE_URL_SCHEMES, read_markdown_body
from .segments import normalise_line, read_text_body

SEED_SUFFIXES = (".txt", ".md", ".markdown")
#: Longer seeds are refused: spaCy's memory grows with the length of a document.
MAX_SEED_CHARS = 300_000
#: Bytes a character may take in a seed file (UTF-8 takes up to 4): the size checked before a
#: seed is read, so that a huge file is refused without being read.
BYTES_PER_CHAR = 4
_BOMS = (
    ("utf-32", b"\xff\xfe\x00\x00"),
    ("utf-32", b"\x00\x00\xfe\xff"),
    ("utf-16", b"\xff\xfe"),
    ("utf-16", b"\xfe\xff"),
)
_OPEN_FLAGS = os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)


@dataclass
class SeedReport:
    """The outcome of reading a folder of seeds: what was read, what failed, what was odd."""

    articles: list[Article] = field(default_factory=list)
    errors: list[SeedError] = field(default_factory=list)
    warnings: list[InputError] = field(default_factory=list)
    complete: bool = False  # every seed of the folder, not a selection


def find_seeds(folder: Path) -> list[Path]:
    """Seed files under `folder`, sorted so that the output never depends on the file system.

    Hidden files and everything in hidden folders (`.git/`, an editor's `.backup/`) are left
    out. Whatever else has a seed's suffix is listed, a FIFO or a symbolic link too: reading it
    says why it is not a seed, rather than skipping it silently."""
    if not folder.is_dir():
        return []
    found: list[Path] = []
    for parent, folders, names in os.walk(folder):  # symbolic links to folders are not followed
        folders[:] = [name for name in folders if not name.startswith(".")]
        found.extend(
            Path(parent, name)
            for name in names
            if not name.startswith(".") and Path(name).suffix.lower() in SEED_SUFFIXES
        )
    return sorted(found)


def read_seeds(
    paths: Iterable[Path],
    *,
    root: Path | None = None,
    languages: Sequence[str] = ("fr",),
    max_chars: int = MAX_SEED_CHARS,
    reader: Callable[..., Article] | None = None,
    follow_symlinks: bool = False,
) -> SeedReport:
    """Read every seed with `reader` (`read_seed`'s signature; a cache's, say); one bad seed is
    reported and never stops the others."""
    reader = reader or read_seed
    report = SeedReport()
    by_slug: dict[str, Article] = {}
    for path in paths:
        warnings: list[InputError] = []
        try:
            article = reader(
                path,
                root=root,
                languages=languages,
                warnings=warnings,
                max_chars=max_chars,
                follow_symlinks=follow_symlinks,
            )
        except SeedError as error:
            report.errors.append(error)
            continue
        except Exception as error:  # noqa: BLE001 - one seed never stops the build, nor shows a traceback
            report.errors.append(
                SeedError(
                    display_path(path, root),
                    say("input.cannot_read", reason=f"{type(error).__name__}: {error}"),
                    hint=say("seed_errors.bug"),
                )
            )
            continue
        finally:
            report.warnings.extend(warnings)
        if article.slug in by_slug:
            first = by_slug[article.slug].source_path
            report.errors.append(
                SeedError(
                    article.source_path,
                    say("seed_errors.slug_taken", slug=article.slug, first=first),
                    hint=say("seed_errors.slug_taken_hint"),
                )
            )
            continue
        by_slug[article.slug] = article
        report.articles.append(article)
    return report


def read_seed(
    path: Path,
    *,
    root: Path | None = None,
    languages: Sequence[str] = ("fr",),
    warnings: list[InputError] | None = None,
    max_chars: int = MAX_SEED_CHARS,
    follow_symlinks: bool = False,
) -> Article:
    """Read and clean one seed file. Raises `SeedError` when it cannot be used."""
    shown = display_path(path, root)
    raw = read_seed_bytes(path, shown, root=root, max_chars=max_chars, follow_symlinks=follow_symlinks)
    return parse_seed(raw, path, shown, languages=languages, warnings=warnings, max_chars=max_chars)


def read_seed_bytes(
    path: Path, shown: str, *, root: Path | None, max_chars: int, follow_symlinks: bool = False
) -> bytes:
    """The bytes of a seed file, checked before they are read: a regular file (a symbolic link
    only with `follow_symlinks`, and only to a file inside the project `root`), and no larger
    than `max_chars` characters can take. Raises `SeedError`."""
    try:
        info = os.lstat(path)
    except OSError as error:
        raise SeedError(shown, say("input.cannot_read", reason=error.strerror or str(error))) from None
    target = path
    if stat.S_ISLNK(info.st_mode):
        target = _link_target(path, shown, root, follow_symlinks)
    try:
        # no blocking on a FIFO, no link followed: what is opened is what was checked
        descriptor = os.open(target, _OPEN_FLAGS)
    except OSError as error:
        raise SeedError(shown, say("input.cannot_read", reason=error.strerror or str(error))) from None
    with os.fdopen(descriptor, "rb") as file:
        info = os.fstat(file.fileno())
        if not stat.S_ISREG(info.st_mode):
            raise SeedError(
                shown,
                say("seed_errors.not_regular", kind=_file_kind(info.st_mode)),
                hint=say("seed_errors.not_regular_hint"),
            )
        limit = max_chars * BYTES_PER_CHAR + 4
        if info.st_size > limit:
            raise SeedError(
                shown,
                say("seed_errors.too_many_bytes", size=info.st_size, limit=max_chars),
                hint=say("seed_errors.too_long_hint"),
            )
        raw = file.read(limit + 1)
    if len(raw) > limit:  # it grew since it was looked at
        raise SeedError(shown, say("seed_errors.changed"), hint=say("seed_errors.changed_hint"))
    return raw


def _link_target(path: Path, shown: str, root: Path | None, follow_symlinks: bool) -> Path:
    """Where the symbolic link `path` leads, when the project allows it; else a `SeedError`."""
    if not follow_symlinks or root is None:
        raise SeedError(shown, say("seed_errors.symlink"), hint=say("seed_errors.symlink_hint"))
    try:
        target = path.resolve(strict=True)
    except (OSError, RuntimeError):
        raise SeedError(
            shown, say("seed_errors.symlink_missing"), hint=say("seed_errors.symlink_missing_hint")
        ) from None
    if not target.is_relative_to(root.resolve()):
        raise SeedError(
            shown, say("seed_errors.symlink_outside"), hint=say("seed_errors.symlink_outside_hint")
        )
    return target


def _file_kind(mode: int) -> Message:
    if stat.S_ISDIR(mode):
        return say("input.a_folder")
    if stat.S_ISFIFO(mode):
        return say("input.a_fifo")
    if stat.S_ISSOCK(mode):
        return say("input.a_socket")
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return say("input.a_device")
    return say("input.not_a_file")


def parse_seed(
    raw: bytes,
    path: Path,
    shown: str,
    *,
    languages: Sequence[str] = ("fr",),
    warnings: list[InputError] | None = None,
    max_chars: int = MAX_SEED_CHARS,
) -> Article:
    """The article of a seed file's bytes. Raises `SeedError` when it cannot be used."""
    warnings = warnings if warnings is not None else []
    source = _decode(raw, shown, warnings)
    if len(source) > max_chars:
        raise SeedError(
            shown,
            say("seed_errors.too_many_chars", size=len(source), limit=max_chars),
            hint=say("seed_errors.too_long_hint"),
        )
    if path.suffix.lower() == ".txt":
        front = FrontMatter(body=source)
        segments, title = read_text_body(source)
    else:
        front = split_front_matter(source, shown)
        segments, title = read_markdown_body(front.body)
    meta = front.meta
    if meta.get("title"):
        title = normalise_line(str(meta["title"]))
    if not segments and not title:
        raise SeedError(shown, say("seed_errors.empty"), hint=say("seed_errors.empty_hint"))
    language = str(meta.get("language") or languages[0])
    if language not in languages:
        raise SeedError(
            shown,
            say("seed_errors.language", language=language),
            line=front.lines.get("language"),
            hint=say("seed_errors.language_hint", languages=", ".join(languages)),
        )
    slug = _slug(front, path, shown)
    article = clean(segments, lexicon=load_lexicon(language))
    if not article.body:
        raise SeedError(shown, say("seed_errors.no_text"), hint=say("seed_errors.no_text_hint"))
    return _assemble(article, meta, title or path.stem, slug, language, shown, raw)


def _decode(raw: bytes, shown: str, warnings: list[InputError]) -> str:
    """The seed's text, with "\\n" for every line ending (old Macs end lines with "\\r" alone):
    UTF-8, UTF-16 or UTF-32 after their byte-order mark, else Windows-1252, with a warning (as
    Word saves it)."""
    return _text(raw, shown, warnings).replace("\r\n", "\n").replace("\r", "\n")


def _text(raw: bytes, shown: str, warnings: list[InputError]) -> str:
    for encoding, bom in _BOMS:
        if raw.startswith(bom):
            try:
                return raw.decode(encoding)  # which drops the byte-order mark
            except UnicodeDecodeError:
                raise SeedError(
                    shown,
                    say("seed_errors.bad_bom", encoding=encoding.upper()),
                    hint=say("input.save_as_utf8"),
                ) from None
    if b"\x00" in raw[:8192]:
        raise SeedError(shown, say("seed_errors.binary"), hint=say("seed_errors.binary_hint"))
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        warnings.append(
            SeedWarning(shown, say("seed_errors.windows_1252"), line=line, hint=say("input.save_as_utf8"))
        )
        return raw.decode("cp1252", errors="replace")


def _slug(front: FrontMatter, path: Path, shown: str) -> str:
    """The front matter's `slug:`, or the file name's."""
    if front.meta.get("slug"):
        slug = str(front.meta["slug"])
        if not SLUG_PATTERN.fullmatch(slug):
            raise SeedError(
                shown,
                say("seed_errors.bad_slug", slug=slug),
                line=front.lines.get("slug"),
                hint=say("seed_errors.bad_slug_hint", example=slugify(slug) or "my-article"),
            )
        return bounded_name(slug)
    slug = slugify(path.stem)
    if not slug:
        raise SeedError(shown, say("seed_errors.empty_slug"), hint=say("seed_errors.empty_slug_hint"))
    return bounded_name(slug)


def _assemble(
    cleaned: Cleaned,
    meta: dict[str, Any],
    title: str,
    slug: str,
    language: str,
    shown: str,
    raw: bytes,
) -> Article:
    """The article: the cleaned blocks joined into one text, and the front matter over what the
    text itself says (its dateline, its signature)."""
    parts: list[str] = []
    blocks: list[Block] = []
    marks: list[InlineMark] = []
    offset = 0
    for segment in cleaned.body:
        if parts:
            parts.append("\n\n")
            offset += 2
        blocks.append(Block(segment.kind, offset, offset + len(segment.text), segment.level, segment.ordered))
        marks.extend(InlineMark(m.kind, m.start + offset, m.end + offset, m.href) for m in segment.marks)
        parts.append(segment.text)
        offset += len(segment.text)

    date = meta.get("date")
    if isinstance(date, dt.datetime):
        date = date.date()
    if isinstance(date, dt.date):
        date = date.isoformat()
    elif isinstance(date, str):
        try:
            date = dt.date.fromisoformat(date.strip()[:10]).isoformat()
        except ValueError:
            raise SeedError(
                shown, say("seed_errors.bad_date", date=date), hint=say("seed_errors.bad_date_hint")
            ) from None
    signature = cleaned.signature
    publisher = meta.get("publisher") or (signature[-1] if signature else None)
    byline = meta.get("byline") or meta.get("author") or (" ".join(signature[:-1]) or None)
    credits = meta.get("credits") or []
    if isinstance(credits, str):
        credits = [credits]
    return Article(
        slug=slug,
        source_path=shown,
        title=title,
        text="".join(parts),
        blocks=blocks,
        marks=marks,
        language=language,
        date=date or cleaned.date,
        publisher=publisher,
        byline=byline,
        url=meta.get("url") if str(meta.get("url", "")).startswith(SAFE_URL_SCHEMES) else None,
        license=meta.get("license"),
        credits=[str(credit) for credit in credits] + cleaned.credits,
        related=cleaned.related,
        removed=cleaned.removed,
        content_hash=hashlib.sha256(raw).hexdigest(),
    )
