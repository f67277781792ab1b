"""Speech acts said with an idiom: raising the alarm ("tirer la sonnette d'alarme"), making a
decision public ("officialiser").

The sentences were written for these tests; none is copied from an evaluation article.
"""

from __future__ import annotations

import pytest

from .test_sourcing_categories import claims_of, nlp, seen

__all__ = ["nlp"]  # the module's fixture, shared (the model is loaded once per module)

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "L'ONG tire la sonnette d'alarme sur la situation des réfugiés.",
            ("la situation des réfugiés", "ONG", "warns"),
        ),
        (
            "Les médecins ont tiré la sonnette d'alarme sur le manque de lits.",
            ("le manque de lits", "Médecins", "warns"),
        ),
        ("Le club a officialisé l'arrivée du joueur jeudi.", ("l'arrivée du joueur", "Club", "announces")),
    ],
)
def test_an_idiom_of_speech_is_a_cue(nlp, text: str, expected: tuple[str, str, str]) -> None:  # type: ignore[no-untyped-def]
    assert seen(claims_of(nlp, text)) == [expected]
