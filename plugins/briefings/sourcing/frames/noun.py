"""Noun or document source: "la suggestion de X de P", "l'annonce par X que P"."""

from __future__ import annotations

from ..clauses import clause_from
from ..context import Context, Found, SourceRef
from ..lexicon import norm
from ..registry import document_frame
from ..speakers import can_speak


@document_frame("noun")
def noun(ctx: Context, found: list[Found]) -> list[Found]:
    """A noun of speech or a document with its source: "la suggestion de X de P",
    "l'annonce par X que P"."""
    reader = ctx.reader
    claims = []
    for i, token in enumerate(ctx.doc):
        if token.pos_ not in ("NOUN", "") or norm(token.lemma_ or token.text) not in ctx.lex.nouns:
            continue
        cue = ctx.lex.nouns[norm(token.lemma_ or token.text)]
        _, scope_end = ctx.layout.scope(i)
        j = i + 1
        if j >= scope_end or reader.word(j) not in ctx.lex.words.noun_cue_links:
            continue
        start = j if reader.word(j) in ctx.lex.words.fused_de else j + 1
        phrase = reader.phrase_at(start, scope_end)
        if (
            phrase is None
            or not can_speak(ctx.reader, phrase)
            or reader.entity(phrase.head) is None
            and reader.doc[phrase.head].pos_ != "NOUN"
        ):
            continue
        k = phrase.end
        if (
            (
                k < scope_end
                and reader.word(k) in ctx.lex.words.de_elided
                and k + 1 < scope_end
                and ctx.doc[k + 1].pos_ in ("VERB", "AUX", "PRON", "ADV")
            )
            or k < scope_end
            and reader.word(k) in ctx.lex.words.complementizer
        ):
            content = clause_from(ctx, k + 1, scope_end)
        else:
            continue
        if content is not None:
            claims.append(
                Found(content, [SourceRef(phrase=phrase)], [i], cue.stance, "noun", i, [(i, i + 1)])
            )
    return claims
