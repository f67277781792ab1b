"""A cache file is data, never trusted: what it reads back must have the types its classes declare."""

from __future__ import annotations

import dataclasses

import pytest

from briefings.cache.annotations import (
    annotation_from_dict,
    annotation_to_dict,
    article_from_dict,
    article_to_dict,
    checked,
)
from briefings.model import Block

from ..factories import briefing, claim, mention, source


def _troops():  # type: ignore[no-untyped-def]
    text = "Selon Séoul, la Corée du Nord a envoyé 10 000 soldats."
    seoul = source("Séoul", entity_id="seoul")
    return briefing(
        "b",
        text,
        mentions=[mention(text, "Séoul", "LOC", "seoul"), mention(text, "10 000 soldats", "QUANTITY", "q")],
        claims=[claim(text, "la Corée du Nord a envoyé 10 000 soldats", seoul, hedges=("environ",))],
    )


def test_what_the_cache_wrote_reads_back_as_it_was() -> None:
    b = _troops()
    assert annotation_from_dict(annotation_to_dict(b.annotation)) == b.annotation
    assert article_from_dict(article_to_dict(b.article)) == b.article


@pytest.mark.parametrize(
    ("where", "edit"),
    [
        ("a mention's start as text", lambda body: body["mentions"][0].update(start="3")),
        ("a mention's start as a boolean", lambda body: body["mentions"][0].update(start=True)),
        ("a claim's hedge as a number", lambda body: body["claims"][0].update(hedges=[3])),
        ("a claim's corroboration as text", lambda body: body["claims"][0].update(corroborated_by=["1"])),
        ("a source's name as a list", lambda body: body["claims"][0]["source"].update(name=["x"])),
        ("a sentence of three bounds", lambda body: body.update(sentences=[[0, 1, 2]])),
        ("an entity's name missing", lambda body: next(iter(body["entities"].values())).update(name=None)),
    ],
)
def test_an_edited_annotation_of_the_wrong_types_is_refused(where: str, edit) -> None:  # type: ignore[no-untyped-def]
    body = annotation_to_dict(_troops().annotation)
    edit(body)
    with pytest.raises((TypeError, ValueError)):
        annotation_from_dict(body)


def test_a_block_of_a_kind_no_article_has_is_refused() -> None:
    block = Block("paragraph", 0, 5)
    assert checked(block) is block
    with pytest.raises(TypeError):
        checked(dataclasses.replace(block, kind="script"))  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        checked(dataclasses.replace(block, level=1.5))  # type: ignore[arg-type]
