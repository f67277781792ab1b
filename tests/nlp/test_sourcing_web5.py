"""Categories found on the fifth real web-news batch (bench/extra/web5, issue 13); several
written sentences per phrasing, and negative cases.

The sentences were written for these tests; none is copied from an evaluation article.
"""

from __future__ import annotations

import pytest

from .test_sourcing_categories import claims_of, nlp, seen

__all__ = ["nlp"]  # the module's fixture, shared (the model is loaded once per module)

pytestmark = pytest.mark.slow


# --- a postposed speaker noun in -ant that the tagger reads as a participle ------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "« C'est une honte pour la ville », a affirmé l'opposant.",
            ("C'est une honte pour la ville", "Opposant", "asserts"),
        ),
        (
            "« Le budget est insincère », a estimé l'opposant.",
            ("Le budget est insincère", "Opposant", "estimates"),
        ),
    ],
)
def test_a_speaker_noun_read_as_a_participle(nlp, text: str, expected: tuple[str, str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in seen(claims_of(nlp, text))


def test_a_gerund_is_still_no_speaker(nlp) -> None:  # type: ignore[no-untyped-def]
    assert claims_of(nlp, "En arrivant, il a vu la foule.") == []


# --- "P, toujours selon X.": an adverb between the comma and a postposed "selon" ------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Le barrage a cédé dans la nuit, toujours selon les pompiers.",
            ("Le barrage a cédé dans la nuit", "Pompiers", "asserts"),
        ),
        (
            "La récolte a baissé de moitié, là encore selon le syndicat agricole.",
            ("La récolte a baissé de moitié", "Syndicat agricole", "asserts"),
        ),
    ],
)
def test_an_adverb_before_a_postposed_selon(nlp, text: str, expected: tuple[str, str, str]) -> None:  # type: ignore[no-untyped-def]
    assert seen(claims_of(nlp, text)) == [expected]


def test_a_figure_right_before_selon_is_still_the_content(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Environ 3 000 manifestants ont défilé selon la police, et 10 000 selon les organisateurs."
    assert ("10 000", "Organisateurs", "asserts") in seen(claims_of(nlp, text))


# --- hedges: the conditional under a present-tense cue, "quasi", what "remains possible" ----------------


def hedges_of(nlp, text: str) -> list[tuple[str, ...]]:  # type: ignore[no-untyped-def]
    return [c.hedges for c in claims_of(nlp, text)]


@pytest.mark.parametrize(
    ("text", "hedge"),
    [
        ("Des témoins affirment qu'il y aurait une dizaine de blessés.", "aurait"),
        ("Le maire affirme que le pont serait fermé depuis mardi.", "serait fermé"),
        ("Le chantier est quasi terminé, a assuré le maire.", "quasi"),
        ("De nouveaux retards restent possibles, a indiqué la direction.", "restent possibles"),
    ],
)
def test_new_hedges(nlp, text: str, hedge: str) -> None:  # type: ignore[no-untyped-def]
    assert any(hedge in hedges for hedges in hedges_of(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "Le maire a affirmé que le pont serait fermé mardi.",  # the concordance of tenses
        "Le ministre a promis de répondre dès que possible.",
    ],
)
def test_still_no_hedge(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert hedges_of(nlp, text) == [()]


def test_what_should_have_been_is_no_hedge_under_a_present_cue(nlp) -> None:  # type: ignore[no-untyped-def]
    assert hedges_of(nlp, "Le témoin affirme que le conducteur aurait dû s'arrêter.") == [()]


# --- "selon son récit": an account is a document source ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Selon son récit, les gardes l'ont frappé pendant la nuit.",
            ("les gardes l'ont frappé pendant la nuit", "Son récit", "asserts"),
        ),
        (
            "Le bateau a coulé près du port, selon leur récit.",
            ("Le bateau a coulé près du port", "Leur récit", "asserts"),
        ),
    ],
)
def test_an_account_is_a_source(nlp, text: str, expected: tuple[str, str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in seen(claims_of(nlp, text))


# --- "présente X comme Y": what the source says something is ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Le ministre présente la réforme comme « indispensable ».",
            ("la réforme comme « indispensable »", "Ministre", "asserts"),
        ),
        (
            "Le syndicat présente ce plan comme une attaque contre les salariés.",
            ("ce plan comme une attaque contre les salariés", "Syndicat", "asserts"),
        ),
    ],
)
def test_presenting_something_as(nlp, text: str, expected: tuple[str, str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in seen(claims_of(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "Le musée présente une exposition sur les volcans.",
        "La maire présente ses vœux aux habitants.",
        "Le récit de la bataille occupe trois chapitres.",
    ],
)
def test_presenting_or_telling_without_a_claim(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert claims_of(nlp, text) == []


# --- institutions named "centre …"; a bare noun that qualifies the head after selon --------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "La tempête était la plus forte depuis 1990, estime le centre météorologique régional.",
            ("La tempête était la plus forte depuis 1990", "Centre météorologique régional", "estimates"),
        ),
        (
            "Selon le centre antipoison, trois enfants ont été intoxiqués.",
            ("trois enfants ont été intoxiqués", "Centre antipoison", "asserts"),
        ),
        (
            "Selon le syndicat maison, la grève est illégale.",
            ("la grève est illégale", "Syndicat maison", "asserts"),
        ),
    ],
)
def test_a_centre_and_a_noun_qualifying_the_source(nlp, text: str, expected: tuple[str, str, str]) -> None:  # type: ignore[no-untyped-def]
    assert seen(claims_of(nlp, text)) == [expected]


