"""A verb the lexicon does not know, between a quotation and its inverted subject, is a cue
(sourcing/groups.py, `_verb_after_quotation`): French puts only verbs of saying, or of the manner
of saying, in that place, and every real batch brought verbs the lexicon lacked.

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
        # the tagger reads the verb as a noun, after a clitic or before the subject
        (
            "« Nous allons tout reconstruire », s'enthousiasme le maire de la commune.",
            ("Nous allons tout reconstruire", "Maire de la commune", "asserts"),
        ),
        (
            "« Ce n'est pas encore fini », grimace l'entraîneur après le match.",
            ("Ce n'est pas encore fini", "Entraîneur", "asserts"),
        ),
        # … or as an adverb after an auxiliary
        ("« Nous sommes prêts », a grimacé l'entraîneur.", ("Nous sommes prêts", "Entraîneur", "asserts")),
        (
            "« Je n'ai jamais vu une telle crue », frissonne un agriculteur.",
            ("Je n'ai jamais vu une telle crue", "Un agriculteur", "asserts"),
        ),
        ('"On a eu très peur", frémit une voisine.', ("On a eu très peur", "Une voisine", "asserts")),
        (
            "« Aucun blessé n'est à déplorer », rassure la préfecture.",
            ("Aucun blessé n'est à déplorer", "Préfecture", "asserts"),
        ),
    ],
)
def test_an_unknown_verb_between_a_quotation_and_its_subject_is_a_cue(
    nlp,  # type: ignore[no-untyped-def]
    text: str,
    expected: tuple[str, str, str],
) -> None:
    assert seen(claims_of(nlp, text)) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        # a title in quotation marks, then a participle or a verb that is not speech
        "Après « Titanic », vient le tour d'« Avatar ».",
        "Le journal « Libération », racheté l'an dernier, change de formule.",
        "Son roman « L'Étranger », traduit dans quarante langues, se vend toujours.",
        "Il a chanté « La Marseillaise », suivi par la foule.",
        "Dans « Les Misérables », meurt le personnage de Fantine.",
        # no quotation before the comma
        "Au bout du quai, grimace un vieux pêcheur.",
    ],
)
def test_a_verb_after_a_title_or_with_no_quotation_is_no_cue(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert claims_of(nlp, text) == []
