"""Categories found on the eleventh real web-news batch (bench/extra/web11, issue 13, released after two
held-out scores); several written sentences per phrasing, and negative cases.

The sentences were written for these tests; none is copied from an evaluation article.
"""

from __future__ import annotations

import pytest

from .test_sourcing_categories import claims_of, nlp, seen

__all__ = ["nlp"]  # the module's fixture, shared (the model is loaded once per module)

pytestmark = pytest.mark.slow


# --- a branch's hyphenated acronym, defined in parentheses, then the speaker alone -----------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Le pont était fermé depuis mars, a expliqué mardi la branche technique du Service routes "
            "montagne (SRM-air). Les fissures se sont agrandies cet hiver, affirme le SRM-air.",
            ("Les fissures se sont agrandies cet hiver", "SRM-air", "asserts"),
        ),
    ],
)
def test_a_branch_acronym_defined_in_parentheses_speaks(
    nlp, text: str, expected: tuple[str, str, str]
) -> None:  # type: ignore[no-untyped-def]
    assert expected in seen(claims_of(nlp, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "La route restera fermée tout l'été, a indiqué lundi la branche technique de l'Office "
            "des routes.",
            ("La route restera fermée tout l'été", "Branche technique de l'Office des routes", "asserts"),
        ),
        (
            "Les digues ont tenu, a indiqué jeudi la branche fluviale de la Mission eaux rivières (MER-sud).",
            ("Les digues ont tenu", "Branche fluviale de la Mission eaux rivières", "asserts"),
        ),
        (
            "La mine a fermé en juin, a annoncé la branche minière du Bureau géologie terrain.",
            ("La mine a fermé en juin", "Branche minière du Bureau géologie terrain", "announces"),
        ),
    ],
)
def test_a_bodys_branch_speaks_for_it(nlp, text: str, expected: tuple[str, str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in seen(claims_of(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "Le vent a cassé une branche du vieux chêne.",
        "La branche cadette de la famille a vendu le château en 1920.",
    ],
)
def test_a_branch_that_says_nothing_is_no_claim(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert claims_of(nlp, text) == []


# --- établir: what a speaker states as settled, with a stated content --------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "La ville va doubler ses dépenses pour les écoles, a clairement établi M. Durand lors "
            "du conseil.",
            ("La ville va doubler ses dépenses pour les écoles", "M. Durand", "asserts"),
        ),
        (
            "Le pont ne rouvrira pas avant l'automne, a établi le maire.",
            ("Le pont ne rouvrira pas avant l'automne", "Maire", "asserts"),
        ),
        (
            "La commission a établi que le contrat avait été signé trop tard.",
            ("le contrat avait été signé trop tard", "Commission", "asserts"),
        ),
    ],
)
def test_etablir_with_a_content(nlp, text: str, expected: tuple[str, str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in seen(claims_of(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "L'athlète a établi un nouveau record du monde.",
        "Les enquêteurs ont établi la chronologie des faits.",
        "La famille s'est établie à Lyon en 1950.",
    ],
)
def test_etablir_without_a_content_is_no_claim(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert claims_of(nlp, text) == []


# --- a sentence with no cue that goes on quoting the speaker ----------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "« La saison a été excellente », a déclaré le directeur du festival. C'est \"la meilleure "
            'année que nous ayons connue", avec 40 000 entrées.',
            (
                'C\'est "la meilleure année que nous ayons connue", avec 40 000 entrées',
                "Directeur du festival",
                "asserts",
            ),
        ),
        (
            "« Le chantier est exemplaire », avait déclaré à l'AFP Julie Morel, ingénieure à la mairie, "
            "avant l'inauguration. Il s'agit du \"plus grand pont que nous construisons depuis la guerre\" "
            "dans la région.",
            (
                'Il s\'agit du "plus grand pont que nous construisons depuis la guerre" dans la région',
                "Julie Morel",
                "asserts",
            ),
        ),
    ],
)
def test_first_person_quoted_words_after_a_quotation_are_the_speakers(
    nlp, text: str, expected: tuple[str, str, str]
) -> None:  # type: ignore[no-untyped-def]
    assert expected in seen(claims_of(nlp, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "La maire a pris une décision qui «a conduit à fermer l'école», écrivent les inspecteurs.\n\n"
            "Le manque de moyens «a pu favoriser une volonté forte de fermer au plus vite».",
            (
                "Le manque de moyens «a pu favoriser une volonté forte de fermer au plus vite»",
                "Inspecteurs",
                "asserts",
            ),
        ),
        (
            "Selon le rapport, le gardien «n'a pas vérifié les portes». Le manque de personnel «a "
            "sans doute aggravé la situation».",
            (
                "Le manque de personnel «a sans doute aggravé la situation»",
                "Rapport",
                "asserts",
            ),
        ),
    ],
)
def test_a_quotation_opening_on_its_verb_goes_on_quoting(
    nlp, text: str, expected: tuple[str, str, str]
) -> None:  # type: ignore[no-untyped-def]
    assert expected in seen(claims_of(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "« Le chantier est exemplaire », a déclaré le maire. Le pont a été surnommé « le géant » par les "
        "habitants.",
        "« La récolte sera bonne », a expliqué la présidente. Le domaine porte le nom de « Clos des Fées ».",
    ],
)
def test_a_label_in_quotation_marks_after_a_quotation_is_no_claim(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert len(claims_of(nlp, text)) == 1


# --- "selon X" in mid-sentence, then the journalist's own comment ------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Le parc compte 300 cerfs, selon la direction du domaine, soit bien plus que toutes les "
            "réserves voisines de la région réunies.",
            ("Le parc compte 300 cerfs", "Direction du domaine", "asserts"),
        ),
        (
            "Le musée reçoit près de 2 000 visiteurs par jour, selon la direction de l'établissement, soit "
            "bien plus que tous les autres musées de la ville réunis.",
            ("Le musée reçoit près de 2 000 visiteurs par jour", "Direction de l'établissement", "asserts"),
        ),
        (
            "Dix crues surviennent chaque année, selon l'office national des forêts, mais pas forcément "
            "avec de tels dégâts sur les routes et les ponts de la vallée.",
            ("Dix crues surviennent chaque année", "Office national des forêts", "asserts"),
        ),
    ],
)
def test_selon_incise_then_the_journalists_comment(nlp, text: str, expected: tuple[str, str, str]) -> None:  # type: ignore[no-untyped-def]
    claims = seen(claims_of(nlp, text))
    assert expected in claims
    assert len(claims) == 1


