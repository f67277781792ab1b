"""Categories found on the third real web-news batch (bench/extra/web3, issue 13), and on what
the first batch still missed; several written sentences per phrasing, and negative cases.

The sentences were written for these tests; none is copied from an evaluation article.
"""

from __future__ import annotations

import pytest

from .test_sourcing_categories import claims_of, nlp, seen

__all__ = ["nlp"]  # the module's fixture, shared (the model is loaded once per module)

pytestmark = pytest.mark.slow


# --- a quotation in straight marks standing alone after its speaker's first one -------------------------


@pytest.mark.parametrize(
    "text",
    [
        '"Nous fermons l\'usine", déplore le directeur, Paul Martin. "C\'est une décision difficile."',
        '"Nous fermons l\'usine" déplore le directeur, Paul Martin. "C\'est une décision difficile."',
        "« Nous fermons l'usine », regrette le directeur, Paul Martin. « C'est une décision difficile. »",
    ],
)
def test_a_straight_quotation_after_its_speaker_stands_alone(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    claims = seen(claims_of(nlp, text))
    assert ("Nous fermons l'usine", "Paul Martin", "asserts") in claims
    assert ("C'est une décision difficile", "Paul Martin", "asserts") in claims


def test_a_straight_opening_mark_ends_no_sentence_before_it(nlp) -> None:  # type: ignore[no-untyped-def]
    from briefings.sourcing.layout import Layout

    doc = nlp('Il a parlé. "Nous partons." Puis il est sorti.')
    texts = [doc[start:end].text for start, end in Layout.of(doc).units]
    assert texts == ["Il a parlé.", '"Nous partons."', "Puis il est sorti."]


# --- a finite -er verb the tagger reads as a participle ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "« Les comptes sont vides », déplore le trésorier.",
            ("Les comptes sont vides", "Trésorier", "asserts"),
        ),
        (
            "« La saison est terminée », constate l'entraîneur Marc Durand.",
            ("La saison est terminée", "Marc Durand", "asserts"),
        ),
        (
            "« Les délais seront tenus », précise la directrice du chantier.",
            ("Les délais seront tenus", "Directrice du chantier", "asserts"),
        ),
    ],
)
def test_an_er_form_without_its_participle_ending_is_finite(
    nlp, text: str, expected: tuple[str, str, str]
) -> None:  # type: ignore[no-untyped-def]
    assert expected in seen(claims_of(nlp, text))


def test_a_true_participle_is_still_one(nlp) -> None:  # type: ignore[no-untyped-def]
    claims = claims_of(nlp, "Les mesures annoncées mardi entreront en vigueur en janvier.")
    assert claims == []


# --- a framing adverbial between a postposed cue and its speaker -----------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("« Le dossier avance », précise pour sa part la préfecture dans un communiqué.", "Préfecture"),
        ("« Rien n'est décidé », indique de son côté le maire, Jean Roux.", "Jean Roux"),
        ("« Nous resterons mobilisés », affirme à son tour le syndicat.", "Syndicat"),
    ],
)
def test_a_framing_adverbial_may_come_before_a_postposed_speaker(nlp, text: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    claims = claims_of(nlp, text)
    assert [c.source.name for c in claims] == [speaker]


# --- a negated "écarter": a possibility considered --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Le ministre n'écarte pas une nouvelle hausse des prix.",
            ("une nouvelle hausse des prix", "Ministre", "estimates"),
        ),
        (
            "L'entraîneur n'écartait pas un départ du capitaine en fin de saison.",
            ("un départ du capitaine en fin de saison", "Entraîneur", "estimates"),
        ),
    ],
)
def test_not_ruling_out_is_an_estimate(nlp, text: str, expected: tuple[str, str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in seen(claims_of(nlp, text))


def test_setting_aside_is_no_claim(nlp) -> None:  # type: ignore[no-untyped-def]
    assert claims_of(nlp, "La police a écarté les manifestants de la place.") == []


# --- "Selon X P" with no comma after the source -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Selon le maire de la commune une dizaine de maisons ont été inondées.",
            ("une dizaine de maisons ont été inondées", "Maire de la commune", "asserts"),
        ),
        (
            "D'après la préfecture les routes resteront fermées jusqu'à lundi.",
            ("les routes resteront fermées jusqu'à lundi", "Préfecture", "asserts"),
        ),
        (
            "Selon la police le suspect aurait pris la fuite vers le nord.",
            ("le suspect aurait pris la fuite vers le nord", "Police", "asserts"),
        ),
    ],
)
def test_selon_without_a_comma_reports_the_clause_after_it(
    nlp, text: str, expected: tuple[str, str, str]
) -> None:  # type: ignore[no-untyped-def]
    assert seen(claims_of(nlp, text)) == [expected]


