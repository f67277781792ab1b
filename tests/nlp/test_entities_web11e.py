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


# --- football: a league named by its level is a competition ------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Promu en Ligue 2, le club vise la montée en Ligue 1.", ("Ligue 2", "MISC")),
        ("Promu en Ligue 2, le club vise la montée en Ligue 1.", ("Ligue 1", "MISC")),
        ("Le club a terminé à la 5e place de Ligue 1 la saison dernière.", ("Ligue 1", "MISC")),
        ("Il a joué deux saisons en Division 2 avant de signer.", ("Division 2", "MISC")),
    ],
)
def test_numbered_leagues_are_competitions(nlp, text: str, expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in ents(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a league's body, named by its words, stays an organisation
        (
            "La Ligue de football professionnel a publié le calendrier.",
            ("Ligue de football professionnel", "ORG"),
        ),
        ("La Ligue des droits de l'homme dénonce la loi.", ("Ligue des droits de l'homme", "ORG")),
    ],
)
def test_league_bodies_stay_organisations(nlp, text: str, expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in ents(nlp, text)


# --- a company named after its founder -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("La direction des Laboratoires Jean Morvan annonce un plan social.", "Laboratoires Jean Morvan"),
        ("Les Laboratoires Paul Grenet ont présenté leurs comptes.", "Laboratoires Paul Grenet"),
        ("Les Établissements Marc Tessier recrutent vingt soudeurs.", "Établissements Marc Tessier"),
        ("Les Éditions Claire Dumas publient son roman.", "Éditions Claire Dumas"),
    ],
)
def test_company_named_after_its_founder(nlp, text: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    assert (expected, "ORG") in ents(nlp, text)


def test_founder_alone_stays_a_person(nlp) -> None:  # type: ignore[no-untyped-def]
    assert ("Jean Morvan", "PER") in ents(nlp, "Selon Jean Morvan, le laboratoire prépare un plan.")


# --- company names opened by a French head and a town, or by an English article ----------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "La Mutuelle de Vannes Assurances a été sanctionnée par le régulateur.",
            "Mutuelle de Vannes Assurances",
        ),
        (
            "Le régulateur a sanctionné la Mutuelle de Vannes Assurances hier.",
            "Mutuelle de Vannes Assurances",
        ),
        (
            "Une autre start-up se hisse en tête : The Orbital Company lève 40 millions.",
            "The Orbital Company",
        ),
        ("Le fonds investit dans The Green Energy Company depuis mars.", "The Green Energy Company"),
    ],
)
def test_company_names_whole(nlp, text: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    assert (expected, "ORG") in ents(nlp, text)


def test_town_and_sector_word_alone(nlp) -> None:  # type: ignore[no-untyped-def]
    assert ("Vannes Assurances", "ORG") in ents(nlp, "Le directeur de Vannes Assurances a démissionné.")


# --- a board glued to its parent; an office with its nationality -------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Le Collège de l'Autorité des marchés financiers a rendu sa décision.",
            "Autorité des marchés financiers",
        ),
        ("Le Collège de l'Autorité de la concurrence a rendu sa décision.", "Autorité de la concurrence"),
        ("Le Directoire de la Banque Vernac a démissionné.", "Banque Vernac"),
    ],
)
def test_board_apart_from_its_parent(nlp, text: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    found = ents(nlp, text)
    assert (expected, "ORG") in found
    assert not any(t.startswith(("Collège", "Directoire")) for t, _ in found)


def test_a_college_named_by_a_place_stays_whole(nlp) -> None:  # type: ignore[no-untyped-def]
    assert ("Collège de France", "ORG") in ents(nlp, "Il enseigne au Collège de France depuis 2010.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("La Commissaire européenne chargée du numérique a annoncé une amende.", "européenne"),
        ("Le Président français a reçu son homologue.", "français"),
    ],
)
def test_office_with_its_nationality_is_no_organisation(nlp, text: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    found = ents(nlp, text)
    assert (expected, "NORP") in found
    assert [t for t, label in found if label == "ORG"] == []


def test_the_commission_stays_an_organisation(nlp) -> None:  # type: ignore[no-untyped-def]
    found = ents(nlp, "La Commission européenne a infligé une amende.")
    assert ("Commission européenne", "ORG") in found


# --- acronyms of a sector or an activity are no organisation ---------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Le groupe investit en R&D et dans le BTP depuis 2019.",
        "Les dépenses de R&D ont augmenté de 5 % cette année.",
        "Le centre de R&D de Vernac Pharma fermera en juin.",
    ],
)
def test_sector_acronyms_are_no_name(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert [t for t, _ in ents(nlp, text) if "R&D" in t or "BTP" in t] == []


def test_a_company_beside_a_sector_acronym_stays(nlp) -> None:  # type: ignore[no-untyped-def]
    assert ("Vernac Pharma", "ORG") in ents(nlp, "Le centre de R&D de Vernac Pharma fermera en juin.")


# --- shops and platforms a thing is sold on -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ces jouets étaient vendus sur Zelko, Miravo et Kandoo jusqu'en novembre.", "Zelko"),
        ("Ces jouets étaient vendus sur Zelko, Miravo et Kandoo jusqu'en novembre.", "Miravo"),
        ("Ces jouets étaient vendus sur Zelko, Miravo et Kandoo jusqu'en novembre.", "Kandoo"),
        ("Les produits sont vendus notamment sur Zelko et sur Miravo.", "Miravo"),
        ("Le jouet, en vente sur Zelko, contient du plomb.", "Zelko"),
        ("Il a acheté sur eKandoo une console d'occasion.", "eKandoo"),
    ],
)
def test_names_a_thing_is_sold_on(nlp, text: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    assert (expected, "ORG") in ents(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Les billets sont vendus sur place avant le concert.",
        "Les maisons vendues sur la Côte d'Azur coûtent cher.",
    ],
)
def test_sold_on_a_place_or_nothing(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert [t for t, label in ents(nlp, text) if label == "ORG"] == []


# --- seasons and quarters measured from now are dates --------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Il a beaucoup progressé ces dernières saisons en Espagne.", "ces dernières saisons"),
        ("Il a signé pour les quatre prochaines saisons avec le club.", "les quatre prochaines saisons"),
        ("Le chiffre d'affaires a baissé les deux derniers trimestres.", "les deux derniers trimestres"),
        ("Les ventes ont reculé ces derniers trimestres.", "ces derniers trimestres"),
    ],
)
def test_recent_seasons_are_dates(nlp, text: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    assert (expected, "DATE") in ents(nlp, text)


def test_a_count_of_seasons_stays_a_figure(nlp) -> None:  # type: ignore[no-untyped-def]
    assert ("quatre saisons", "QUANTITY") in ents(nlp, "Il a joué quatre saisons à Lens avant de partir.")


# --- a minimum or a maximum is a bound of the figure --------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("L'entreprise a proposé un minimum de 25 euros par mois.", "un minimum de 25 euros"),
        ("Il faut un maximum de 300 participants par salle.", "un maximum de 300 participants"),
        ("Les travaux dureront au minimum 18 mois.", "au minimum 18 mois"),
    ],
)
def test_minimum_and_maximum_are_bounds(nlp, text: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    assert (expected, "QUANTITY") in ents(nlp, text)


# --- a plan's or a programme's name in quotation marks ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('La direction a présenté le plan "Horizon 2026" aux syndicats.', "Horizon 2026"),
        ("Le programme « Cap Export » aide les petites entreprises.", "Cap Export"),
        ('Le dispositif "Tremplin Sud" sera prolongé.', "Tremplin Sud"),
    ],
)
def test_quoted_plan_names(nlp, text: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    assert (expected, "MISC") in ents(nlp, text)


@pytest.mark.parametrize(
    "text",
    ['Le projet "la grande maison" avance.', "Le plan social touche 40 salariés."],
)
def test_no_plan_name(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert [t for t, label in ents(nlp, text) if label == "MISC"] == []
