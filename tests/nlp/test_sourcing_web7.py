"""Categories found on the seventh real web-news batch (bench/extra/web7, issue 13); several
written sentences per phrasing, and negative cases.

The sentences were written for these tests; none is copied from an evaluation article.
"""

from __future__ import annotations

import pytest

from .test_sourcing_categories import claims_of, nlp, seen

__all__ = ["nlp"]  # the module's fixture, shared (the model is loaded once per module)

pytestmark = pytest.mark.slow


def hedges_of(nlp, text: str) -> list[tuple[str, tuple[str, ...]]]:  # type: ignore[no-untyped-def]
    return [(c.text, c.hedges) for c in claims_of(nlp, text)]


# --- a reporting verb the tagger reads as an adverb, right after its subject --------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le groupe dément toute fermeture.", ("toute fermeture", "Groupe", "denies")),
        (
            "Le porte-parole dément les rumeurs de rachat.",
            ("les rumeurs de rachat", "Porte-parole", "denies"),
        ),
        (
            "Les ventes reculent, mais la direction dément tout projet de fermeture.",
            ("tout projet de fermeture", "Direction", "denies"),
        ),
    ],
)
def test_a_verb_read_as_an_adverb_after_its_subject(nlp, text: str, expected: tuple[str, str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in seen(claims_of(nlp, text))


def test_an_adverb_is_still_no_cue(nlp) -> None:  # type: ignore[no-untyped-def]
    assert claims_of(nlp, "Le groupe a beaucoup investi dans la région.") == []


# --- réaffirmer with a noun-phrase object; convier like inviter -----------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Le ministre a réaffirmé son soutien aux agriculteurs.",
            ("son soutien aux agriculteurs", "Ministre", "asserts"),
        ),
        (
            "La présidente a réaffirmé l'attachement du pays au multilatéralisme.",
            ("l'attachement du pays au multilatéralisme", "Présidente", "asserts"),
        ),
        (
            "Le président a convié les investisseurs à financer le projet.",
            ("les investisseurs à financer le projet", "Président", "asserts"),
        ),
    ],
)
def test_a_stance_restated_and_an_invitation(nlp, text: str, expected: tuple[str, str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in seen(claims_of(nlp, text))


# --- hedges: a possibility stated, a suspicion, "vers" before a time ------------------------------------


@pytest.mark.parametrize(
    ("text", "hedge"),
    [
        ("« Tout est possible », a déclaré le procureur.", "est possible"),
        ("Selon la mairie, il s'agit d'une suspicion de légionellose.", "suspicion"),
        ("Le convoi est arrivé vers 20h45, selon la gendarmerie.", "vers"),
        ("Le choc a eu lieu vers 8 h 40, selon la compagnie.", "vers"),
    ],
)
def test_a_possibility_a_suspicion_an_approximate_time(nlp, text: str, hedge: str) -> None:  # type: ignore[no-untyped-def]
    [(_, hedges)] = hedges_of(nlp, text)
    assert hedge in hedges


@pytest.mark.parametrize(
    "text",
    [
        "Il est possible de réserver en ligne, a précisé la mairie.",
        "Le cortège est parti vers la mairie, selon la police.",
    ],
)
def test_what_one_can_do_and_a_direction_are_no_hedges(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    [(_, hedges)] = hedges_of(nlp, text)
    assert hedges == ()


# --- a tentative document as the subject of its cue -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Un bilan provisoire de la préfecture fait état de trois morts.", "trois morts"),
        ("Le rapport préliminaire conclut que la digue a cédé.", "la digue a cédé"),
    ],
)
def test_a_tentative_document_hedges_what_it_reports(nlp, text: str, content: str) -> None:  # type: ignore[no-untyped-def]
    [(found, hedges)] = hedges_of(nlp, text)
    assert found == content
    assert hedges


def test_a_tentative_title_is_no_hedge(nlp) -> None:  # type: ignore[no-untyped-def]
    [(_, hedges)] = hedges_of(nlp, "Le ministre provisoire a affirmé que la digue a cédé.")
    assert hedges == ()


# --- a postposed selon right after a quotation in straight marks ----------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'Les routes sont "impraticables" selon la préfecture.',
            ('Les routes sont "impraticables"', "Préfecture", "asserts"),
        ),
        (
            'Tous les malades avaient des "troubles respiratoires" selon un communiqué de l\'hôpital.',
            (
                'Tous les malades avaient des "troubles respiratoires"',
                "Un communiqué de l'hôpital",
                "asserts",
            ),
        ),
    ],
)
def test_selon_after_a_straight_closing_mark(nlp, text: str, expected: tuple[str, str, str]) -> None:  # type: ignore[no-untyped-def]
    assert seen(claims_of(nlp, text)) == [expected]


