"""Colon or quote: a quotation after a colon, or standing alone after its speaker."""

# Neither quotation has a reporting verb of its own: the speaker is the subject of the clause
# before the colon, or the speaker introduced in the sentence before.

from __future__ import annotations

from ..clauses import clause_floor, main_verb, quote_opening_at, strip
from ..context import Context, Found, SourceRef
from ..layout import FINAL_PUNCTUATION, Quote
from ..registry import document_frame
from ..speakers import can_speak
from .subject import clause_speakers


@document_frame("colon")
def colon(ctx: Context, found: list[Found]) -> list[Found]:
    """A quotation after a colon, with no reporting verb of its own: the speaker is the
    source of a claim just before it in the sentence, or the subject of the clause."""
    reader = ctx.reader
    used = {f.colon for f in found if f.colon is not None}
    claims = []
    for quote in ctx.layout.quotes:
        if quote.opening is None:
            continue
        colon = quote.opening - 1
        if colon < 0 or ctx.doc[colon].text != ":" or colon in used or ctx.layout.in_quote(colon):
            continue
        if any(
            f.content[0] <= quote.start
            and quote.end <= f.content[1]
            and f.content != (quote.start, quote.end)
            for f in found
            if f.frame != "preposition"
        ):
            continue
        unit_start, _ = ctx.layout.unit_of(colon)
        earlier = [f for f in found if unit_start <= f.position < colon]
        content = strip(reader, quote.start, quote.end)
        if content is None:
            continue
        if any(f.content == content and f.position > quote.end for f in found):
            continue  # "X se sent lâché : « P », déclare Y": the cue after it names the speaker
        if earlier:
            sources = earlier[-1].sources
        else:
            verb = main_verb(ctx, unit_start, colon)
            if verb is None:
                # "Joint par téléphone, un habitant du quartier : « P »": a speaker, no verb
                sources = _speaker_before_colon(ctx, unit_start, colon)
                if sources:
                    claims.append(
                        Found(content, sources, [colon], "asserts", "colon", colon, [(colon, colon + 1)])
                    )
                continue
            sources = clause_speakers(ctx, verb, clause_floor(ctx, verb, unit_start))
        if sources:
            claims.append(
                Found(content, list(sources), [colon], "asserts", "colon", colon, [(colon, colon + 1)])
            )
    return claims


def _speaker_before_colon(ctx: Context, unit_start: int, colon: int) -> list[SourceRef]:
    """The phrase that ends at the colon, when it can speak and starts its comma piece."""
    reader = ctx.reader
    start = reader.phrase_ending_at(colon, unit_start)
    if start is None or (start > unit_start and ctx.doc[start - 1].text != ","):
        return []
    phrases, stop = reader.coordinated_at(start, colon)
    if stop != colon or not phrases or not all(can_speak(reader, p) for p in phrases):
        return []
    return [SourceRef(phrase=p) for p in phrases]


@document_frame("standalone_quote")
def standalone_quote(ctx: Context, found: list[Found]) -> list[Found]:
    """A sentence that is only a quotation, right after a sentence that introduced its
    speaker (the two quotations of Christian Jacob after "Il a souhaité faire un rappel")."""
    claimed_units = {ctx.layout.unit_index(f.position) for f in found}
    quoting = _quoting_paragraphs(ctx, found)
    claims = []
    for index, (start, end) in enumerate(ctx.layout.units):
        quote = quote_opening_at(ctx, start)
        if quote is None or quote.closing is None or index in claimed_units or index == 0:
            continue
        if quote.closing >= end:
            continue  # a quotation that goes on into the next paragraph does not stand alone
        rest = [ctx.doc[k].text for k in range(quote.closing + 1, end)]
        if any(text not in FINAL_PUNCTUATION for text in rest):
            continue
        # a quoted paragraph of its own stands alone only right after a paragraph whose last
        # sentence is a claim: the speaker's words go on ("X a salué … ¶ « P »")
        paragraph = ctx.layout.paragraph_index(start)
        sources = [SourceRef(previous_speaker=True)]
        if paragraph != ctx.layout.paragraph_index(ctx.layout.units[index - 1][0]) and (
            index - 1 not in claimed_units or not _opens_paragraph(ctx, start)
        ):
            if paragraph - 1 not in quoting or not _opens_paragraph(ctx, start):
                continue
            # right after a paragraph whose last claim quotes its speaker, narration after it:
            # "« P », dit X. Deux saisies. ¶ « Q ». …" (Q is X's too)
            sources = quoting[paragraph - 1]
        content = strip(ctx.reader, quote.start, quote.end)
        if content is None:
            continue
        quoting[paragraph] = sources
        claims.append(Found(content, sources, [], "asserts", "standalone", quote.start, []))
    return claims


