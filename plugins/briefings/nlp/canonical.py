"""Give every mention an entity id: the knowledge base first, then earlier mentions, then its name."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from ..knowledge import KnowledgeBase
from ..model import Entity
from ..text import name_id, slugify

_DETERMINERS = re.compile(r"^(?:l['’]|le |la |les |un |une |des |du |de |d['’])", re.I)


@dataclass
class RawMention:
    """A mention as the model and the rules found it, before canonicalisation."""

    start: int
    end: int
    text: str
    label: str
    kb_id: str = ""


def _key(text: str) -> str:
    """Compare names without case, accents or a leading determiner."""
    text = _DETERMINERS.sub("", text.strip())
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", " ", text).strip()


class Canonicaliser:
    """Resolves the mentions of one document, in order, to entity ids."""

    def __init__(self, kb: KnowledgeBase):
        self.kb = kb
        self._by_form: dict[str, str] = {}
        for entity in kb.entities.values():
            for form in (entity.name, *entity.aliases):
                self._by_form.setdefault(_key(form), entity.id)
        self._by_demonym = {_key(form): e.id for e in kb.entities.values() for form in e.demonyms}

    def resolve(self, mentions: list[RawMention]) -> list[tuple[RawMention, Entity]]:
        """Pair each mention with its entity; within a document short forms follow full names."""
        seen: list[tuple[RawMention, Entity]] = []
        resolved: list[tuple[RawMention, Entity]] = []
        for mention in mentions:
            entity = self._resolve_one(mention, seen)
            resolved.append((mention, entity))
            if mention.label not in ("DATE", "QUANTITY", "NORP"):
                seen.append((mention, entity))
        return resolved

    def _resolve_one(self, mention: RawMention, seen: list[tuple[RawMention, Entity]]) -> Entity:
        key = _key(mention.text)
        kb_id = mention.kb_id or (
            self._by_demonym.get(key) if mention.label == "NORP" else self._by_form.get(key)
        )
        if kb_id and (known := self.kb.get(kb_id)) is not None:
            return known
        if mention.label in ("PER", "ORG", "MISC", "LOC"):
            earlier = _earlier_full_form(mention, key, seen)
            if earlier is not None:
                return earlier
        prefix = {"DATE": "date-", "QUANTITY": "quantity-"}.get(mention.label, "")
        # "la Corée" is named "Corée"; "un mois" stays "un mois"
        name = mention.text if prefix else _DETERMINERS.sub("", mention.text).strip() or mention.text
        if prefix:  # dates and figures are highlighted, not pages: their ids need not be unique
            return Entity(id=prefix + (slugify(name) or "entity"), name=name, label=mention.label)
        # two names never share a page unless the knowledge base says so ("C++" is not "C")
        return Entity(id=name_id(name), name=name, label=mention.label)


def _earlier_full_form(mention: RawMention, key: str, seen: list[tuple[RawMention, Entity]]) -> Entity | None:
    """ "Poutine" after "Vladimir Poutine"; "OMS" after "Organisation mondiale de la santé"."""
    words = key.split()
    for earlier, entity in reversed(seen):
        if earlier.label != mention.label and not ({earlier.label, mention.label} <= {"PER", "ORG", "MISC"}):
            continue
        full = _key(entity.name).split()
        # a part of a person's name mentioned earlier is that person, whatever the model
        # labelled it ("Marine" after "Marine Le Pen" is not the navy)
        if len(full) > len(words) and earlier.label == "PER" and full[-len(words) :] == words:
            return entity
        if len(full) > len(words) and earlier.label == "PER" and full[: len(words)] == words:
            return entity
        if len(words) == 1 and mention.text.isupper() and len(mention.text) >= 2:
            initials = "".join(w[0] for w in full if len(w) > 2 or w[0].isdigit())
            if initials == words[0]:
                return entity
    return None
