"""Blocks of text on their way to an article, with their inline marks; a plain-text body as blocks."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field

from ..model import BlockKind, InlineMark


@dataclass
class Segment:
    """One block of text on its way to the article, with its inline marks (offsets into `text`)."""

    kind: BlockKind
    text: str
    marks: list[InlineMark] = field(default_factory=list)
    level: int = 0
    ordered: bool = False

    def cut(self, start: int, end: int) -> Segment:
        """The part `text[start:end]`, with the marks that fall into it."""
        marks = [
            InlineMark(m.kind, max(m.start, start) - start, min(m.end, end) - start, m.href)
            for m in self.marks
            if m.start < end and m.end > start
        ]
        return Segment(self.kind, self.text[start:end], marks, self.level, self.ordered)

    def normalised(self) -> Segment:
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
        return Segment(self.kind, new_text, marks, self.level, self.ordered)


def normalise_line(text: str) -> str:
    """One line of text as the article holds it (see `Segment.normalised`)."""
    return Segment("paragraph", text).normalised().text


def read_text_body(source: str) -> tuple[list[Segment], str]:
    """A plain-text seed: its first non-blank line is the title, every other line a paragraph."""
    lines = [normalise_line(line) for line in source.splitlines()]
    lines = [line for line in lines if line]
    if not lines:
        return [], ""
    return [Segment("paragraph", line) for line in lines[1:]], lines[0]
