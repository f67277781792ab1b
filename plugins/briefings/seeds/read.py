"""Read seed files (plain text or Markdown with front matter) into clean `Article`s."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml
from markdown_it import MarkdownIt
from markdown_it.token import Token

from .model import Article, Block, BlockKind, InlineMark, InputError, RelatedLink
from .text import SLUG_PATTERN, display_path, slugify

SEED_SUFFIXES = (".txt", ".md", ".markdown")
FRONT_MATTER_KEYS: dict[str, type | tuple[type, ...]] = {
    "title": str,
    "date": (str, dt.date),
    "publisher": str,
    "byline": str,
    "author": str,
    "url": str,
    "license": str,
    "language": str,
    "slug": str,
    "credits": (list, str),
}
SAFE_URL_SCHEMES = ("http://", "https://", "mailto:")
#: Longer seeds are refused: spaCy's memory grows with the length of a document.
MAX_SEED_CHARS = 300_000
#: A trailing line of at most this many words, without sentence punctuation, is a signature.
SIGNATURE_MAX_WORDS = 3
#: A heading glued to its paragraph has at most this many words.
GLUED_HEADING_MAX_WORDS = 12


class SeedError(InputError):
    """A seed that cannot be read."""


@dataclass
class SeedReport:
    """The outcome of reading a folder of seeds: what was read, what failed, what was odd."""

    articles: list[Article] = field(default_factory=list)
    errors: list[SeedError] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    complete: bool = False  # every seed of the folder, not a selection


# --- Public API -----------------------------------------------------------------------------------


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
        meta: dict[str, Any] = {}
        segments, title = _read_text_body(source)
    else:
        meta, body, body_line = _split_front_matter(source, shown)
        segments, title = _read_markdown_body(body, body_line)
        title = _normalise_line(str(meta["title"])) if meta.get("title") else title
    if not segments and not title:
        raise SeedError(
            shown, "is empty", hint="put the article's title on the first line and its text below"
        )
    language = str(meta.get("language") or languages[0])
    if language not in languages:
        raise SeedError(
            shown,
            f"language '{language}' is not supported",
            line=_meta_line(source, "language"),
            hint=f"supported: {', '.join(languages)}; set `language:` accordingly or add a model",
        )
    slug = _slug(meta, path, shown, source)
    article = _clean(segments, lexicon=_lexicon(language))
    if not article.body:
        raise SeedError(shown, "has a title but no article text", hint="paste the article below its title")
    return _assemble(article, meta, title or path.stem, slug, language, shown, raw)


# --- Decoding and front matter ---------------------------------------------------------------------


def _decode(raw: bytes, shown: str, warnings: list[str]) -> str:
    if b"\x00" in raw[:8192]:
        raise SeedError(shown, "is a binary file, not text", hint="save the article as UTF-8 text")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        warnings.append(f"{shown}:{line}: not valid UTF-8, read as Windows-1252 — re-save the file as UTF-8")
        return raw.decode("cp1252", errors="replace")


def _split_front_matter(source: str, shown: str) -> tuple[dict[str, Any], str, int]:
    """Return (front matter, Markdown body, line number of the body's first line)."""
    match = re.match(r"\A---[ \t]*\r?\n(.*?)^(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", source, re.S | re.M)
    if not match:
        return {}, source, 1
    try:
        meta = yaml.safe_load(match.group(1)) or {}
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        last_line = match.group(1).count("\n") + 1  # an unclosed bracket is reported at the end
        line = min(mark.line + 2, last_line) if mark is not None else 1
        problem = getattr(error, "problem", None) or "invalid YAML"
        if isinstance(error, yaml.constructor.ConstructorError):
            raise SeedError(
                shown,
                f"front matter is not valid YAML here: it uses a tag that builds objects ({problem})",
                line=line,
                hint="remove the `!!…` tag: front matter holds plain text, dates and lists only",
            ) from None
        raise SeedError(
            shown,
            f"front matter is not valid YAML ({problem})",
            line=line,
            hint="write plain `key: value` lines between the two `---` lines; quote values with ':'",
        ) from None
    if not isinstance(meta, dict):
        raise SeedError(shown, "front matter must be a mapping of `key: value` lines", line=2)
    for key, value in meta.items():
        expected = FRONT_MATTER_KEYS.get(str(key))
        if expected is None:
            raise SeedError(
                shown,
                f"unknown front matter key '{key}'",
                line=_meta_line(source, str(key)),
                hint=f"known keys: {', '.join(sorted(FRONT_MATTER_KEYS))}",
            )
        if value is not None and not isinstance(value, expected):
            raise SeedError(
                shown,
                f"front matter key '{key}' has a {type(value).__name__}, expected text",
                line=_meta_line(source, str(key)),
                hint="quote the value",
            )
    body_line = source[: match.end()].count("\n") + 1
    return meta, source[match.end() :], body_line


def _meta_line(source: str, key: str) -> int | None:
    match = re.search(rf"^{re.escape(key)}\s*:", source, re.M)
    return source[: match.start()].count("\n") + 1 if match else None


def _slug(meta: dict[str, Any], path: Path, shown: str, source: str) -> str:
    if meta.get("slug"):
        slug = str(meta["slug"])
        if not SLUG_PATTERN.fullmatch(slug):
            raise SeedError(
                shown,
                f"slug '{slug}' is not allowed",
                line=_meta_line(source, "slug"),
                hint="use lower-case letters, digits and dashes only, "
                f"e.g. '{slugify(slug) or 'my-article'}'",
            )
        return slug
    slug = slugify(path.stem)
    if not slug:
        raise SeedError(shown, "file name gives an empty slug", hint="rename it, or set `slug:`")
    return slug


# --- Bodies as segments: text with inline marks ----------------------------------------------------


@dataclass
class _Segment:
    """One block of text on its way to the article, with its inline marks (offsets into `text`)."""

    kind: BlockKind
    text: str
    marks: list[InlineMark] = field(default_factory=list)
    level: int = 0
    ordered: bool = False

    def cut(self, start: int, end: int) -> _Segment:
        """The part `text[start:end]`, with the marks that fall into it."""
        marks = [
            InlineMark(m.kind, max(m.start, start) - start, min(m.end, end) - start, m.href)
            for m in self.marks
            if m.start < end and m.end > start
        ]
        return _Segment(self.kind, self.text[start:end], marks, self.level, self.ordered)

    def normalised(self) -> _Segment:
        """NFC, one space for any run of whitespace, no leading or trailing space."""
        text = unicodedata.normalize("NFC", self.text)
        if len(text) != len(self.text):  # composing changed offsets: marks are kept approximately
            text = self.text
        kept: list[int] = []  # for each kept character, its index in `text`
        chars: list[str] = []
        for index, char in enumerate(text):
            if char in "\u200b\u200c\u200d\ufeff" or (
                unicodedata.category(char) == "Cc" and not char.isspace()
            ):
                continue
            if char.isspace():
                if not chars or chars[-1] == " ":
                    continue
                char = " "
            chars.append(char)
            kept.append(index)
        if chars and chars[-1] == " ":
            chars.pop()
            kept.pop()
        new_text = unicodedata.normalize("NFC", "".join(chars))
        position = {old: new for new, old in enumerate(kept)}

        def remap(offset: int) -> int:
            while offset not in position and offset < len(text):
                offset += 1
            return position.get(offset, len(chars))

        marks = [
            InlineMark(m.kind, remap(m.start), remap(m.end), m.href)
            for m in self.marks
            if remap(m.start) < remap(m.end)
        ]
        return _Segment(self.kind, new_text, marks, self.level, self.ordered)


def _normalise_line(text: str) -> str:
    return _Segment("paragraph", text).normalised().text


def _read_text_body(source: str) -> tuple[list[_Segment], str]:
    lines = [_normalise_line(line) for line in source.splitlines()]
    lines = [line for line in lines if line]
    if not lines:
        return [], ""
    return [_Segment("paragraph", line) for line in lines[1:]], lines[0]


def _read_markdown_body(body: str, first_line: int) -> tuple[list[_Segment], str]:
    """Blocks of a Markdown body; a leading level-1 heading is the title."""
    parser = MarkdownIt("commonmark", {"html": False})
    tokens = parser.parse(body)
    segments: list[_Segment] = []
    title = ""
    list_stack: list[bool] = []  # ordered? per open list
    in_item = 0
    pending: tuple[BlockKind, int] | None = None
    for token in tokens:
        if token.type in ("bullet_list_open", "ordered_list_open"):
            list_stack.append(token.type == "ordered_list_open")
        elif token.type in ("bullet_list_close", "ordered_list_close"):
            list_stack.pop()
        elif token.type == "list_item_open":
            in_item += 1
        elif token.type == "list_item_close":
            in_item -= 1
        elif token.type == "heading_open":
            pending = ("heading", int(token.tag[1]))
        elif token.type == "paragraph_open":
            pending = ("list_item", len(list_stack)) if in_item else ("paragraph", 0)
        elif token.type == "inline" and pending is not None:
            kind, level = pending
            pending = None
            segment = _inline_segment(token.children or [], kind, level)
            segment.ordered = bool(list_stack and list_stack[-1]) if kind == "list_item" else False
            if kind == "heading" and level == 1 and not segments and not title:
                title = segment.normalised().text
                continue
            segments.append(segment)
        elif token.type in ("fence", "code_block"):
            segments.extend(_Segment("paragraph", line) for line in token.content.splitlines())
    del first_line  # line numbers of body blocks are not needed yet
    return [s for s in (segment.normalised() for segment in segments) if s.text], title


def _inline_segment(children: list[Token], kind: BlockKind, level: int) -> _Segment:
    text: list[str] = []
    marks: list[InlineMark] = []
    length = 0
    open_marks: list[tuple[str, int, str]] = []
    for child in children:
        if child.type in ("text", "code_inline"):
            content = child.content
            if child.type == "code_inline":
                marks.append(InlineMark("code", length, length + len(content)))
            text.append(content)
            length += len(content)
        elif child.type in ("softbreak", "hardbreak"):
            text.append(" ")
            length += 1
        elif child.type in ("em_open", "strong_open"):
            open_marks.append((child.type[:-5], length, ""))
        elif child.type == "link_open":
            href = str(child.attrs.get("href", ""))
            open_marks.append(("link", length, href if href.startswith(SAFE_URL_SCHEMES) else ""))
        elif child.type in ("em_close", "strong_close", "link_close") and open_marks:
            name, start, href = open_marks.pop()
            if length > start and (name != "link" or href):
                marks.append(InlineMark(name, start, length, href))  # type: ignore[arg-type]
        elif child.type == "image":
            alt = child.content
            text.append(alt)
            length += len(alt)
    return _Segment(kind, "".join(text), sorted(marks, key=lambda m: (m.start, -m.end)), level)


# --- Cleaning --------------------------------------------------------------------------------------


@dataclass
class _Lexicon:
    months: dict[str, int]
    promotional: list[tuple[str, str]]
    credits: list[re.Pattern[str]]
    sentence_openers: frozenset[str]


@cache
def _lexicon(language: str) -> _Lexicon:
    data = yaml.safe_load(resources.files("briefings").joinpath("data/cleaning.yml").read_text("utf-8"))
    entry = data.get(language) or data["fr"]
    return _Lexicon(
        months={name: number for number, name in enumerate(entry["months"], start=1)},
        # longest prefixes first, so "nous vous recommandons" wins over "recommandons"
        promotional=sorted(entry["promotional_prefixes"].items(), key=lambda kv: -len(kv[0])),
        credits=[re.compile(pattern, re.I) for pattern in entry["credit_patterns"]],
        sentence_openers=frozenset(entry["sentence_openers"]),
    )


@dataclass
class _Cleaned:
    body: list[_Segment] = field(default_factory=list)
    date: str | None = None
    credits: list[str] = field(default_factory=list)
    related: list[RelatedLink] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    signature: list[str] = field(default_factory=list)


def _clean(segments: list[_Segment], *, lexicon: _Lexicon) -> _Cleaned:
    cleaned = _Cleaned()
    for segment in segments:
        if segment.kind == "paragraph":
            if not cleaned.body and cleaned.date is None:
                segment = _take_dateline(segment, cleaned, lexicon)
                if not segment.text:
                    continue
            if _take_promotional(segment.text, cleaned, lexicon) or _take_credit(
                segment.text, cleaned, lexicon
            ):
                continue
            heading, segment = _split_glued_heading(segment, lexicon)
            if heading is not None:
                cleaned.body.append(heading)
        cleaned.body.append(segment)
    _take_signature(cleaned)
    return cleaned


def _take_dateline(segment: _Segment, cleaned: _Cleaned, lexicon: _Lexicon) -> _Segment:
    months = "|".join(lexicon.months)
    match = re.match(rf"(\d{{1,2}})(?:er)?\s+({months})\s+(\d{{4}})\s*\.?\s*[-–—]+\s*", segment.text, re.I)
    if not match:
        return segment
    day, month, year = int(match[1]), lexicon.months[match[2].lower()], int(match[3])
    try:
        cleaned.date = dt.date(year, month, day).isoformat()
    except ValueError:
        return segment
    cleaned.removed.append(match.group(0).strip())
    return segment.cut(match.end(), len(segment.text)).normalised()


def _take_promotional(text: str, cleaned: _Cleaned, lexicon: _Lexicon) -> bool:
    kind, rest = _promotional_prefix(text, lexicon)
    if kind is None:
        return False
    # "Nous recommandons : VIDÉO : …" is a video: the innermost prefix says what it is
    inner_kind, inner_rest = _promotional_prefix(rest, lexicon)
    if inner_kind is not None:
        kind, rest = inner_kind, inner_rest
    cleaned.related.append(RelatedLink(text=rest, kind=kind))
    cleaned.removed.append(text)
    return True


def _promotional_prefix(text: str, lexicon: _Lexicon) -> tuple[str | None, str]:
    lowered = text.lower()
    for prefix, kind in lexicon.promotional:
        if lowered.startswith(prefix):
            rest = text[len(prefix) :]
            match = re.match(r"\s*:\s*", rest)
            if match and len(rest) > match.end():
                return kind, rest[match.end() :]
    return None, text


def _take_credit(text: str, cleaned: _Cleaned, lexicon: _Lexicon) -> bool:
    if len(text) > 120 or not any(pattern.fullmatch(text) for pattern in lexicon.credits):
        return False
    cleaned.credits.append(text.rstrip(". "))
    cleaned.removed.append(text)
    return True


def _split_glued_heading(segment: _Segment, lexicon: _Lexicon) -> tuple[_Segment | None, _Segment]:
    """Split "Soldats nord-coréens en RussieLa Corée du Nord a…" into a heading and its paragraph."""
    for match in re.finditer(r"(?<=[a-zà-öø-ÿ)])([A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]*)(?=[\s'’])", segment.text):
        prefix, opener = segment.text[: match.start()], match.group(1)
        words = prefix.split()
        if len(words) > GLUED_HEADING_MAX_WORDS:
            break
        if (
            opener in lexicon.sentence_openers
            and len(words) >= 2
            and len(words[-1]) >= 4
            and prefix[:1].isupper()
            and not re.search(r"[.!?;:,«»\"]", prefix)
            and len(segment.text) - match.start() >= 40
        ):
            heading = segment.cut(0, match.start()).normalised()
            heading.kind, heading.level = "heading", 2
            return heading, segment.cut(match.start(), len(segment.text)).normalised()
    return None, segment


def _take_signature(cleaned: _Cleaned) -> None:
    """Trailing one-to-three-word lines ("ORP", "excelsior") are a byline and the publisher."""
    while len(cleaned.body) > 1 and len(cleaned.signature) < 3:
        last = cleaned.body[-1]
        words = last.text.split()
        if (
            last.kind != "paragraph"
            or len(words) > SIGNATURE_MAX_WORDS
            or re.search(r"[.!?:;»\"]$|\d", last.text)
        ):
            break
        cleaned.body.pop()
        cleaned.signature.insert(0, last.text)
        cleaned.removed.append(last.text)


# --- Assembly --------------------------------------------------------------------------------------


def _assemble(
    cleaned: _Cleaned,
    meta: dict[str, Any],
    title: str,
    slug: str,
    language: str,
    shown: str,
    raw: bytes,
) -> Article:
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
