"""Participle or apposition: ", revendiqués par X," after what is claimed; "N avancée est que P"."""

from __future__ import annotations

from ..clauses import clause_from
from ..context import Context, CueSite, Found, SourceRef, found_at
from ..registry import cue_frame
from ..speakers import can_speak
from .content import agent_after, agent_after_attribute, sentence_in, subject_clause


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
        if group.cue.sentence_with is not None and sentence_in(
            ctx, group.cue.sentence_with, agent[0].start, k, scope_end
        ):
            return []  # "condamné par le tribunal à deux ans de prison": a sentence, not speech
    else:
        agent = agent_after_attribute(ctx, group, scope_end)  # "considéré comme X par Y"
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
    if agent and not any(can_speak(reader, p) for p in agent):
        return []  # "observée par des capteurs": an instrument records, it says nothing
    if agent and said and group.first - 1 >= floor and doc[group.first - 1].text == ",":
        content = subject_clause(ctx, group.first - 1, floor)
        if content is not None:
            return [found_at(group, content, [SourceRef(phrase=p) for p in agent], "participle")]
    if agent and said and group.first - 1 >= floor and not doc[group.first - 1].is_punct:
        # "le plan social annoncé par la direction": a modifier of the noun, no comma
        start = reader.phrase_ending_at(group.first, floor)
        if start is not None and _after_preposition_cue(ctx, start):
            return []  # "selon un bilan rapporté par X": X cites the source (the preposition frame)
        if start is not None and any(
            reader.word(k) in ctx.lex.words.physical_objects for k in range(start, group.first)
        ):
            return []  # "les échantillons rapportés par la mission": things brought back, not words
        if start is not None and not _source_of_next_cue(ctx, agent[-1].end, scope_end):
            return [found_at(group, (start, group.first), [SourceRef(phrase=p) for p in agent], "participle")]
    return []


def _source_of_next_cue(ctx: Context, after: int, end: int) -> bool:
    """ "les éléments communiqués par l'entreprise font état de P": the noun phrase is the
    speaker of the cue that follows (one with an object), not what was said."""
    nearest = next((g for g in ctx.groups if after <= g.first < min(end, after + 5)), None)
    if nearest is None or not nearest.cue.object:
        return False
    # not the cue of a relative clause set off after it (", qui ont décrit …"): its subject is
    # the agent
    return not any(
        ctx.doc[k].text == "," or ctx.reader.word(k) in ctx.lex.words.relatives
        for k in range(after, nearest.first)
    )


def _after_preposition_cue(ctx: Context, start: int) -> bool:
    """Whether a "selon", "d'après" … ends right before token `start`."""
    reader = ctx.reader
    return any(
        start - len(prep.words) >= 0
        and tuple(reader.word(start - len(prep.words) + k) for k in range(len(prep.words))) == prep.words
        for prep in ctx.lex.prepositions
        if not prep.linked
    )
