"""The spaCy components on blank pipelines: fast, no model needed."""

from __future__ import annotations

import pytest
import spacy

from briefings.nlp import components  # noqa: F401  (registers the factories)
from briefings.nlp.dates import resolve_date


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    pipeline = spacy.blank("fr")
    pipeline.add_pipe("briefings_dates")
    pipeline.add_pipe("briefings_quantities")
    pipeline.add_pipe("briefings_entity_cleanup")
    return pipeline


def ents(nlp, text: str) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return [(ent.text, ent.label_) for ent in nlp(text).ents]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Il a annoncé jeudi la nouvelle.", "jeudi"),
        ("depuis la mi-janvier", "mi-janvier"),
        ("Mais plus tôt ce mois-ci, il a dit non.", "plus tôt ce mois-ci"),
        ("signé en juin 2024 à Pyongyang", "juin 2024"),
        ("Le 29 mai 2012, il pleuvait.", "29 mai 2012"),
        ("Ils sont arrivés dimanche soir.", "dimanche soir"),
        ("Il est rentré en 2009 déjà.", "2009"),
        ("Arrivé à 0h50, il a parlé.", "0h50"),
    ],
)
def test_dates(nlp, text: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    assert (expected, "DATE") in ents(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("plus de 10 000 soldats ont été envoyés", "plus de 10 000"),
        ("entre 10 000 et 12 000 soldats", "entre 10 000 et 12 000"),
        ("estimées à environ 1 100, une augmentation", "environ 1 100"),
        ("Le sondage donne 75 % des voix.", "75 %"),
        ("Au moins une quarantaine de personnes sont mortes.", "Au moins une quarantaine"),
    ],
)
def test_quantities(nlp, text: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    found = ents(nlp, text)
    assert any(label == "QUANTITY" and span.startswith(expected) for span, label in found), found


def test_a_year_is_not_a_quantity_and_a_word_is_not_a_date(nlp) -> None:  # type: ignore[no-untyped-def]
    found = ents(nlp, "La ville a été reconstruite en 1998 par 200 ouvriers.")
    assert ("1998", "DATE") in found
    assert not any(text == "été" for text, _ in found)
    assert not any(label == "QUANTITY" and "1998" in text for text, label in found)


def test_numbers_inside_names_are_not_quantities(nlp) -> None:  # type: ignore[no-untyped-def]
    assert not [e for e in ents(nlp, "Un McDonnel Douglas MD-83 a décollé.") if e[1] == "QUANTITY"]


@pytest.mark.parametrize(
    ("text", "published", "value"),
    [
        ("jeudi", "2024-11-02", "2024-10-31"),  # the Thursday before a Saturday
        ("mi-janvier", "2025-03-20", "2025-01"),
        ("mi-novembre", "2025-03-20", "2024-11"),  # a later month is last year's
        ("octobre 2024", None, "2024-10"),
        ("3 juin 2012", None, "2012-06-03"),
        ("plus tôt ce mois-ci", "2025-03-20", "2025-03"),
        ("hier soir", "2012-06-05", "2012-06-04"),
        ("jeudi", None, None),
    ],
)
def test_resolve_date(text: str, published: str | None, value: str | None) -> None:
    assert resolve_date(text, published) == value
