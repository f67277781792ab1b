"""Applying an overlay: the machine's mentions and claims corrected, with a `Correction` for each change.

Applying needs the article text, the knowledge base and the machine's mentions and claims; it
returns them corrected, so pages and the export can tell the machine's work from the analyst's.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Any

from ..i18n import say
from ..knowledge import KnowledgeBase
from ..model import AppliedOverlay, Claim, Correction, CorrectionTarget, EntityMention, Message, Word
from ..text import slugify
from .hints import closest_claim, id_hint, near_text, whole_words
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
                "briefing", "title", None, None, overlay.title, say("edits.title"),
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


class _Applier:
    """Applies one overlay to one article's mentions and claims, collecting what changed."""

    def __init__(self, overlay: Overlay, text: str, kb: KnowledgeBase) -> None:
        self.overlay = overlay
        self.text = text
        self.searchable = text.translate(APOSTROPHES)  # same length: offsets carry over
        self.kb = kb
        self.corrections: list[Correction] = []
        self.errors: list[OverlayError] = []

    def error(self, line: int, message: Message, hint: Message | None = None) -> None:
        self.errors.append(OverlayError(self.overlay.path, message, line=line or None, hint=hint))

    def record(
        self,
        target: CorrectionTarget,
        action: str,
        span: EntityMention | Claim,
        detail: Message,
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
            detail = (
                say("edits.added_linked", label=Word("label", label), id=added.id)
                if correction.id
                else say("edits.added", label=Word("label", label))
            )
            for mention in replaced:
                detail = say(
                    "edits.replaces", change=detail, text=mention.text, label=Word("label", mention.label)
                )
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
                detail = say("edits.removed", label=Word("label", mention.label))
            elif correction.action == "relabel":
                label = correction.label or mention.label
                value = mention.value if label == mention.label else None  # a value belongs to its label
                detail = say("edits.relabelled", old=Word("label", mention.label), new=Word("label", label))
                mention = replace(mention, label=label, value=value)
            else:
                detail = say("edits.linked", old=mention.id, new=correction.id or "")
                mention = replace(mention, id=correction.id or mention.id)
            if correction.action != "remove":
                result.append(mention)
            self.record("entity", correction.action, mention, detail, correction.reason, correction.line)
        return sorted(result, key=lambda m: (m.start, m.end))

    def _spans(self, correction: EntityCorrection) -> list[tuple[int, int]] | None:
        """Where `text` occurs in the article (as whole words), narrowed to `occurrence`."""
        wanted = normalise(correction.text)
        found = [m.span() for m in whole_words(wanted).finditer(self.searchable)]
        if not found:
            self.error(
                correction.lines.get("text", correction.line),
                say("overlay_errors.not_in_article", text=correction.text),
                near_text(wanted, self.text, self.searchable),
            )
            return None
        if correction.occurrence is None:
            return found
        if correction.occurrence > len(found):
            self.error(
                correction.lines.get("occurrence", correction.line),
                say(
                    "overlay_errors.occurs",
                    text=correction.text,
                    count=len(found),
                    occurrence=correction.occurrence,
                ),
                say("overlay_errors.occurs_hint", last=len(found)),
            )
            return None
        return [found[correction.occurrence - 1]]

    def _not_annotated(
        self, mentions: list[EntityMention], correction: EntityCorrection, spans: list[tuple[int, int]]
    ) -> None:
        around = [m for m in mentions if any(m.start < end and start < m.end for start, end in spans)]
        if around:
            hint = say("overlay_errors.annotation_there", text=around[0].text)
        elif correction.action == "remove":
            hint = say("overlay_errors.nothing_to_remove")
        else:
            hint = say("overlay_errors.add_first", text=correction.text)
        message = (
            say(
                "overlay_errors.not_annotated_occurrence",
                text=correction.text,
                occurrence=correction.occurrence,
                action=correction.action,
            )
            if correction.occurrence
            else say("overlay_errors.not_annotated", text=correction.text, action=correction.action)
        )
        self.error(correction.lines.get("text", correction.line), message, hint)

    def _known_id(self, correction: EntityCorrection) -> bool:
        entity_id = correction.id or ""
        if self.kb.get(entity_id) is not None:
            return True
        self.error(
            correction.lines.get("id", correction.line),
            say("overlay_errors.unknown_id", id=entity_id),
            id_hint(entity_id, sorted(self.kb.entities)),
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
                detail = say(
                    "edits.graded",
                    old=f"{claim.reliability}{claim.credibility}",
                    new=f"{reliability}{credibility}",
                )
                claim = replace(claim, reliability=reliability, credibility=credibility, reasons=(reason,))
                self.record("claim", "grade", claim, detail, correction.reason, correction.line, claim=index)
            if correction.stance:
                detail = say(
                    "edits.stance", old=Word("stance", claim.stance), new=Word("stance", correction.stance)
                )
                claim = replace(claim, stance=correction.stance)
                self.record("claim", "stance", claim, detail, correction.reason, correction.line, claim=index)
            if correction.hide:
                hidden.add(index)
                hidden_ = say("edits.hidden")
                self.record("claim", "hide", claim, hidden_, correction.reason, correction.line, claim=index)
            claims[index] = claim
        return claims, hidden, used

    def _find_claim(self, claims: list[Claim], correction: ClaimCorrection) -> int | None:
        wanted = fold(correction.match)
        in_order = sorted(range(len(claims)), key=lambda i: (claims[i].start, claims[i].end))
        matching = [i for i in in_order if wanted in fold(claims[i].text)]
        line = correction.lines.get("match", correction.line)
        if not matching:
            self.error(
                line,
                say("overlay_errors.no_claim", match=correction.match),
                closest_claim(claims, wanted),
            )
            return None
        if correction.occurrence is not None:
            if correction.occurrence <= len(matching):
                return matching[correction.occurrence - 1]
            self.error(
                correction.lines.get("occurrence", line),
                say(
                    "overlay_errors.claims_occurrence",
                    count=len(matching),
                    match=correction.match,
                    occurrence=correction.occurrence,
                ),
                say("overlay_errors.number_up_to", last=len(matching)),
            )
            return None
        if len(matching) > 1:
            self.error(
                line,
                say("overlay_errors.ambiguous", match=correction.match, count=len(matching)),
                say("overlay_errors.ambiguous_hint", last=len(matching)),
            )
            return None
        return matching[0]

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
        detail = say(
            "edits.source",
            old=old.name,
            old_kind=Word("kind", old.kind),
            new=source.name,
            new_kind=Word("kind", source.kind),
        )
        claim = replace(claim, source=source)
        self.record("claim", "source", claim, detail, correction.reason, correction.line, claim=index)
        return claim

    def _rate(self, claim: Claim, rating: SourceRating, index: int, *, keep_kind: bool) -> Claim:
        updates: dict[str, Any] = {}
        changes = []
        if rating.kind and rating.kind != claim.source.kind and not keep_kind:
            updates["source"] = replace(claim.source, kind=rating.kind)
            changes.append(
                say("edits.kind", old=Word("kind", claim.source.kind), new=Word("kind", rating.kind))
            )
        if rating.reliability and rating.reliability != claim.reliability:
            updates["reliability"] = rating.reliability
            # the credibility reasons stay true; the analyst's reason comes first
            why = f"source rated {rating.reliability} by the analyst" + (
                f": {rating.reason}" if rating.reason else ""
            )
            updates["reasons"] = (why, *claim.reasons)
            changes.append(say("edits.reliability", old=claim.reliability, new=rating.reliability))
        if not updates:
            return claim
        claim = replace(claim, **updates)
        detail = changes[0] if len(changes) == 1 else say("edits.both", first=changes[0], second=changes[1])
        self.record(
            "claim", "rating", claim, detail, rating.reason, rating.line, path=rating.path, claim=index
        )
        return claim
