"""The entity knowledge base: canonical entities, their aliases and demonyms, read from YAML."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from .model import Entity

KB_LABELS = ("PER", "ORG", "LOC", "MISC")
KB_KEYS = {
    "id",
    "name",
    "label",
    "aliases",
    "demonyms",
    "description",
    "wikidata",
    "government_of",
    "kind",
}


class KnowledgeBaseError(Exception):
    """A knowledge-base file that cannot be used; names the file and line."""


@dataclass
class KnowledgeBase:
    """Entities by id, and the surface forms that name them."""

    entities: dict[str, Entity] = field(default_factory=dict)
    digest: str = ""

    @classmethod
    def load(cls, paths: Iterable[Path], *, include_default: bool = True) -> KnowledgeBase:
        """Merge the packaged world knowledge base and the project's files; later files win."""
        kb = cls()
        hasher = hashlib.sha256()
        sources: list[tuple[str, str]] = []
        if include_default:
            text = resources.files("briefings").joinpath("data/world.yml").read_text("utf-8")
            sources.append(("briefings/data/world.yml", text))
        for path in paths:
            if path.is_file():
                sources.append((path.as_posix(), path.read_text("utf-8")))
        for name, text in sources:
            hasher.update(name.encode() + b"\0" + text.encode() + b"\0")
            for entity in _parse_cached(name, text):
                kb.entities[entity.id] = replace(
                    entity, aliases=list(entity.aliases), demonyms=list(entity.demonyms)
                )
        kb.digest = hasher.hexdigest()
        return kb

    def get(self, entity_id: str) -> Entity | None:
        return self.entities.get(entity_id)

    def surface_forms(self) -> Iterator[tuple[str, str, str]]:
        """(text, label, id) for every name and alias, and (text, "NORP", id) for demonyms."""
        for entity in self.entities.values():
            for form in (entity.name, *entity.aliases):
                yield form, entity.label, entity.id
            for form in entity.demonyms:
                yield form, "NORP", entity.id


#: libyaml's parser when PyYAML was built with it: the world knowledge base is 4 000 lines.
_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@lru_cache(maxsize=8)
def _parse_cached(name: str, text: str) -> tuple[Entity, ...]:
    """Parsed once per process for the same text: `serve` rebuilds do not parse it again."""
    return tuple(_parse(name, text))


def _parse(name: str, text: str) -> Iterator[Entity]:
    try:
        data = yaml.compose(text, Loader=_LOADER)
        loaded: Any = yaml.load(text, Loader=_LOADER)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = f":{mark.line + 1}" if mark is not None else ""
        raise KnowledgeBaseError(f"{name}{line}: not valid YAML ({error})") from None
    if not loaded:
        return
    if not isinstance(loaded, dict) or not isinstance(loaded.get("entities"), list):
        raise KnowledgeBaseError(f"{name}:1: expected a mapping with a list under `entities:`")
    lines = _entry_lines(data)
    for index, entry in enumerate(loaded["entities"]):
        where = f"{name}:{lines[index] if index < len(lines) else 1}"
        if not isinstance(entry, dict):
            raise KnowledgeBaseError(f"{where}: each entity is a mapping with `id`, `name`, `label`")
        unknown = set(entry) - KB_KEYS
        if unknown:
            raise KnowledgeBaseError(
                f"{where}: unknown key(s) {', '.join(sorted(map(str, unknown)))}; "
                f"known keys: {', '.join(sorted(KB_KEYS))}"
            )
        missing = [key for key in ("id", "name", "label") if not entry.get(key)]
        if missing:
            raise KnowledgeBaseError(f"{where}: missing {', '.join(missing)}")
        if entry["label"] not in KB_LABELS:
            raise KnowledgeBaseError(
                f"{where}: label '{entry['label']}' is not one of {', '.join(KB_LABELS)}"
            )
        yield Entity(
            id=str(entry["id"]),
            name=str(entry["name"]),
            label=str(entry["label"]),
            aliases=[str(alias) for alias in entry.get("aliases") or []],
            description=str(entry.get("description") or ""),
            wikidata=str(entry["wikidata"]) if entry.get("wikidata") else None,
            demonyms=[str(form) for form in entry.get("demonyms") or []],
            government_of=entry.get("government_of"),
            kind=entry.get("kind"),
            known=True,
        )


def _entry_lines(node: Any) -> list[int]:
    """Line numbers (1-based) of the items of the `entities:` list, for error messages."""
    if node is None or not hasattr(node, "value"):
        return []
    for key, value in node.value:
        if getattr(key, "value", None) == "entities" and hasattr(value, "value"):
            return [item.start_mark.line + 1 for item in value.value]
    return []
