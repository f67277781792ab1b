"""Categories found on the ninth real web-news batch (bench/extra/web9, issue 13); several
written sentences per phrasing, and negative cases.

The sentences were written for these tests; none is copied from an evaluation article.
"""

from __future__ import annotations

import pytest

from .test_sourcing_categories import claims_of, nlp, seen

__all__ = ["nlp"]  # the module's fixture, shared (the model is loaded once per module)

pytestmark = pytest.mark.slow


# --- a negated passive of disclosure: nothing was said -------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Aucun chiffre n'a été communiqué par la mairie sur le coût des travaux.",
        "Les causes de l'accident n'ont pas été révélées par les enquêteurs.",
        "Bien qu'un avis de tempête n'a pas encore été émis, les pêcheurs restent au port.",
        "Aucun détail sur les blessés n'a été divulgué par la direction de l'usine.",
    ],
)
def test_a_negated_passive_of_disclosure_is_no_claim(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert claims_of(nlp, text) == []


def test_a_negated_passive_inside_a_quotation_is_only_the_quotation(nlp) -> None:  # type: ignore[no-untyped-def]
    claims = claims_of(
        nlp, "« Ces fissures n'ont pas été signalées par les techniciens », a déclaré le directeur."
    )
    assert [c.source.name for c in claims] == ["Directeur"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "La mort du soldat n'a pas été confirmée par l'armée.",
            ("La mort du soldat", "Armée", "not_confirmed"),
        ),
        ("Le bilan a été confirmé par la préfecture.", ("Le bilan", "Préfecture", "asserts")),
        # a quoted word under a negated passive is still someone's word
        ("Le feu n'a jamais été déclaré comme « maîtrisé ».", ("maîtrisé", "Source non précisée", "asserts")),
    ],
)
def test_a_negated_confirmation_and_a_plain_passive_still_count(
    nlp, text: str, expected: tuple[str, str, str]
) -> None:  # type: ignore[no-untyped-def]
    assert expected in seen(claims_of(nlp, text))