def test_a_date_after_the_source_is_not_part_of_it(nlp) -> None:  # type: ignore[no-untyped-def]
    assert seen(claims_of(nlp, "Selon le maire lundi, la route sera fermée.")) == [
        ("la route sera fermée", "Maire", "asserts")
    ]


# --- single straight quotation marks ('…') standing alone as tokens --------------------------------------


def test_a_quotation_in_single_straight_marks(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "'Nous reprenions le travail. Vers midi, on a vu tomber des pierres', a déclaré un mineur."
    claims = claims_of(nlp, text)
    assert seen(claims) == [
        ("Nous reprenions le travail. Vers midi, on a vu tomber des pierres", "Un mineur", "asserts")
    ]
    assert claims[0].direct_quote


def test_a_single_quoted_sentence_then_an_inverted_pronoun(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Le gardien était là. 'Il a fallu partir vite, tout brûlait', a-t-il raconté."
    assert [c.text for c in claims_of(nlp, text)] == ["Il a fallu partir vite, tout brûlait"]


def test_an_apostrophe_is_no_quotation_mark(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Le maire a dit qu'il viendrait aujourd'hui."
    assert [c.text for c in claims_of(nlp, text)] == ["il viendrait aujourd'hui"]


# --- a vague quantity after "les"; a speaker's name after the parenthesis of his title --------------------


def test_les_dizaines_is_a_vague_quantity(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Les dizaines de blessés ont été transférés à Lyon, selon la préfecture."
    assert hedges_of(nlp, text) == [("Les dizaines",)]


def test_les_deux_millions_is_a_figure(nlp) -> None:  # type: ignore[no-untyped-def]
    assert hedges_of(nlp, "Les deux millions d'euros ont été versés, selon la mairie.") == [()]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Un camion a pris feu, selon le porte-parole de l'Organisation mondiale de la santé (OMS) "
            "Pierre Martin.",
            ("Un camion a pris feu", "Pierre Martin", "asserts"),
        ),
        (
            "Un camion a pris feu, a indiqué le porte-parole de la Croix-Rouge (CICR) Pierre Martin.",
            ("Un camion a pris feu", "Pierre Martin", "asserts"),
        ),
        (
            "Selon l'ALN (Armée de libération nationale), le village est tombé.",
            ("le village est tombé", "ALN", "asserts"),
        ),
    ],
)
def test_a_name_after_the_parenthesis_of_a_title(nlp, text: str, expected: tuple[str, str, str]) -> None:  # type: ignore[no-untyped-def]
    assert seen(claims_of(nlp, text)) == [expected]


# --- two coordinated cues share what follows the second --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Le syndicat regrette et condamne fermement la fermeture de l'usine.", "la fermeture de l'usine"),
        ("Le maire salue et soutient la décision du préfet.", "la décision du préfet"),
        ("Le maire a affirmé et répété que la route était fermée.", "la route était fermée"),
    ],
)
def test_coordinated_cues_share_their_content(nlp, text: str, content: str) -> None:  # type: ignore[no-untyped-def]
    assert [c.text for c in claims_of(nlp, text)] == [content]


