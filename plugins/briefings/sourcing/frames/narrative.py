"""The narrative infinitive: "« P », a lancé X. Et d'ajouter : « Q »", "Et de préciser que Q"."""

# A sentence that opens with "Et de" and a reporting infinitive goes on with the speaker just
# before: the act was made, by whoever spoke last, as a standalone quotation's speaker is.

from __future__ import annotations

from ..context import Context, CueSite, Found, SourceRef, found_at
from ..registry import cue_frame
from .content import content_after
from .verb import reported_clause


@cue_frame("narrative")
def narrative(ctx: Context, site: CueSite) -> list[Found] | None:
    group = site.group
    if not group.infinitive or group.governor is not None:
        return None
    reader = ctx.reader
    words = ctx.lex.words
    de = group.first - 1
    opener = de - 1
    unit_start, _ = ctx.layout.unit_of(group.head)
    if not (
        opener >= unit_start
        and reader.word(de) in words.before_infinitive
        and reader.word(opener) in words.narrative_openers
        and all(ctx.doc[k].is_space or ctx.doc[k].is_punct for k in range(unit_start, opener))
    ):
        return None
    content, frame, colon = content_after(ctx, group, site.scope_end)
    if content is None:
        return []
    found = found_at(group, content, [SourceRef(previous_speaker=True)], "narrative")
    found.colon = colon
    found.future_in_past = reported_clause(ctx, content, frame)
    return [found]
