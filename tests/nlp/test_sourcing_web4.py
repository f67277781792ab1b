"""Categories found on the fourth real web-news batch (bench/extra/web4, issue 13); several
written sentences per phrasing, and negative cases.

The sentences were written for these tests; none is copied from an evaluation article.
"""

from __future__ import annotations

import pytest

from .test_sourcing_categories import claims_of, nlp, seen

__all__ = ["nlp"]  # the module's fixture, shared (the model is loaded once per module)

pytestmark = pytest.mark.slow


# --- "selon lequel" after a noun that names what is said, not who says it ------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "L'idée selon laquelle les loyers baissent est fausse.",
        "La thèse selon laquelle le pont a cédé sous le poids des camions est écartée.",
        "Le principe selon lequel chaque élève reçoit un ordinateur sera conservé.",
    ],
)
def test_selon_lequel_after_an_idea_is_no_attribution(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert [c for c in claims_of(nlp, text) if c.cue.lower() == "selon"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Il cite un rapport selon lequel la dette de la commune a doublé.",
            ("la dette de la commune a doublé", "Un rapport", "asserts"),
        ),
        (
            "Les médecins, selon lesquels l'épidémie recule, restent prudents.",
            ("l'épidémie recule", "Médecins", "asserts"),
        ),
    ],
)
def test_selon_lequel_after_a_speaker_or_a_document_stays(
    nlp, text: str, expected: tuple[str, str, str]
) -> None:  # type: ignore[no-untyped-def]
    assert expected in seen(claims_of(nlp, text))


# --- a quotation that opens on the cue itself, its subject outside the marks ----------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Le communiqué « dénonce une provocation inacceptable ».",
            ("une provocation inacceptable", "Communiqué", "asserts"),
        ),
        (
            "Le rapport, publié mardi par la chambre régionale, « réclame la réouverture de la gare ».",
            ("la réouverture de la gare", "Rapport", "asserts"),
        ),
    ],
)
def test_a_quotation_opening_on_its_cue(nlp, text: str, expected: tuple[str, str, str]) -> None:  # type: ignore[no-untyped-def]
    claims = claims_of(nlp, text)
    assert expected in seen(claims)
    assert all(c.direct_quote for c in claims)


def test_two_quotations_opening_on_coordinated_cues(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Le syndicat, dans un tract, « réclame des excuses » et « condamne la brutalité des agents »."
    claims = seen(claims_of(nlp, text))
    assert ("des excuses", "Syndicat", "asserts") in claims
    assert ("la brutalité des agents", "Syndicat", "asserts") in claims


def test_a_quotation_opening_on_an_imperative_after_a_colon(nlp) -> None:  # type: ignore[no-untyped-def]
    claims = seen(claims_of(nlp, "Le maire a résumé : « Exigez des trains à l'heure »."))
    assert claims == [("Exigez des trains à l'heure", "Maire", "asserts")]


# --- a participle cue: an infinitive after its clitics, a warning "de" something, a quoted que-clause ---


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "La gendarmerie a saisi trois voitures, assurant en avoir retrouvé une quatrième dans un garage.",
            ("en avoir retrouvé une quatrième dans un garage", "Gendarmerie", "asserts"),
        ),
        (
            "Le club a publié un bilan, affirmant y avoir perdu deux millions d'euros.",
            ("y avoir perdu deux millions d'euros", "Club", "asserts"),
        ),
    ],
)
def test_an_infinitive_content_after_its_clitics(nlp, text: str, expected: tuple[str, str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in seen(claims_of(nlp, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Le préfet a parlé lundi soir, avertissant d'un risque de crue dans la vallée.",
            ("un risque de crue dans la vallée", "Préfet", "warns"),
        ),
        (
            "La directrice de l'école a averti contre toute sortie pendant la tempête.",
            ("toute sortie pendant la tempête", "Directrice de l'école", "warns"),
        ),
    ],
)
def test_a_warning_of_something(nlp, text: str, expected: tuple[str, str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in seen(claims_of(nlp, text))


def test_a_warned_addressee_alone_is_no_claim(nlp) -> None:  # type: ignore[no-untyped-def]
    assert claims_of(nlp, "Le maire a averti les habitants du quartier.") == []


def test_a_quotation_that_opens_on_que(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Le trésorier a démissionné, en précisant « qu'il ne reste rien » des fonds du club."
    assert ("il ne reste rien » des fonds du club", "Trésorier", "asserts") in seen(claims_of(nlp, text))


# --- "Pour lui P" with no comma after the pronoun -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Le juge a longuement parlé. Pour lui tous les témoins se contredisent.",
            "tous les témoins se contredisent",
        ),
        (
            "La maire a répondu aux questions. Pour elle la piscine rouvrira en juin.",
            "la piscine rouvrira en juin",
        ),
    ],
)
def test_pour_and_a_pronoun_without_a_comma(nlp, text: str, content: str) -> None:  # type: ignore[no-untyped-def]
    claims = [c for c in claims_of(nlp, text) if c.cue == "Pour"]
    assert [c.text for c in claims] == [content]


def test_pour_and_a_pronoun_before_an_infinitive_is_a_purpose(nlp) -> None:  # type: ignore[no-untyped-def]
    claims = claims_of(nlp, "Pour lui rendre hommage, la commune a planté un arbre.")
    assert [c for c in claims if c.cue == "Pour"] == []


# --- a requisition in the passive with no agent --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Dix-huit mois de prison avec sursis ont été requis contre l'ancien trésorier.",
            "Dix-huit mois de prison avec sursis",
        ),
        ("Une amende de 3 000 euros a été requise à l'encontre de la société.", "Une amende de 3 000 euros"),
    ],
)
def test_an_agentless_requisition(nlp, text: str, content: str) -> None:  # type: ignore[no-untyped-def]
    claims = claims_of(nlp, text)
    assert [(c.text, c.source.implicit, c.stance) for c in claims] == [(content, True, "asserts")]


