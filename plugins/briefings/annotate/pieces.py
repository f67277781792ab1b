"""A long text cut into pieces that spaCy parses one by one, at paragraph and sentence breaks.

spaCy's tagger, parser and NER cost the same per token in a long document, but a long document
goes through them alone, one transition at a time: pieces of a few thousand characters go
through them together (a batch), and in every worker process at once. What needs the whole
text (an acronym defined once and used later, the claims and their neighbours) runs on the
pieces put back together (`Doc.from_docs`), so only the parse and the entities see the cuts.

Seeds of ordinary length are never cut: their annotation stays what it was.
"""

from __future__ import annotations

import re
import unicodedata

#: Texts longer than this are parsed in pieces (news articles are far shorter; the longest
#: seeds of the project are about 4 000 characters).
LONG_TEXT = 20_000
#: The longest piece, in characters (a piece may be longer by the spaces that end it).
PIECE = 3_000

_SENTENCE_END = re.compile(r"[.!?…][»”\"]?\s")
_SPACE = re.compile(r"\s")


def split_text(text: str, size: int = PIECE) -> list[str]:
    """`text` in consecutive pieces of at most `size` characters (plus the spaces that end a
    piece), joined they are `text`. A piece ends after a line break where it can, else after a
    sentence, else after a space, in its second half; a stretch with no space at all is cut
    anywhere but inside a character (a letter and its combining accents stay together)."""
    pieces: list[str] = []
    start = 0
    while len(text) - start > size:
        end = _break(text, start + size // 2, start + size)
        while end < len(text) and text[end].isspace():
            end += 1  # the spaces after a break end the piece: the next starts with a word
        pieces.append(text[start:end])
        start = end
    if start < len(text) or not pieces:
        pieces.append(text[start:])
    return pieces


def _break(text: str, low: int, high: int) -> int:
    """Where to cut in text[low:high]: the index just after the break chosen."""
    line = text.rfind("\n", low, high)
    if line != -1:
        return line + 1
    for pattern in (_SENTENCE_END, _SPACE):
        ends = [match.end() for match in pattern.finditer(text, low, high)]
        if ends:
            return ends[-1]
    end = high
    while end > low and unicodedata.combining(text[end]):
        end -= 1
    return high if unicodedata.combining(text[end]) else end  # only marks: any cut will do
