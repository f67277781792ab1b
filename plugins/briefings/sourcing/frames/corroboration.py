"""Corroboration: "P, a-t-on appris de sources concordantes, confirmant une information de X"."""

# The participle does not report what its own object says: it says that X had reported P
# first. X is a source of P, the content of the claim just before the participle.

from __future__ import annotations

from ..context import Context, CueSite, Found, SourceRef, found_at
from ..groups import VerbGroup
from ..phrases import Phrase
from ..registry import cue_frame, document_frame
from ..speakers import can_speak


@cue_frame("corroboration")
def corroboration(ctx: Context, site: CueSite) -> list[Found] | None:
    """No claim of its own for "confirmant une information de X": the document frame below
    gives X the claim it confirms."""
    return [] if reported_first_by(ctx, site.group) is not None else None


@document_frame("corroborated")
def corroborated(ctx: Context, found: list[Found]) -> list[Found]:
    """A claim of X with the content of the claim the participle follows."""
    claims = []
    for group in ctx.groups:
        source = reported_first_by(ctx, group)
        if source is None:
            continue
        unit_start, _ = ctx.layout.unit_of(group.head)
        earlier = [f for f in found if unit_start <= f.position < group.first]
        if earlier:
            claims.append(found_at(group, earlier[-1].content, [SourceRef(phrase=source)], "corroboration"))
    return claims


def reported_first_by(ctx: Context, group: VerbGroup) -> Phrase | None:
    """X in "…, confirmant une information de X": a present participle of a cue of
    corroboration, whose object is a report of a speaking X."""
    reader = ctx.reader
    if group.participle != "present" or group.cue.lemma not in ctx.lex.words.corroborating:
        return None
    _, end = ctx.layout.unit_of(group.head)
    report = reader.phrase_at(group.last, end, complements=False)
    if report is None or reader.word(report.head) not in ctx.lex.words.reports:
        return None
    k = report.end
    if k >= end or reader.word(k) not in ctx.lex.words.de:
        return None
    source = reader.phrase_at(k + (reader.word(k) not in ctx.lex.words.fused_de), end)
    if source is None:
        source = reader.phrase_at(k, end)  # "du Parisien": the article is fused
    return source if source is not None and can_speak(reader, source) else None
