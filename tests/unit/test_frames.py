"""The frames' registry and the lexicon's word lists, without a model."""

from __future__ import annotations

from importlib import resources
from typing import Any

import pytest
import spacy
import yaml

from briefings.sourcing import frames  # noqa: F401  (registers the frames)
from briefings.sourcing.context import Context, Found, SourceRef
from briefings.sourcing.layout import Layout
from briefings.sourcing.lexicon import _build, lexicon
from briefings.sourcing.registry import CUE_FRAMES, DOCUMENT_FRAMES, cue_frames, document_frames, find_all
from briefings.sourcing.words import Words, named_sets

# --- the registry (fast) ------------------------------------------------------------------------


def test_every_frame_in_the_order_is_registered_and_every_registered_frame_runs() -> None:
    assert set(DOCUMENT_FRAMES) == set(document_frames)
    assert set(CUE_FRAMES) == set(cue_frames)
    assert len(DOCUMENT_FRAMES) == len(set(DOCUMENT_FRAMES))
    assert len(CUE_FRAMES) == len(set(CUE_FRAMES))


def test_document_frames_run_in_order_and_see_what_came_before(monkeypatch: pytest.MonkeyPatch) -> None:
    ctx = Context.of(spacy.blank("fr")("Bonjour tout le monde."), lexicon())
    seen_before: list[int] = []

    def first(ctx: Context, found: list[Found]) -> list[Found]:
        return [Found((0, 1), [SourceRef(implicit=True)], [], "asserts", "first", 0)]

    def second(ctx: Context, found: list[Found]) -> list[Found]:
        seen_before.append(len(found))
        return [Found((1, 2), [SourceRef(implicit=True)], [], "asserts", "second", 1)]

    monkeypatch.setitem(document_frames, "first", first)
    monkeypatch.setitem(document_frames, "second", second)
    found = find_all(ctx, ("first", "second"))
    assert [f.frame for f in found] == ["first", "second"]
    assert seen_before == [1]


# --- the word lists are data (fast) ----------------------------------------------------------------


def _lexicon_data() -> dict[str, Any]:
    text = resources.files("briefings").joinpath("data", "fr", "sourcing.yml").read_text("utf-8")
    data: dict[str, Any] = yaml.safe_load(text)
    return data


def test_a_word_list_missing_from_the_data_is_an_error() -> None:
    words = dict(_lexicon_data()["words"])
    del words["relatives"]
    with pytest.raises(ValueError, match="relatives"):
        named_sets(Words, words)


def test_an_unknown_word_list_is_an_error() -> None:
    words = {**_lexicon_data()["words"], "relatifs": ["qui"]}
    with pytest.raises(ValueError, match="relatifs"):
        named_sets(Words, words)


def test_the_rules_read_their_words_from_the_data() -> None:
    """Abbreviations come from the lexicon: without "mgr", "Mgr. Dupont" ends a sentence at "."."""
    doc = spacy.blank("fr")("Mgr. Dupont est arrivé. Il a parlé.")
    assert len(Layout.of(doc, lexicon().words.abbreviations).sentences) == 2
    data = _lexicon_data()
    data["words"]["abbreviations"] = []
    assert len(Layout.of(doc, _build(data).words.abbreviations).sentences) == 3
