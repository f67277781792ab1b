"""An article as the seeds stage reads it: cleaned text, blocks, inline marks, metadata."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

BlockKind = Literal["heading", "paragraph", "list_item"]
MarkKind = Literal["em", "strong", "link", "code"]


@dataclass(frozen=True)
class Block:
    """A block of the article body, as a span of `Article.text`."""

    kind: BlockKind
    start: int
    end: int
    level: int = 0  # heading level, or list nesting depth
    ordered: bool = False  # list items of a numbered list


@dataclass(frozen=True)
class InlineMark:
    """Inline formatting that survives from a Markdown seed (emphasis, links)."""

    kind: MarkKind
    start: int
    end: int
    href: str = ""


@dataclass(frozen=True)
class RelatedLink:
    """A promotional line cut from the body ("Nous recommandons : …")."""

    text: str
    kind: str  # "recommended", "video", …


@dataclass
class Article:
    """A seed once read and cleaned: the body is `text`, everything else is metadata."""

    slug: str
    source_path: str
    title: str
    text: str
    blocks: list[Block]
    marks: list[InlineMark] = field(default_factory=list)
    language: str = "fr"
    date: str | None = None  # ISO date (YYYY-MM-DD)
    publisher: str | None = None
    byline: str | None = None
    url: str | None = None
    license: str | None = None
    credits: list[str] = field(default_factory=list)
    related: list[RelatedLink] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    content_hash: str = ""

    @property
    def lede(self) -> str:
        """The first sentence of the first paragraph (for lists and feeds)."""
        paragraph = next((self.text[b.start : b.end] for b in self.blocks if b.kind == "paragraph"), "")
        # a sentence ends at . ! ? followed by a space and a capital, after a few words
        match = re.search(r"^.{40,}?[.!?…](?=\s+[«\"A-ZÀ-Ý])", paragraph)
        return match.group(0) if match else paragraph
