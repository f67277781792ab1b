"""A briefing: an article, its annotation and the analyst's corrections, and its export."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from .annotation import Annotation, EntityMention
from .article import Article
from .claims import Claim, claim_to_export
from .errors import Message

CorrectionTarget = Literal["briefing", "entity", "claim"]


@dataclass(frozen=True)
class Correction:
    """What the analyst changed on one mention, claim or the briefing, and why.

    `start`/`end` is the span of the mention or claim in the article text (the span of a removed
    mention, too); `claim` is the claim's index in `AppliedOverlay.claims`, as two claims can share
    a span. Pages show an "edited" mark with `reason` (else `detail`, in the site's language); the
    export lists every correction, `detail` as its English text.
    """

    target: CorrectionTarget
    action: str  # title, add, remove, relabel, link, source, rating, grade, stance, hide
    start: int | None
    end: int | None
    text: str  # the mention's or claim's text, or the new title
    detail: Message  # "label MISC → ORG"
    reason: str
    path: str  # the file it comes from, and the line
    line: int
    claim: int | None = None

    def to_export(self) -> dict[str, Any]:
        return {
            **{name: getattr(self, name) for name in self.__dataclass_fields__},
            "detail": str(self.detail),
        }


@dataclass
class AppliedOverlay:
    """Mentions and claims after the analyst's corrections, and the list of what changed.

    `claims` keeps every claim in its original order, hidden ones included, because claims refer
    to one another by index (`corroborated_by`); `hidden` holds the indices not to show.
    """

    mentions: list[EntityMention]
    claims: list[Claim]
    hidden: frozenset[int] = frozenset()
    corrections: list[Correction] = field(default_factory=list)
    title: str | None = None
    summary: str = ""
    notes: str = ""
    ratings_used: frozenset[str] = frozenset()  # keys of the source ratings that applied

    @property
    def visible_claims(self) -> list[Claim]:
        return [claim for index, claim in enumerate(self.claims) if index not in self.hidden]

    def mention_edits(self, mention: EntityMention) -> list[Correction]:
        """The analyst's corrections of this mention; empty when it is the machine's alone."""
        span = (mention.start, mention.end)
        return [c for c in self.corrections if c.target == "entity" and (c.start, c.end) == span]

    def claim_edits(self, index: int) -> list[Correction]:
        """The analyst's corrections of `claims[index]`; empty when it is the machine's alone."""
        return [c for c in self.corrections if c.target == "claim" and c.claim == index]

    def to_export(self) -> dict[str, Any]:
        return {
            "title": self.title,
            "summary": self.summary,
            "notes": self.notes,
            "hidden_claims": sorted(self.hidden),
            "corrections": [correction.to_export() for correction in self.corrections],
        }


@dataclass
class Briefing:
    """An annotated article, ready to render."""

    article: Article
    annotation: Annotation
    overlay: AppliedOverlay | None = None  # the analyst's corrections, already applied

    @property
    def slug(self) -> str:
        return self.article.slug

    def visible_claims(self) -> list[tuple[int, Claim]]:
        """Claims with their index (their anchor), without those the analyst hid."""
        hidden = self.overlay.hidden if self.overlay is not None else frozenset()
        return [(i, claim) for i, claim in enumerate(self.annotation.claims) if i not in hidden]

    def mention_edits(self, mention: EntityMention) -> list[Correction]:
        return self.overlay.mention_edits(mention) if self.overlay is not None else []

    def claim_edits(self, index: int) -> list[Correction]:
        return self.overlay.claim_edits(index) if self.overlay is not None else []

    def to_export(self) -> dict[str, Any]:
        """The public JSON contract of `briefings annotate` (documented in docs/export.md)."""
        article = self.article
        return {
            "slug": article.slug,
            "title": article.title,
            "language": article.language,
            "date": article.date,
            "publisher": article.publisher,
            "byline": article.byline,
            "url": article.url,
            "license": article.license,
            "credits": list(article.credits),
            "related": [_fields(link) for link in article.related],
            "removed": list(article.removed),
            "source_path": article.source_path,
            "text": article.text,
            "blocks": [_fields(block) for block in article.blocks],
            "entities": [
                {key: value for key, value in _fields(mention).items() if value is not None}
                | _edited(self.mention_edits(mention))
                for mention in self.annotation.mentions
            ],
            "claims": [
                claim_to_export(claim) | _edited(self.claim_edits(index))
                for index, claim in self.visible_claims()
            ],
            "sources": self._export_sources(),
            "overlay": self.overlay.to_export() if self.overlay is not None else None,
        }

    def _export_sources(self) -> list[dict[str, Any]]:
        """Every source of the briefing: credited ones (whole article) and those of its claims."""
        sources: dict[str, dict[str, Any]] = {}
        for source in self.annotation.sources:
            sources[source.id] = {**_fields(source), "scope": "briefing", "claims": 0}
        for _, claim in self.visible_claims():
            entry = sources.setdefault(
                claim.source.id, {**_fields(claim.source), "scope": "claims", "claims": 0}
            )
            entry["claims"] += 1
        return list(sources.values())


def _fields(item: Any) -> dict[str, Any]:
    """A flat dataclass's fields, in order: `asdict` without its deep copy (the export of a
    thousand briefings spent most of its time copying)."""
    return {name: getattr(item, name) for name in item.__dataclass_fields__}


def _edited(corrections: list[Correction]) -> dict[str, Any]:
    """`edited_by_analyst` for the export: what the analyst changed on an item, and why."""
    if not corrections:
        return {}
    return {
        "edited_by_analyst": [
            {"action": c.action, "detail": str(c.detail), "reason": c.reason} for c in corrections
        ]
    }
