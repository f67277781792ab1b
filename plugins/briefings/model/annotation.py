"""What annotation finds in one article: entity mentions, canonical entities, claims, sources."""

from __future__ import annotations

from dataclasses import dataclass, field

from .claims import Claim, Source


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