# --- présenter: a quoted noun phrase is no claim without "comme" -----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        'Toujours selon le communiqué, tous les patients présentaient des "troubles digestifs (fièvre)".',
        'Selon le médecin, les patients présentaient des "troubles digestifs".',
        "Les enfants présentaient des « signes de fatigue ».",
    ],
)
def test_presenter_with_a_quoted_noun_phrase_is_no_speech(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert all(c.cue != "présentaient" for c in claims_of(nlp, text))


def test_presenter_comme_still_speaks(nlp) -> None:  # type: ignore[no-untyped-def]
    assert ("la réforme comme « indispensable »", "Ministre", "asserts") in seen(
        claims_of(nlp, "Le ministre présente la réforme comme « indispensable ».")
    )


# --- a title, a parenthesis, a complement, then the name ------------------------------------------------


def test_the_name_after_a_parenthesis_and_a_complement(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Le secrétaire général (FO) de la fédération Marie Durand a affirmé que la grève continuera."
    assert seen(claims_of(nlp, text)) == [("la grève continuera", "Marie Durand", "asserts")]


# --- a date after a preposition, set off by commas, between the cue and its content ----------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Le ministre a annoncé, dès lundi, que les écoles resteraient fermées.",
            ("les écoles resteraient fermées", "Ministre", "announces"),
        ),
        (
            "La préfecture a évoqué, vers 10 h 30, « une dizaine de blessés légers ».",
            ("une dizaine de blessés légers", "Préfecture", "asserts"),
        ),
    ],
)
def test_a_date_set_off_by_commas_after_the_cue(nlp, text: str, expected: tuple[str, str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in seen(claims_of(nlp, text))


# --- a secretariat speaks --------------------------------------------------------------------------------


def test_a_secretariat_speaks(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Le secrétariat d'État aux Transports précise que la collision a fait dérailler quatre voitures."
    assert seen(claims_of(nlp, text)) == [
        ("la collision a fait dérailler quatre voitures", "Secrétariat d'État aux Transports", "asserts")
    ]


# --- a postposed speaker followed by "lui aussi" and a participle ----------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "« Nous resterons mobilisés », a déclaré la maire de la ville elle aussi présente au défilé.",
            ("Nous resterons mobilisés", "Maire de la ville", "asserts"),
        ),
        (
            "« Il est trop tôt pour conclure » sur l'origine de la panne, a déclaré le ministre Paul Durand "
            "lui aussi venu sur place.",
            ("« Il est trop tôt pour conclure » sur l'origine de la panne", "Paul Durand", "asserts"),
        ),
    ],
)
def test_a_postposed_speaker_then_lui_aussi(nlp, text: str, expected: tuple[str, str, str]) -> None:  # type: ignore[no-untyped-def]
    assert seen(claims_of(nlp, text)) == [expected]