@document_frame("quoted_sequel")
def quoted_sequel(ctx: Context, found: list[Found]) -> list[Found]:
    """A sentence with no cue that goes on quoting, right after a claim that quotes its source
    in the same paragraph: 'Selon le communiqué, les malades présentaient des "symptômes".
    Deux enfants ont été "brièvement hospitalisés".' (the same source's words, cue
    "(implicit)"); or at the start of the next paragraph ('… écrivent les experts. ¶ Le retard
    « a pu jouer »'); or, after a whole quotation of a named speaker, a sentence whose quoted
    words speak in the first person ('« P », a dit X. Il s'agit du "plus grand pont que nous
    ayons bâti"': only the speaker says "nous" there)."""
    layout = ctx.layout
    claimed = {layout.unit_index(f.position) for f in found}
    quoting = {
        layout.unit_index(f.position)
        for f in found
        # (a quoted word inside the paraphrase; not a whole quotation, after which the journalist
        # speaks again: "« P », précise le bulletin. L'indice était classé « mauvais »")
        if any(layout.quote_opening_at(k) is not None for k in range(f.content[0] - 1, f.content[1]))
        and layout.quote_around(*f.content) is None
    }
    whole = {layout.unit_index(f.position) for f in found if _quotes_named_speaker(ctx, f)}
    claims = []
    for index, (start, end) in enumerate(layout.units):
        if index == 0 or index in claimed or not {index - 1} & (quoting | whole):
            continue
        if any(ctx.doc[k].text == "?" for k in range(start, end)):
            continue
        same_paragraph = layout.paragraph_index(start) == layout.paragraph_index(layout.units[index - 1][0])
        inside = [
            q
            for q in layout.quotes
            if q.opening is not None and start < q.opening and q.closing is not None and q.closing < end
        ]
        if index - 1 in quoting and (same_paragraph or _opens_paragraph(ctx, start)):
            # the quotation is a predicate ("ont été « brièvement hospitalisés »", "Le retard « a
            # pu jouer »"), not a label after a noun or a preposition ("mis en examen pour
            # « homicide involontaire »")
            found_here = [q for q in inside if q.opening is not None and _predicate(ctx, q.opening, q.start)]
        elif index - 1 in whole and same_paragraph:
            # words only the speaker says ("nous"), or a quoted clause that opens on its verb
            # ('« P », a dit X. Ils ont cessé de manger pour « dénoncer leur arrestation »')
            found_here = [
                q
                for q in inside
                if any(ctx.reader.word(k) in ctx.lex.first_person for k in range(q.start, q.end))
                or _quoted_clause(ctx, q)
            ]
        else:
            continue
        if not found_here:
            continue
        content = strip(ctx.reader, start, end)
        if content is None:
            continue
        claims.append(
            Found(content, [SourceRef(previous_speaker=True)], [], "asserts", "standalone", start, [])
        )
    return claims


def _quoted_clause(ctx: Context, quote: Quote) -> bool:
    """A quotation of several words that opens on a verb with its complement ("« dénoncer
    jusqu'au bout leur arrestation »", "« ont tout perdu »"), not a label ("« homicide »")."""
    doc = ctx.doc
    k = quote.start
    while k < quote.end and ctx.reader.word(k) in ctx.lex.words.clitics:
        k += 1
    # (a name is no clause: "« Clos des Fées »")
    return (
        quote.end - quote.start >= 3 and k < quote.end and doc[k].pos_ in ("VERB", "AUX") and doc[k].is_lower
    )


def _predicate(ctx: Context, opening: int, first: int) -> bool:
    """A quotation after a verb ("ont été « hospitalisés »"), or one that opens on a finite verb
    after its subject's noun ("Le retard « a pu jouer »")."""
    doc = ctx.doc
    if doc[opening - 1].pos_ in ("AUX", "VERB"):
        return True
    return (
        doc[first].pos_ in ("AUX", "VERB")
        and "Fin" in doc[first].morph.get("VerbForm", [])
        and doc[opening - 1].pos_ in ("NOUN", "PROPN")
    )


def _quoting_paragraphs(ctx: Context, found: list[Found]) -> dict[int, list[SourceRef]]:
    """The paragraphs whose last claim is a quotation of a named speaker, and its sources."""
    last: dict[int, Found] = {}
    for item in sorted(found, key=lambda f: f.position):
        last[ctx.layout.paragraph_index(item.position)] = item
    return {paragraph: item.sources for paragraph, item in last.items() if _quotes_named_speaker(ctx, item)}


def _quotes_named_speaker(ctx: Context, item: Found) -> bool:
    """A claim with a cue that is a whole quotation of a speaker the text names (a phrase or a
    pronoun, not "on" nor nobody)."""
    return (
        bool(item.cue)
        and any(s.phrase is not None or s.pronoun is not None for s in item.sources)
        and ctx.layout.quote_around(*item.content) is not None
    )


def _opens_paragraph(ctx: Context, start: int) -> bool:
    """Nothing but white space lies between the previous paragraph and `start`."""
    k = start - 1
    while k >= 0 and ctx.doc[k].is_space and "\n" not in ctx.doc[k].text:
        k -= 1
    return k < 0 or "\n" in ctx.doc[k].text or ctx.doc[k].text in FINAL_PUNCTUATION