# --- "pour le moment", "pour l'instant": a time, not "according to" -------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Pour l'instant, les routes restent fermées.",
        "Pour le moment personne ne sait ce qui s'est passé.",
        "Pour l'instant personne ne connaît les causes de l'accident.",
    ],
)
def test_pour_le_moment_is_no_source(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert claims_of(nlp, text) == []


def test_pour_a_speaker_is_still_a_source(nlp) -> None:  # type: ignore[no-untyped-def]
    claims = claims_of(nlp, "Pour le président du club, la saison est terminée.")
    assert ("la saison est terminée", "Président du club", "asserts") in seen(claims)


# --- "selon" after what varies: depending on, not according to --------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Les prix varient fortement selon les régions, avec des écarts importants.",
        "Les tarifs diffèrent selon les compagnies.",
        "Les loyers ont augmenté de 4 %, avec de fortes disparités selon les communes.",
        "Les délais de livraison changent beaucoup selon les fournisseurs.",
    ],
)
def test_selon_after_what_varies_is_no_source(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert claims_of(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Le bilan s'élève à douze morts selon la police.",
            ("Le bilan s'élève à douze morts", "Police", "asserts"),
        ),
        (
            "Les écarts se creusent, selon les économistes.",
            ("Les écarts se creusent", "Économistes", "asserts"),
        ),
        (
            "Les retards sont très variables selon les lignes, selon la SNCF.",
            ("Les retards sont très variables selon les lignes", "SNCF", "asserts"),
        ),
    ],
)
def test_selon_a_source_still_attributes(nlp, text: str, expected: tuple[str, str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in seen(claims_of(nlp, text))


# --- "relever des X" (institutions, territories): belonging to, not an observation ---------------------


@pytest.mark.parametrize(
    "text",
    [
        "Certains hameaux isolés relevant des communes de la vallée ont été privés d'eau.",
        "Plusieurs écoles rurales relevant des départements du sud ont fermé mardi.",
    ],
)
def test_relever_des_institutions_is_no_claim(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert claims_of(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Les policiers ont relevé des traces de pas dans la neige.",
            ("des traces de pas dans la neige", "Policiers", "asserts"),
        ),
        (
            "Le syndicat reconnaît des erreurs de communication.",
            ("des erreurs de communication", "Syndicat", "asserts"),
        ),
        (
            "Les secouristes ont observé des fissures sur le barrage.",
            ("des fissures sur le barrage", "Secouristes", "asserts"),
        ),
    ],
)
def test_an_indefinite_observation_is_still_a_claim(nlp, text: str, expected: tuple[str, str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in seen(claims_of(nlp, text))


# --- a title with "et" in its complement is one speaker ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "« La saison est perdue », estime Jean Morel, président de la chambre des métiers et de"
            " l'artisanat.",
            "Jean Morel",
        ),
        (
            "« Nous attendons des aides », a déclaré Marie Dupont, directrice du syndicat des producteurs"
            " de lait et des éleveurs de la Manche.",
            "Marie Dupont",
        ),
        (
            "Le secteur est en crise, estime le président du comité des pêches et des cultures marines.",
            "Président du comité des pêches et des cultures marines",
        ),
    ],
)
def test_a_title_with_et_in_its_complement_is_one_speaker(nlp, text: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    assert [c.source.name for c in claims_of(nlp, text)] == [speaker]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (
            "Le bilan est lourd, ont indiqué le porte-parole de la police et des témoins.",
            ["Porte-parole de la police", "Des témoins"],
        ),
        ("« Nous sommes inquiets », ont déclaré le maire et le préfet.", ["Maire", "Préfet"]),
    ],
)
def test_two_speakers_joined_by_et_are_still_two(nlp, text: str, speakers: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert [c.source.name for c in claims_of(nlp, text)] == speakers


# --- a postposed indefinite speaker ("explique une autre"), s'impatienter as a cue ----------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("« C'est intenable », explique une autre mardi matin.", ("C'est intenable", "Une autre", "asserts")),
        (
            "« Je n'ai plus rien », raconte un autre, assis sur un banc.",
            ("Je n'ai plus rien", "Un autre", "asserts"),
        ),
        (
            "« On attend depuis une heure », s'impatiente un automobiliste.",
            ("On attend depuis une heure", "Un automobiliste", "asserts"),
        ),
        (
            "« Le guichet est encore fermé », s'impatiente une autre cliente.",
            ("Le guichet est encore fermé", "Une autre cliente", "asserts"),
        ),
    ],
)
def test_a_postposed_indefinite_speaker(nlp, text: str, expected: tuple[str, str, str]) -> None:  # type: ignore[no-untyped-def]
    claims = claims_of(nlp, text)
    assert expected in seen(claims)
    assert all(c.source.kind == "person" for c in claims)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("« Je n'ai plus rien », raconte un autre habitant.", "Un autre habitant"),
        ("Une autre étude montre que le lac se réchauffe.", "Une autre étude"),
    ],
)
def test_un_autre_before_a_noun_is_that_noun(nlp, text: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    assert [c.source.name for c in claims_of(nlp, text)] == [speaker]


def test_s_impatienter_needs_a_quotation(nlp) -> None:  # type: ignore[no-untyped-def]
    assert claims_of(nlp, "Les automobilistes s'impatientent devant la station.") == []


# --- "la formation" (a team, a party) as a speaker -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "« Ça a été une chute terrible », a indiqué sur son site la formation du champion.",
            ("Ça a été une chute terrible", "Formation du champion", "asserts"),
        ),
        (
            "« Il sera opéré vendredi », a précisé la formation du sprinteur.",
            ("Il sera opéré vendredi", "Formation du sprinteur", "asserts"),
        ),
        (
            "La formation a annoncé le départ de son capitaine.",
            ("le départ de son capitaine", "Formation", "announces"),
        ),
    ],
)
def test_la_formation_speaks(nlp, text: str, expected: tuple[str, str, str]) -> None:  # type: ignore[no-untyped-def]
    claims = claims_of(nlp, text)
    assert expected in seen(claims)
    assert [c.source.kind for c in claims] == ["organisation"]


def test_a_training_in_the_content_is_no_speaker(nlp) -> None:  # type: ignore[no-untyped-def]
    claims = claims_of(nlp, "La formation des enseignants sera renforcée, a annoncé le ministre.")
    assert [c.source.name for c in claims] == ["Ministre"]


