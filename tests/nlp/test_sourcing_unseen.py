"""More categories of attribution from issue 13, section 2, one written sentence each (wip-13h).

The sentences were written for these tests from the categories the issue lists; none comes from
an evaluation article. Each exercises something the extractor got wrong before: a content cut
short, a claim missed, a wrong source, a hedge missed or counted wrongly.
"""

from __future__ import annotations

import pytest

from briefings.knowledge import KnowledgeBase
from briefings.model import EntityMention
from briefings.sourcing import extract_claims
from briefings.text import slugify

from .test_sourcing_categories import claims_of, nlp, seen

__all__ = ["nlp"]  # the module's fixture, shared (the model is loaded once per module)

pytestmark = pytest.mark.slow


# --- a participle in apposition inside a reported clause -------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Selon la police, l'homme, soupçonné d'avoir volé la voiture, a été interpellé.",
            ("l'homme, soupçonné d'avoir volé la voiture, a été interpellé", "Police", "asserts"),
        ),
        (
            "Selon le ministère, le militaire, accusé d'avoir divulgué des secrets, sera jugé.",
            ("le militaire, accusé d'avoir divulgué des secrets, sera jugé", "Ministère", "asserts"),
        ),
        (
            "Le ministre a affirmé que le militaire, accusé de trahison, sera jugé en mai.",
            ("le militaire, accusé de trahison, sera jugé en mai", "Ministre", "asserts"),
        ),
    ],
)
def test_an_apposition_does_not_cut_the_reported_clause(
    nlp, text: str, expected: tuple[str, str, str]
) -> None:  # type: ignore[no-untyped-def]
    assert seen(claims_of(nlp, text)) == [expected]


def test_a_participle_coordinated_with_a_cue_is_still_a_cue(nlp) -> None:  # type: ignore[no-untyped-def]
    claims = claims_of(nlp, "Le syndicat a condamné l'attaque, estimé que la direction devait partir.")
    assert ("la direction devait partir", "Syndicat", "estimates") in seen(claims)


def test_the_hedge_of_an_apposition_is_kept(nlp) -> None:  # type: ignore[no-untyped-def]
    (claim,) = claims_of(
        nlp, "Selon la police, l'homme, soupçonné d'avoir volé la voiture, a été interpellé."
    )
    assert claim.hedges == ("soupçonné",)


# --- a name after a speaker noun ---------------------------------------------------------------------


def test_a_name_in_apposition_to_a_common_noun_speaks(nlp) -> None:  # type: ignore[no-untyped-def]
    claims = claims_of(nlp, "Le site Mediapart affirme que le ministre a menti.")
    assert seen(claims) == [("le ministre a menti", "Site Mediapart", "asserts")]


# --- cues from the broader classes of verbs of saying, judging and demanding -------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Le rapport annuel de l'organisation souligne une hausse des violences.",
            ("une hausse des violences", "Rapport annuel de l'organisation", "asserts"),
        ),
        (
            "Le président a estimé nécessaire de réformer la justice.",
            ("nécessaire de réformer la justice", "Président", "estimates"),
        ),
        (
            "Le ministre a évoqué une possible hausse des impôts.",
            ("une possible hausse des impôts", "Ministre", "asserts"),
        ),
        ("Le porte-parole a réitéré son appel au calme.", ("son appel au calme", "Porte-parole", "asserts")),
        (
            "Le président s'est déclaré favorable à un référendum.",
            ("favorable à un référendum", "Président", "asserts"),
        ),
        ("Les députés se sont prononcés contre la réforme.", ("contre la réforme", "Députés", "asserts")),
        (
            "La chancelière a plaidé pour une Europe plus unie.",
            ("une Europe plus unie", "Chancelière", "asserts"),
        ),
        ("L'ONG a alerté sur le risque de famine.", ("le risque de famine", "ONG", "warns")),
        ("Le syndicat a mis en cause la direction.", ("la direction", "Syndicat", "asserts")),
        (
            "Le ministre a laissé entendre qu'il pourrait démissionner.",
            ("il pourrait démissionner", "Ministre", "asserts"),
        ),
        (
            "Le ministre de l'Intérieur a parlé d'un « acte terroriste ».",
            ("acte terroriste", "Ministre de l'Intérieur", "asserts"),
        ),
        (
            "Les experts s'accordent à dire que le climat se réchauffe.",
            ("le climat se réchauffe", "Experts", "asserts"),
        ),
        ("Le président a appelé au calme.", ("au calme", "Président", "asserts")),
        ("L'ONG s'alarme de la hausse des violences.", ("la hausse des violences", "ONG", "warns")),
    ],
)
def test_more_cues(nlp, text: str, expected: tuple[str, str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in seen(claims_of(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "Le ministre a évoqué la mémoire des victimes.",  # évoquer: only an indefinite object
        "Le ministre a parlé avec les syndicats.",  # parler: only before a quotation
        "Un diplomate, qui a requis l'anonymat, est arrivé hier.",
        "Le soutien militaire souligne l'approfondissement de l'alliance.",  # not a speaker
    ],
)
def test_no_claim_from_the_other_senses_of_new_cues(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert claims_of(nlp, text) == []


# --- refusals to comment -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        (
            "Selon la presse, l'usine fermera. La direction s'est abstenue de tout commentaire.",
            "s'est abstenue de tout commentaire",
        ),
        ("Selon la presse, l'usine fermera. Le ministère n'a pas commenté.", "n'a pas commenté"),
    ],
)
def test_refusals_without_an_object(nlp, text: str, cue: str) -> None:  # type: ignore[no-untyped-def]
    refusals = [c for c in claims_of(nlp, text) if c.stance == "not_confirmed"]
    assert [(c.text, c.cue) for c in refusals] == [("Selon la presse, l'usine fermera", cue)]