def test_selon_meaning_depending_on_is_still_no_claim(nlp) -> None:  # type: ignore[no-untyped-def]
    assert claims_of(nlp, "Selon les cas la durée varie.") == []


# --- a participle with its agent right after the noun, no comma -------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Le plan social annoncé par la direction prévoit 300 suppressions de postes.",
            ("Le plan social", "Direction", "announces"),
        ),
        ("La baisse des prix confirmée par l'Insee se poursuit.", ("La baisse des prix", "Insee", "asserts")),
    ],
)
def test_a_participle_with_its_agent_after_the_noun_is_a_claim(
    nlp, text: str, expected: tuple[str, str, str]
) -> None:  # type: ignore[no-untyped-def]
    assert expected in seen(claims_of(nlp, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the noun phrase is the speaker of the cue that follows, not what was said
        (
            "Les documents remis par la société au tribunal font état d'une dette de 3 millions.",
            [("une dette de 3 millions", "Documents remis par la société au tribunal", "asserts")],
        ),
        ("Les blessés transportés par les pompiers ont été soignés.", []),
    ],
)
def test_a_participle_that_reports_nothing_is_no_claim(
    nlp, text: str, expected: list[tuple[str, str, str]]
) -> None:  # type: ignore[no-untyped-def]
    assert seen(claims_of(nlp, text)) == expected


# --- "P rapporte X." with no comma before the cue ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "La fermeture du site est imminente rapporte le journal local.",
            ("La fermeture du site est imminente", "Journal local", "asserts"),
        ),
        (
            "Le maire a démissionné affirme la presse locale.",
            ("Le maire a démissionné", "Presse locale", "asserts"),
        ),
        (
            "Les salariés ont manifesté devant le siège explique le délégué syndical.",
            ("Les salariés ont manifesté devant le siège", "Délégué syndical", "asserts"),
        ),
    ],
)
def test_a_postposed_cue_without_a_comma_ends_the_sentence(
    nlp, text: str, expected: tuple[str, str, str]
) -> None:  # type: ignore[no-untyped-def]
    assert seen(claims_of(nlp, text)) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Il répète ce que pense le ministre.", []),
        ("Les faits que dénonce le syndicat sont anciens.", []),
        # "chiffres" after "les derniers" is a noun, not a form of "chiffrer": only "selon"
        (
            "Le bilan a été revu selon les derniers chiffres des autorités locales.",
            [("Le bilan a été revu", "Derniers chiffres des autorités locales", "asserts")],
        ),
    ],
)
def test_a_relative_or_a_noun_is_no_unmarked_incise(
    nlp, text: str, expected: list[tuple[str, str, str]]
) -> None:  # type: ignore[no-untyped-def]
    assert seen(claims_of(nlp, text)) == expected


# --- a date between commas after the subject; "…, et selon X, P" ---------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Un précédent bilan, fin juillet, faisait état de 94 morts.",
            ("94 morts", "Un précédent bilan", "asserts"),
        ),
        (
            "Le ministre, mardi, a annoncé la réouverture des écoles.",
            ("la réouverture des écoles", "Ministre", "announces"),
        ),
    ],
)
def test_a_date_between_commas_does_not_hide_the_subject(
    nlp, text: str, expected: tuple[str, str, str]
) -> None:  # type: ignore[no-untyped-def]
    assert expected in seen(claims_of(nlp, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "La mairie a fermé le parc, et selon le maire, les travaux dureront un mois.",
            ("les travaux dureront un mois", "Maire", "asserts"),
        ),
        (
            "Le site a fermé, mais d'après la direction, aucune offre n'a été reçue.",
            ("aucune offre n'a été reçue", "Direction", "asserts"),
        ),
    ],
)
def test_selon_after_a_conjunction_reports_what_follows(
    nlp, text: str, expected: tuple[str, str, str]
) -> None:  # type: ignore[no-untyped-def]
    assert expected in seen(claims_of(nlp, text))