# --- a plain object that is the addressee, then que or de (informer, avertir, prévenir) ------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "La mairie a informé les habitants que l'eau était polluée.",
            ("l'eau était polluée", "Mairie", "announces"),
        ),
        (
            "Le ministre a prévenu les maires que les crédits baisseraient.",
            ("les crédits baisseraient", "Ministre", "warns"),
        ),
        (
            "La direction a informé les salariés de la fermeture du site.",
            ("les salariés de la fermeture du site", "Direction", "announces"),
        ),
        (
            "L'école a informé par courriel les familles d'une suspicion de rougeole.",
            ("les familles d'une suspicion de rougeole", "École", "announces"),
        ),
        (
            "L'école a informé les parents d'élèves d'un cas de rougeole, indique la mairie.",
            ("les parents d'élèves d'un cas de rougeole", "École", "announces"),
        ),
    ],
)
def test_an_addressee_then_what_they_are_told(nlp, text: str, expected: tuple[str, str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in seen(claims_of(nlp, text))


@pytest.mark.parametrize(
    "text",
    ["La mairie a informé les habitants.", "Le préfet a averti les élus de la commune."],
)
def test_an_addressee_alone_or_with_its_affiliation_is_no_claim(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert claims_of(nlp, text) == []


# --- several incises in one quotation, and the words after the last -------------------------------------

TWO_INCISES = (
    "Le maire a refusé de répondre. « Je ne dirai rien aujourd'hui, a-t-il lancé aux journalistes. "
    "Et je trouve cela normal, ajoutait-il, calme. La décision sera annoncée en juin. »"
)


def test_each_incise_of_a_quotation_claims_its_own_sentence(nlp) -> None:  # type: ignore[no-untyped-def]
    found = [(c.text, c.source.name, c.cue) for c in claims_of(nlp, TWO_INCISES)]
    assert found == [
        ("Je ne dirai rien aujourd'hui", "Maire", "a-t-il lancé"),
        ("je trouve cela normal", "Maire", "ajoutait-il"),
        ("La décision sera annoncée en juin", "Maire", "(implicit)"),
    ]


def test_a_named_incise_does_not_take_the_next_incise_s_words(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "« Je ne dirai rien aujourd'hui, a lancé le maire. Et je trouve cela normal, a-t-il ajouté. »"
    assert seen(claims_of(nlp, text)) == [
        ("Je ne dirai rien aujourd'hui", "Maire", "asserts"),
        ("je trouve cela normal", "Maire", "asserts"),
    ]


def test_a_list_with_our_before_an_inverted_incise(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "La présidente a parlé longuement. « Je ne veux pas vous mêler à nos choix, nos projets, "
        "ajoutait-elle. »"
    )
    assert ("Je ne veux pas vous mêler à nos choix, nos projets", "Présidente", "asserts") in seen(
        claims_of(nlp, text)
    )


def test_an_incise_that_opens_its_quotation_still_reports_it_all(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Le maire a parlé. « Moi, dit-il, je ne partirai pas avant la fin du mandat. »"
    assert seen(claims_of(nlp, text)) == [
        ("Moi, dit-il, je ne partirai pas avant la fin du mandat", "Maire", "asserts")
    ]


# --- a scenario or a hypothesis as the source of a selon ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Le pont a cédé sous le poids du camion, selon un premier scénario, a indiqué le parquet.",
            ("Le pont a cédé sous le poids du camion", "Un premier scénario", "asserts"),
        ),
        (
            "Selon l'hypothèse des enquêteurs, le feu est parti d'une cigarette.",
            ("le feu est parti d'une cigarette", "Hypothèse des enquêteurs", "asserts"),
        ),
    ],
)
def test_a_scenario_or_a_hypothesis_after_selon(nlp, text: str, expected: tuple[str, str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in seen(claims_of(nlp, text))


# --- "Selon X, « Q », a précisé X": one claim, the quotation ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        'Selon la compagnie, "le train roulait à vitesse normale", a précisé la compagnie.',
        "Selon le maire, « le train roulait à vitesse normale », a-t-il précisé.",
    ],
)
def test_selon_and_an_incise_around_one_quotation(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert [c.text for c in claims_of(nlp, text)] == ["le train roulait à vitesse normale"]


# --- a plural pronoun stands for each member of a coordinated subject ------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Paul Durand et Marie Martin ont tenu une conférence de presse. "
            "Ils ont affirmé que les accords seraient appliqués.",
            ["Paul Durand", "Marie Martin"],
        ),
        (
            "Le président et son homologue ont tenu une conférence de presse. "
            "Ils ont affirmé que les accords seraient appliqués.",
            ["Président", "Son homologue"],
        ),
        (
            "Après la réunion, Paul Durand et Marie Martin ont donné un point de presse au cours duquel, "
            "ils ont réaffirmé leur volonté de coopérer.",
            ["Paul Durand", "Marie Martin"],
        ),
        ("Le maire et le préfet se sont rendus sur place. Selon eux, la digue a tenu.", ["Maire", "Préfet"]),
    ],
)
def test_a_plural_pronoun_for_a_coordinated_subject(nlp, text: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert [c.source.name for c in claims_of(nlp, text)] == expected


def test_a_singular_pronoun_still_stands_for_one(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Paul Durand a rencontré Marie Martin. Il a affirmé que les accords seraient appliqués."
    assert [c.source.name for c in claims_of(nlp, text)] == ["Paul Durand"]


# --- groups that claim attacks or make demands -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Selon le journal, les pirates réclameraient désormais à la mairie « un million de dollars ».",
            ("la mairie « un million de dollars »", "Pirates", "asserts"),
        ),
        (
            "Les hackers ont revendiqué l'attaque contre le réseau de la ville.",
            ("l'attaque contre le réseau de la ville", "Hackers", "asserts"),
        ),
    ],
)
def test_pirates_and_hackers_speak(nlp, text: str, expected: tuple[str, str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in seen(claims_of(nlp, text))


# --- a passive cue with a quoted attribute and no agent: someone's words, no one named --------------------


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("L'eau a été déclarée « impropre à la consommation ».", "impropre à la consommation"),
        ('La situation est donc jugée "très préoccupante", en raison des vents.', "très préoccupante"),
        ("Le feu n'a jamais été déclaré comme « fixé ».", "fixé"),
    ],
)
def test_a_passive_cue_with_a_quoted_attribute(nlp, text: str, content: str) -> None:  # type: ignore[no-untyped-def]
    [claim] = claims_of(nlp, text)
    assert (claim.text, claim.source.kind) == (content, "anonymous")