def test_a_cue_then_a_new_clause(nlp) -> None:  # type: ignore[no-untyped-def]
    assert claims_of(nlp, "Le maire a parlé et la foule a applaudi.") == []


# --- a postposed institution whose complement is coordinated with du/des ---------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Les agents ont contrôlé un camion, a indiqué le ministère de l'action et des comptes publics.",
            ("Les agents ont contrôlé un camion", "Ministère de l'action et des comptes publics", "asserts"),
        ),
        (
            "« Les travaux seront finis en mai », a précisé la direction de l'urbanisme et du logement.",
            ("Les travaux seront finis en mai", "Direction de l'urbanisme et du logement", "asserts"),
        ),
    ],
)
def test_one_complement_coordinated_with_des(nlp, text: str, expected: tuple[str, str, str]) -> None:  # type: ignore[no-untyped-def]
    assert seen(claims_of(nlp, text)) == [expected]


def test_a_second_speaker_after_des_stays_one(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "« La route est dangereuse », ont affirmé le porte-parole de la mairie et des habitants."
    assert {name for _, name, _ in seen(claims_of(nlp, text))} == {
        "Porte-parole de la mairie",
        "Des habitants",
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "« Les stocks sont suffisants », a assuré le ministère de l'Agriculture et de l'Alimentation.",
            ("Les stocks sont suffisants", "Ministère de l'Agriculture et de l'Alimentation", "asserts"),
        ),
        (
            "« Le visa est accordé », a précisé le consul de France et de Belgique.",
            ("Le visa est accordé", "Consul de France et de Belgique", "asserts"),
        ),
    ],
)
def test_one_complement_coordinated_with_de(nlp, text: str, expected: tuple[str, str, str]) -> None:  # type: ignore[no-untyped-def]
    assert seen(claims_of(nlp, text)) == [expected]


# --- "P, selon X, qui …": a relative clause on the source is not the content -----------------------------


def test_a_relative_after_the_source_of_selon(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Le fleuve va encore monter, selon les hydrologues, qui annoncent de fortes pluies."
    claims = seen(claims_of(nlp, text))
    assert ("Le fleuve va encore monter", "Hydrologues", "asserts") in claims
    assert ("fortes pluies", "Hydrologues", "announces") in claims


def test_a_relative_after_the_source_of_selon_keeps_the_whole_clause(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Trois cents habitants de Vireux, dans les Ardennes, ont été évacués, selon la préfecture, "
        "qui redoute une crue."
    )
    assert (
        "Trois cents habitants de Vireux, dans les Ardennes, ont été évacués",
        "Préfecture",
        "asserts",
    ) in seen(claims_of(nlp, text))


def test_a_title_with_a_coordinated_complement_then_the_name(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Le ministre de l'action et des comptes publics, Paul Durand, a salué les douaniers. "
        "« Elle est le fruit d'un long travail », a-t-il ajouté."
    )
    assert {name for _, name, _ in seen(claims_of(nlp, text))} == {"Paul Durand"}
