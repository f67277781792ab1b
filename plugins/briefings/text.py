"""Text helpers every stage shares: ids from names, paths as shown to users, years and figures."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from pathlib import Path

from slugify import slugify as python_slugify

#: Years an article is likely to mention: 1500–2099.
YEAR_PATTERN = r"1[5-9]\d\d|20\d\d"
YEAR = re.compile(YEAR_PATTERN)
#: A figure as French writes it: groups of three digits after a space, a narrow space or a dot,
#: a decimal comma ("1 100", "2.500", "3,5").
FIGURE_PATTERN = r"\d+(?:[  \u202f.]\d{3})*(?:,\d+)?"
FIGURE = re.compile(FIGURE_PATTERN)
#: A figure, or a number with a decimal point ("3.5").
NUMBER_PATTERN = r"\d+(?:[  \u202f.]\d{3})*(?:[.,]\d+)?"
_GROUP_SEPARATORS = re.compile(r"[  \u202f.]")

#: What a slug looks like: lower-case ASCII words joined by dashes or underscores.
SLUG_PATTERN = re.compile(r"[a-z0-9]+(?:[-_][a-z0-9]+)*")


def slugify(text: str) -> str:
    """ASCII, lower-case, dash-separated: "Corée du Nord" → "coree-du-nord", "Владимир Путин" →
    "vladimir-putin", "Restos du Cœur" → "restos-du-coeur".

    Accents are dropped as Unicode decomposes them; letters of other scripts and ligatures are
    transliterated by python-slugify; symbols and curly apostrophes are dropped, as they always
    were, so that the ids of names in Latin script stay what they were."""
    decomposed = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    ascii_text = _OTHER_LETTERS.sub(lambda run: _transliterate(run.group()), decomposed)
    ascii_text = ascii_text.encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


#: Runs of letters that decomposition leaves outside ASCII (Cyrillic, Greek, Arabic, œ, æ, ß…).
_OTHER_LETTERS = re.compile(r"[^\W\d_\x00-\x7f]+")


def _transliterate(letters: str) -> str:
    return python_slugify(letters, separator="-", lowercase=True)


#: Characters a slug keeps track of: a name made of these alone is told apart by its slug.
_SLUGGABLE = re.compile(r"[\w\s'’ʼ-]+")


def name_id(name: str) -> str:
    """The id of a name: its slug when the slug tells it apart from every other name; with a
    digest of the name when the slug drops something that could ("C++" and "C", "AT&T" and
    "AT-T"), or would be empty. Never empty, always a bounded file name."""
    slug = slugify(name)
    if slug and len(slug) <= MAX_NAME and _SLUGGABLE.fullmatch(name):
        return slug
    tag = hashlib.sha256(unicodedata.normalize("NFC", name).casefold().encode("utf-8", "surrogatepass"))
    head = slug[: MAX_NAME - len(NAME_SUFFIX) - 10].strip("-_")
    return f"{head or 'x'}{NAME_SUFFIX}{tag.hexdigest()[:10]}"


#: The longest id a file name or URL is made from: file systems refuse names over 255 bytes, and
#: a page's folder, its `index.html` and a cache entry's suffix come on top.
MAX_NAME = 100
#: What joins a shortened or reserved name to its suffix. Slugs never hold two dashes in a row
#: (`SLUG_PATTERN`, `slugify`), so a name made here never equals an id someone wrote.
NAME_SUFFIX = "--"


def bounded_name(name: str, limit: int = MAX_NAME) -> str:
    """`name` when it is a slug of at most `limit` characters; otherwise a slug of it cut short,
    with a digest of the whole name after `NAME_SUFFIX`: "a-very-long-…--3f2a9c1b".

    The one function every generated file name and URL goes through (briefing slugs, entity and
    source ids): a name can be neither too long for the file system nor a path ("../..")."""
    if len(name) <= limit and SLUG_PATTERN.fullmatch(name):
        return name
    tag = hashlib.sha256(name.encode("utf-8", "surrogatepass")).hexdigest()[:10]
    head = slugify(name)[: limit - len(NAME_SUFFIX) - len(tag)].strip("-_")
    return f"{head or 'x'}{NAME_SUFFIX}{tag}"


def shown(text: str) -> str:
    """`text` as a message shows it: characters that could forge a line of the log (newlines,
    terminal escape codes, bidirectional overrides, undecodable bytes) written as escapes.

    Every message that names a file goes through it (`display_path`)."""
    if text.isprintable():
        return text
    return "".join(char if char.isprintable() else _escaped(char) for char in text)


def _escaped(char: str) -> str:
    code = ord(char)
    if 0xDC80 <= code <= 0xDCFF:  # a byte of the file name that is not UTF-8 (surrogateescape)
        return f"\\x{code - 0xDC00:02x}"
    return repr(char)[1:-1]  # "\\n", "\\x1b", "\\u202e"


def figures_of(text: str) -> tuple[str, ...]:
    """The figures of `text`, without their group separators: "1 100 morts" → ("1100",)."""
    return tuple(_GROUP_SEPARATORS.sub("", number) for number in FIGURE.findall(text))


def display_path(path: Path, root: Path | None) -> str:
    """`path` as messages and pages show it: relative to the project when it lies inside, its
    name alone when it lies outside (no absolute path of the build machine reaches the site or
    the export), and escaped for the log (`shown`)."""
    if root is None:
        return shown(path.as_posix())
    try:
        return shown(path.relative_to(root).as_posix())
    except ValueError:  # through a link, or `..`: resolved (slow, so only then)
        pass
    try:
        return shown(path.resolve().relative_to(root.resolve()).as_posix())
    except ValueError:
        return shown(path.name)