@pytest.mark.parametrize(
    "text",
    ["Le bâtiment a été jugé dangereux.", "Le projet a été déclaré d'utilité publique."],
)
def test_a_passive_cue_with_a_plain_attribute_is_no_claim(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert claims_of(nlp, text) == []


# --- a sentence with no cue that goes on quoting, right after a quoting claim ------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'Toujours selon le communiqué, tous les patients présentaient des "troubles digestifs". '
            'Deux enfants ont été "brièvement hospitalisés".',
            ('Deux enfants ont été "brièvement hospitalisés"', "Communiqué", "(implicit)"),
        ),
        (
            'Selon le maire, la digue a "parfaitement tenu". Elle sera "renforcée dès l\'été".',
            ('Elle sera "renforcée dès l\'été"', "Maire", "(implicit)"),
        ),
    ],
)
def test_a_quoted_sequel_is_the_same_source_s(nlp, text: str, expected: tuple[str, str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in [(c.text, c.source.name, c.cue) for c in claims_of(nlp, text)]


@pytest.mark.parametrize(
    "text",
    [
        'Le maire a dénoncé une "provocation". Il a été mis en examen pour "homicide involontaire".',
        'Selon le maire, la digue a "parfaitement tenu". Les habitants sont rentrés chez eux.',
        'Selon le maire, la digue a "tenu". Est-elle "vraiment sûre" ?',
    ],
)
def test_a_label_a_plain_sentence_or_a_question_is_no_sequel(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert all(c.cue != "(implicit)" for c in claims_of(nlp, text))


# --- an infinitive claim ends before a contrast of the journalist's --------------------------------------


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Les pompiers disaient craindre un tel scénario, alors que le feu n'a jamais été maîtrisé.",
            "craindre un tel scénario",
        ),
        (
            "Les pompiers disaient craindre ce scénario, alors que l'incendie de la forêt voisine n'a "
            "jamais été maîtrisé.",
            "craindre ce scénario",
        ),
        (
            "Le patron dit avoir tout remboursé, bien que la banque réclame encore des fonds.",
            "avoir tout remboursé",
        ),
        (
            "Le maire assure avoir prévenu les habitants, malgré ce que disent les voisins.",
            "avoir prévenu les habitants",
        ),
    ],
)
def test_an_infinitive_claim_ends_before_a_contrast(nlp, text: str, content: str) -> None:  # type: ignore[no-untyped-def]
    assert content in [c.text for c in claims_of(nlp, text)]


