"""What the frames share: clause boundaries, complementizers, quotations, a cue's site."""

# Clauses end at ";", at a colon before a quotation, at ", mais …", and before a coordinated
# cue ("a condamné P et estimé que Q"). Contents are stripped of surrounding punctuation,
# connectives and the quotation marks around them, never of the marks of a quotation inside them.

from __future__ import annotations

from spacy.tokens import Doc

from .context import Context, CueSite, Range, SourceRef
from .groups import VerbGroup
from .layout import CLOSING, DIALOGUE_DASHES, FINAL_PUNCTUATION, OPENING, QUOTE_MARKS, STRAIGHT_MARKS, Quote
from .phrases import Reader


def clause_floor(ctx: Context, i: int, scope_start: int) -> int:
    """Where the clause of token i starts: after ";", ":" or a quotation mark."""
    j = i - 1
    while j >= scope_start:
        text = ctx.doc[j].text
        if text in (";", ":") or text in QUOTE_MARKS:
            return j + 1
        j -= 1
    return scope_start


def clause_start(ctx: Context, j: int, floor: int) -> int:
    """Start of the clause that ends at token j: after ";", after ":" (what a colon introduces:
    "X a pris la parole : P, a-t-il dit") or the start of the sentence, without a leading
    connective ("Toutefois, si …")."""
    k = j
    while k >= floor and ctx.doc[k].text not in (";", ":"):
        k -= 1
    start = k + 1
    while start < j and (ctx.reader.word(start) in ctx.lex.connectives or ctx.doc[start].text == ","):
        start += 1
    return start


def clause_from(ctx: Context, start: int, scope_end: int, *, clause: bool = False) -> Range | None:
    """From `start` to the end of its clause (see the module docstring).

    With `clause`, the content is a whole clause ("que P", "Selon X, P"): until its own verb has
    come, a verb after a comma is that verb, not a coordinated cue ("Selon X, l'homme, accusé
    de vol, sera jugé").
    """
    reader = ctx.reader
    doc = ctx.doc
    depth = 0
    j = start
    verb_seen = not clause

    def own_verb(k: int) -> bool:
        return not verb_seen and k > start and doc[k - 1].text == "," and reader.is_finite(k)

    while j < scope_end:
        text = doc[j].text
        if text in OPENING or text == "(" or (text in STRAIGHT_MARKS and quote_opening_at(ctx, j)):
            depth += 1
        elif text in CLOSING or text == ")" or (text in STRAIGHT_MARKS and depth):
            depth = max(0, depth - 1)
        elif not depth:
            if text == ";":
                break
            if text == ":" and quote_opening_at(ctx, j + 1) is not None:
                break
            if text == "," and j + 1 < scope_end and reader.word(j + 1) in ctx.lex.words.clause_breakers:
                break
            if j in ctx.group_starts and j > start and not own_verb(j) and coordinated_group_at(ctx, j):
                break
            if (
                j + 1 in ctx.group_starts
                and reader.word(j) in ctx.lex.words.cue_joiners
                and j > start
                and not own_verb(j + 1)
                and coordinated_group_at(ctx, j + 1)
            ):
                break
            if reader.is_finite(j):
                verb_seen = True
        j += 1
    return strip(reader, start, j)


def after_que(ctx: Context, i: int) -> int | None:
    """The token after a complementizer at i ("que", "qu'", and "qu" + "'" before «)."""
    if i >= len(ctx.doc):
        return None
    word = ctx.reader.word(i)
    if word in ctx.lex.words.complementizer:
        return i + 1
    if word in ctx.lex.words.elided_que and i + 1 < len(ctx.doc) and ctx.doc[i + 1].text in ("'", "’"):
        return i + 2
    return None


def que_follows(ctx: Context, i: int, end: int) -> bool:
    return i < end and after_que(ctx, i) is not None


def quote_opening_at(ctx: Context, i: int) -> Quote | None:
    return ctx.layout.quote_opening_at(i)


def quote_ends_clause(ctx: Context, quote: Quote, scope_end: int) -> bool:
    after = (quote.closing + 1) if quote.closing is not None else quote.end
    while after < scope_end and ctx.doc[after].text in FINAL_PUNCTUATION:
        after += 1
    if after < scope_end and ctx.doc[after].text == "," and _quoted_item_at(ctx, after + 1, scope_end):
        return False  # `saluant un "X", un "Y"`: a list of quoted items, the whole list is the claim
    words = ctx.lex.words
    if after < scope_end and ctx.reader.word(after) in words.after_quote_media_only:
        return _medium_at(ctx, after + 1, scope_end)
    return (
        after >= scope_end
        or ctx.doc[after].text in (",", ";", ".", ":", ")")
        or ctx.reader.word(after) in words.after_quote
    )


