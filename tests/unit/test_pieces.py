"""A long text cut into pieces for spaCy: joined, the pieces are the text; each is bounded; cuts
fall where a reader would make them."""

from __future__ import annotations

import unicodedata

import pytest

from briefings.annotate.pieces import PIECE, split_text

PARAGRAPH = "Emmanuel Macron est arrivé à Paris, a annoncé l'Élysée. Il repartira jeudi. " * 8


def _check(text: str, size: int) -> list[str]:
    pieces = split_text(text, size)
    assert "".join(pieces) == text
    for piece in pieces[:-1]:
        assert len(piece.rstrip()) <= size
    return pieces


def test_short_text_is_one_piece() -> None:
    assert split_text("Un texte court.\n") == ["Un texte court.\n"]
    assert split_text("") == [""]


def test_pieces_end_at_line_breaks_and_start_with_a_word() -> None:
    text = "\n\n".join([PARAGRAPH] * 40)
    pieces = _check(text, PIECE)
    assert len(pieces) > 1
    for piece in pieces[:-1]:
        assert piece.endswith("\n\n")
    for piece in pieces[1:]:
        assert piece.startswith("Emmanuel")


def test_without_line_breaks_pieces_end_after_a_sentence() -> None:
    pieces = _check(PARAGRAPH * 20, 1000)
    assert len(pieces) > 1
    assert all(piece.endswith(". ") for piece in pieces[:-1])


def test_without_full_stops_pieces_end_after_a_space() -> None:
    text = "mot sans point ni retour à la ligne " * 300
    pieces = _check(text, 1000)
    assert len(pieces) > 1
    assert all(piece.endswith(" ") and not piece.startswith(" ") for piece in pieces)


@pytest.mark.parametrize("text", ["x" * 2500, "e\u0301" * 1250, "e\u0301\u0327" * 900])
def test_without_spaces_a_cut_never_splits_a_character(text: str) -> None:
    pieces = _check(text, 1000)
    assert len(pieces) > 1
    assert not any(unicodedata.combining(piece[0]) for piece in pieces)


def test_a_stretch_of_marks_alone_is_still_cut() -> None:
    assert len(_check("a" + "\u0301" * 2500, 1000)) == 3
