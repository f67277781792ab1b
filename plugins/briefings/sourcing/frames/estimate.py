"""Figure estimates: "victimes …, estimées à environ 1 100", "estime à 2,3 points l'écart"."""

from __future__ import annotations

from ..clauses import clause_from, strip
from ..context import Context, CueSite, Found, SourceRef, found_at
from ..hedges import Hedge
from ..layout import text_of, token_chars
from ..registry import cue_frame
from .content import agent_after
from .subject import cue_subject


@cue_frame("estimate")
def estimate(ctx: Context, site: CueSite) -> list[Found] | None:
    """A figure given as an estimate: "estimées à environ 1 100" (no agent: implicit), "X
    estime à 2,3 points l'écart"."""
    group, floor, scope_end = site.group, site.floor, site.scope_end
    if not (
        group.cue.lemma in ctx.lex.figure_estimates
        and group.last < scope_end
        and ctx.word(group.last) in ctx.lex.words.estimate_prepositions
    ):
        return None
    start = group.last + 1
    end = start
    while (
        end < scope_end
        and ctx.doc[end].text not in (",", ";", ".", ")", ":")
        and not (end in ctx.group_starts and end > start)
    ):
        end += 1
    if group.participle is None and not group.passive:
        end = (clause_from(ctx, start, scope_end) or (start, end))[1]
    content = strip(ctx.reader, start, end)
    if content is None:
        return []
    if group.participle is None and not group.passive:
        sources = cue_subject(ctx, group, floor, scope_end)
        if not sources:
            return []
    else:
        agent = agent_after(ctx, end, scope_end)
        sources = [SourceRef(phrase=p) for p in agent] if agent else [SourceRef(implicit=True)]
    found = found_at(group, content, sources, "estimate")
    found.stance = "estimates"
    found.cue = sorted(set(group.cue_tokens) | {group.last})
    if group.cue.lemma in ctx.lex.approximate_estimates:
        first, last = token_chars(ctx.doc, group.head, group.last + 1)
        found.extra_hedges.append(Hedge(first, last, text_of(ctx.doc)[first:last], "approximation"))
    return [found]