# --- avouer with a noun-phrase object: an admission is a claim ----------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "L'ancien trésorier a en effet avoué le détournement de fonds.",
            ("le détournement de fonds", "Ancien trésorier", "asserts"),
        ),
        ("Le suspect a avoué son crime.", ("son crime", "Suspect", "asserts")),
        (
            "Le ministre a avoué que la réforme avait échoué.",
            ("la réforme avait échoué", "Ministre", "asserts"),
        ),
    ],
)
def test_avouer_a_noun_phrase(nlp, text: str, expected: tuple[str, str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in seen(claims_of(nlp, text))


@pytest.mark.parametrize("text", ["Le suspect a avoué.", "Il a tout avoué."])
def test_avouer_with_nothing_said_is_no_claim(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert claims_of(nlp, text) == []


# --- an impersonal passive directive with its addressee ("il a été conseillé à X de V") ---------------


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Il a été conseillé à la population de rester chez elle.", "à la population de rester chez elle"),
        (
            "Il est conseillé aux automobilistes d'éviter le secteur.",
            "aux automobilistes d'éviter le secteur",
        ),
    ],
)
def test_an_impersonal_directive_with_its_addressee(nlp, text: str, content: str) -> None:  # type: ignore[no-untyped-def]
    assert (content, "Source non précisée", "asserts") in seen(claims_of(nlp, text))


def test_an_impersonal_directive_with_no_act_asked_is_no_claim(nlp) -> None:  # type: ignore[no-untyped-def]
    assert claims_of(nlp, "Il est conseillé à tous.") == []


# --- an adverbial between commas after the auxiliary ("Il a, aussi, appelé …") -------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Le maire est inquiet. Il a, aussi, appelé les habitants à rester chez eux.",
            ("les habitants à rester chez eux", "Maire", "asserts"),
        ),
        (
            "Le maire est inquiet. Il a, aussi, déclaré que la situation était grave.",
            ("la situation était grave", "Maire", "asserts"),
        ),
        (
            "Le préfet est inquiet. Il a, par ailleurs, appelé les riverains à rester prudents.",
            ("les riverains à rester prudents", "Préfet", "asserts"),
        ),
    ],
)
def test_an_adverbial_between_commas_after_the_auxiliary(
    nlp, text: str, expected: tuple[str, str, str]
) -> None:  # type: ignore[no-untyped-def]
    assert expected in seen(claims_of(nlp, text))


@pytest.mark.parametrize(
    "text", ["Le maire a, depuis, quitté la ville.", "Le maire a, hier, reçu les sinistrés."]
)
def test_an_adverbial_between_commas_before_a_verb_of_no_speech(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert claims_of(nlp, text) == []


# --- a medium citing the source: "selon un bilan rapporté par X", "a indiqué Y, cité par X" -------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Le séisme a fait 40 morts selon un nouveau bilan rapporté par la presse locale.",
            [
                ("Le séisme a fait 40 morts", "Un nouveau bilan rapporté par la presse locale", "asserts"),
                ("Le séisme a fait 40 morts", "Presse locale", "asserts"),
            ],
        ),
        (
            "Le barrage a cédé dans la nuit, a indiqué Jean Morel, porte-parole de la préfecture, cité par"
            " l'agence Belga.",
            [
                ("Le barrage a cédé dans la nuit", "Jean Morel", "asserts"),
                ("Le barrage a cédé dans la nuit", "Agence Belga", "asserts"),
            ],
        ),
        (
            "« Le barrage a cédé », a déclaré le maire, cité par la radio locale.",
            [("Le barrage a cédé", "Maire", "asserts"), ("Le barrage a cédé", "Radio locale", "asserts")],
        ),
    ],
)
def test_a_medium_citing_the_source_makes_the_claim_too(
    nlp, text: str, expected: list[tuple[str, str, str]]
) -> None:  # type: ignore[no-untyped-def]
    assert sorted(seen(claims_of(nlp, text))) == sorted(expected)


def test_a_plan_announced_by_x_is_still_x_s(nlp) -> None:  # type: ignore[no-untyped-def]
    claims = claims_of(nlp, "Les syndicats rejettent le plan social annoncé par la direction.")
    assert ("le plan social", "Direction", "announces") in seen(claims)


