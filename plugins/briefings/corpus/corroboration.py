"""Corroboration across briefings: the same figure about the same entity, from another source.

Runs on the whole corpus after the analyst's corrections (an analyst's grade wins). Two
claims in different briefings corroborate each other when their sources are independent (not
the same source, not the same entity) and their contents share a figure and an entity: "plus de
10 000 soldats" about Corée du Nord, claimed by Séoul in one article and by Kyiv in another.
Candidates come from an index by figure with a bounded posting list, so the pass is linear in
the number of claims.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace

from ..model import Briefing, Claim
from ..text import figures_of

#: A figure claimed in more places than this is too common to tell anything ("deux", "2012").
MAX_POSTINGS = 60
#: Stances that report the absence of a claim: they corroborate nothing.
_NOT_ASSERTING = ("denies", "not_confirmed", "questions")


#: A briefing's facts: (claim index, its entities, its figures) for each claim that can corroborate
Facts = list[tuple[int, frozenset[str], frozenset[tuple[str, ...]]]]


class Corroborations:
    """What `corroborate_across` made, kept across `mkdocs serve` rebuilds: each briefing's facts
    (kept for the very same annotation and hidden claims: annotations are never modified), and
    each corroborated briefing (kept for the very same briefing and the same support, so that
    an unchanged briefing stays the same object from one rebuild to the next)."""

    def __init__(self) -> None:
        self.facts: dict[str, tuple[object, frozenset[int], Facts]] = {}
        self.made: dict[str, tuple[Briefing, tuple[object, ...], Briefing]] = {}


def corroborate_across(briefings: Sequence[Briefing], kept: Corroborations | None = None) -> list[Briefing]:
    """The briefings with claims upgraded where another briefing's independent source agrees.

    Runs after the analyst's corrections: a claim the analyst hid neither corroborates nor is
    corroborated, a re-sourced claim counts under its new source, and a grade the analyst set
    stays as it is. `kept`: what the last call made (`serve`), used again where it still holds.
    """
    facts: list[tuple[int, int, frozenset[str], frozenset[tuple[str, ...]]]] = []
    by_figure: dict[tuple[str, ...], list[int]] = defaultdict(list)
    known = kept.facts if kept is not None else {}
    found: dict[str, tuple[object, frozenset[int], Facts]] = {}
    for b, briefing in enumerate(briefings):
        hidden = briefing.overlay.hidden if briefing.overlay is not None else frozenset()
        entry = known.get(briefing.slug)
        if entry is None or entry[0] is not briefing.annotation or entry[1] != hidden:
            entry = (briefing.annotation, hidden, _facts_of(briefing, hidden))
        found[briefing.slug] = entry
        for c, entities, figures in entry[2]:
            index = len(facts)
            facts.append((b, c, entities, figures))
            for figure in figures:
                by_figure[figure].append(index)
    if kept is not None:
        kept.facts = found
    support: dict[tuple[int, int], list[tuple[int, int]]] = defaultdict(list)
    for b, c, entities, figures in facts:
        claim = briefings[b].annotation.claims[c]
        seen: set[int] = set()
        for figure in figures:
            postings = by_figure[figure]
            if len(postings) > MAX_POSTINGS:
                continue
            for other in postings:
                ob, oc, other_entities, _ = facts[other]
                if ob == b or other in seen or not entities & other_entities:
                    continue
                seen.add(other)
                if _independent(claim, briefings[ob].annotation.claims[oc]):
                    support[(b, c)].append((ob, oc))
    if not support:
        if kept is not None:
            kept.made = {}
        return list(briefings)
    by_briefing: dict[int, list[int]] = defaultdict(list)
    for b, c in support:
        by_briefing[b].append(c)
    made = kept.made if kept is not None else {}
    now: dict[str, tuple[Briefing, tuple[object, ...], Briefing]] = {}
    result = []
    for b, briefing in enumerate(briefings):
        if b not in by_briefing:
            result.append(briefing)
            continue
        # what `_corroborated` reads of the other briefings: their slugs and claims' sources
        shown = tuple(
            (
                c,
                tuple(
                    (briefings[ob].slug, briefings[ob].annotation.claims[oc].source.name)
                    for ob, oc in support[(b, c)]
                ),
            )
            for c in sorted(by_briefing[b])
        )
        last = made.get(briefing.slug)
        if last is not None and last[0] is briefing and last[1] == shown:
            corrected = last[2]
        else:
            claims = list(briefing.annotation.claims)
            for c, claim in enumerate(claims):
                if (b, c) in support and not _graded_by_analyst(briefing, c):
                    claims[c] = _corroborated(
                        claim,
                        [briefings[ob] for ob, _ in support[(b, c)]],
                        [briefings[ob].annotation.claims[oc] for ob, oc in support[(b, c)]],
                    )
            corrected = briefing
            if claims != briefing.annotation.claims:
                corrected = replace(briefing, annotation=replace(briefing.annotation, claims=claims))
        now[briefing.slug] = (briefing, shown, corrected)
        result.append(corrected)
    if kept is not None:
        kept.made = now
    return result


def _facts_of(briefing: Briefing, hidden: frozenset[int]) -> Facts:
    """The claims of a briefing that can corroborate or be corroborated, each with the entities
    and figures of the mentions inside it."""
    mentions = briefing.annotation.mentions
    found: Facts = []
    for c, claim in enumerate(briefing.annotation.claims):
        if claim.stance in _NOT_ASSERTING or c in hidden:
            continue
        inside = [m for m in mentions if claim.start <= m.start and m.end <= claim.end]
        entities = frozenset(m.id for m in inside if m.label not in ("DATE", "QUANTITY"))
        figures = frozenset(f for m in inside if m.label == "QUANTITY" and (f := figures_of(m.text)))
        if entities and figures:
            found.append((c, entities, figures))
    return found


def _graded_by_analyst(briefing: Briefing, index: int) -> bool:
    return any(edit.action == "grade" for edit in briefing.claim_edits(index))


def _independent(a: Claim, b: Claim) -> bool:
    if a.source.id == b.source.id or a.source.kind == "anonymous" or b.source.kind == "anonymous":
        return False
    return not (a.source.entity_id and a.source.entity_id == b.source.entity_id)


def _corroborated(claim: Claim, briefings: list[Briefing], others: list[Claim]) -> Claim:
    names = sorted({other.source.name for other in others})
    count = len({briefing.slug for briefing in briefings})
    reason = (
        f"corroborated in {count} other briefing{'s' if count != 1 else ''} "
        f"by {', '.join(names[:3])}{' and others' if len(names) > 3 else ''}"
    )
    # a contradicted or denied claim keeps its grade: the agreement elsewhere is noted only
    credibility = claim.credibility if claim.credibility >= 4 else min(claim.credibility, 2)
    return replace(claim, credibility=credibility, reasons=(*claim.reasons, reason))
