"""Categories found on the second real Wikinews set (bench/extra/wikinews2, issue 13).

The sentences were written for these tests; none is copied from an evaluation article.
"""

from __future__ import annotations

import pytest

from .test_sourcing_categories import claims_of, nlp, seen

__all__ = ["nlp"]  # the module's fixture, shared (the model is loaded once per module)

pytestmark = pytest.mark.slow


# --- "rendre hommage à X": an evaluative speech act, like "saluer" ------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "La ministre de la Culture a rendu hommage au cinéaste disparu.",
            ("au cinéaste disparu", "Ministre de la Culture", "asserts"),
        ),
        (
            "Le maire rend hommage aux pompiers de la caserne.",
            ("aux pompiers de la caserne", "Maire", "asserts"),
        ),
    ],
)
def test_rendre_hommage_is_a_cue(nlp, text: str, expected: tuple[str, str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in seen(claims_of(nlp, text))


def test_rendre_visite_is_no_cue(nlp) -> None:  # type: ignore[no-untyped-def]
    assert claims_of(nlp, "Les habitants ont rendu visite à leurs voisins.") == []


# --- a list of quoted items is one claim, not its first item ------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'Le maire a salué un "courage exemplaire", une "rapidité remarquable" qui "a sauvé des vies".',
            'un "courage exemplaire", une "rapidité remarquable" qui "a sauvé des vies"',
        ),
        (
            "La directrice a décrit une « équipe soudée », un « travail colossal » "
            "et des « résultats inespérés ».",
            "une « équipe soudée », un « travail colossal » et des « résultats inespérés »",
        ),
    ],
)
def test_a_list_of_quoted_items_is_the_whole_claim(nlp, text: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    assert expected in [claim.text for claim in claims_of(nlp, text)]


def test_one_quoted_item_then_a_clause_is_only_the_quotation(nlp) -> None:  # type: ignore[no-untyped-def]
    texts = [
        claim.text for claim in claims_of(nlp, "Le président a salué un « geste fort », puis il est parti.")
    ]
    assert texts == ["geste fort"]


# --- a gerund after a noun-phrase claim is not part of it ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Le maire a rendu hommage aux pompiers en saluant leur courage.",
            ("aux pompiers", "Maire", "asserts"),
        ),
        (
            "Le syndicat a dénoncé la fermeture de l'usine en appelant à la grève.",
            ("la fermeture de l'usine", "Syndicat", "asserts"),
        ),
    ],
)
def test_a_gerund_ends_the_object(nlp, text: str, expected: tuple[str, str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in seen(claims_of(nlp, text))


def test_a_place_after_the_object_stays(nlp) -> None:  # type: ignore[no-untyped-def]
    claims = seen(claims_of(nlp, "Le ministre a salué les efforts des soignants en Bretagne."))
    assert ("les efforts des soignants en Bretagne", "Ministre", "asserts") in claims


# --- a quoted paragraph right after its speaker's claim ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "L'entraîneur Paul Durand a salué la victoire de son équipe.\n\n"
            '"C\'est une belle récompense pour tout le groupe."',
            ("C'est une belle récompense pour tout le groupe", "Paul Durand", "asserts"),
        ),
        (
            "Le syndicat a dénoncé la fermeture du site. Son délégué, Marc Petit, s'est dit inquiet.\n\n"
            "« Nous ne lâcherons rien. Les salariés sont mobilisés. »",
            ("Nous ne lâcherons rien. Les salariés sont mobilisés", "Marc Petit", "asserts"),
        ),
    ],
)
def test_a_quoted_paragraph_after_a_claim_is_its_speakers(
    nlp, text: str, expected: tuple[str, str, str]
) -> None:  # type: ignore[no-untyped-def]
    assert expected in seen(claims_of(nlp, text))


def test_a_quoted_paragraph_after_narration_is_nobodys(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "La ministre a visité le chantier. Elle est repartie en fin de journée.\n\n"
        '"Il a marqué plusieurs générations de spectateurs. Son œuvre restera."'
    )
    assert claims_of(nlp, text) == []


