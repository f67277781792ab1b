"""Learned from: "P, a-t-on appris auprès de X", "On a appris mardi que P", "« P », peut-on lire
dans le communiqué"."""

# The reporter's "on" learned something: the source is who it was learned from ("auprès de
# X"), or nobody in particular. The cue (`subject: generic` in the lexicon) is one only with a
# generic "on" as its subject: "il a appris la nouvelle" is no attribution.

from __future__ import annotations

from dataclasses import replace

from ..clauses import after_que, clause_from, pronoun_ref
from ..context import Context, CueSite, Found, SourceRef, found_at
from ..registry import cue_frame
from .content import content_after
from .incise import content_before, de_source, fronted_incise


@cue_frame("learned")
def learned(ctx: Context, site: CueSite) -> list[Found] | None:
    group, floor, scope_end = site.group, site.floor, site.scope_end
    if not group.cue.generic_only:
        return None
    reader = ctx.reader
    on = group.inverted if group.inverted is not None else group.first - 1
    if on < 0 or reader.word(on).lstrip("-") not in {w.lstrip("-") for w in ctx.lex.generic_pronouns}:
        return []
    source, after = _learned_from(ctx, group.last, scope_end)
    content, _, _ = content_after(ctx, group, scope_end)
    if content is None and source is not None and (que := after_que(ctx, after)) is not None:
        content = clause_from(ctx, que, scope_end)  # "On a appris auprès de la mairie que P"
    if content is None and group.inverted is not None:
        content = content_before(ctx, group, floor)  # "P, a-t-on appris auprès de X"
        if content is None and source is None:
            # "Peu avant, apprend-on, le maire avait démissionné": after an adverbial, the
            # cue between commas reports what follows
            return fronted_incise(ctx, group, scope_end) or []
    elif content is None and on == group.first - 1 and on > 0 and reader.word(on).startswith("-"):
        # "« P », peut-on lire dans X": the "on" inverted into the verb that governs the cue
        content = content_before(ctx, replace(group, first=on - 1), floor)
    if content is None:
        return []
    source = source or de_source(ctx, group.last, scope_end)  # "apprend-on de source sûre"
    return [found_at(group, content, [source or pronoun_ref(ctx, on)], "learned")]


def _learned_from(ctx: Context, i: int, end: int) -> tuple[SourceRef | None, int]:
    """ "auprès de X", "auprès du ministère", "dans le rapport": X, and where it ends (a date or an
    adverb may come first)."""
    reader = ctx.reader
    words = ctx.lex.words
    j = i
    while (
        j < end
        and reader.word(j) not in words.learned_from
        and (ctx.doc[j].pos_ == "ADV" or reader.date_at(j) is not None)
    ):
        j += 1
    if j + 1 < end and reader.word(j) in words.read_in:
        j += 1  # "peut-on lire dans le communiqué", "a-t-on appris dans un rapport"
    elif j + 1 >= end or reader.word(j) not in words.learned_from:
        return None, i
    elif reader.word(j + 1) in words.de_elided:
        j += 2
    elif reader.word(j + 1) in words.fused_de:
        j += 1
    else:
        return None, i
    phrases, stop = reader.coordinated_at(j, end)
    if not phrases:
        return None, i
    return SourceRef(phrase=phrases[0]), stop
