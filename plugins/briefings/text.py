"""Text helpers every stage shares: ids from names, paths as shown to users, years and figures."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

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
    """ASCII, lower-case, dash-separated: "Corée du Nord" → "coree-du-nord"."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


def figures_of(text: str) -> tuple[str, ...]:
    """The figures of `text`, without their group separators: "1 100 morts" → ("1100",)."""
    return tuple(_GROUP_SEPARATORS.sub("", number) for number in FIGURE.findall(text))


def display_path(path: Path, root: Path | None) -> str:
    """`path` as messages show it: relative to the project when it lies inside."""
    if root is not None:
        try:
            return path.resolve().relative_to(root.resolve()).as_posix()
        except ValueError:
            pass
    return path.as_posix()
