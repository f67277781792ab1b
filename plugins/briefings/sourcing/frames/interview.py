"""Interview: the answers of a question-and-answer layout, each paragraph by its speaker's label."""

# "Marc Delorme : Nous n'avions plus que douze élèves." A paragraph that opens with a speaker's
# name and a colon, in an article laid out as an exchange, is that speaker's words, with no
# quotation marks and no reporting verb. The interviewer's paragraphs are the ones that ask (their
# labels end a question); an answer is every other labelled paragraph. The layout is an exchange
# only when at least two paragraphs are labelled so.

from __future__ import annotations

from ..clauses import strip
from ..context import Context, Found, SourceRef
from ..phrases import Phrase
from ..registry import document_frame
from ..speakers import can_speak

#: How far into a paragraph its label's colon may be (a name, a title and a name).
LABEL_TOKENS = 8


@document_frame("interview")
def interview(ctx: Context, found: list[Found]) -> list[Found]:
    """Each answer paragraph of an exchange, attributed to the name before its colon."""
    labelled = []  # (speaker, colon, paragraph end)
    for start, end in ctx.layout.paragraphs:
        label = _label(ctx, start, end)
        if label is not None:
            labelled.append((*label, end))
    if len(labelled) < 2:
        return []
    doc = ctx.doc
    asking = {_key(ctx, phrase) for phrase, _, end in labelled if _last_word(ctx, end) == "?"}
    used = {f.colon for f in found if f.colon is not None}
    claims = []
    for phrase, colon, end in labelled:
        if _key(ctx, phrase) in asking or colon in used or _last_word(ctx, end) == "?":
            continue
        if ctx.layout.quote_opening_at(colon + 1) is not None:
            continue  # "X : « Q »" is the colon frame's
        content = strip(ctx.reader, colon + 1, end)
        if content is None or content[1] - content[0] < 2 or doc[content[0]].is_lower:
            continue
        sources = [SourceRef(phrase=phrase)]
        scopes = [(colon, colon + 1)]
        claims.append(
            Found(
                content, sources, [colon], "asserts", "interview", colon, scopes, colon=colon, own_words=True
            )
        )
    return claims


def _label(ctx: Context, start: int, end: int) -> tuple[Phrase, int] | None:
    """The speaker's name that opens the paragraph, and its colon, or None."""
    doc = ctx.doc
    colon = next((k for k in range(start + 1, min(end, start + LABEL_TOKENS)) if doc[k].text == ":"), None)
    if colon is None or colon + 1 >= end or not doc[start].text[:1].isupper():
        return None
    reader = ctx.reader
    first = reader.phrase_ending_at(colon, start)
    if first != start:
        return None
    phrases, stop = reader.coordinated_at(start, colon)
    if stop != colon or len(phrases) != 1 or not can_speak(reader, phrases[0]):
        return None
    ent = reader.entity(phrases[0].head)
    if ent is not None and ent.label_ == "LOC":
        return None  # "Lyon : Le préfet a interdit …", a news brief's dateline
    return phrases[0], colon


def _key(ctx: Context, phrase: Phrase) -> str:
    return ctx.doc[phrase.start : phrase.end].text


def _last_word(ctx: Context, end: int) -> str:
    k = end - 1
    while k > 0 and not ctx.doc[k].text.strip():
        k -= 1
    return ctx.doc[k].text
