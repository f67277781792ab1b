"""A Markdown seed's front matter: the `---` block split off the body and checked key by key."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from ..i18n import say
from ..yamlschema import Document, Reader, describe, line_of
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
    syntax="seed_errors.front_matter_not_yaml",
    syntax_hint="seed_errors.front_matter_not_yaml_hint",
    tag_message="seed_errors.front_matter_tag",
    tag_hint="seed_errors.front_matter_tag_hint",
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
            root,
            sorted(FRONT_MATTER_KEYS),
            say("input.front_matter"),
            example=say("seed_errors.front_matter_example"),
        )
        for key, node in (nodes or {}).items():
            front.lines[key] = line_of(node)
            what = say("input.front_matter_key", key=key)
            value = reader.value(node, what)
            if value is not None and not isinstance(value, FRONT_MATTER_KEYS[key]):
                reader.error(
                    node,
                    say("yaml_errors.not_text", what=what, kind=describe(node)),
                    say("seed_errors.quote_it"),
                )
            front.meta[key] = value
    if reader.errors:
        raise reader.sorted_errors()[0]
    return front
