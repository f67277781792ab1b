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
        ("La saison 2013-2014 commence.", "2013-2014"),
        ("Une peinture de la fin du XVIIIe siècle.", "fin du XVIIIe siècle"),
        ("Il est reparti en début de soirée.", "début de soirée"),
        ("Les tirs ont duré la nuit de mardi à mercredi.", "la nuit de mardi à mercredi"),
        ("Le cours a bondi ces dernières semaines.", "ces dernières semaines"),
        ("Le sommet s'ouvre ce mardi matin.", "ce mardi matin"),
        ("La réunion commence à 18 heures.", "18 heures"),
        ("Il partira au mois de juin.", "mois de juin"),
        ("Il neigera à l'hiver 2031.", "hiver 2031"),
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


def test_a_duration_in_hours_is_not_a_clock_time(nlp) -> None:  # type: ignore[no-untyped-def]
    assert ("18 heures", "DATE") not in ents(nlp, "La grève a duré pendant 18 heures.")


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


@pytest.fixture(scope="module")
def demonym_nlp():  # type: ignore[no-untyped-def]
    pipeline = spacy.blank("fr")
    pipeline.add_pipe("briefings_demonyms")
    pipeline.add_pipe("briefings_entity_cleanup")
    return pipeline


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Les soldats nord-coréens sont arrivés.", ["nord-coréens"]),
        ("Des Ukrainiens et des Sud-Africaines ont manifesté.", ["Ukrainiens", "Sud-Africaines"]),
        ("Elle défend la langue française et les peintres italiens.", ["française", "italiens"]),
        ("Une démocratie occidentale, des sources nippones.", ["occidentale", "nippones"]),
        ("Il parle le français, l'anglais et apprend l'allemand.", []),  # languages
        ("Il vit en Suisse, pas en Corse.", []),  # the places themselves
        ("Les Suisses et les Corses ont voté.", ["Suisses", "Corses"]),
    ],
)
def test_demonyms(demonym_nlp, text: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert [span for span, label in ents(demonym_nlp, text) if label == "NORP"] == expected


def test_a_demonym_links_to_its_place_without_a_knowledge_base() -> None:
    from briefings.knowledge import KnowledgeBase
    from briefings.nlp.canonical import Canonicaliser, RawMention

    mentions = [RawMention(0, 12, "nord-coréens", "NORP"), RawMention(20, 29, "Française", "NORP")]
    ids = [entity.id for _, entity in Canonicaliser(KnowledgeBase()).resolve(mentions)]
    assert ids == ["coree-du-nord", "france"]
