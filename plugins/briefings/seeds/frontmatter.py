"""A Markdown seed's front matter: the `---` block split off the body and checked key by key."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from ..yamlschema import Document, Reader, line_of
from .errors import SeedError

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
FRONT_MATTER = Document(
    name="front matter",
    syntax_hint="write plain `key: value` lines between the two `---` lines; quote values with ':'",
    tag_message="front matter is not valid YAML here: it uses a tag that builds objects ({tag})",
    tag_hint="remove the `!!…` tag: front matter holds plain text, dates and lists only",
)
_BLOCK = re.compile(r"\A---[ \t]*\r?\n(.*?)^(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S | re.M)


@dataclass
class FrontMatter:
    """The front matter's values and the line of each, by key; the Markdown body after it."""

    meta: dict[str, Any] = field(default_factory=dict)
    lines: dict[str, int] = field(default_factory=dict)
    body: str = ""


def split_front_matter(source: str, shown: str) -> FrontMatter:
    """The front matter of `source` and its Markdown body. Raises `SeedError` at the first mistake."""
    match = _BLOCK.match(source)
    if not match:
        return FrontMatter(body=source)
    block = match.group(1)
    reader = Reader(shown, SeedError, FRONT_MATTER)
    # the block starts on line 2; an unclosed bracket is reported on its last line, not past it
    valid, root = reader.parse(block, first_line=2, last_line=block.count("\n") + 1)
    front = FrontMatter(body=source[match.end() :])
    if valid and root is not None:
        nodes = reader.mapping(
            root, sorted(FRONT_MATTER_KEYS), "front matter", example="write one `key: value` per line"
        )
        for key, node in (nodes or {}).items():
            front.lines[key] = line_of(node)
            value = reader.value(node, f"front matter key '{key}'")
            if value is not None and not isinstance(value, FRONT_MATTER_KEYS[key]):
                reader.error(
                    node,
                    f"front matter key '{key}' has a {type(value).__name__}, expected text",
                    "quote the value",
                )
            front.meta[key] = value
    if reader.errors:
        raise reader.sorted_errors()[0]
    return front
