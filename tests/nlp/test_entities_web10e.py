"""Entity categories missed on a third blind batch of real news (bench/extra/README.md, `web10e`):
university hospitals named by their acronym, routes written with a hyphen, portfolios and other
common words taken for names, clubs named by their initials, dates with a relative clause, bounds
and compound nouns of a count. Sentences written for the test, with invented names, not taken from
any article."""

from __future__ import annotations

import pytest

from .test_typed_names import ents, nlp

__all__ = ["nlp"]  # the module's fixture, shared (the model is loaded once per module)


# --- university hospitals ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "CHU de X", "CHRU de X": the institution of that town, whole, like "université de Caen"
        ("Le directeur du CHU de Rennes a présenté le budget lundi.", ("CHU de Rennes", "ORG")),
        ("Selon la direction du CHRU de Lille, les travaux commencent.", ("CHRU de Lille", "ORG")),
        ("Le CHU d’Amiens et la ville ont signé une convention.", ("CHU d’Amiens", "ORG")),
        # after a singular article, the acronym alone is the hospital the text is about
        ("Le CHU de Rennes a présenté son plan. Le CHU prévoit un déficit.", ("CHU", "ORG")),
        ("La direction a parlé de l'avenir du CHRU devant les élus.", ("CHRU", "ORG")),
    ],
)
def test_university_hospitals(nlp, text: str, expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in ents(nlp, text)


def test_university_hospitals_in_general_are_no_name(nlp) -> None:  # type: ignore[no-untyped-def]
    found = ents(
        nlp, "Les centres hospitaliers universitaires (CHU) manquent de moyens, et les CHU recrutent."
    )
    assert [text for text, _ in found if "CHU" in text] == []


# --- sports clubs ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a club's initials open its name: an organisation, not a person or a place
        ("La JS Vernay a battu l'AS Morlac samedi.", ("JS Vernay", "ORG")),
        ("Selon Marc Dulac, entraîneur de la JS Vernay, le club fera appel.", ("JS Vernay", "ORG")),
        ("La JS Vernay a battu l'AS Morlac samedi.", ("AS Morlac", "ORG")),
        # its second team, a number before a parenthesis
        ("Le FC Vernay contre l'AS Morlac 2 (R2 Occitanie) a perdu par pénalité.", ("AS Morlac 2", "ORG")),
        ("La JS Vernay 2 contre le FC Tessan a perdu par pénalité.", ("JS Vernay 2", "ORG")),
    ],
)
def test_clubs_by_their_initials(nlp, text: str, expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in ents(nlp, text)


def test_a_score_after_a_club_stays_a_figure(nlp) -> None:  # type: ignore[no-untyped-def]
    found = ents(nlp, "L'AS Morlac a gagné 2 à 1 dimanche.")
    assert ("AS Morlac", "ORG") in found and ("2 à 1", "QUANTITY") in found


# --- routes ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le vol Paris-Montréal décolle chaque matin.", [("Paris", "LOC"), ("Montréal", "LOC")]),
        ("La liaison Lyon-Porto ouvrira en mai.", [("Lyon", "LOC"), ("Porto", "LOC")]),
        # a list of routes after the noun, each split
        (
            "La compagnie ouvre trois nouvelles liaisons : Nantes-Lisbonne, Nantes-Dublin et Brest-Londres.",
            [("Lisbonne", "LOC"), ("Dublin", "LOC"), ("Brest", "LOC"), ("Londres", "LOC")],
        ),
    ],
)
def test_a_route_joins_two_places(nlp, text: str, expected: list[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    found = ents(nlp, text)
    for pair in expected:
        assert pair in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Elle habite à Saint-Denis depuis dix ans.", ("Saint-Denis", "LOC")),
        ("Il a longtemps travaillé en Bosnie-Herzégovine.", ("Bosnie-Herzégovine", "LOC")),
    ],
)
def test_a_hyphenated_place_without_a_route_stays_whole(nlp, text: str, expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in ents(nlp, text)


# --- common words taken for names -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        (
            "Deux ministres entrent au gouvernement : Paul Ravel (Culture) et Anne Morel (Relations avec le "
            "parlement).",
            "Relations",
        ),
        (
            "Luc Brun devient secrétaire d'État auprès du ministre de la Transition écologique.",
            "Transition écologique",
        ),
        ("Objectif affiché : revenir à l'équilibre dès 2027, selon la direction.", "Objectif"),
        ("La compagnie propose une offre Economy et une offre Affaires sur ses vols longs.", "Economy"),
    ],
)
def test_common_words_are_no_names(nlp, text: str, word: str) -> None:  # type: ignore[no-untyped-def]
    assert word not in [t for t, _ in ents(nlp, text)]


def test_a_person_before_a_portfolio_stays_a_person(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Deux ministres arrivent : Paul Ravel (Culture) et Anne Morel (Relations avec le parlement)."
    assert ("Anne Morel", "PER") in ents(nlp, text)


# --- dates ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Les discussions reprendront dans les semaines qui viennent.",
            ("les semaines qui viennent", "DATE"),
        ),
        ("La vente des parts s'effectua dans les mois qui suivirent.", ("les mois qui suivirent", "DATE")),
        ("Aujourd'hui même, la banque a confirmé l'accord.", ("Aujourd'hui même", "DATE")),
    ],
)
def test_relative_dates(nlp, text: str, expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in ents(nlp, text)


def test_weeks_as_a_subject_with_a_count_stay_a_duration(nlp) -> None:  # type: ignore[no-untyped-def]
    assert ("trois semaines", "QUANTITY") in ents(
        nlp, "Le chantier a duré trois semaines, qui ont paru longues."
    )


# --- figures -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Le plan prévoit 120 suppressions de postes d'ici 2026.",
            ("120 suppressions de postes", "QUANTITY"),
        ),
        ("Le projet entraîne plus de 40 fermetures de lits.", ("plus de 40 fermetures de lits", "QUANTITY")),
        ("L'usine annonce 300 créations d'emplois.", ("300 créations d'emplois", "QUANTITY")),
        ("Le chantier durera un peu plus d'un mois.", ("un peu plus d'un mois", "QUANTITY")),
    ],
)
def test_counts_with_their_bound_and_compound_noun(nlp, text: str, expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in ents(nlp, text)


def test_a_free_complement_stays_outside(nlp) -> None:  # type: ignore[no-untyped-def]
    assert ("huit ans", "QUANTITY") in ents(nlp, "Il a fallu huit ans de recherches pour aboutir.")