# --- hedges: what is guarded against is no doubt about the claim ---------------------------------------


def hedges_of(nlp, text: str) -> list[tuple[str, tuple[str, ...]]]:  # type: ignore[no-untyped-def]
    return [(c.text, c.hedges) for c in claims_of(nlp, text)]


@pytest.mark.parametrize(
    "text",
    [
        "Le préfet a appelé les habitants à quitter la zone afin d'éviter d'éventuels éboulements.",
        "La mairie a installé des sacs de sable pour se protéger contre d'éventuelles crues, a indiqué"
        " le maire.",
    ],
)
def test_what_is_guarded_against_is_no_hedge(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    hedges = hedges_of(nlp, text)
    assert hedges
    assert all(not found for _, found in hedges)


def test_possible_survivors_are_still_a_hedge(nlp) -> None:  # type: ignore[no-untyped-def]
    hedges = hedges_of(nlp, "Les secours recherchent d'éventuels survivants, a indiqué la police.")
    assert any("éventuels" in found for _, found in hedges)


# --- a fronted adjunct with no comma, then the subject ("Dans un communiqué X assure …") ---------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Dans un communiqué Renault assure : « La production reprendra lundi. »",
            ("La production reprendra lundi", "Renault", "asserts"),
        ),
        (
            "Dans un communiqué la direction assure : « La production reprendra lundi. »",
            ("La production reprendra lundi", "Direction", "asserts"),
        ),
        (
            "Lors de sa visite le ministre a déclaré que la digue serait renforcée.",
            ("la digue serait renforcée", "Ministre", "asserts"),
        ),
        (
            "Dans un entretien au journal la ministre assure que la loi passera.",
            ("la loi passera", "Ministre", "asserts"),
        ),
    ],
)
def test_a_subject_after_a_fronted_adjunct_with_no_comma(
    nlp, text: str, expected: tuple[str, str, str]
) -> None:  # type: ignore[no-untyped-def]
    assert expected in seen(claims_of(nlp, text))


def test_a_title_with_a_company_name_is_still_whole(nlp) -> None:  # type: ignore[no-untyped-def]
    claims = claims_of(nlp, "Le porte-parole du groupe Renault assure que la production reprendra lundi.")
    assert [c.source.name for c in claims] == ["Porte-parole du groupe Renault"]


# --- a date and a place between commas is no speaker ------------------------------------------------


def test_a_date_and_a_place_between_commas_is_no_speaker(nlp) -> None:  # type: ignore[no-untyped-def]
    claims = claims_of(
        nlp,
        "Lors de sa visite à l'usine, le 3 mai à Lille, le ministre avait tenté de rassurer les salariés,"
        " affirmant que le site ne fermerait pas.",
    )
    assert ("le site ne fermerait pas", "Ministre", "asserts") in seen(claims)