# --- a conditional before "si" and a clause is a hypothesis, not a hedge -------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Selon le capitaine des pompiers, le bilan aurait pu être bien plus lourd si les habitants "
        "n'avaient pas été évacués.",
        "Le préfet a estimé que la crue aurait été catastrophique si la digue avait cédé.",
    ],
)
def test_a_conditional_before_si_is_no_hedge(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    claims = claims_of(nlp, text)
    assert claims and all(list(claim.hedges) == [] for claim in claims)


@pytest.mark.parametrize(
    ("text", "hedge"),
    [
        ("Selon la police, le suspect aurait pu quitter le pays.", "aurait pu"),
        (
            "Selon des témoins, l'incendie serait dû à un court-circuit, si grave que tout a brûlé.",
            "serait dû",
        ),
    ],
)
def test_a_conditional_with_no_hypothesis_stays_a_hedge(nlp, text: str, hedge: str) -> None:  # type: ignore[no-untyped-def]
    claims = claims_of(nlp, text)
    assert [list(claim.hedges) for claim in claims] == [[hedge]]


# --- a commission speaks ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "La commission électorale a annoncé que le candidat a été réélu.",
            ("le candidat a été réélu", "Commission électorale", "announces"),
        ),
        (
            "Le candidat a été réélu, selon la commission électorale.",
            ("Le candidat a été réélu", "Commission électorale", "asserts"),
        ),
    ],
)
def test_a_commission_is_a_source(nlp, text: str, expected: tuple[str, str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in seen(claims_of(nlp, text))


# --- hedge words that hedge nothing: a range of ages, the provisional results of a vote -----------------


def test_a_range_of_ages_is_no_hedge(nlp) -> None:  # type: ignore[no-untyped-def]
    claims = claims_of(nlp, "Deux hommes âgés de 30 à 40 ans ont été interpellés, a indiqué la police.")
    assert [list(claim.hedges) for claim in claims] == [[]]


def test_a_range_of_a_count_stays_a_hedge(nlp) -> None:  # type: ignore[no-untyped-def]
    claims = claims_of(nlp, "Selon la police, entre 30 et 40 personnes ont été interpellées.")
    assert [list(claim.hedges) for claim in claims] == [["entre 30 et 40"]]


def test_provisional_results_are_a_stage_not_a_hedge(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "La commission électorale a annoncé les résultats provisoires du scrutin, "
        "qui donnent le maire vainqueur."
    )
    claims = claims_of(nlp, text)
    assert claims and all("provisoires" not in list(claim.hedges) for claim in claims)


def test_a_provisional_toll_stays_a_hedge(nlp) -> None:  # type: ignore[no-untyped-def]
    claims = claims_of(nlp, "Selon le bilan provisoire des secours, douze personnes ont été blessées.")
    assert [list(claim.hedges) for claim in claims] == [["provisoire"]]


# --- a framing phrase on a medium between a cue and a noun-phrase claim ---------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "La direction a annoncé dans un communiqué la fermeture de l'usine.",
            ("la fermeture de l'usine", "Direction", "announces"),
        ),
        (
            "Le ministère a confirmé lors d'une conférence de presse la mort de deux soldats.",
            ("la mort de deux soldats", "Ministère", "asserts"),
        ),
        (
            "Le syndicat a dénoncé dans une lettre ouverte les conditions de travail des salariés.",
            ("les conditions de travail des salariés", "Syndicat", "asserts"),
        ),
        (
            "Les pompiers évoquent dans un communiqué une situation hors de contrôle.",
            ("une situation hors de contrôle", "Pompiers", "asserts"),
        ),
    ],
)
def test_a_medium_phrase_frames_a_noun_phrase_claim(nlp, text: str, expected: tuple[str, str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in seen(claims_of(nlp, text))


def test_a_place_phrase_is_no_medium(nlp) -> None:  # type: ignore[no-untyped-def]
    assert claims_of(nlp, "Le maire a annoncé dans le village la fermeture de l'école.") == []


# --- "les forces de X" speak as X; "et de" goes on with a complement -----------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Les forces de l'opposition ont accusé le gouvernement d'être à l'origine de la fermeture.",
            ("le gouvernement d'être à l'origine de la fermeture", "Forces de l'opposition", "asserts"),
        ),
        (
            "Les forces de l'ordre ont affirmé que la manifestation était interdite.",
            ("la manifestation était interdite", "Forces de l'ordre", "asserts"),
        ),
    ],
)
def test_forces_of_a_group_speak(nlp, text: str, expected: tuple[str, str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in seen(claims_of(nlp, text))


def test_et_de_continues_a_complement(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Le ministère de la Santé et de la Population a annoncé que l'épidémie reculait."
    assert seen(claims_of(nlp, text)) == [
        ("l'épidémie reculait", "Ministère de la Santé et de la Population", "announces")
    ]


def test_et_des_still_joins_two_sources(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Séoul et des experts occidentaux ont affirmé que le missile était nouveau."
    assert [claim.source.name for claim in claims_of(nlp, text)] == ["Séoul", "Des experts occidentaux"]


# --- one claim per content and speaker, however many rules find it -------------------------------------


def test_a_quotation_found_by_the_colon_and_the_incise_is_one_claim(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Le préfet évoque un bilan encore plus lourd : « Il y a au moins vingt victimes », a-t-il déclaré."
    assert seen(claims_of(nlp, text)) == [("Il y a au moins vingt victimes", "Préfet", "asserts")]


def test_the_same_words_of_two_speakers_are_two_claims(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "« Nous partons », a déclaré le maire. « Nous partons », a répété son adjoint."
    assert [claim.source.name for claim in claims_of(nlp, text)] == ["Maire", "Son adjoint"]


# --- a passive of naming with its attribute and its agent ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "L'incendie a été rapidement qualifié de « très violent » par les pompiers.",
            ("très violent", "Pompiers", "asserts"),
        ),
        (
            "Le texte a été qualifié d'historique par le ministre.",
            ("historique", "Ministre", "asserts"),
        ),
    ],
)
def test_a_passive_of_naming_claims_the_attribute(nlp, text: str, expected: tuple[str, str, str]) -> None:  # type: ignore[no-untyped-def]
    assert seen(claims_of(nlp, text)) == [expected]


def test_a_passive_with_no_attribute_is_unchanged(nlp) -> None:  # type: ignore[no-untyped-def]
    assert claims_of(nlp, "Le projet a été présenté par le ministre.") == []


# --- a source cited by a medium: a claim by each --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "medium"),
    [
        (
            "Selon une source militaire citée par Reuters, les forces de sécurité encerclent les ravisseurs.",
            "Reuters",
        ),
        ("D'après le parquet, cité par l'AFP, le suspect a été placé en garde à vue.", "AFP"),
    ],
)
def test_the_medium_citing_a_source_claims_too(nlp, text: str, medium: str) -> None:  # type: ignore[no-untyped-def]
    claims = claims_of(nlp, text)
    assert len(claims) == 2 and len({claim.text for claim in claims}) == 1
    assert claims[1].source.name == medium


def test_no_medium_no_second_claim(nlp) -> None:  # type: ignore[no-untyped-def]
    assert len(claims_of(nlp, "Selon le ministre, le suspect a été arrêté.")) == 1


# --- an incise inside a quotation: the longer side is the claim -----------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "« La situation est grave, a expliqué le maire. "
            "Les habitants doivent rester chez eux et attendre les secours. »",
            "Les habitants doivent rester chez eux et attendre les secours",
        ),
        (
            "« La situation est grave et les secours sont débordés depuis hier soir, a expliqué le maire. "
            "Restez chez vous. »",
            "La situation est grave et les secours sont débordés depuis hier soir",
        ),
    ],
)
def test_an_incise_inside_a_quotation_keeps_the_longer_side(nlp, text: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    assert [claim.text for claim in claims_of(nlp, text)] == [expected]


# --- "C'est ce que X a dit" with an adverbial after the copula -----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "La grève sera reconduite lundi. C'est en tout cas ce qu'ont indiqué les syndicats.",
        "La grève sera reconduite lundi. C'est d'ailleurs ce qu'ont indiqué les syndicats.",
        "La grève sera reconduite lundi. C'est ce qu'ont indiqué les syndicats.",
    ],
)
def test_a_cleft_points_back_across_an_adverbial(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert seen(claims_of(nlp, text)) == [("La grève sera reconduite lundi", "Syndicats", "asserts")]
