"""Dates, figures and name consistency on blank pipelines (no model): relative dates built by
grammar, figures with their unit, identifiers, and one label per name in a document. The
sentences are written for the tests, not taken from any corpus."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc, Span

from briefings.nlp import components, consistency  # noqa: F401  (registers the factories)
from briefings.nlp.dates import resolve_date


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    pipeline = spacy.blank("fr")
    pipeline.add_pipe("briefings_dates")
    pipeline.add_pipe("briefings_quantities")
    pipeline.add_pipe("briefings_entity_cleanup")
    return pipeline


def found(nlp, text: str, label: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [ent.text for ent in nlp(text).ents if ent.label_ == label]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Les pompiers étaient intervenus quelques jours plus tard.", "quelques jours plus tard"),
        ("Les orages dureront le reste de la semaine.", "le reste de la semaine"),
        ("Le chiffre avait doublé l'année précédente.", "l'année précédente"),
        ("Le bilan a été publié le jour même.", "le jour même"),
        ("Il a été réélu la même année.", "la même année"),
        ("Deux ateliers ont lieu ce jour.", "ce jour"),
        ("Le projet avait été lancé en octobre dernier.", "octobre dernier"),
        ("Il reviendra en février prochain.", "février prochain"),
        ("Le musée a ouvert il y a tout juste dix ans.", "tout juste dix ans"),
        ("Ils se réunissent chaque automne.", "chaque automne"),
        ("Au 12ème jour, les résultats ont changé.", "12ème jour"),
        ("La cité a prospéré du IIe au premier siècle avant notre ère.", "premier siècle avant notre ère"),
    ],
)
def test_relative_dates_by_grammar(nlp, text: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    assert expected in found(nlp, text, "DATE")


def test_both_ends_of_a_range_are_dates(nlp) -> None:  # type: ignore[no-untyped-def]
    dates = found(nlp, "Le congrès se tiendra les 3 et 4 mai à Lille.", "DATE")
    assert dates == ["3", "4 mai"]
    assert found(nlp, "du IIe au premier siècle", "DATE")[0] == "IIe"


@pytest.mark.parametrize(
    "text",
    [
        "Cette journée fut la plus longue de sa vie.",  # a subject, not a "when"
        "Ils réclament la semaine de quatre jours.",  # no modifier: no date
    ],
)
def test_time_nouns_that_are_not_dates(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not [d for d in found(nlp, text, "DATE") if "journée" in d or "semaine" in d]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le débit de dose atteint 0,3 mSv/h près du réacteur.", "0,3 mSv/h"),
        ("L'étoile est à 12 années-lumière de nous.", "12 années-lumière"),
        ("La température dépasse 40 degrés Celsius.", "40 degrés Celsius"),
        ("Le voilier est à 80 milles nautiques du port.", "80 milles nautiques"),
        ("Les vagues montent jusqu'à plus de 9 mètres.", "jusqu'à plus de 9 mètres"),
        ("Le salon a reçu plus d'un million de visiteurs.", "plus d'un million"),
        ("La collection compte vingt-et-une esquisses.", "vingt-et-une"),
        ("Un séisme de magnitude 6 a frappé la côte.", "6"),
        ("Le syndicat estime à 12 000 le nombre de postes.", "12 000"),
        ("Parmi eux, 14 des 30 candidats sont des femmes.", "14"),
    ],
)
def test_figures_with_their_unit(nlp, text: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    quantities = found(nlp, text, "QUANTITY")
    assert any(q.startswith(expected) for q in quantities), quantities


@pytest.mark.parametrize(
    "text",
    [
        "Une fois la réunion terminée, ils sont partis.",  # "une fois" counts nothing
        "Encore une fois, le vote a été reporté.",
        "Des toiles de Millet et de Corot.",  # "Mille" + the unit "t"
        "Le pilote a cabré[1] trop tôt.",  # a footnote marker
    ],
)
def test_not_figures(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert found(nlp, text, "QUANTITY") == []


@pytest.mark.parametrize(
    ("text", "published", "value"),
    [
        ("octobre dernier", "2025-03-20", "2024-10"),
        ("février prochain", "2025-03-20", "2026-02"),
        ("juin prochain", "2025-03-20", "2025-06"),
    ],
)
def test_resolve_a_month_with_its_modifier(text: str, published: str, value: str) -> None:
    assert resolve_date(text, published) == value


# --- one name, one label in a document -----------------------------------------------------------------


def _words(text: str) -> list[str]:
    return text.split(" ")


def _doc(words: list[str], ents: list[tuple[int, int, str]]) -> Doc:
    doc = Doc(spacy.blank("fr").vocab, words=words)
    doc.ents = [Span(doc, start, end, label=label) for start, end, label in ents]
    return doc


def _consistent(doc: Doc) -> list[tuple[str, str]]:
    doc = consistency.NameConsistency()(doc)
    return [(ent.text, ent.label_) for ent in doc.ents]


def test_a_name_takes_the_label_most_of_its_mentions_have() -> None:
    words = _words("Tavro a répondu . Tavro a démenti . Selon Tavro , rien")
    doc = _doc(words, [(0, 1, "ORG"), (4, 5, "ORG"), (9, 10, "PER")])
    assert _consistent(doc) == [("Tavro", "ORG")] * 3


def test_a_typed_mention_outweighs_the_model() -> None:
    words = _words("le réseau Tavro a répondu . Tavro a démenti . Tavro")
    doc = _doc(words, [(2, 3, "ORG"), (6, 7, "MISC"), (10, 11, "MISC")])
    doc.user_data[consistency.EVIDENCE] = [(2, 3, "ORG")]
    assert [label for _, label in _consistent(doc)] == ["ORG", "ORG", "ORG"]
    assert consistency.EVIDENCE not in doc.user_data


def test_an_unlabelled_repeat_takes_the_label_of_the_name() -> None:
    words = _words("Selon Ilse Varga , la grève continue . Ilse Varga a ajouté")
    doc = _doc(words, [(1, 3, "PER")])
    assert _consistent(doc) == [("Ilse Varga", "PER"), ("Ilse Varga", "PER")]


def test_a_tie_changes_nothing() -> None:
    words = _words("Lorval a dit . Lorval est loin")
    doc = _doc(words, [(0, 1, "ORG"), (4, 5, "LOC")])
    assert _consistent(doc) == [("Lorval", "ORG"), ("Lorval", "LOC")]


def test_an_enumeration_agrees() -> None:
    words = _words("Dufy , Marquet , Signac et Saint-Ange ont exposé")
    doc = _doc(words, [(0, 1, "PER"), (2, 3, "PER"), (4, 5, "PER"), (6, 7, "LOC")])
    assert [label for _, label in _consistent(doc)] == ["PER"] * 4


def test_a_latin_name_is_not_a_person() -> None:
    words = _words("le papillon Vanessa cardui migre")
    doc = _doc(words, [(2, 4, "PER")])
    assert _consistent(doc) == [("Vanessa cardui", "MISC")]


def test_an_acronym_of_common_nouns_is_not_a_name() -> None:
    words = _words("les gaz à effet de serre ( GES ) augmentent ; les GES")
    doc = _doc(words, [(7, 8, "ORG"), (12, 13, "ORG")])
    assert _consistent(doc) == []
    law = _words("le règlement européen sur la santé ( RES ) s' applique")
    assert _consistent(_doc(law, [(7, 8, "MISC")])) == [("RES", "MISC")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dans les années 1990, le marché a doublé.", "les années 1990"),
        ("Les prix baisseront dans les prochains jours.", "les prochains jours"),
    ],
)
def test_decades_and_coming_days(nlp, text: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    assert expected in found(nlp, text, "DATE")