# --- a second speech act after "avant de" ("a déclaré P avant d'ajouter que Q") ------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "« La digue a cédé », a déclaré le maire avant d'ajouter que les secours étaient sur place.",
            [("La digue a cédé", "Maire", "asserts"), ("les secours étaient sur place", "Maire", "asserts")],
        ),
        (
            "Le maire a déclaré que la digue avait cédé, avant d'ajouter que les secours étaient sur place.",
            [
                ("la digue avait cédé", "Maire", "asserts"),
                ("les secours étaient sur place", "Maire", "asserts"),
            ],
        ),
        (
            "Le maire a annoncé sa démission avant d'affirmer qu'il resterait conseiller.",
            [("sa démission", "Maire", "announces"), ("il resterait conseiller", "Maire", "asserts")],
        ),
    ],
)
def test_a_second_act_after_avant_de(nlp, text: str, expected: list[tuple[str, str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert seen(claims_of(nlp, text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Le maire visitera la digue avant de rencontrer les habitants.",
        "Les secours ont attendu la décrue avant d'annoncer le bilan.",
    ],
)
def test_avant_de_after_no_speech_act_is_still_nothing(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert claims_of(nlp, text) == []


# --- "qui" after a complement: its antecedent is the phrase right before it ---------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Le verdict fait l'unanimité au sein de la majorité, qui a salué la décision des juges.",
            ("la décision des juges", "Majorité", "asserts"),
        ),
        (
            "Le verdict fait l'unanimité au sein de l'opposition, qui salue une décision courageuse.",
            ("une décision courageuse", "Opposition", "asserts"),
        ),
    ],
)
def test_qui_after_a_complement_of_place(nlp, text: str, expected: tuple[str, str, str]) -> None:  # type: ignore[no-untyped-def]
    assert seen(claims_of(nlp, text)) == [expected]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "L'organisation islamique, qui affirme détenir les otages, a publié une vidéo.",
            "Organisation islamique",
        ),
        (
            "Arnaud Morel, le ministre de l'Intérieur, qui a annoncé des renforts, est arrivé sur place.",
            "Arnaud Morel",
        ),
    ],
)
def test_qui_after_its_subject_and_apposition_still_speaks(nlp, text: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    assert [c.source.name for c in claims_of(nlp, text)] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "C'est le retour des contrôles inopinés et le directeur estime que « la sécurité progresse ».",
            "Directeur",
        ),
    ],
)
def test_a_complement_with_des_is_no_fronted_adjunct(nlp, text: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    assert [c.source.name for c in claims_of(nlp, text)] == [speaker]


# --- a fronted participle cue, then a pronoun subject ("Rappelant que P, ils dénoncent …") -------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Les élus sont en colère. Rappelant que la loi a été votée deux fois, ils dénoncent un passage"
            " en force.",
            ("la loi a été votée deux fois", "Élus", "asserts"),
        ),
        (
            "Le maire est inquiet. Affirmant que la digue est fragile, il demande des travaux.",
            ("la digue est fragile", "Maire", "asserts"),
        ),
    ],
)
def test_a_fronted_participle_then_a_pronoun_subject(nlp, text: str, expected: tuple[str, str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in seen(claims_of(nlp, text))


def test_a_fronted_participle_then_a_noun_subject_still_speaks(nlp) -> None:  # type: ignore[no-untyped-def]
    claims = claims_of(nlp, "Relevant que la crue était exceptionnelle, le maire a demandé une aide.")
    assert ("la crue était exceptionnelle", "Maire", "asserts") in seen(claims)


# --- "la classe politique" speaks; "il y a des indications que" is a hedge -----------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "La réforme fait l'unanimité au sein de la classe politique, qui a salué un texte équilibré.",
            ("un texte équilibré", "Classe politique", "asserts"),
        ),
        (
            "Selon la classe politique, la réforme est nécessaire.",
            ("la réforme est nécessaire", "Classe politique", "asserts"),
        ),
    ],
)
def test_la_classe_politique_speaks(nlp, text: str, expected: tuple[str, str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in seen(claims_of(nlp, text))


@pytest.mark.parametrize(
    ("text", "hedge"),
    [
        ("Selon la police, il y a des indications que l'incendie était criminel.", "des indications que"),
        ("Il y a des indices que le suspect a quitté le pays, a indiqué le procureur.", "des indices que"),
    ],
)
def test_indications_that_are_a_hedge(nlp, text: str, hedge: str) -> None:  # type: ignore[no-untyped-def]
    assert any(hedge in found for _, found in hedges_of(nlp, text))


# --- an indirect question after a cue of questions ("s'interroge si P") --------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Le maire se demande si les secours arriveront à temps.",
            ("les secours arriveront à temps", "Maire", "questions"),
        ),
        (
            "Les habitants s'interrogent s'il faut quitter la ville.",
            ("il faut quitter la ville", "Habitants", "questions"),
        ),
        (
            "Le maire est inquiet. « La digue a cédé », a-t-il déclaré avant de s'interroger si les secours"
            " arriveraient à temps.",
            ("les secours arriveraient à temps", "Maire", "questions"),
        ),
    ],
)
def test_an_indirect_question_after_a_cue_of_questions(
    nlp, text: str, expected: tuple[str, str, str]
) -> None:  # type: ignore[no-untyped-def]
    assert expected in seen(claims_of(nlp, text))


def test_si_after_a_cue_of_saying_is_no_question(nlp) -> None:  # type: ignore[no-untyped-def]
    assert claims_of(nlp, "Le ministre a dit si la loi passerait.") == []
