"""Applying an overlay: the machine's mentions and claims corrected, with a `Correction` for each change.

Applying needs the article text, the knowledge base and the machine's mentions and claims; it
returns them corrected, so pages and the export can tell the machine's work from the analyst's.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from typing import Any

from ..knowledge import KnowledgeBase
from ..model import AppliedOverlay, Claim, Correction, CorrectionTarget, EntityMention
from ..text import slugify
from ..yamlschema import shorten
from .schema import (
    APOSTROPHES,
    ClaimCorrection,
    EntityCorrection,
    Overlay,
    OverlayError,
    SourceRating,
    fold,
    normalise,
)

_WORD = re.compile(r"\w{4,}")  # words that say something, for "did you mean" hints


def apply_overlay(
    overlay: Overlay | None,
    *,
    text: str,
    mentions: Sequence[EntityMention],
    claims: Sequence[Claim],
    kb: KnowledgeBase,
    ratings: Mapping[str, SourceRating] | None = None,
) -> tuple[AppliedOverlay, list[OverlayError]]:
    """The briefing's mentions and claims with the overlay and the source ratings applied.

    `overlay` is None for a briefing without an overlay file (source ratings still apply).
    Corrections that cannot apply (text not in the article, unknown id, no such claim) are
    reported and skipped; the others apply.
    """
    overlay = overlay or Overlay(slug="", path="")
    applier = _Applier(overlay, text, kb)
    corrected_mentions = applier.correct_mentions(list(mentions))
    corrected_claims, hidden, used = applier.correct_claims(list(claims), ratings or {})
    corrections = applier.corrections
    if overlay.title is not None:
        corrections.insert(
            0,
            Correction(
                "briefing", "title", None, None, overlay.title, "title replaced",
                overlay.title_reason, overlay.path, overlay.title_line,
            ),
        )  # fmt: skip
    applied = AppliedOverlay(
        mentions=corrected_mentions,
        claims=corrected_claims,
        hidden=frozenset(hidden),
        corrections=corrections,
        title=overlay.title,
        summary=overlay.summary,
        notes=overlay.notes,
        ratings_used=frozenset(used),
    )
    return applied, sorted(applier.errors, key=lambda error: error.line or 0)


def unused_ratings(
    ratings: Mapping[str, SourceRating], applied: Iterable[AppliedOverlay]
) -> list[OverlayError]:
    """Ratings that matched no claim of any briefing: most likely a misspelt source."""
    applied = list(applied)
    used: set[str] = set().union(*(result.ratings_used for result in applied))
    sources = {claim.source.id: claim.source.name for result in applied for claim in result.claims}
    errors = []
    for rating in ratings.values():
        if rating.key in used:
            continue
        if rating.id is not None:
            close = difflib.get_close_matches(rating.id, sorted(sources), n=1, cutoff=0.6)
            hint = f"did you mean '{close[0]}'?" if close else "the export lists each claim's `source.id`"
            message = f"no claim has the source id '{rating.id}'"
        else:
            names = sorted(set(sources.values()))
            close = difflib.get_close_matches(rating.name or "", names, n=1, cutoff=0.6)
            hint = f"did you mean '{close[0]}'?" if close else "write the name as the briefing shows it"
            message = f"no claim has the source named '{rating.name}'"
        errors.append(OverlayError(rating.path, message, line=rating.line, hint=hint))
    return errors


class _Applier:
    """Applies one overlay to one article's mentions and claims, collecting what changed."""

    def __init__(self, overlay: Overlay, text: str, kb: KnowledgeBase) -> None:
        self.overlay = overlay
        self.text = text
        self.searchable = text.translate(APOSTROPHES)  # same length: offsets carry over
        self.kb = kb
        self.corrections: list[Correction] = []
        self.errors: list[OverlayError] = []

    def error(self, line: int, message: str, hint: str = "") -> None:
        self.errors.append(OverlayError(self.overlay.path, message, line=line or None, hint=hint))

    def record(
        self,
        target: CorrectionTarget,
        action: str,
        span: EntityMention | Claim,
        detail: str,
        reason: str,
        line: int,
        *,
        path: str | None = None,
        claim: int | None = None,
    ) -> None:
        """Note a change of `span` (the mention or claim after it; `claim` is its index)."""
        path = path or self.overlay.path
        self.corrections.append(
            Correction(target, action, span.start, span.end, span.text, detail, reason, path, line, claim)
        )

    # Entities

    def correct_mentions(self, mentions: list[EntityMention]) -> list[EntityMention]:
        mentions = sorted(mentions, key=lambda m: (m.start, m.end))
        for correction in self.overlay.entities:
            spans = self._spans(correction)
            if correction.id is not None and not self._known_id(correction):
                continue
            if spans is None:
                continue
            if correction.action == "add":
                mentions = self._add(mentions, correction, spans)
            else:
                mentions = self._change(mentions, correction, spans)
        return mentions

    def _add(
        self, mentions: list[EntityMention], correction: EntityCorrection, spans: list[tuple[int, int]]
    ) -> list[EntityMention]:
        entity = self.kb.get(correction.id) if correction.id else None
        label = correction.label or (entity.label if entity else "MISC")
        for start, end in spans:
            replaced = [m for m in mentions if m.start < end and start < m.end]
            surface = self.text[start:end]
            added = EntityMention(start, end, surface, label, correction.id or slugify(surface) or "entity")
            mentions = sorted(
                [m for m in mentions if m not in replaced] + [added], key=lambda m: (m.start, m.end)
            )
            detail = f"added as {label}" + (f", linked to '{added.id}'" if correction.id else "")
            if replaced:
                detail += "; replaces " + ", ".join(f"'{m.text}' ({m.label})" for m in replaced)
            self.record("entity", "add", added, detail, correction.reason, correction.line)
        return mentions

    def _change(
        self, mentions: list[EntityMention], correction: EntityCorrection, spans: list[tuple[int, int]]
    ) -> list[EntityMention]:
        wanted = set(spans)
        targets = [m for m in mentions if (m.start, m.end) in wanted]
        if not targets:
            self._not_annotated(mentions, correction, spans)
            return mentions
        result = [m for m in mentions if m not in targets]
        for mention in targets:
            if correction.action == "remove":
                detail = f"removed ({mention.label})"
            elif correction.action == "relabel":
                label = correction.label or mention.label
                value = mention.value if label == mention.label else None  # a value belongs to its label
                detail = f"label {mention.label} → {label}"
                mention = replace(mention, label=label, value=value)
            else:
                detail = f"id '{mention.id}' → '{correction.id}'"
                mention = replace(mention, id=correction.id or mention.id)
            if correction.action != "remove":
                result.append(mention)
            self.record("entity", correction.action, mention, detail, correction.reason, correction.line)
        return sorted(result, key=lambda m: (m.start, m.end))

    def _spans(self, correction: EntityCorrection) -> list[tuple[int, int]] | None:
        """Where `text` occurs in the article (as whole words), narrowed to `occurrence`."""
        wanted = normalise(correction.text)
        found = [m.span() for m in _whole_words(wanted).finditer(self.searchable)]
        if not found:
            self.error(
                correction.lines.get("text", correction.line),
                f"'{correction.text}' does not occur in the article",
                self._near(wanted),
            )
            return None
        if correction.occurrence is None:
            return found
        if correction.occurrence > len(found):
            times = "once" if len(found) == 1 else f"{len(found)} times"
            self.error(
                correction.lines.get("occurrence", correction.line),
                f"'{correction.text}' occurs {times}, there is no occurrence {correction.occurrence}",
                f"use a number from 1 to {len(found)}, or leave `occurrence` out for every one",
            )
            return None
        return [found[correction.occurrence - 1]]

    def _near(self, wanted: str) -> str:
        """What the analyst probably meant, as the article writes it."""
        other_case = re.search(_whole_words(wanted).pattern, self.searchable, re.IGNORECASE)
        if other_case:
            return f"the article writes '{self.text[other_case.start() : other_case.end()]}'"
        inside = self.searchable.find(wanted)
        if inside >= 0:
            word = re.search(r"\w*" + re.escape(wanted) + r"\w*", self.searchable[max(0, inside - 40) :])
            return f"it only occurs inside the longer word '{word.group(0) if word else wanted}'"
        words = self.searchable.split()
        size = max(1, len(wanted.split()))
        candidates = dict.fromkeys(
            " ".join(words[i : i + size]).strip('.,;:!?«»"()[]') for i in range(len(words))
        )
        close = difflib.get_close_matches(wanted, list(candidates), n=1, cutoff=0.75)
        if close:
            return f"did you mean '{close[0]}'?"
        return "copy the words exactly as the briefing page shows them"

    def _not_annotated(
        self, mentions: list[EntityMention], correction: EntityCorrection, spans: list[tuple[int, int]]
    ) -> None:
        around = [m for m in mentions if any(m.start < end and start < m.end for start, end in spans)]
        if around:
            hint = f"the annotation there is '{around[0].text}'; write that text"
        elif correction.action == "remove":
            hint = "the machine did not annotate it, so there is nothing to remove"
        else:
            hint = f"`add` it first: `- {{text: {correction.text}, label: …}}`"
        where = f" (occurrence {correction.occurrence})" if correction.occurrence else ""
        self.error(
            correction.lines.get("text", correction.line),
            f"'{correction.text}'{where} is not an annotated entity, nothing to {correction.action}",
            hint,
        )

    def _known_id(self, correction: EntityCorrection) -> bool:
        entity_id = correction.id or ""
        if self.kb.get(entity_id) is not None:
            return True
        ids = sorted(self.kb.entities)
        close = difflib.get_close_matches(entity_id, ids, n=3, cutoff=0.6)
        prefix = entity_id.split("-")[0]
        starting = [known for known in ids if known.startswith(prefix)][:5] if prefix else []
        if close:
            hint = "did you mean " + " or ".join(f"'{known}'" for known in close) + "?"
        elif starting:
            hint = f"known ids starting with '{prefix}': " + ", ".join(starting)
        else:
            hint = "add the entity to briefings/entities.yml first"
        self.error(
            correction.lines.get("id", correction.line),
            f"no entity has the id '{entity_id}' in the knowledge base",
            hint,
        )
        return False

    # Claims

    def correct_claims(
        self, claims: list[Claim], ratings: Mapping[str, SourceRating]
    ) -> tuple[list[Claim], set[int], set[str]]:
        targets = [
            (c, index) for c in self.overlay.claims if (index := self._find_claim(claims, c)) is not None
        ]
        # the analyst's source first, so a rating of the new source applies; an explicit grade
        # last; what this briefing's overlay says wins over the ratings across briefings
        kind_given: set[int] = set()
        for correction, index in targets:
            if correction.source is not None:
                claims[index] = self._change_source(claims[index], correction, index)
                if correction.source.kind:
                    kind_given.add(index)
        used: set[str] = set()
        for index, claim in enumerate(claims):
            rating = next((r for r in ratings.values() if r.matches(claim.source)), None)
            if rating is not None:
                used.add(rating.key)
                claims[index] = self._rate(claim, rating, index, keep_kind=index in kind_given)
        hidden: set[int] = set()
        for correction, index in targets:
            claim = claims[index]
            if correction.reliability or correction.credibility:
                reliability = correction.reliability or claim.reliability
                credibility = correction.credibility or claim.credibility
                reason = "graded by the analyst" + (f": {correction.reason}" if correction.reason else "")
                detail = f"grade {claim.reliability}{claim.credibility} → {reliability}{credibility}"
                claim = replace(claim, reliability=reliability, credibility=credibility, reasons=(reason,))
                self.record("claim", "grade", claim, detail, correction.reason, correction.line, claim=index)
            if correction.stance:
                detail = f"stance {claim.stance} → {correction.stance}"
                claim = replace(claim, stance=correction.stance)
                self.record("claim", "stance", claim, detail, correction.reason, correction.line, claim=index)
            if correction.hide:
                hidden.add(index)
                self.record("claim", "hide", claim, "hidden", correction.reason, correction.line, claim=index)
            claims[index] = claim
        return claims, hidden, used

    def _find_claim(self, claims: list[Claim], correction: ClaimCorrection) -> int | None:
        wanted = fold(correction.match)
        in_order = sorted(range(len(claims)), key=lambda i: (claims[i].start, claims[i].end))
        matching = [i for i in in_order if wanted in fold(claims[i].text)]
        line = correction.lines.get("match", correction.line)
        if not matching:
            self.error(line, f"no claim contains '{correction.match}'", self._closest_claim(claims, wanted))
            return None
        if correction.occurrence is not None:
            if correction.occurrence <= len(matching):
                return matching[correction.occurrence - 1]
            self.error(
                correction.lines.get("occurrence", line),
                f"{len(matching)} claim(s) contain '{correction.match}', "
                f"there is no occurrence {correction.occurrence}",
                f"use a number from 1 to {len(matching)}",
            )
            return None
        if len(matching) > 1:
            self.error(
                line,
                f"'{correction.match}' is in {len(matching)} claims",
                f"quote more words, or add `occurrence:` (1 to {len(matching)}, in the order of the text)",
            )
            return None
        return matching[0]

    @staticmethod
    def _closest_claim(claims: list[Claim], wanted: str) -> str:
        if not claims:
            return "this briefing has no claims"
        words = set(_WORD.findall(wanted))
        best = max(claims, key=lambda claim: len(words & set(_WORD.findall(fold(claim.text)))))
        if words & set(_WORD.findall(fold(best.text))):
            return f"the closest claim reads '{shorten(best.text, 80)}'; copy a few words of it"
        starts = ", ".join(f"'{shorten(claim.text, 30)}'" for claim in claims[:3])
        return f"quote words of what the claim says, as the page shows it; claims here begin {starts}"

    def _change_source(self, claim: Claim, correction: ClaimCorrection, index: int) -> Claim:
        change = correction.source
        assert change is not None
        old = claim.source
        entity = self.kb.get(change.id) if change.id else None
        name = change.name or (entity.name if entity else None)
        source_id = change.id or (slugify(change.name) if change.name else None)
        kind = change.kind or old.kind
        updates: dict[str, Any] = {"kind": kind}
        if name or source_id:
            updates |= {
                "name": name or old.name,
                "id": source_id or old.id,
                "entity_id": source_id if source_id and self.kb.get(source_id) else None,
                "named": kind != "anonymous",
                # the phrase the machine found named the old source
                "mention_start": None,
                "mention_end": None,
            }
        source = replace(old, **updates)
        detail = f"source '{old.name}' ({old.kind}) → '{source.name}' ({source.kind})"
        claim = replace(claim, source=source)
        self.record("claim", "source", claim, detail, correction.reason, correction.line, claim=index)
        return claim

    def _rate(self, claim: Claim, rating: SourceRating, index: int, *, keep_kind: bool) -> Claim:
        updates: dict[str, Any] = {}
        changes = []
        if rating.kind and rating.kind != claim.source.kind and not keep_kind:
            updates["source"] = replace(claim.source, kind=rating.kind)
            changes.append(f"source kind {claim.source.kind} → {rating.kind}")
        if rating.reliability and rating.reliability != claim.reliability:
            updates["reliability"] = rating.reliability
            # the credibility reasons stay true; the analyst's reason comes first
            why = f"source rated {rating.reliability} by the analyst" + (
                f": {rating.reason}" if rating.reason else ""
            )
            updates["reasons"] = (why, *claim.reasons)
            changes.append(f"reliability {claim.reliability} → {rating.reliability}")
        if not updates:
            return claim
        claim = replace(claim, **updates)
        detail = "; ".join(changes)
        self.record(
            "claim", "rating", claim, detail, rating.reason, rating.line, path=rating.path, claim=index
        )
        return claim


def _whole_words(text: str) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w){re.escape(text)}(?!\w)")
