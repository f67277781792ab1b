"""The entity knowledge base: canonical entities, their aliases and demonyms, read from YAML."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

from yaml.nodes import CollectionNode, Node

from .i18n import say
from .language import bundle
from .model import Entity, InputError
from .text import MAX_NAME, display_path
from .yamlschema import Reader

KB_LABELS = ("PER", "ORG", "LOC", "MISC")
KB_KEYS = (
    "aliases",
    "demonyms",
    "description",
    "government_of",
    "id",
    "kind",
    "label",
    "name",
    "wikidata",
)
_TEXT_KEYS = ("id", "name", "description", "wikidata", "government_of", "kind")


class KnowledgeBaseError(InputError):
    """A knowledge-base file that cannot be used; names the file and line."""


@dataclass
class KnowledgeBase:
    """Entities by id, and the surface forms that name them."""

    entities: dict[str, Entity] = field(default_factory=dict)
    digest: str = ""
    #: Entries (or whole files) left out, each with its file, line and what to do.
    errors: list[KnowledgeBaseError] = field(default_factory=list)

    @classmethod
    def load(
        cls,
        paths: Iterable[Path],
        *,
        include_default: bool = True,
        root: Path | None = None,
        language: str = "fr",
    ) -> KnowledgeBase:
        """Merge the packaged world knowledge base and the project's files; later files win.

        A broken entry is left out and a file that cannot be read adds nothing; each is in
        `errors`, so that one mistake never stops the build."""
        kb = cls()
        hasher = hashlib.sha256()
        sources: list[tuple[str, str]] = []
        if include_default:
            # the packaged knowledge base of the language: countries, capitals, organisations
            text = bundle(language).folder.joinpath("world.yml").read_text("utf-8")
            sources.append((f"briefings/data/{language}/world.yml", text))
        for path in paths:
            if path.exists() or path.is_symlink():
                try:
                    sources.append((display_path(path, root), _read(path, display_path(path, root))))
                except KnowledgeBaseError as error:
                    kb.errors.append(error)
        for name, text in sources:
            hasher.update(name.encode() + b"\0" + text.encode() + b"\0")
            entities, errors = _parse_cached(name, text)
            kb.errors.extend(errors)
            for entity in entities:
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


def _read(path: Path, shown: str) -> str:
    """The text of a project's knowledge-base file; an error naming it when it cannot be used."""
    reader = Reader(shown, KnowledgeBaseError)
    raw = reader.read_bytes(path)
    text = reader.decode(raw) if raw is not None else None
    if text is None:
        raise reader.errors[0]
    # newlines as `read_text` gave them: the digest, hence every cached annotation, stays the same
    return text.replace("\r\n", "\n").replace("\r", "\n")


@lru_cache(maxsize=8)
def _parse_cached(name: str, text: str) -> tuple[tuple[Entity, ...], tuple[KnowledgeBaseError, ...]]:
    """Parsed once per process for the same text: `serve` rebuilds do not parse it again."""
    entities, errors = _parse(name, text)
    return tuple(entities), tuple(errors)


def _parse(name: str, text: str) -> tuple[list[Entity], list[KnowledgeBaseError]]:
    """The entities of a file that are right, and what is wrong with the others."""
    reader = Reader(name, KnowledgeBaseError)
    valid, root = reader.parse(text)
    entries: list[Node] = []
    # an empty file, `{}` or `[]` is a knowledge base without entities
    if valid and root is not None and not (isinstance(root, CollectionNode) and not root.value):
        example = say("kb_errors.file_example")
        top = reader.mapping(root, ("entities",), say("input.knowledge_base"), example=example)
        if top is not None and "entities" not in top:
            reader.error(root, say("kb_errors.no_entities"), example)
        entries = reader.items((top or {}).get("entities"), "`entities`")
    entities = [entity for node in entries if (entity := reader.entry(_read_entity, node))]
    return entities, reader.sorted_errors()


def _read_entity(reader: Reader[KnowledgeBaseError], node: Node) -> Entity | None:
    keys = reader.mapping(node, KB_KEYS, say("input.an_entity"), example=say("kb_errors.entity_example"))
    if keys is None:
        return None
    texts = {key: reader.text(keys.get(key), f"`{key}`") for key in _TEXT_KEYS}
    # an id names the entity's page: a slug, never a path ("../..") or an overlong file name
    texts["id"] = reader.slug(keys.get("id"), "`id`")
    if texts["id"] is not None and len(texts["id"]) > MAX_NAME:
        reader.error(
            keys.get("id"),
            say("kb_errors.id_too_long", length=len(texts["id"]), limit=MAX_NAME),
            say("kb_errors.id_too_long_hint"),
        )
    missing = [key for key in ("id", "name", "label") if key not in keys or texts.get(key) == ""]
    if missing:
        reader.error(node, say("kb_errors.missing", keys=", ".join(missing)))
    label = reader.choice(keys.get("label"), KB_LABELS, say("input.label"))
    return Entity(
        id=texts["id"] or "",
        name=texts["name"] or "",
        label=label or "",
        aliases=_texts(reader, keys.get("aliases"), "`aliases`"),
        description=texts["description"] or "",
        wikidata=texts["wikidata"] or None,
        demonyms=_texts(reader, keys.get("demonyms"), "`demonyms`"),
        government_of=texts["government_of"],
        kind=texts["kind"],
        known=True,
    )


def _texts(reader: Reader[KnowledgeBaseError], node: Node | None, what: str) -> list[str]:
    texts = (reader.text(item, say("input.item_of", what=what)) for item in reader.items(node, what))
    return [text for text in texts if text is not None]
