"""Passive agent: "P a été émise par X", "P sont pointées du doigt" (an implicit source)."""

from __future__ import annotations

from ..context import Context, CueSite, Found, SourceRef, found_at
from ..registry import cue_frame
from .content import agent_after, subject_clause


@cue_frame("passive")
def passive(ctx: Context, site: CueSite) -> list[Found] | None:
    """ "L'existence du boson a été émise par X": the content is the subject, the source the
    agent, or nobody in particular for a cue that may go without one ("sont pointées du
    doigt")."""
    group, floor, scope_end = site.group, site.floor, site.scope_end
    if not group.passive or group.participle is not None:
        return None
    if group.cue.active_only:
        return []  # "dont la liberté est menacée par une démocratie": no one speaks
    agent = agent_after(ctx, group.last, scope_end)
    if agent is None and not group.cue.passive_only:
        return []
    if not group.cue.object:
        return []
    content = subject_clause(ctx, group.first, floor)
    if content is None:
        return []
    sources = [SourceRef(phrase=p) for p in agent] if agent else [SourceRef(implicit=True)]
    return [found_at(group, content, sources, "passive")]