def test_required_as_a_state_is_no_claim(nlp) -> None:  # type: ignore[no-untyped-def]
    assert claims_of(nlp, "Une autorisation de la mairie est requise pour construire un abri.") == []


# --- a court's sentence and a decision are no speech ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "La cour l'a condamné à trois ans de prison ferme.",
        "Le tribunal a condamné l'ancien directeur à une amende de 2 000 euros.",
        "La chambre d'appel l'a condamnée mardi à six mois avec sursis.",
        "La cour l'a condamné le jeudi 4 avril à un an d'emprisonnement.",
        "Le conseil a décidé de rejeter le recours de l'association.",
    ],
)
def test_a_sentence_or_a_decision_is_no_claim(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert claims_of(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le maire a condamné l'agression à Lyon.", ("l'agression à Lyon", "Maire", "asserts")),
        (
            "La fédération a condamné les insultes contre l'arbitre.",
            ("les insultes contre l'arbitre", "Fédération", "asserts"),
        ),
        (
            "Le ministre a rejeté les accusations de favoritisme.",
            ("les accusations de favoritisme", "Ministre", "denies"),
        ),
    ],
)
def test_condemning_and_rejecting_what_was_said_stay(nlp, text: str, expected: tuple[str, str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in seen(claims_of(nlp, text))


# --- an interview: the journalist's question before a quotation ------------------------------------------


@pytest.mark.parametrize(
    ("text", "answer", "speaker"),
    [
        (
            "« Nous avons fermé deux classes », explique Anne Morel, directrice de l'école. "
            "Les chiffres du rectorat annoncent-ils une reprise ? « Pas cette année. »",
            "Pas cette année",
            "Anne Morel",
        ),
        (
            "« Le stade sera prêt en mai », assure le maire. "
            "Les syndicats du chantier craignent-ils des retards ? « Non, le calendrier est tenu. »",
            "Non, le calendrier est tenu",
            "Maire",
        ),
    ],
)
def test_a_quotation_answers_for_the_speaker_before_the_question(
    nlp, text: str, answer: str, speaker: str
) -> None:  # type: ignore[no-untyped-def]
    claims = seen(claims_of(nlp, text))
    assert (answer, speaker, "asserts") in claims
    assert len(claims) == 2  # the question itself is no claim


def test_a_pronoun_after_a_question_still_finds_its_subject(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Comment le gardien pouvait-il savoir ? Il a affirmé que le directeur l'avait prévenu."
    assert ("le directeur l'avait prévenu", "Gardien", "asserts") in seen(claims_of(nlp, text))


# --- a speaker named by a hyphenated compound the tokenizer cuts ----------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "« Les combats ont cessé à l'aube », a déclaré l'état-major dans son bulletin.",
            ("Les combats ont cessé à l'aube", "État-major", "asserts"),
        ),
        (
            "L'état-major de l'armée de terre a affirmé que le convoi était arrivé.",
            ("le convoi était arrivé", "État-major de l'armée de terre", "asserts"),
        ),
        (
            "La vice-présidente du conseil a assuré que le budget serait voté.",
            ("le budget serait voté", "Vice-présidente du conseil", "asserts"),
        ),
    ],
)
def test_a_hyphenated_speaker_noun(nlp, text: str, expected: tuple[str, str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in seen(claims_of(nlp, text))


# --- a number between the determiner and the speaker noun ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Les trois syndicats du port ont indiqué attendre la fin du mois pour décider.",
            ("attendre la fin du mois pour décider", "Trois syndicats du port", "asserts"),
        ),
        (
            "Ses deux avocats ont annoncé qu'ils feraient appel du jugement.",
            ("ils feraient appel du jugement", "Ses deux avocats", "announces"),
        ),
    ],
)
def test_a_number_before_the_speaker_noun(nlp, text: str, expected: tuple[str, str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in seen(claims_of(nlp, text))


# --- a participle in the subject: its object ends where the main verb starts -----------------------------


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("L'annonce du maire promettant la gratuité des bus est mal passée.", "la gratuité des bus"),
        ("Le tract du syndicat dénonçant les cadences a circulé dans les ateliers.", "les cadences"),
    ],
)
def test_a_participle_in_the_subject(nlp, text: str, content: str) -> None:  # type: ignore[no-untyped-def]
    assert [c.text for c in claims_of(nlp, text)] == [content]


# --- a generic "on" named after the cue: "du côté de X", "auprès de X" --------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("« Les ventes ont baissé de 3 % », explique-t-on du côté de l'institut.", "Institut"),
        ("« Le chantier reprendra lundi », indique-t-on auprès de la mairie.", "Mairie"),
    ],
)
def test_a_generic_on_named_after_its_cue(nlp, text: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    assert [c.source.name for c in claims_of(nlp, text)] == [speaker]


def test_a_generic_on_with_a_place_stays_anonymous(nlp) -> None:  # type: ignore[no-untyped-def]
    claims = claims_of(nlp, "« Le chantier reprendra lundi », dit-on dans le quartier.")
    assert [c.source.kind for c in claims] == ["anonymous"]
