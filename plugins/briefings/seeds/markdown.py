"""A Markdown body as blocks: a walk over markdown-it's tokens, keeping emphasis, code and links."""

from __future__ import annotations

from markdown_it import MarkdownIt
from markdown_it.token import Token

from ..model import BlockKind, InlineMark
from .segments import Segment

#: Links to anything else (`javascript:`, relative paths) are dropped, their text kept.
SAFE_URL_SCHEMES = ("http://", "https://", "mailto:")


def read_markdown_body(body: str) -> tuple[list[Segment], str]:
    """Blocks of a Markdown body; a leading level-1 heading is the title."""
    parser = MarkdownIt("commonmark", {"html": False})
    tokens = parser.parse(body)
    segments: list[Segment] = []
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
            segments.extend(Segment("paragraph", line) for line in token.content.splitlines())
    return [s for s in (segment.normalised() for segment in segments) if s.text], title


def _inline_segment(children: list[Token], kind: BlockKind, level: int) -> Segment:
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
    return Segment(kind, "".join(text), sorted(marks, key=lambda m: (m.start, -m.end)), level)
