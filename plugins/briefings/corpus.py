"""Everything the site knows across briefings: entity index, mentions per entity, ordering."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from .models import ENTITY_LABELS, Briefing, Entity, EntityMention
from .render import LINKED_LABELS, mention_anchor


@dataclass(frozen=True)
class MentionRef:
    """One mention of an entity, located in its briefing."""

    briefing: Briefing
    index: int  # position among the briefing's mentions (its anchor)
    mention: EntityMention

    @property
    def anchor(self) -> str:
        return mention_anchor(self.index)

    def snippet(self, width: int = 70) -> tuple[str, str, str]:
        """Keyword in context: up to `width` characters each side, cut at word boundaries,
        never across a paragraph break."""
        text = self.briefing.article.text
        start, end = self.mention.start, self.mention.end
        left = text[max(0, start - width) : start]
        right = text[end : end + width]
        if "\n" in left:
            left = left.rsplit("\n", 1)[1]
        elif start - width > 0:
            left = "…" + (left.split(" ", 1)[1] if " " in left else left)
        if "\n" in right:
            right = right.split("\n", 1)[0]
        elif end + width < len(text):
            right = (right.rsplit(" ", 1)[0] if " " in right else right) + "…"
        return left, text[start:end], right


@dataclass
class Corpus:
    """All briefings of the site, newest first, and the entities they mention."""

    briefings: list[Briefing]
    entities: dict[str, Entity] = field(default_factory=dict)
    mentions: dict[str, list[MentionRef]] = field(default_factory=dict)

    @classmethod
    def build(cls, briefings: Sequence[Briefing]) -> Corpus:
        ordered = sorted(briefings, key=lambda b: (b.article.date or "", b.slug), reverse=True)
        entities: dict[str, Entity] = {}
        mentions: dict[str, list[MentionRef]] = defaultdict(list)
        for briefing in sorted(briefings, key=lambda b: b.slug):
            annotation = briefing.annotation
            for index, mention in enumerate(annotation.mentions):
                if mention.label not in LINKED_LABELS:
                    continue
                entity = annotation.entities.get(mention.id)
                if entity is None:
                    continue
                known = entities.get(mention.id)
                # a knowledge-base entry, or the longest name seen, is the canonical entity
                if known is None or (not known.known and len(entity.name) > len(known.name)):
                    entities[mention.id] = entity
                mentions[mention.id].append(MentionRef(briefing, index, mention))
        return cls(ordered, dict(sorted(entities.items())), dict(mentions))

    def entity_label(self, entity_id: str) -> str:
        """The label most of an entity's mentions carry (NORP mentions count for their place)."""
        labels = Counter(ref.mention.label for ref in self.mentions.get(entity_id, []))
        labels.pop("NORP", None)
        return labels.most_common(1)[0][0] if labels else self.entities[entity_id].label

    def entities_by_label(self) -> list[tuple[str, list[tuple[Entity, int]]]]:
        groups: dict[str, list[tuple[Entity, int]]] = defaultdict(list)
        for entity_id, entity in self.entities.items():
            groups[entity.label].append((entity, len(self.mentions[entity_id])))
        return [
            (label, sorted(groups[label], key=lambda pair: (-pair[1], pair[0].name.lower())))
            for label in ENTITY_LABELS
            if groups.get(label)
        ]

    def briefings_of(self, entity_id: str) -> list[tuple[Briefing, list[MentionRef]]]:
        by_slug: dict[str, list[MentionRef]] = defaultdict(list)
        for ref in self.mentions.get(entity_id, []):
            by_slug[ref.briefing.slug].append(ref)
        return [(b, by_slug[b.slug]) for b in self.briefings if b.slug in by_slug]
