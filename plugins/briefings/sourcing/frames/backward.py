"""A noun of opinion pointing back: "P. C'est d'ailleurs l'avis de X", "P. Le constat … est le
récit de X": the sentence before is X's claim; "« Q », était la citation du président": Q is
the president's."""

from __future__ import annotations

from ..clauses import strip
from ..context import Context, Found, SourceRef
from ..phrases import Phrase
from ..registry import document_frame
from ..speakers import can_speak

#: How far into its sentence the copula may be ("Le constat de fierté est …").
_REACH = 8


@document_frame("backward")
def backward(ctx: Context, found: list[Found]) -> list[Found]:
    """ "C'est l'avis de X" after a sentence: that sentence is X's claim."""
    sentences = ctx.layout.sentences
    claims = []
    for index in range(1, len(sentences)):
        start, end = sentences[index]
        located = _source_after_copula(ctx, start, end)
        if located is None:
            continue
        cue, phrase = located
        previous = strip(ctx.reader, *sentences[index - 1])
        if previous is None or previous[1] - previous[0] < 3:
            continue
        claims.append(Found(previous, [SourceRef(phrase=phrase)], cue, "asserts", "backward", cue[0], []))
    return claims


def _source_after_copula(ctx: Context, start: int, end: int) -> tuple[list[int], Phrase] | None:
    reader, words = ctx.reader, ctx.lex.words
    copula = next(
        (k for k in range(start, min(end, start + _REACH)) if reader.word(k) in words.backward_copulas), None
    )
    if copula is None or copula == start:
        return None
    opened = any(reader.word(k) in words.backward_openers for k in range(start, copula))
    if not opened and not _names_an_opinion(ctx, start, copula):
        return None  # "Le pays est l'avis de …" is not a pointer back
    k = _skip_phrases(ctx, copula + 1, end, words.backward_fillers)
    if k >= end or reader.word(k) not in words.definite:
        return None
    noun_end = _phrase_at(ctx, k + 1, end, words.backward_nouns)
    if noun_end is None or noun_end >= end or reader.word(noun_end) not in words.de:
        return None
    source_start = noun_end if reader.word(noun_end) in words.fused_de else noun_end + 1
    phrase = reader.phrase_at(source_start, end)
    if phrase is None or not can_speak(reader, phrase):
        return None
    return list(range(k + 1, noun_end)), phrase


def _names_an_opinion(ctx: Context, start: int, copula: int) -> bool:
    """The subject is itself a noun of opinion: "Le constat de fierté est le récit de X"."""
    return any(_phrase_at(ctx, k, copula, ctx.lex.words.backward_nouns) for k in range(start, copula))


def _phrase_at(ctx: Context, k: int, end: int, phrases: tuple[str, ...]) -> int | None:
    """The end of the first of `phrases` (space-separated words) at token k, or None."""
    for phrase in phrases:
        parts = phrase.split()
        if k + len(parts) <= end and all(ctx.reader.word(k + n) == w for n, w in enumerate(parts)):
            return k + len(parts)
    return None


def _skip_phrases(ctx: Context, k: int, end: int, phrases: tuple[str, ...]) -> int:
    while k < end and (after := _phrase_at(ctx, k, end, phrases)) is not None:
        k = after
    return k


@document_frame("quotation_noun")
def quotation_noun(ctx: Context, found: list[Found]) -> list[Found]:
    """ "« Q », était la citation originale du président": a quotation, then a form of être and
    a noun naming it, whose complement is the speaker."""
    claims = []
    for quote in ctx.layout.quotes:
        if quote.closing is None or any(f.content == (quote.start, quote.end) for f in found):
            continue
        located = _speaker_after_quotation(ctx, quote.closing + 1)
        content = strip(ctx.reader, quote.start, quote.end)
        if located is None or content is None:
            continue
        noun, phrase = located
        claims.append(Found(content, [SourceRef(phrase=phrase)], [noun], "asserts", "backward", noun, []))
    return claims


def _speaker_after_quotation(ctx: Context, k: int) -> tuple[int, Phrase] | None:
    """After the closing mark: ", était la citation (originale) de X", the noun and X."""
    reader, words = ctx.reader, ctx.lex.words
    _, end = ctx.layout.unit_of(k - 1)
    if k + 3 >= end or reader.word(k) != "," or reader.word(k + 1) not in words.backward_copulas:
        return None
    if reader.word(k + 2) not in words.definite or reader.word(k + 3) not in words.quotation_nouns:
        return None
    noun = k + 3
    j = noun + 1
    while j < end and reader.is_adjective(j):
        j += 1  # "la citation originale du …"
    if j >= end or reader.word(j) not in words.de:
        return None
    source_start = j if reader.word(j) in words.fused_de else j + 1
    phrase = reader.phrase_at(source_start, end)
    if phrase is None or not can_speak(reader, phrase):
        return None
    return noun, phrase