def test_a_reason_after_an_infinitive_claim_stays(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Le ministre affirme avoir démissionné, parce qu'il était épuisé."
    assert [c.text for c in claims_of(nlp, text)] == ["avoir démissionné, parce qu'il était épuisé"]


# --- "aurait pu être (bien) plus grave": a comparison with what did not happen, no hedge -----------------


@pytest.mark.parametrize(
    ("text", "hedged"),
    [
        ("« On a évité un drame qui aurait pu être bien plus grave », a déclaré le maire.", False),
        ("« Le bilan aurait pu être pire », a déclaré le maire.", False),
        ("« Le suspect aurait pu être armé », a déclaré le procureur.", True),
    ],
)
def test_could_have_been_worse_is_no_hedge(nlp, text: str, hedged: bool) -> None:  # type: ignore[no-untyped-def]
    [(_, hedges)] = hedges_of(nlp, text)
    assert bool(hedges) is hedged


# --- the conditional of devoir and falloir: what ought to be or is expected, no hedge ---------------------


@pytest.mark.parametrize(
    ("text", "hedged"),
    [
        ("« Le bilan devrait encore s'alourdir », a déclaré le préfet.", False),
        ("« Il faudrait fermer la route », a déclaré le préfet.", False),
        ("Selon le préfet, le bilan serait de dix morts.", True),
    ],
)
def test_devrait_and_faudrait_are_no_hedges(nlp, text: str, hedged: bool) -> None:  # type: ignore[no-untyped-def]
    [(_, hedges)] = hedges_of(nlp, text)
    assert bool(hedges) is hedged


# --- a rank that names a speaker ("le numéro deux du parti") ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Selon le numéro un chinois, son pays veut approfondir ses liens avec le Brésil.",
            ("son pays veut approfondir ses liens avec le Brésil", "Numéro un chinois", "asserts"),
        ),
        (
            "Le numéro deux du gouvernement a affirmé que la réforme serait votée.",
            ("la réforme serait votée", "Numéro deux du gouvernement", "asserts"),
        ),
    ],
)
def test_a_rank_names_a_speaker(nlp, text: str, expected: tuple[str, str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in seen(claims_of(nlp, text))


def test_a_shirt_number_is_no_speaker(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Le numéro 12 a marqué deux buts, a indiqué le club."
    assert [c.source.name for c in claims_of(nlp, text)] == ["Club"]


# --- a person named in the complement of a thing is no antecedent for a subject pronoun --------------------


def test_a_person_named_as_the_complement_of_a_thing_is_no_antecedent(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Le président a quitté la salle. Et sans prononcer le nom de Marie Martin. "
        "« Je ne dirai rien », a-t-il lancé."
    )
    assert [c.source.name for c in claims_of(nlp, text)] == ["Président"]


def test_a_person_named_as_the_complement_of_a_speaker_still_is(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Le porte-parole de Marie Martin a parlé. Elle a affirmé que rien ne changerait."
    assert [c.source.name for c in claims_of(nlp, text)] == ["Marie Martin"]