def test_neither_confirmed_nor_denied(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Selon la presse, l'usine fermera. La direction n'a ni confirmé ni démenti ces informations."
    claims = [c for c in claims_of(nlp, text) if c.source.name == "Direction"]
    assert [(c.text, c.stance) for c in claims] == [("ces informations", "not_confirmed")]


# --- hedges --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "hedges"),
    [
        # the compound conditional of reported information, even in a que-clause
        ("L'ONG affirme que des civils auraient été tués.", ("auraient été",)),
        ("Le ministre a indiqué que le suspect aurait quitté le pays.", ("aurait quitté",)),
        ("Le ministre a indiqué que le suspect se serait enfui.", ("se serait",)),
        # … but not what should have been, nor the future in the past, nor a passive one
        ("Le ministre estime qu'il aurait fallu agir plus tôt.", ()),
        ("Le ministre a affirmé qu'il se rendrait à Paris demain.", ()),
        ("Le ministre a assuré que l'usine serait fermée.", ()),
        # "possible" before its noun
        ("Le maire a évoqué une possible reprise des travaux.", ("une possible",)),
        ("Selon le maire, les travaux reprendront dès que possible.", ()),
        # parentheticals, possibilities left open, what is alleged, unchecked or preliminary
        ("Selon la police, l'incendie est, semble-t-il, d'origine criminelle.", ("semble-t-il",)),
        ("Selon la police, la piste criminelle n'est pas exclue.", ("pas exclue",)),
        ("Selon le parquet, les faits allégués remontent à 2010.", ("allégués",)),
        ("Selon les premiers éléments de l'enquête, l'homme a agi seul.", ("premiers éléments",)),
        ("Selon le ministre, l'hypothèse d'un attentat est plausible.", ("plausible",)),
        # approximators before a figure; a bound is none
        ("Selon la préfecture, de l'ordre de 5 000 personnes ont défilé.", ("de l'ordre de",)),
        ("Selon la préfecture, plus ou moins 5 000 personnes ont défilé.", ("plus ou moins",)),
        ("Selon la préfecture, pas moins de 5 000 personnes ont défilé.", ()),
    ],
)
def test_epistemic_hedges(nlp, text: str, hedges: tuple[str, ...]) -> None:  # type: ignore[no-untyped-def]
    (claim,) = claims_of(nlp, text)
    assert claim.hedges == hedges


# --- short forms of a person named before ---------------------------------------------------------------


def test_a_short_form_takes_the_full_name_and_capacity(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Le ministre de la Santé Jean Dupont a dénoncé une agression. "
        "Dupont a ajouté que la sécurité serait renforcée."
    )
    doc = nlp(text)
    # the entity stage links a surname to the full name before it: one id for both
    mentions = [
        EntityMention(
            e.start_char,
            e.end_char,
            e.text,
            e.label_,
            "jean-dupont" if "Dupont" in e.text else slugify(e.text),
        )
        for e in doc.ents
    ]
    claims = extract_claims(doc, mentions=mentions, kb=KnowledgeBase({}, digest="test"))
    assert [(c.source.name, c.source.kind) for c in claims] == [("Jean Dupont", "official")] * 2
    assert text[claims[1].source.mention_start : claims[1].source.mention_end] == "Dupont"


