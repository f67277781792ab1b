"""Entity categories missed on a fourth blind batch of real news (bench/extra/README.md,
`web11e`): compound nouns of a count (rounds of funding, changes to contracts), a town's department
number in brackets, competitions named by a number, a company named after its founder. Sentences
written for the test, with invented names, not taken from any article."""

from __future__ import annotations

import pytest

from .test_typed_names import ents, nlp

__all__ = ["nlp"]  # the module's fixture, shared (the model is loaded once per module)


# --- figures: compound nouns counted whole ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("La jeune pousse a bouclé quatre tours de table depuis sa création.", "quatre tours de table"),
        ("Trois tours de table ont été signés ce trimestre.", "Trois tours de table"),
        ("Le plan prévoit 120 modifications de contrat et 40 départs.", "120 modifications de contrat"),
        ("Le secteur a connu 35 tours de financement en un an.", "35 tours de financement"),
        ("L'usine a signé 12 ruptures conventionnelles depuis mars.", "12 ruptures conventionnelles"),
    ],
)
def test_compound_nouns_counted_whole(nlp, text: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    assert (expected, "QUANTITY") in ents(nlp, text)


def test_free_complement_stays_outside(nlp) -> None:  # type: ignore[no-untyped-def]
    found = ents(nlp, "Le groupe a promis 300 millions d'euros d'investissement.")
    assert ("300 millions d'euros", "QUANTITY") in found


# --- figures: a department number is no count --------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Deux usines fermeront à Muret (31) et à Tulle (19) d'ici juin.",
        "Le site de Brive (19) restera ouvert.",
        "Les salariés de Vannes (56) ont voté la grève.",
    ],
)
def test_department_numbers_are_no_figure(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert [t for t, label in ents(nlp, text) if label == "QUANTITY" and t.isdigit()] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a count in brackets keeps its noun, and a bare figure after a common noun is still one
        ("Le groupe emploie du monde à Brive (80 salariés) et à Tulle.", "80 salariés"),
        ("Le nombre de votants (45) a surpris.", "45"),
    ],
)
def test_counts_in_brackets_stay(nlp, text: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    assert (expected, "QUANTITY") in ents(nlp, text)
