"""Give every mention an entity id: the knowledge base first, then earlier mentions, then its name."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from ..knowledge import KnowledgeBase
from ..model import Entity
from ..text import name_id, slugify
from .demonyms import demonyms
from .function_words import function_words


def _leading_determiner(determiners: tuple[str, ...]) -> re.Pattern[str]:
    """A determiner at the start of a name: an elided one ("l'") glued to it, the others before a space."""
    forms = (re.escape(w) if w.endswith(("'", "’")) else re.escape(w) + " " for w in determiners)
    return re.compile(rf"^(?:{'|'.join(forms)})", re.I)


@dataclass
class RawMention:
    """A mention as the model and the rules found it, before canonicalisation."""

    start: int
    end: int
    text: str
    label: str
    kb_id: str = ""
    # an organisation the words around it name so ("la société Dupont"): no person's surname,
    # though a person of that name is mentioned ("Jean Dupont", its founder)
    typed: bool = False


def _key(text: str, determiner: re.Pattern[str]) -> str:
    """Compare names without case, accents or a leading determiner."""
    text = determiner.sub("", text.strip())
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", " ", text).strip()


class Canonicaliser:
    """Resolves the mentions of one document, in order, to entity ids."""

    def __init__(self, kb: KnowledgeBase, language: str = "fr"):
        self.kb = kb
        self._places = demonyms(language).places
        self._determiner = _leading_determiner(function_words(language).name_determiners)
        self._by_form: dict[str, str] = {}
        for entity in kb.entities.values():
            for form in (entity.name, *entity.aliases):
                self._by_form.setdefault(self._key(form), entity.id)
        self._by_demonym = {self._key(form): e.id for e in kb.entities.values() for form in e.demonyms}

    def _key(self, text: str) -> str:
        return _key(text, self._determiner)

    def resolve(self, mentions: list[RawMention]) -> list[tuple[RawMention, Entity]]:
        """Pair each mention with its entity; within a document short forms follow full names."""
        seen = _Earlier(self._determiner)
        resolved: list[tuple[RawMention, Entity]] = []
        for mention in mentions:
            entity = self._resolve_one(mention, seen)
            resolved.append((mention, entity))
            if mention.label not in ("DATE", "QUANTITY", "NORP"):
                seen.add(mention, entity)
        return resolved

    def _resolve_one(self, mention: RawMention, seen: _Earlier) -> Entity:
        key = self._key(mention.text)
        kb_id = mention.kb_id or (
            self._by_demonym.get(key) if mention.label == "NORP" else self._by_form.get(key)
        )
        known = self.kb.get(kb_id) if kb_id else None
        # a name the knowledge base did not match where it stands (another case, or a form it left
        # to the model: "en Hollande") is its entity only when it is the same kind of thing
        if known is not None and (mention.kb_id or mention.label in ("NORP", known.label)):
            return known
        if mention.label == "NORP" and (place := self._places.get(mention.text.lower())) is not None:
            # a nationality links to its place: the knowledge base's entry, or the place's name
            known_id = self._by_form.get(self._key(place))
            known = self.kb.get(known_id) if known_id else None
            return known or Entity(id=name_id(place), name=place, label="LOC")
        if mention.label in ("PER", "ORG", "MISC", "LOC"):
            earlier = seen.full_form(mention, key)
            if earlier is not None:
                return earlier
        prefix = {"DATE": "date-", "QUANTITY": "quantity-"}.get(mention.label, "")
        # "la Corée" is named "Corée"; "un mois" stays "un mois"
        name = mention.text if prefix else self._determiner.sub("", mention.text).strip() or mention.text
        if prefix:  # dates and figures are highlighted, not pages: their ids need not be unique
            return Entity(id=prefix + (slugify(name) or "entity"), name=name, label=mention.label)
        # two names never share a page unless the knowledge base says so ("C++" is not "C")
        return Entity(id=name_id(name), name=name, label=mention.label)


_NAMES = frozenset({"PER", "ORG", "MISC"})


class _Earlier:
    """The full forms seen so far in a document, indexed by the short forms that stand for
    them, so each mention is resolved in constant time however long the document:

    - a part of a person's name mentioned earlier is that person, whatever the model labelled it
      ("Poutine" after "Vladimir Poutine"; "Marine" after "Marine Le Pen" is not the navy);
    - an acronym stands for the earlier name of those initials ("OMS" after "Organisation
      mondiale de la santé").

    The most recent full form wins."""

    def __init__(self, determiner: re.Pattern[str]) -> None:
        self._determiner = determiner  # left off the names compared
        self._count = 0
        self._person_parts: dict[tuple[str, ...], tuple[int, Entity]] = {}
        self._initials: dict[tuple[str, str], tuple[int, Entity]] = {}

    def add(self, mention: RawMention, entity: Entity) -> None:
        self._count += 1
        full = _key(entity.name, self._determiner).split()
        if mention.label == "PER":
            for size in range(len(full)):
                self._person_parts[tuple(full[len(full) - size :])] = (self._count, entity)
                self._person_parts[tuple(full[:size])] = (self._count, entity)
        initials = "".join(w[0] for w in full if len(w) > 2 or w[0].isdigit())
        self._initials[(initials, mention.label)] = (self._count, entity)

    def full_form(self, mention: RawMention, key: str) -> Entity | None:
        words = key.split()
        found: list[tuple[int, Entity]] = []
        if (
            mention.label in _NAMES
            and not mention.typed
            and (part := self._person_parts.get(tuple(words))) is not None
        ):
            found.append(part)
        if len(words) == 1 and mention.text.isupper() and len(mention.text) >= 2:
            for label in {mention.label} | (_NAMES if mention.label in _NAMES else set()):
                if (acronym := self._initials.get((words[0], label))) is not None:
                    found.append(acronym)
        return max(found, key=lambda item: item[0])[1] if found else None
