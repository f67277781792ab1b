"""Read seed files (plain text or Markdown with front matter) into clean `Article`s."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..model import Article, Block, InlineMark
from ..text import SLUG_PATTERN, display_path, slugify
from .cleaning import Cleaned, clean, load_lexicon
from .errors import SeedError
from .frontmatter import FrontMatter, split_front_matter
from .markdown import SAFE_URL_SCHEMES, read_markdown_body
from .segments import normalise_line, read_text_body

SEED_SUFFIXES = (".txt", ".md", ".markdown")
#: Longer seeds are refused: spaCy's memory grows with the length of a document.
MAX_SEED_CHARS = 300_000


@dataclass
class SeedReport:
    """The outcome of reading a folder of seeds: what was read, what failed, what was odd."""

    articles: list[Article] = field(default_factory=list)
    errors: list[SeedError] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    complete: bool = False  # every seed of the folder, not a selection


def find_seeds(folder: Path) -> list[Path]:
    """Seed files under `folder`, sorted so that the output never depends on the file system."""
    if not folder.is_dir():
        return []
    return sorted(
        path
        for path in folder.rglob("*")
        if path.is_file() and path.suffix.lower() in SEED_SUFFIXES and not path.name.startswith(".")
    )


def read_seeds(
    paths: Iterable[Path],
    *,
    root: Path | None = None,
    languages: Sequence[str] = ("fr",),
    max_chars: int = MAX_SEED_CHARS,
    reader: Callable[..., Article] | None = None,
) -> SeedReport:
    """Read every seed with `reader` (`read_seed`'s signature; a cache's, say); one bad seed is
    reported and never stops the others."""
    reader = reader or read_seed
    report = SeedReport()
    by_slug: dict[str, Article] = {}
    for path in paths:
        warnings: list[str] = []
        try:
            article = reader(path, root=root, languages=languages, warnings=warnings, max_chars=max_chars)
        except SeedError as error:
            report.errors.append(error)
            continue
        finally:
            report.warnings.extend(warnings)
        if article.slug in by_slug:
            first = by_slug[article.slug].source_path
            report.errors.append(
                SeedError(
                    article.source_path,
                    f"slug '{article.slug}' is already used by '{first}'",
                    hint="rename one of the two files or give one a distinct `slug:` in its front matter",
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
    warnings: list[str] | None = None,
    max_chars: int = MAX_SEED_CHARS,
) -> Article:
    """Read and clean one seed file. Raises `SeedError` when it cannot be used."""
    shown = display_path(path, root)
    warnings = warnings if warnings is not None else []
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise SeedError(shown, f"cannot be read ({error.strerror})") from error
    source = _decode(raw, shown, warnings)
    if len(source) > max_chars:
        raise SeedError(
            shown,
            f"is {len(source):,} characters long; a briefing holds at most {max_chars:,}",
            hint="split the article into several seeds, or raise `max_seed_chars` of the plugin",
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
        raise SeedError(
            shown, "is empty", hint="put the article's title on the first line and its text below"
        )
    language = str(meta.get("language") or languages[0])
    if language not in languages:
        raise SeedError(
            shown,
            f"language '{language}' is not supported",
            line=front.lines.get("language"),
            hint=f"supported: {', '.join(languages)}; set `language:` accordingly or add a model",
        )
    slug = _slug(front, path, shown)
    article = clean(segments, lexicon=load_lexicon(language))
    if not article.body:
        raise SeedError(shown, "has a title but no article text", hint="paste the article below its title")
    return _assemble(article, meta, title or path.stem, slug, language, shown, raw)


def _decode(raw: bytes, shown: str, warnings: list[str]) -> str:
    """The seed's text; Windows-1252, with a warning, when it is not UTF-8 (as Word saves it)."""
    if b"\x00" in raw[:8192]:
        raise SeedError(shown, "is a binary file, not text", hint="save the article as UTF-8 text")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        warnings.append(f"{shown}:{line}: not valid UTF-8, read as Windows-1252 — re-save the file as UTF-8")
        return raw.decode("cp1252", errors="replace")


def _slug(front: FrontMatter, path: Path, shown: str) -> str:
    """The front matter's `slug:`, or the file name's."""
    if front.meta.get("slug"):
        slug = str(front.meta["slug"])
        if not SLUG_PATTERN.fullmatch(slug):
            raise SeedError(
                shown,
                f"slug '{slug}' is not allowed",
                line=front.lines.get("slug"),
                hint="use lower-case letters, digits and dashes only, "
                f"e.g. '{slugify(slug) or 'my-article'}'",
            )
        return slug
    slug = slugify(path.stem)
    if not slug:
        raise SeedError(shown, "file name gives an empty slug", hint="rename it, or set `slug:`")
    return slug


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
            raise SeedError(shown, f"date '{date}' is not a date", hint="write it as YYYY-MM-DD") from None
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
