"""Knowledge base, canonical ids, and the whole entity pipeline on the original seed."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefings.knowledge import KnowledgeBase, KnowledgeBaseError
from briefings.model import Entity, InputError
from briefings.nlp.canonical import Canonicaliser, RawMention


def kb_of(*entities: Entity) -> KnowledgeBase:
    return KnowledgeBase(entities={entity.id: entity for entity in entities})


def test_project_file_overrides_the_packaged_one(tmp_path: Path) -> None:
    path = tmp_path / "entities.yml"
    path.write_text(
        "entities:\n  - id: russie\n    name: Russie\n    label: LOC\n    description: Overridden.\n",
        encoding="utf-8",
    )
    kb = KnowledgeBase.load([path])
    assert kb.entities["russie"].description == "Overridden."
    assert kb.entities["coree-du-nord"].label == "LOC"  # from the packaged world.yml
    assert "nord-coréens" in kb.entities["coree-du-nord"].demonyms


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("entities:\n  - id: x\n    name: X\n    label: PLACE\n", "entities.yml:4: label 'PLACE'"),
        (
            "entities:\n  - id: x\n    name: X\n  - id: y\n    label: LOC\n",
            "entities.yml:2: missing label",
        ),
        (
            "entities:\n  - id: x\n    name: X\n    label: LOC\n    alias: [Y]\n",
            "entities.yml:5: unknown key 'alias' in an entity — did you mean 'aliases'?",
        ),
        ("entities: [\n", "not valid YAML"),
        (
            "entities:\n  - id: x\n    name: !!python/name:os.system\n    label: LOC\n",
            "entities.yml:3: YAML tag",
        ),
        ("entites:\n  - id: x\n", "entities.yml:1: unknown key 'entites' in the knowledge base"),
    ],
)
def test_bad_knowledge_base_names_file_and_line(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "entities.yml"
    path.write_text(content, encoding="utf-8")
    kb = KnowledgeBase.load([path], include_default=False)  # reported, never raised
    assert any(message in str(error) for error in kb.errors), kb.errors


def test_knowledge_base_that_is_not_utf8_is_a_named_error(tmp_path: Path) -> None:
    path = tmp_path / "entities.yml"
    path.write_bytes("entities:\n  - id: x\n    name: Séoul\n    label: LOC\n".encode("cp1252"))
    kb = KnowledgeBase.load([path], include_default=False)
    [error] = kb.errors
    assert isinstance(error, KnowledgeBaseError)
    assert (error.path, error.line) == (path.as_posix(), 3)
    assert str(error) == f"{path.as_posix()}:3: is not valid UTF-8 — re-save the file as UTF-8"
    assert isinstance(error, InputError)


@pytest.mark.parametrize("entity_id", ["../../..", "a/b", "Index Corp", "x" * 101])
def test_an_entity_id_is_a_slug_or_the_entry_is_left_out(tmp_path: Path, entity_id: str) -> None:
    path = tmp_path / "entities.yml"
    path.write_text(
        f"entities:\n  - id: '{entity_id}'\n    name: X\n    label: ORG\n"
        "  - id: good\n    name: Good\n    label: ORG\n",
        encoding="utf-8",
    )
    kb = KnowledgeBase.load([path], include_default=False)
    assert list(kb.entities) == ["good"]
    [error] = kb.errors
    assert error.line == 2 and "`id`" in str(error.message)


def resolve(kb: KnowledgeBase, *mentions: tuple[str, str]) -> list[str]:
    raw = [RawMention(0, len(text), text, label) for text, label in mentions]
    return [entity.id for _, entity in Canonicaliser(kb).resolve(raw)]


def test_short_forms_follow_the_full_name_mentioned_earlier() -> None:
    ids = resolve(
        kb_of(),
        ("Arnaud Montebourg", "PER"),
        ("Montebourg", "PER"),
        ("Arnaud", "PER"),
        ("Hollande", "PER"),
    )
    assert ids == ["arnaud-montebourg", "arnaud-montebourg", "arnaud-montebourg", "hollande"]


def test_acronyms_follow_the_organisation_they_abbreviate() -> None:
    ids = resolve(kb_of(), ("Organisation mondiale de la santé", "ORG"), ("OMS", "ORG"))
    assert ids == ["organisation-mondiale-de-la-sante"] * 2


def test_knowledge_base_aliases_and_demonyms() -> None:
    kb = kb_of(
        Entity("vladimir-poutine", "Vladimir Poutine", "PER", aliases=["Poutine"], known=True),
        Entity("coree-du-nord", "Corée du Nord", "LOC", demonyms=["nord-coréens"], known=True),
    )
    assert resolve(kb, ("Poutine", "PER"), ("nord-coréens", "NORP"), ("la Corée du Nord", "LOC")) == [
        "vladimir-poutine",
        "coree-du-nord",
        "coree-du-nord",
    ]