# --- framing, documents, quotations ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a framing phrase set off by commas between the cue and its que-clause
        (
            "Le gouvernement a annoncé jeudi, dans un communiqué, que l'usine fermerait.",
            ("l'usine fermerait", "Gouvernement", "announces"),
        ),
        (
            "Le gouvernement a indiqué, lors d'une conférence de presse, qu'il examinerait la demande.",
            ("il examinerait la demande", "Gouvernement", "asserts"),
        ),
        # … or after an object
        (
            "Le gouvernement a annoncé la fermeture de l'usine, dans un communiqué.",
            ("la fermeture de l'usine", "Gouvernement", "announces"),
        ),
        # … or before an object
        (
            "Le gouvernement a annoncé, dans un communiqué, la fermeture de l'usine.",
            ("la fermeture de l'usine", "Gouvernement", "announces"),
        ),
        # … or before a subject placed after its cue
        (
            "La situation est sous contrôle, a indiqué, dans un communiqué, le ministère.",
            ("La situation est sous contrôle", "Ministère", "asserts"),
        ),
        (
            "« La situation est sous contrôle », a affirmé, lors d'une conférence de presse, le préfet.",
            ("La situation est sous contrôle", "Préfet", "asserts"),
        ),
        # documents with a participle and a date, images with the agent who read them
        (
            "L'enquête publiée mardi conclut que le pont était mal entretenu.",
            ("le pont était mal entretenu", "Enquête publiée", "asserts"),
        ),
        (
            "Les images analysées par la Cour montrent que le village a été incendié.",
            ("le village a été incendié", "Images analysées par la Cour", "asserts"),
        ),
        # "cité par X" goes with the source
        (
            "D'après le parquet, cité par l'AFP, le suspect a avoué.",
            ("le suspect a avoué", "Parquet", "asserts"),
        ),
        # a line of dialogue
        ("— Vous partez ? — Non, je reste, a répondu le ministre.", ("Non, je reste", "Ministre", "asserts")),
        # the narrative infinitive goes on with the speaker before
        (
            "« Nous ne céderons pas », a lancé le ministre. Et d'ajouter : « La loi sera appliquée. »",
            ("La loi sera appliquée", "Ministre", "asserts"),
        ),
        # a colon at the end of a paragraph, the quotation in the next ones
        (
            "Le ministre a prévenu :\n\n« Nous ne céderons pas.\n\n« La loi sera appliquée. »",
            ("Nous ne céderons pas.\n\n« La loi sera appliquée", "Ministre", "warns"),
        ),
    ],
)
def test_framing_documents_and_quotations(nlp, text: str, expected: tuple[str, str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in seen(claims_of(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "Les images montrent que le village a été incendié.",
        # a date after an adjective in -ues is not a participle's: the subject is "Le départ"
        "Le départ de nombreux cadres économiques ces dernières semaines annonçait la crise.",
    ],
)
def test_no_document_source(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert claims_of(nlp, text) == []


def test_the_narrative_infinitive_keeps_the_future_in_the_past(nlp) -> None:  # type: ignore[no-untyped-def]
    claims = claims_of(
        nlp, "Le ministre a dénoncé une provocation. Et de préciser que la loi serait appliquée."
    )
    assert [(c.text, c.source.name, c.hedges) for c in claims][-1] == (
        "la loi serait appliquée",
        "Ministre",
        (),
    )


# --- passives, expectations, complaints, learned from a source ---------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a negated passive with no agent: nobody confirmed it
        ("L'attaque n'a pas été revendiquée.", ("L'attaque", "Source non précisée", "not_confirmed")),
        ("Aucun blessé n'a été annoncé.", ("Aucun blessé", "Source non précisée", "not_confirmed")),
        # the impersonal passive: the que-clause is the content
        (
            "Il a été annoncé que l'usine fermerait.",
            ("l'usine fermerait", "Source non précisée", "announces"),
        ),
        (
            "Il a été confirmé par la police que deux suspects étaient en fuite.",
            ("deux suspects étaient en fuite", "Police", "asserts"),
        ),
        (
            "Les analystes s'attendent à une baisse des taux.",
            ("une baisse des taux", "Analystes", "estimates"),
        ),
        ("Les habitants se plaignent du bruit.", ("du bruit", "Habitants", "asserts")),
        # a date between the cue and "de source …"
        (
            "Le parquet a ouvert une enquête, a-t-on appris vendredi de source judiciaire.",
            ("Le parquet a ouvert une enquête", "Source judiciaire", "asserts"),
        ),
    ],
)
def test_passives_and_more_cues(nlp, text: str, expected: tuple[str, str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in seen(claims_of(nlp, text))


def test_an_impersonal_passive_keeps_the_future_in_the_past(nlp) -> None:  # type: ignore[no-untyped-def]
    (claim,) = claims_of(nlp, "Il a été annoncé que l'usine fermerait.")
    assert claim.hedges == ()


@pytest.mark.parametrize("text", ["L'attaque a été revendiquée.", "Il a été décidé que l'usine fermerait."])
def test_no_claim_from_a_passive_without_agent_or_speech(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert claims_of(nlp, text) == []


# --- incises, fronted selon, speakers by a common noun -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # verbs of manner of speaking, cues next to a quotation only
        ("« C'est un désastre », glisse le maire.", ("C'est un désastre", "Maire", "asserts")),
        ("« C'est un désastre », s'emporte le maire.", ("C'est un désastre", "Maire", "asserts")),
        ("« C'est un désastre », soupire le maire.", ("C'est un désastre", "Maire", "asserts")),
        ("Le juge a tranché : « La commune a raison. »", ("La commune a raison", "Juge", "asserts")),
        # a reflexive cue the tagger reads as an adjective
        ("« C'est un désastre », s'indigne le maire.", ("C'est un désastre", "Maire", "asserts")),
        # an adverb before a fronted selon
        (
            "Toujours selon le ministère, trois soldats ont été blessés.",
            ("trois soldats ont été blessés", "Ministère", "asserts"),
        ),
        # "cité par X" between the subject and its cue
        (
            "Le chercheur, cité par le journal, estime que la découverte est majeure.",
            ("la découverte est majeure", "Chercheur", "estimates"),
        ),
        # a person named by a common noun with no agent suffix
        (
            "Le défenseur a perdu le ballon, a indiqué l'arbitre.",
            ("Le défenseur a perdu le ballon", "Arbitre", "asserts"),
        ),
    ],
)
def test_incises_and_speakers(nlp, text: str, expected: tuple[str, str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in seen(claims_of(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "Le camion a glissé sur la route verglacée.",
        "Le vent souffle fort sur la côte.",
        "Le tribunal a tranché en faveur de la commune.",
        "Le ministre a réagi vivement à ces accusations.",
        "Les experts analysent les données du satellite.",
    ],
)
def test_verbs_of_manner_need_a_quotation(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert claims_of(nlp, text) == []


def test_a_participle_after_a_verb_of_manner_without_quotation(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Les élus ont vivement réagi contre ce plan, la gauche dénonçant un recul social."
    assert seen(claims_of(nlp, text)) == [("un recul social", "Gauche", "asserts")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Le ministre est convaincu que la réforme est nécessaire.",
            ("la réforme est nécessaire", "Ministre", "estimates"),
        ),
        (
            "Le ministre en est convaincu : la réforme est nécessaire.",
            ("la réforme est nécessaire", "Ministre", "estimates"),
        ),
        (
            "La présidente est persuadée que la grève cessera.",
            ("la grève cessera", "Présidente", "estimates"),
        ),
    ],
)
def test_a_conviction_stated(nlp, text: str, expected: tuple[str, str, str]) -> None:  # type: ignore[no-untyped-def]
    assert seen(claims_of(nlp, text)) == [expected]


@pytest.mark.parametrize(
    "text", ["Le ministre a été convaincu par les arguments des syndicats.", "Le ministre est convaincu."]
)
def test_no_conviction_without_content(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert claims_of(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Les autorités ont appelé la population à la prudence.",
            ("la population à la prudence", "Autorités", "asserts"),
        ),
        ("Le pape a exhorté les deux camps au dialogue.", ("les deux camps au dialogue", "Pape", "asserts")),
    ],
)
def test_a_directive_with_a_noun(nlp, text: str, expected: tuple[str, str, str]) -> None:  # type: ignore[no-untyped-def]
    assert seen(claims_of(nlp, text)) == [expected]


@pytest.mark.parametrize(
    "text",
    ["Le président a invité les journalistes à l'Élysée.", "Le ministre a appelé son homologue à Paris."],
)
def test_an_invitation_to_a_place_is_no_claim(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert claims_of(nlp, text) == []


# --- pronouns of several words ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Jean Dupont a été arrêté jeudi. Ce dernier a démenti toute implication.",
        "Jean Dupont a été arrêté jeudi. L'intéressé a démenti toute implication.",
        # "ce dernier" is the last one named, not the subject before
        "Le ministre a rencontré Jean Dupont. Ce dernier a démenti toute implication.",
    ],
)
def test_a_pronoun_of_several_words(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    claims = claims_of(nlp, text)
    assert [(c.text, c.source.name, c.stance) for c in claims] == [
        ("toute implication", "Jean Dupont", "denies")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Le ministre a rencontré Jean Dupont. Il a démenti toute implication.",
        "Le ministre a rencontré Jean Dupont. « Tout va bien », a-t-il dit.",
    ],
)
def test_a_one_word_pronoun_still_prefers_the_subject(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert [c.source.name for c in claims_of(nlp, text)] == ["Ministre"]