def test_selon_incise_then_a_relative_keeps_both_claims(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Le pont sera rouvert lundi, selon la préfecture, qui précise que les travaux sont terminés."
    claims = seen(claims_of(nlp, text))
    assert ("Le pont sera rouvert lundi", "Préfecture", "asserts") in claims
    assert ("les travaux sont terminés", "Préfecture", "asserts") in claims


# --- narration: a passive cue in the future, a body's count as its task ------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Les résultats définitifs seront proclamés par le tribunal dans dix jours.",
        "Le nom du lauréat sera annoncé par le jury jeudi soir.",
        "Les nouvelles règles seront précisées par le ministère à la rentrée.",
    ],
)
def test_a_passive_cue_in_the_future_is_no_claim(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert claims_of(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Le nom du lauréat a été annoncé par le jury jeudi soir.",
            ("Le nom du lauréat", "Jury", "announces"),
        ),
        (
            "Les résultats ont été proclamés par le tribunal.",
            ("Les résultats", "Tribunal", "announces"),
        ),
    ],
)
def test_a_passive_cue_in_the_past_is_still_a_claim(nlp, text: str, expected: tuple[str, str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in seen(claims_of(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "Le centre régional recense tous les accidents de montagne depuis 1990.",
        "L'association, qui recense toutes les espèces d'oiseaux du littoral, publie un rapport "
        "chaque année.",
        '"Le chemin était glissant", a raconté Paul Martin, technicien au centre régional qui recense '
        "tous les accidents de montagne.",
    ],
)
def test_counting_everything_is_a_task_not_a_count(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not any(c.stance and c.text.startswith(("tous", "toutes")) for c in claims_of(nlp, text))


def test_a_count_is_still_a_claim(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Le centre régional recense 40 accidents de montagne depuis janvier."
    assert ("40 accidents de montagne depuis janvier", "Centre régional", "asserts") in seen(
        claims_of(nlp, text)
    )


# --- an inverted pronoun after a document's claim stands for the speaker named before ---------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'Le projet de budget "est presque terminé", a déclaré lundi un conseiller municipal à la presse. '
            "Ce texte prône une hausse des crédits pour les écoles et une baisse des impôts locaux, "
            "a-t-il précisé.",
            (
                "Ce texte prône une hausse des crédits pour les écoles et une baisse des impôts locaux",
                "Un conseiller municipal",
                "asserts",
            ),
        ),
        (
            'Le rapport final "sera publié jeudi", a annoncé le président de la commission. Le texte '
            "préconise la fermeture de deux centrales, a-t-il expliqué.",
            (
                "Le texte préconise la fermeture de deux centrales",
                "Président de la commission",
                "asserts",
            ),
        ),
    ],
)
def test_an_inverted_pronoun_is_not_the_document_of_its_own_claim(
    nlp, text: str, expected: tuple[str, str, str]
) -> None:  # type: ignore[no-untyped-def]
    assert expected in seen(claims_of(nlp, text))


def test_an_inverted_pronoun_may_be_its_claims_subject_when_nobody_came_before(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "La fédération a suspendu le coureur pour deux ans, a-t-elle annoncé."
    claims = seen(claims_of(nlp, text))
    assert ("La fédération a suspendu le coureur pour deux ans", "Fédération", "announces") in claims


# --- a postposed d'après or selon, a title, then the name at the end of the sentence -----------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Les résultats du vote seront connus très prochainement d'après le président de la commission, "
            "Jean Dupuis.",
            ("Les résultats du vote seront connus très prochainement", "Jean Dupuis", "asserts"),
        ),
        (
            "Le stade rouvrira en mai, d'après la directrice du club, Anne Leroy.",
            ("Le stade rouvrira en mai", "Anne Leroy", "asserts"),
        ),
        (
            "Le stade rouvrira en mai, selon la directrice du club, Anne Leroy.",
            ("Le stade rouvrira en mai", "Anne Leroy", "asserts"),
        ),
    ],
)
def test_a_title_then_the_name_after_dapres_is_the_name(
    nlp, text: str, expected: tuple[str, str, str]
) -> None:  # type: ignore[no-untyped-def]
    assert expected in seen(claims_of(nlp, text))