# --- "pour" + infinitive is a cause, not a stance; "on" inside a quotation ------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Il était jugé pour s'être opposé violemment à son arrestation.",
        "Le militant a été jugé pour avoir dégradé la façade.",
    ],
)
def test_being_tried_for_an_act_is_no_claim(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert claims_of(nlp, text) == []


def test_a_stance_with_pour_is_still_a_claim(nlp) -> None:  # type: ignore[no-untyped-def]
    assert ("pour une réforme rapide", "Député", "asserts") in seen(
        claims_of(nlp, "Le député s'est dit pour une réforme rapide.")
    )


def test_on_inside_a_quotation_is_the_speaker(nlp) -> None:  # type: ignore[no-untyped-def]
    text = '"On demande aux juges de trancher vite", a lancé l\'avocat de la famille.'
    assert [c.source.name for c in claims_of(nlp, text)] == ["Avocat de la famille"]


def test_on_outside_a_quotation_is_still_generic(nlp) -> None:  # type: ignore[no-untyped-def]
    claims = claims_of(nlp, "Dans le quartier, on dit que le pont va fermer.")
    assert ("le pont va fermer", "On", "asserts") in seen(claims)


# --- an argument put forward ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'Le groupe avait mis en avant un "contexte économique très difficile".',
            [("contexte économique très difficile", "Groupe", "asserts")],
        ),
        (
            "La direction met en avant une baisse des commandes.",
            [("une baisse des commandes", "Direction", "asserts")],
        ),
        ("Le musée a mis en avant ses collections.", []),
    ],
)
def test_putting_an_argument_forward_is_a_claim(nlp, text: str, expected: list[tuple[str, str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert seen(claims_of(nlp, text)) == expected


# --- a nominal attribution after a quotation: "« Q », était la citation de X" -----------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "« Je ne céderai rien », était la citation originale du président, qui venait d'être élu.",
            ("Je ne céderai rien", "Président", "asserts"),
        ),
        ("« Nous reviendrons », fut la réponse du capitaine.", ("Nous reviendrons", "Capitaine", "asserts")),
        (
            "« Le calme est revenu », était la déclaration officielle de la préfecture.",
            ("Le calme est revenu", "Préfecture", "asserts"),
        ),
    ],
)
def test_a_noun_naming_a_quotation_gives_its_speaker(nlp, text: str, expected: tuple[str, str, str]) -> None:  # type: ignore[no-untyped-def]
    assert seen(claims_of(nlp, text)) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "« Le pays est prêt », était le titre du journal.",  # a headline, not a quotation noun
        "« Le pays est prêt », était la citation favorite.",  # no speaker after it
    ],
)
def test_other_nouns_after_a_quotation_give_no_speaker(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert claims_of(nlp, text) == []


def test_selon_without_a_comma_after_a_source_the_parse_hung_elsewhere(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Le député a visité le village de Grand Bois.\n\n"
        "Selon l'élue de la circonscription Grand Bois une vingtaine d'autres familles seraient sans abri."
    )
    assert (
        "une vingtaine d'autres familles seraient sans abri",
        "Élue de la circonscription Grand Bois",
        "asserts",
    ) in seen(claims_of(nlp, text))


# --- a clause of the journalist's after a noun-phrase claim; an adverb inside the source ------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Le dernier bilan de la protection civile annonce 73 morts, et ce n'est que provisoire.",
            "73 morts",
        ),
        (
            "Le syndicat a dénoncé la hausse des prix, et les salariés ont appelé à la grève.",
            "la hausse des prix",
        ),
        # a second object, no verb of its own: still the claim
        (
            "La direction a annoncé la fermeture de l'usine, et le licenciement de 300 salariés.",
            "la fermeture de l'usine, et le licenciement de 300 salariés",
        ),
    ],
)
def test_a_coordinated_clause_ends_a_noun_phrase_claim(nlp, text: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    assert claims_of(nlp, text)[0].text == expected


def test_a_reported_clause_keeps_its_coordinated_que(nlp) -> None:  # type: ignore[no-untyped-def]
    claims = claims_of(
        nlp, "Le ministre a affirmé que les prix baisseraient, et que les salaires suivraient."
    )
    assert claims[0].text == "les prix baisseraient, et que les salaires suivraient"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Douze blessés sont à déplorer, selon un bilan encore provisoire de la préfecture.",
            "Un bilan encore provisoire de la préfecture",
        ),
        (
            "Trois maisons ont brûlé, selon un bilan toujours provisoire des pompiers.",
            "Un bilan toujours provisoire des pompiers",
        ),
    ],
)
def test_an_adverb_before_an_adjective_stays_in_the_source(nlp, text: str, source: str) -> None:  # type: ignore[no-untyped-def]
    claim = claims_of(nlp, text)[0]
    assert claim.source.name == source
    assert list(claim.hedges) == ["provisoire"]