def _medium_at(ctx: Context, k: int, end: int) -> bool:
    """A phrase on a medium or an occasion of speech at k ("un communiqué", "la revue X")."""
    words = ctx.lex.words
    while k < end and (ctx.reader.is_determiner(k) or ctx.doc[k].pos_ == "ADJ"):
        k += 1  # "un bref communiqué"
    return k < end and ctx.reader.word(k) in words.medium_nouns | words.media_nouns


def _quoted_item_at(ctx: Context, k: int, scope_end: int) -> bool:
    """A quotation opens at `k`, or right after a determiner there."""
    if k >= scope_end:
        return False
    if quote_opening_at(ctx, k) is not None:
        return True
    return k + 1 < scope_end and ctx.reader.is_determiner(k) and quote_opening_at(ctx, k + 1) is not None


def colon_quote_ahead(ctx: Context, i: int, scope_end: int) -> int | None:
    j = i
    while j < scope_end and j - i < 20:
        if ctx.doc[j].text == ":":
            return j if quote_opening_at(ctx, j + 1) is not None else None
        if ctx.doc[j].text in (",", ";", ".") or ctx.doc[j].text in QUOTE_MARKS or j in ctx.group_starts:
            return None
        j += 1
    return None


def pronoun_ref(ctx: Context, i: int) -> SourceRef:
    if ctx.reader.word(i).lstrip("-") in {w.lstrip("-") for w in ctx.lex.generic_pronouns}:
        return SourceRef(generic=i)
    return SourceRef(pronoun=i)


def in_relative(ctx: Context, k: int, floor: int) -> bool:
    """Whether token k is in a relative clause: a relative pronoun comes first in its piece."""
    j = k - 1
    while j >= floor and ctx.doc[j].text != ",":
        if ctx.reader.word(j) in ctx.lex.words.relatives and ctx.doc[j].pos_ in ("PRON", ""):
            return not _after_relative_verb(ctx, j, k)
        j -= 1
    return False


def _after_relative_verb(ctx: Context, relative: int, k: int) -> bool:
    """ "Un homme qui vivait au 2e étage a été blessé": the relative has had its verb, and the
    finite verb k, with no coordinator, complementizer or other relative before it, is the
    main clause's."""
    reader = ctx.reader
    words = ctx.lex.words
    between = range(relative + 1, k)
    if not any(reader.is_finite(m) for m in between):
        return False
    if any(reader.word(m) in words.complementizer or reader.word(m) in words.relatives for m in between):
        return False
    previous = k - 1
    while previous > relative and (
        reader.word(previous) in words.negation_words or reader.word(previous) in words.clitics
    ):
        previous -= 1
    return reader.word(previous) not in words.coordinators and not reader.is_finite(previous)


def previous_finite(ctx: Context, i: int, floor: int) -> int | None:
    """The first token of the group of the nearest finite verb before token i."""
    j = i - 1
    while j >= floor:
        if ctx.reader.is_finite(j) or (
            ctx.doc[j].pos_ == "VERB"
            and "Part" in ctx.doc[j].morph.get("VerbForm", [])
            and j > floor
            and ctx.doc[j - 1].pos_ == "AUX"
        ):
            k = j
            while k - 1 >= floor and (
                ctx.doc[k - 1].pos_ == "AUX"
                or ctx.reader.word(k - 1) in ctx.lex.words.negation | ctx.lex.words.clitics
                or ctx.doc[k - 1].pos_ == "ADV"
            ):
                k -= 1
            return k
        j -= 1
    return None


def main_verb(ctx: Context, start: int, end: int) -> int | None:
    """The first token of the group of the first finite verb of a clause, outside
    quotations and relative clauses."""
    j = start
    while j < end:
        if ctx.layout.in_quote(j) or ctx.reader.word(j) in ctx.lex.words.relatives:
            if ctx.reader.word(j) in ctx.lex.words.relatives:
                return None if j == start else main_verb(ctx, start, j)
            j += 1
            continue
        if ctx.reader.is_finite(j) or ctx.reader.is_auxiliary(j):
            k = j
            while k - 1 >= start and (
                ctx.reader.word(k - 1) in ctx.lex.words.clitics | ctx.lex.words.negation
            ):
                k -= 1
            return k
        j += 1
    return None