def test_a_title_then_a_place_after_selon_stays_the_title(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Le stade rouvrira en mai, selon le directeur du club, à Lyon."
    assert not any(c.source.name == "Lyon" for c in claims_of(nlp, text))


# --- participles that are not speech: an instrument's record, things brought back -------------------


@pytest.mark.parametrize(
    "text",
    [
        "La chute de la météorite, observée par des capteurs de la marine, a duré six secondes.",
        "La secousse, enregistrée par les sismographes de l'institut, a été ressentie jusqu'à Nice.",
        "Les fossiles rapportés par des expéditions chinoises sont exposés au musée.",
        "Les objets rapportés par les plongeurs ont été confiés au musée.",
        "Les vestiges rapportés par la mission sont exposés depuis lundi.",
    ],
)
def test_a_participle_that_is_no_speech_is_no_claim(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert claims_of(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Le plan social annoncé par la direction prévoit 200 départs.",
            ("Le plan social", "Direction", "announces"),
        ),
        ("Les faits rapportés par les témoins sont graves.", ("Les faits", "Témoins", "asserts")),
    ],
)
def test_a_participle_of_speech_with_a_speaker_is_still_a_claim(
    nlp, text: str, expected: tuple[str, str, str]
) -> None:  # type: ignore[no-untyped-def]
    assert expected in seen(claims_of(nlp, text))


# --- a document whose participle says when it was made ("adopté lors du …") -------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Une déclaration adoptée lors de la réunion des ministres a montré que les pays sont "
            "décidés à agir.",
            ("les pays sont décidés à agir", "asserts"),
        ),
        (
            "Un texte signé pendant le congrès affirme que la réforme est nécessaire.",
            ("la réforme est nécessaire", "asserts"),
        ),
        (
            "Les ministres réunis lors du sommet ont estimé que la crise était finie.",
            ("la crise était finie", "estimates"),
        ),
    ],
)
def test_a_speaker_with_a_participle_and_its_time(nlp, text: str, expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in [(c.text, c.stance) for c in claims_of(nlp, text)]


def test_a_final_declaration_shows(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "La déclaration finale montre que les pays sont décidés à agir."
    assert ("les pays sont décidés à agir", "Déclaration finale", "asserts") in seen(claims_of(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "Les ministres se sont vus lors du sommet.",
        "Le texte a été signé pendant le congrès.",
    ],
)
def test_a_participle_and_its_time_alone_is_no_claim(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert claims_of(nlp, text) == []
