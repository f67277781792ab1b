"""A generic "on" after a fronted "chez X", "du côté de X" or "au sein de X" speaks for X
(sourcing/sources.py, `Sources.generic`): "Chez Renault, on reconnaît que P" is Renault's claim,
not nobody's.

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
            "Du côté de la direction, on assure qu'aucun poste ne sera supprimé.",
            ("aucun poste ne sera supprimé", "Direction", "asserts"),
        ),
        (
            "Au sein du gouvernement, on estime que la réforme passera.",
            ("la réforme passera", "Gouvernement", "estimates"),
        ),
        (
            "Mais chez les syndicats, on dénonce un plan social déguisé.",
            ("un plan social déguisé", "Syndicats", "asserts"),
        ),
        (
            "Chez les voisins, on raconte que la maison était vide depuis des années.",
            ("la maison était vide depuis des années", "Voisins", "asserts"),
        ),
    ],
)
def test_a_generic_on_speaks_for_the_host_fronted_before_it(
    nlp, text: str, expected: tuple[str, str, str]
) -> None:  # type: ignore[no-untyped-def]
    assert seen(claims_of(nlp, text)) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "À Paris, on assure que rien n'est décidé.",  # a place: no "chez" nor "côté"
        "Dans le village, on dit que le loup est revenu.",
    ],
)
def test_a_generic_on_after_another_adjunct_is_nobody(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert [claim.source.name for claim in claims_of(nlp, text)] == ["On"]
