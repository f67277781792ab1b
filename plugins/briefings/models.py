"""Plain data passed between the stages of the pipeline (seeds → nlp → sourcing → render)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    from .overlay import AppliedOverlay
    from .sourcing.models import Claim, Source

#: Entity labels, in the order the legend shows them.
ENTITY_LABELS: tuple[str, ...] = ("PER", "ORG", "LOC", "NORP", "MISC", "DATE", "QUANTITY")

LABEL_NAMES: dict[str, str] = {
    "PER": "Person",
    "ORG": "Organisation",
    "LOC": "Place",
    "NORP": "Nationality",
    "MISC": "Other name",
    "DATE": "Date",
    "QUANTITY": "Figure",
}

BlockKind = Literal["heading", "paragraph", "list_item"]
MarkKind = Literal["em", "strong", "link", "code"]


@dataclass(frozen=True)
class Block:
    """A block of the article body, as a span of `Article.text`."""

    kind: BlockKind
    start: int
    end: int
    level: int = 0  # heading level, or list nesting depth
    ordered: bool = False  # list items of a numbered list


@dataclass(frozen=True)
class InlineMark:
    """Inline formatting that survives from a Markdown seed (emphasis, links)."""

    kind: MarkKind
    start: int
    end: int
    href: str = ""


@dataclass(frozen=True)
class RelatedLink:
    """A promotional line cut from the body ("Nous recommandons : …")."""

    text: str
    kind: str  # "recommended", "video", …


@dataclass
class Article:
    """A seed once read and cleaned: the body is `text`, everything else is metadata."""

    slug: str
    source_path: str
    title: str
    text: str
    blocks: list[Block]
    marks: list[InlineMark] = field(default_factory=list)
    language: str = "fr"
    date: str | None = None  # ISO date (YYYY-MM-DD)
    publisher: str | None = None
    byline: str | None = None
    url: str | None = None
    license: str | None = None
    credits: list[str] = field(default_factory=list)
    related: list[RelatedLink] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    content_hash: str = ""

    @property
    def lede(self) -> str:
        """The first sentence of the first paragraph (for lists and feeds)."""
        paragraph = next((self.text[b.start : b.end] for b in self.blocks if b.kind == "paragraph"), "")
        # a sentence ends at . ! ? followed by a space and a capital, after a few words
        match = re.search(r"^.{40,}?[.!?…](?=\s+[«\"A-ZÀ-Ý])", paragraph)
        return match.group(0) if match else paragraph


@dataclass(frozen=True)
class EntityMention:
    """One occurrence of an entity in `Article.text`."""

    start: int
    end: int
    text: str
    label: str
    id: str
    value: str | None = None  # resolved value: ISO date for DATE mentions


@dataclass
class Entity:
    """A canonical entity: one page of the site."""

    id: str
    name: str
    label: str
    aliases: list[str] = field(default_factory=list)
    description: str = ""
    wikidata: str | None = None
    demonyms: list[str] = field(default_factory=list)
    government_of: str | None = None
    kind: str | None = None
    known: bool = False  # comes from a knowledge base rather than the model


@dataclass
class Annotation:
    """What the nlp stage found in one article."""

    mentions: list[EntityMention]
    sentences: list[tuple[int, int]] = field(default_factory=list)
    entities: dict[str, Entity] = field(default_factory=dict)
    claims: list[Claim] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)  # of the briefing as a whole (credits)


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

    def mention_edits(self, mention: EntityMention) -> list[Any]:
        return self.overlay.mention_edits(mention) if self.overlay is not None else []

    def claim_edits(self, index: int) -> list[Any]:
        return self.overlay.claim_edits(index) if self.overlay is not None else []

    def to_export(self) -> dict[str, Any]:
        from .sourcing.models import claim_to_export

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


def _edited(corrections: list[Any]) -> dict[str, Any]:
    """`edited_by_analyst` for the export: what the analyst changed on an item, and why."""
    if not corrections:
        return {}
    return {
        "edited_by_analyst": [
            {"action": c.action, "detail": c.detail, "reason": c.reason} for c in corrections
        ]
    }
