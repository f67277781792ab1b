"""Interview: the answers of a question-and-answer layout, each paragraph by its speaker's label."""

# "Marc Delorme : Nous n'avions plus que douze élèves." A paragraph that opens with a speaker's
# name and a colon, in an article laid out as an exchange, is that speaker's words, with no
# quotation marks and no reporting verb. The interviewer's paragraphs are the ones that ask (their
# labels end a question); an answer is every other labelled paragraph. The layout is an exchange
# only when at least two paragraphs are labelled so. Paragraphs labelled by the lexicon's
# question and answer labels ("Q : … ? ¶ R : …") are an exchange with the person the article names
# first.

from __future__ import annotations

from ..clauses import strip
from ..context import Context, Found, SourceRef
from ..phrases import Phrase
from ..registry import document_frame
from ..speakers import can_speak

#: How far into a paragraph its label's colon may be (a name, a title and a name).
LABEL_TOKENS = 8
#: What stands for the interviewee in a paragraph labelled with an answer label.
INTERVIEWEE = "answer"


@document_frame("interview")
def interview(ctx: Context, found: list[Found]) -> list[Found]:
    """Each answer paragraph of an exchange, attributed to the name before its colon."""
    labelled: list[tuple[Phrase | str, int, int]] = []  # (speaker or label, colon, paragraph end)
    for start, end in ctx.layout.paragraphs:
        label = _label(ctx, start, end)
        if label is not None:
            labelled.append((*label, end))
    if len(labelled) < 2:
        return []
    doc = ctx.doc
    asking = {_key(ctx, speaker) for speaker, _, end in labelled if _last_word(ctx, end) == "?"}
    interviewee = _interviewee(ctx) if any(speaker == INTERVIEWEE for speaker, _, _ in labelled) else None
    used = {f.colon for f in found if f.colon is not None}
    claims = []
    for speaker, colon, end in labelled:
        if _key(ctx, speaker) in asking or colon in used or _last_word(ctx, end) == "?":
            continue
        if ctx.layout.quote_opening_at(colon + 1) is not None:
            continue  # "X : « Q »" is the colon frame's
        phrase = interviewee if speaker == INTERVIEWEE else speaker
        if not isinstance(phrase, Phrase):
            continue
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


def _label(ctx: Context, start: int, end: int) -> tuple[Phrase | str, int] | None:
    """The speaker's name (or the question or answer label) that opens the paragraph, and its
    colon, or None."""
    doc = ctx.doc
    colon = next((k for k in range(start + 1, min(end, start + LABEL_TOKENS)) if doc[k].text == ":"), None)
    if colon is None or colon + 1 >= end or not doc[start].text[:1].isupper():
        return None
    label = doc[start:colon].text.rstrip(". ")
    if label in ctx.lex.answer_labels:
        return INTERVIEWEE, colon
    if label in ctx.lex.question_labels:
        return label, colon
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


def _interviewee(ctx: Context) -> Phrase | None:
    """The person the article names first: who answers "Q : … ? ¶ R : …"."""
    reader = ctx.reader
    for ent in ctx.doc.ents:
        if ent.label_ == "PER":
            return reader.phrase_at(ent.start, ent.end, complements=False)
    return None


def _key(ctx: Context, speaker: Phrase | str) -> str:
    return speaker if isinstance(speaker, str) else ctx.doc[speaker.start : speaker.end].text


def _last_word(ctx: Context, end: int) -> str:
    k = end - 1
    while k > 0 and not ctx.doc[k].text.strip():
        k -= 1
    return ctx.doc[k].text