def piece_start(ctx: Context, i: int, floor: int) -> int:
    """After the last comma before token i (or `floor`)."""
    j = i - 1
    while j >= floor and ctx.doc[j].text != ",":
        j -= 1
    return j + 1


def coordinated_group_at(ctx: Context, first: int) -> bool:
    group = next((g for g in ctx.groups if g.first == first), None)
    if group is None:
        return False
    if group.participle == "past" and ctx.doc[first - 1].text == ",":
        return False  # "l'homme, soupçonné de …, a été interpellé": an apposition of the noun
    return (
        group.participle == "present"
        or (ctx.reader.word(first - 1) in ctx.lex.words.predicate_joiners)
        or ctx.reader.word(first) in ctx.lex.words.cue_clitic_y
    )


def verb_between(ctx: Context, start: int, end: int) -> bool:
    """A verb outside quotations between two tokens: they are in different clauses."""
    return any(ctx.doc[k].pos_ in ("VERB", "AUX") and not ctx.layout.in_quote(k) for k in range(start, end))


def verb_follows(ctx: Context, k: int, end: int) -> bool:
    """A finite verb or an auxiliary right after token k, past clitics and negation ("il ne l'a
    pas dit": after "il"; "« 354 plans » sont": after the closing mark)."""
    j = k + 1
    while j < end and ctx.reader.word(j) in ctx.lex.words.negation | ctx.lex.words.clitics:
        j += 1
    return j < end and (ctx.reader.is_finite(j) or ctx.reader.is_auxiliary(j))


def cue_site(ctx: Context, group: VerbGroup) -> CueSite:
    """Where a verb group's claim may lie: its clause, within its sentence or unit."""
    scope_start, scope_end = ctx.layout.scope(group.head)
    return CueSite(group, clause_floor(ctx, group.first, scope_start), scope_start, scope_end)


def strip(reader: Reader, start: int, end: int) -> Range | None:
    """Without surrounding spaces, punctuation, connectives and the quotation marks around it
    ("pleuré. »" → "pleuré"), but with the marks of a quotation inside it ("une décision
    « brutale »")."""
    doc = reader.doc
    while start < end and (
        doc[start].is_space
        or doc[start].text in (",", ";", ":")
        or doc[start].text in DIALOGUE_DASHES
        or _unpaired(doc, start, start, end)
    ):
        start += 1
    while end > start and (
        not doc[end - 1].text.strip()
        or doc[end - 1].text in FINAL_PUNCTUATION
        or doc[end - 1].text in (",", ";", ":")
        or _unpaired(doc, end - 1, start, end)
    ):
        end -= 1
    while end > start and doc[end - 1].text == ")" and not any(doc[k].text == "(" for k in range(start, end)):
        end -= 1
        while end > start and (
            doc[end - 1].is_space
            or doc[end - 1].text in FINAL_PUNCTUATION
            or _unpaired(doc, end - 1, start, end)
        ):
            end -= 1
    if (
        start < end
        and reader.word(start) in reader.lex.connectives
        and start + 1 < end
        and doc[start + 1].text == ","
    ):
        start += 2
    elif start + 1 < end and reader.word(start) in reader.lex.words.leading_conjunctions:
        start += 1
    quote = reader.layout.quote_opening_at(start) if start < end else None
    if quote is not None and quote.closing == end - 1 and quote.end - quote.start > 0:
        return quote.start, quote.end  # "« P »" as a whole: the marks are not the claim
    return (start, end) if start < end else None


def _unpaired(doc: Doc, i: int, start: int, end: int) -> bool:
    """A quotation mark at i whose partner is not within start..end-1."""
    text = doc[i].text
    if text in OPENING:
        return not any(doc[k].text == OPENING[text] for k in range(i + 1, end))
    if text in CLOSING:
        return not any(doc[k].text == CLOSING[text] for k in range(start, i))
    if text in STRAIGHT_MARKS:
        return sum(doc[k].text == text for k in range(start, end)) % 2 == 1
    return False


def present_participle(ctx: Context, i: int) -> bool:
    """ "invitant", "confirmant": a present participle, the head of an adjunct clause."""
    morph = ctx.doc[i].morph
    return "Part" in morph.get("VerbForm", []) and "Pres" in morph.get("Tense", [])
