"""An attitude or a word of speech before a colon: "X est formel : P", "X s'est voulu rassurant :
P", "X en est sûr : P", "X a livré sa version : P"."""

# What the source says is after the colon; the attitude names its stance (certain: estimates,
# formal: asserts, worried: warns). A quotation after such a colon is the `colon` frame's. Forms,
# not lemmas: the lemmatiser reads "se montre" as the noun "montre", "confiante" as "confier".

from __future__ import annotations

from ..clauses import clause_floor, clause_from, quote_opening_at
from ..context import Context, Found
from ..registry import document_frame
from .subject import clause_speakers

#: How many adverbs may stand around the attitude ("est même très inquiet").
_ADVERBS = 2


@document_frame("attitude")
def attitude(ctx: Context, found: list[Found]) -> list[Found]:
    """Claims after a colon that follows the source's attitude."""
    used = {f.colon for f in found if f.colon is not None}
    claims = []
    for colon, token in enumerate(ctx.doc):
        if token.text != ":" or colon in used or ctx.layout.in_quote(colon):
            continue
        if colon + 1 >= len(ctx.doc) or quote_opening_at(ctx, colon + 1) is not None:
            continue
        unit_start, unit_end = ctx.layout.unit_of(colon)
        stance = _attitude_before(ctx, colon, unit_start) or _speech_noun_before(ctx, colon, unit_start)
        if stance is None:
            continue
        stance_word, verb = stance
        first = _group_start(ctx, verb, unit_start)
        if first is None:
            continue
        sources = clause_speakers(ctx, first, clause_floor(ctx, first, unit_start))
        content = clause_from(ctx, colon + 1, unit_end, clause=True)
        if not sources or content is None or content[1] - content[0] < 3:
            continue
        if any(f.content[0] <= content[0] and content[1] <= f.content[1] for f in found):
            continue  # already said by a cue of its own
        cue = list(range(first, colon))
        claims.append(
            Found(content, sources, cue, stance_word, "attitude", first, [(first, colon)], colon=colon)
        )
    return claims


def _attitude_before(ctx: Context, colon: int, floor: int) -> tuple[str, int] | None:
    """The stance of the attitude right before the colon and its copula ("est", "voulu")."""
    reader = ctx.reader
    attitudes = ctx.lex.attitudes
    k = colon - 1
    while k > floor and colon - k <= _ADVERBS and ctx.doc[k].pos_ == "ADV":
        k -= 1
    if k <= floor:
        return None
    stance = attitudes.get(reader.word(k))
    if stance is None:
        return None
    j = k - 1
    while (
        j > floor
        and k - j <= _ADVERBS
        and ctx.doc[j].pos_ == "ADV"
        and reader.word(j) not in ctx.lex.words.negation_words
    ):
        j -= 1
    if reader.word(j) not in ctx.lex.attitude_copulas:
        return None
    return stance, j


def _speech_noun_before(ctx: Context, colon: int, floor: int) -> tuple[str, int] | None:
    """A word of speech the source gives before the colon, its object ("a livré sa version :",
    "a donné son explication :"), and the verb that gives it."""
    reader = ctx.reader
    k = colon - 1
    while k > floor and reader.is_adjective(k) and colon - k <= _ADVERBS:
        k -= 1  # "sa version officielle :"
    stance = ctx.lex.colon_nouns.get(reader.word(k))
    if stance is None or k - 1 <= floor or not reader.is_determiner(k - 1):
        return None
    j = k - 2
    while j > floor and ctx.doc[j].pos_ == "ADV" and k - j <= _ADVERBS + 2:
        j -= 1
    if ctx.doc[j].pos_ != "VERB" or not (reader.is_finite(j) or reader.is_auxiliary(j - 1)):
        return None
    return stance, j


def _group_start(ctx: Context, copula: int, floor: int) -> int | None:
    """Back over the auxiliary, the clitics ("s'", "en") of the copula; None when negated (not
    an attitude held) or when a reflexive copula ("se montrer") has no reflexive."""
    reader = ctx.reader
    words = ctx.lex.words
    k = copula
    reflexive = False
    while k - 1 >= floor and (
        reader.word(k - 1) in words.clitics
        or reader.is_auxiliary(k - 1)
        or reader.word(k - 1) in words.negation_words
    ):
        if reader.word(k - 1) in words.negation_words:
            return None
        reflexive = reflexive or reader.word(k - 1) in words.reflexive
        k -= 1
    if ctx.lex.attitude_copulas.get(reader.word(copula)) and not reflexive:
        return None  # "montre prudent" is not "se montre prudent"
    return k
