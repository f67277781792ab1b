"""Categories found on the fifth real web-news batch (bench/extra/web5, issue 13); several
written sentences per phrasing, and negative cases.

The sentences were written for these tests; none is copied from an evaluation article.
"""

from __future__ import annotations

import pytest

from .test_sourcing_categories import claims_of, nlp, seen

__all__ = ["nlp"]  # the module's fixture, shared (the model is loaded once per module)

pytestmark = pytest.mark.slow


# --- a postposed speaker noun in -ant that the tagger reads as a participle ------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "« C'est une honte pour la ville », a affirmé l'opposant.",
            ("C'est une honte pour la ville", "Opposant", "asserts"),
        ),
        (
            "« Le budget est insincère », a estimé l'opposant.",
            ("Le budget est insincère", "Opposant", "estimates"),
        ),
    ],
)
def test_a_speaker_noun_read_as_a_participle(nlp, text: str, expected: tuple[str, str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in seen(claims_of(nlp, text))


def test_a_gerund_is_still_no_speaker(nlp) -> None:  # type: ignore[no-untyped-def]
    assert claims_of(nlp, "En arrivant, il a vu la foule.") == []


# --- "P, toujours selon X.": an adverb between the comma and a postposed "selon" ------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Le barrage a cédé dans la nuit, toujours selon les pompiers.",
            ("Le barrage a cédé dans la nuit", "Pompiers", "asserts"),
        ),
        (
            "La récolte a baissé de moitié, là encore selon le syndicat agricole.",
            ("La récolte a baissé de moitié", "Syndicat agricole", "asserts"),
        ),
    ],
)
def test_an_adverb_before_a_postposed_selon(nlp, text: str, expected: tuple[str, str, str]) -> None:  # type: ignore[no-untyped-def]
    assert seen(claims_of(nlp, text)) == [expected]


def test_a_figure_right_before_selon_is_still_the_content(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Environ 3 000 manifestants ont défilé selon la police, et 10 000 selon les organisateurs."
    assert ("10 000", "Organisateurs", "asserts") in seen(claims_of(nlp, text))
