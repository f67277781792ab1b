"""Participle or apposition: ", revendiqués par X," after what is claimed; "N avancée est que P"."""

from __future__ import annotations

from ..clauses import clause_from
from ..context import Context, CueSite, Found, SourceRef, found_at
from ..registry import cue_frame
from .content import agent_after, subject_clause


@cue_frame("participle")
def participle(ctx: Context, site: CueSite) -> list[Found] | None:
    """A past participle without auxiliary: "Plusieurs attaques …, revendiqués par X," (an
    apposition to what was claimed) and "L'explication avancée est que P"."""
    group, floor, scope_end = site.group, site.floor, site.scope_end
    if group.participle != "past":
        return None
    reader = ctx.reader
    doc = ctx.doc
    after = group.last
    # "N avancée (par X) est que P"
    agent = agent_after(ctx, after, scope_end)
    k = after
    if agent:
        k = agent[-1].end
    if (
        k + 1 < scope_end
        and reader.word(k) in ctx.lex.words.copulas
        and reader.word(k + 1) in ctx.lex.words.complementizer
        and reader.is_nominal(group.first - 1)
    ):
        content = clause_from(ctx, k + 2, scope_end)
        if content is None:
            return []
        sources = [SourceRef(phrase=p) for p in agent] if agent else [SourceRef(implicit=True)]
        return [found_at(group, content, sources, "nominal")]
    # ", revendiqués par X," after the noun phrase it describes
    said = group.cue.object or group.cue.agent_passive
    if agent and said and group.first - 1 >= floor and doc[group.first - 1].text == ",":
        content = subject_clause(ctx, group.first - 1, floor)
        if content is not None:
            return [found_at(group, content, [SourceRef(phrase=p) for p in agent], "participle")]
    return []