# --- a directive with a long addressee, a clitic before what is asked ----------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Le maire a exhorté le ministère de la santé et la direction nationale de l'eau potable et de"
            " l'assainissement (Dinepa) à y envoyer des équipes.",
            "le ministère de la santé et la direction nationale de l'eau potable et de l'assainissement"
            " (Dinepa) à y envoyer des équipes",
        ),
        (
            "La grève durera, indique le délégué, tout en exhortant la direction à en discuter.",
            "la direction à en discuter",
        ),
    ],
)
def test_a_directive_may_have_a_long_addressee(nlp, text: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    assert expected in [c.text for c in claims_of(nlp, text)]


def test_a_call_with_no_request_is_still_no_claim(nlp) -> None:  # type: ignore[no-untyped-def]
    assert claims_of(nlp, "Le ministre a appelé son homologue, qui était à Paris, pour discuter.") == []


# --- a subject after a subordinate clause and an apposition to that clause's last noun ----------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Même si aucun cas n'a été signalé dans l'Adamaoua, une autre région du nord, les autorités"
            " redoutent une propagation de la maladie.",
            "Autorités",
        ),
        (
            "Alors que la crue a atteint Lyon, la deuxième ville du pays, le préfet affirme que la situation"
            " est grave.",
            "Préfet",
        ),
    ],
)
def test_an_apposition_inside_the_clause_before_is_not_the_subject(nlp, text: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    assert [c.source.name for c in claims_of(nlp, text)] == [speaker]


def test_a_title_and_a_name_after_a_clause_are_still_one_subject(nlp) -> None:  # type: ignore[no-untyped-def]
    claims = claims_of(nlp, "Bien que la ville soit calme, le maire, Jean Roux, a annoncé un couvre-feu.")
    assert [c.source.name for c in claims] == ["Jean Roux"]


# --- a sentence asked for ("requiert huit mois"), not an anonymity asked for ------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Le parquet a requis trois ans de prison contre l'ancien maire.",
            ("trois ans de prison contre l'ancien maire", "Parquet", "asserts"),
        ),
        (
            "Le procureur a requis une peine de deux ans avec sursis.",
            ("une peine de deux ans avec sursis", "Procureur", "asserts"),
        ),
    ],
)
def test_a_sentence_asked_for_is_a_claim(nlp, text: str, expected: tuple[str, str, str]) -> None:  # type: ignore[no-untyped-def]
    assert seen(claims_of(nlp, text)) == [expected]


def test_asking_for_anonymity_is_no_claim(nlp) -> None:  # type: ignore[no-untyped-def]
    claims = claims_of(nlp, "Un policier, qui a requis l'anonymat, a confirmé l'arrestation.")
    assert [c.text for c in claims] == ["l'arrestation"]
