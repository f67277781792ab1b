"""Categories found on the eighth real web-news batch (bench/extra/web8, issue 13); several
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


# --- an institution named by what it is: an establishment, a zoo ---------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Selon l'établissement, le patient est sorti de l'hôpital.",
            ("le patient est sorti de l'hôpital", "Établissement", "asserts"),
        ),
        (
            "« Les visites sont suspendues », selon l'établissement.",
            ("Les visites sont suspendues", "Établissement", "asserts"),
        ),
        (
            "Le public n'a couru aucun risque, a indiqué le zoo dans un communiqué.",
            ("Le public n'a couru aucun risque", "Zoo", "asserts"),
        ),
    ],
)
def test_an_establishment_and_a_zoo_speak(nlp, text: str, expected: tuple[str, str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in seen(claims_of(nlp, text))


def test_an_establishment_in_the_content_is_no_speaker(nlp) -> None:  # type: ignore[no-untyped-def]
    claims = claims_of(nlp, "Les élèves ont été accueillis dans un autre établissement, a précisé le maire.")
    assert [c.source.name for c in claims] == ["Maire"]


# --- hedges: a possibility of not doing, a vague fifteen, the future in the past inside a claim -------


@pytest.mark.parametrize(
    ("text", "hedge"),
    [
        ("Selon le syndicat, la moitié des agents pourraient ne pas venir lundi.", "pourraient"),
        ("D'après la mairie, le marché pourrait ne pas rouvrir cet été.", "pourrait"),
        ("Une quinzaine de maisons ont été inondées, a précisé le préfet.", "Une quinzaine"),
        ("Selon la police, une douzaine de voitures ont été incendiées.", "une douzaine"),
    ],
)
def test_a_possibility_of_not_and_a_vague_count(nlp, text: str, hedge: str) -> None:  # type: ignore[no-untyped-def]
    assert any(hedge in hedges for _, hedges in hedges_of(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "« Nous ne pouvons pas accepter cela », a déclaré la maire.",
        "Le ministre ne pourrait pas venir, selon son cabinet.",
    ],
)
def test_a_negated_possibility_is_still_no_hedge(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert all(not hedges for _, hedges in hedges_of(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "Le communiqué précise que le club avait annoncé au joueur que son contrat ne serait pas prolongé.",
        "Selon la police, le suspect a déclaré qu'il se rendrait le lendemain.",
        "D'après la préfecture, le maire disait que la route serait rouverte.",
    ],
)
def test_a_conditional_under_a_past_verb_inside_the_claim_is_the_future_in_the_past(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert all(not hedges for _, hedges in hedges_of(nlp, text))


@pytest.mark.parametrize(
    ("text", "hedge"),
    [
        ("Selon la police, le suspect serait armé.", "serait armé"),
        ("Le ministre affirme que les victimes auraient été tuées par balle.", "auraient été"),
        (
            "Selon le syndicat, la direction a reconnu que les salariés auraient été mal informés.",
            "auraient été",
        ),
    ],
)
def test_the_reportive_conditional_stays_a_hedge(nlp, text: str, hedge: str) -> None:  # type: ignore[no-untyped-def]
    assert all(hedge in hedges for _, hedges in hedges_of(nlp, text))


# --- no comment, with what was not commented on ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("L'entraîneur n'a pas commenté l'information.", ("l'information", "Entraîneur", "not_confirmed")),
        (
            "La direction n'a pas commenté ces accusations.",
            ("ces accusations", "Direction", "not_confirmed"),
        ),
    ],
)
def test_no_comment_on_something_named(nlp, text: str, expected: tuple[str, str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in seen(claims_of(nlp, text))


def test_a_comment_made_is_no_refusal(nlp) -> None:  # type: ignore[no-untyped-def]
    assert claims_of(nlp, "Le ministre a commenté la situation avec humour.") == []


# --- the manner of the act between the cue and its object --------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le sénateur a nié avec véhémence ces accusations.", ("ces accusations", "Sénateur", "denies")),
        ("Le ministre a démenti sans détour ces informations.", ("ces informations", "Ministre", "denies")),
        (
            "La fédération a condamné avec fermeté les violences du week-end.",
            ("les violences du week-end", "Fédération", "asserts"),
        ),
    ],
)
def test_a_manner_phrase_before_the_object(nlp, text: str, expected: tuple[str, str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in seen(claims_of(nlp, text))


# --- a person's name, then a title between commas whatever its parse ----------------------------------


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Paul Martin, secrétaire général de la fédération nationale pénitentiaire CGT, "
            "a déclaré que les prix baissaient.",
            "Paul Martin",
        ),
        (
            "Claire Dubois, déléguée régionale du syndicat hospitalier CGT, "
            "a affirmé que les lits manquaient.",
            "Claire Dubois",
        ),
    ],
)
def test_the_name_before_a_title_speaks(nlp, text: str, source: str) -> None:  # type: ignore[no-untyped-def]
    assert [c.source.name for c in claims_of(nlp, text)] == [source]


# --- "Selon X, role, P": a role after a named source is no part of the claim --------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Selon les prévisions de la CFDT, premier syndicat du privé, "
            "la moitié des agences seront fermées.",
            ("la moitié des agences seront fermées", "Prévisions de la CFDT", "asserts"),
        ),
        (
            "Selon la CGT, premier syndicat du pays, la grève sera très suivie.",
            ("la grève sera très suivie", "CGT", "asserts"),
        ),
    ],
)
def test_a_role_after_a_named_source(nlp, text: str, expected: tuple[str, str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in seen(claims_of(nlp, text))


def test_a_date_after_a_named_source_stays_in_the_claim(nlp) -> None:  # type: ignore[no-untyped-def]
    claims = claims_of(nlp, "Selon la CGT, demain, la grève sera très suivie.")
    assert [c.text for c in claims] == ["demain, la grève sera très suivie"]


# --- "l'ensemble des X" speaks as X, and a plural pronoun takes it up ----------------------------------


def test_the_whole_of_a_group_speaks_and_is_taken_up_by_ils(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "L'ensemble des syndicats de la santé ont appelé à la grève dans les hôpitaux. "
        "Ils dénoncent le manque de lits."
    )
    sources = [c.source.name for c in claims_of(nlp, text)]
    assert sources == ["Ensemble des syndicats de la santé", "Ensemble des syndicats de la santé"]


# --- a date with its article between an inverted cue and its speaker ----------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Trois chèvres ont disparu, a indiqué le lundi 4 avril la mairie.",
            ("Trois chèvres ont disparu", "Mairie", "asserts"),
        ),
        (
            "Le pont restera fermé, a précisé le 3 juin le maire.",
            ("Le pont restera fermé", "Maire", "asserts"),
        ),
    ],
)
def test_a_date_with_its_article_before_a_postposed_speaker(
    nlp, text: str, expected: tuple[str, str, str]
) -> None:  # type: ignore[no-untyped-def]
    assert expected in seen(claims_of(nlp, text))


# --- a quoted object, then where it holds: the claim goes on; then a medium: it ends --------------------


def test_a_quoted_object_then_where_it_holds(nlp) -> None:  # type: ignore[no-untyped-def]
    claims = claims_of(
        nlp, "Les syndicats dénoncent « une pagaille indescriptible » dans les écoles du département."
    )
    assert [c.text for c in claims] == ["« une pagaille indescriptible » dans les écoles du département"]


@pytest.mark.parametrize(
    "text",
    [
        "Le ministre a dénoncé « une faute grave » dans un communiqué.",
        "Le maire a évoqué « une situation inédite » dans son entretien au journal.",
    ],
)
def test_a_quoted_object_then_a_medium(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert [c.text for c in claims_of(nlp, text)] in (["une faute grave"], ["une situation inédite"])


def test_the_future_in_the_past_when_the_parser_hangs_the_clause_on_the_cue(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Le texte précise aussi qu'en mars dernier le club avait signifié à l'entraîneur de 58 ans "
        "que son contrat ne serait pas prolongé."
    )
    assert all(not hedges for _, hedges in hedges_of(nlp, text))


@pytest.mark.parametrize(
    ("text", "hedge"),
    [
        ("Selon la police, l'homme qui avait été arrêté serait armé.", "serait"),
        ("D'après l'enquête, le conducteur, qui avait bu, aurait perdu le contrôle.", "aurait perdu"),
    ],
)
def test_a_past_verb_in_a_relative_leaves_the_reportive_conditional(nlp, text: str, hedge: str) -> None:  # type: ignore[no-untyped-def]
    assert any(hedge in hedges for _, hedges in hedges_of(nlp, text))


# --- an infinitive claim ends where a new subject and its verb start ----------------------------------


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Le préfet a recommandé aux riverains de rester chez eux et plusieurs écoles pourraient fermer.",
            "aux riverains de rester chez eux",
        ),
        (
            "Le maire a demandé aux commerçants de baisser le rideau et les habitants ont obéi.",
            "aux commerçants de baisser le rideau",
        ),
    ],
)
def test_an_infinitive_claim_ends_before_a_new_clause(nlp, text: str, content: str) -> None:  # type: ignore[no-untyped-def]
    assert [c.text for c in claims_of(nlp, text)] == [content]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "La préfète a appelé les habitants à rester chez eux et à fermer leurs volets.",
            "les habitants à rester chez eux et à fermer leurs volets",
        ),
        (
            "Le syndicat a appelé les salariés à cesser le travail et les cadres à les rejoindre.",
            "les salariés à cesser le travail et les cadres à les rejoindre",
        ),
        (
            "Le ministre a condamné les violences et les pillages qui ont suivi.",
            "les violences et les pillages qui ont suivi",
        ),
    ],
)
def test_a_second_infinitive_or_a_relative_stays_in_the_claim(nlp, text: str, content: str) -> None:  # type: ignore[no-untyped-def]
    assert [c.text for c in claims_of(nlp, text)] == [content]


# --- an incise in a quotation, the speaker's apposition to the end of its sentence --------------------


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            '"Les urgences sont saturées, explique Léa Morel, déléguée syndicale à Nîmes. '
            'Elles manquent de lits". Le calme est revenu.',
            "Les urgences sont saturées",
        ),
        (
            "« Tout va bien, explique Marie Durand, directrice de l’école. "
            "Les enfants sont rentrés chez eux et les parents ont été prévenus par téléphone ».",
            "Les enfants sont rentrés chez eux et les parents ont été prévenus par téléphone",
        ),
    ],
)
def test_the_apposition_of_an_incise_is_no_claim(nlp, text: str, content: str) -> None:  # type: ignore[no-untyped-def]
    assert content in [c.text for c in claims_of(nlp, text)]


# --- a present participle right after the noun it describes: that noun speaks ------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Les clients reçoivent un courriel d'une personne prétendant travailler pour le fisc.",
            ("travailler pour le fisc", "Une personne", "asserts"),
        ),
        (
            "Les fraudeurs envoient des messages confirmant un prétendu remboursement.",
            ("un prétendu remboursement", "Des messages", "asserts"),
        ),
    ],
)
def test_a_participle_after_the_object_of_a_plain_verb(
    nlp, text: str, expected: tuple[str, str, str]
) -> None:  # type: ignore[no-untyped-def]
    assert expected in seen(claims_of(nlp, text))


def test_a_participle_after_the_object_of_a_cue_is_still_its_speaker_s(nlp) -> None:  # type: ignore[no-untyped-def]
    claims = claims_of(nlp, "La ministre a salué la signature de l'accord y voyant un signe d'apaisement.")
    assert [c.source.name for c in claims] == ["Ministre", "Ministre"]


# --- an inverted pronoun with nobody before it: the subject of the claim itself ------------------------


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("La fédération a suspendu le joueur pour deux ans, a-t-elle annoncé jeudi.", "Fédération"),
        ("Le syndicat a déposé un préavis de grève, a-t-il indiqué dans un communiqué.", "Syndicat"),
    ],
)
def test_an_inverted_pronoun_stands_for_the_claim_s_subject_when_nobody_spoke_before(
    nlp, text: str, source: str
) -> None:  # type: ignore[no-untyped-def]
    assert [c.source.name for c in claims_of(nlp, text)] == [source]


def test_an_inverted_pronoun_still_takes_an_earlier_speaker(nlp) -> None:  # type: ignore[no-untyped-def]
    claims = claims_of(nlp, "Le ministre a reçu les maires. Le pont sera reconstruit, a-t-il annoncé.")
    assert [c.source.name for c in claims] == ["Ministre"]


# --- "qui" after an occasion in a complement: the person named before it speaks ---------------------


def test_qui_after_an_occasion_stands_for_the_person_named_before(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "La crise a suivi une phrase de Jean Dupont, mardi lors d'une cérémonie au ministère, "
        "qui affirmait que le budget était truqué."
    )
    assert [c.source.name for c in claims_of(nlp, text)] == ["Jean Dupont"]


def test_qui_after_a_title_still_stands_for_the_person(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Le ministre a vu Paul Durand, président de la fédération, qui affirme que la saison est perdue."
    assert [c.source.name for c in claims_of(nlp, text)] == ["Paul Durand"]


# --- a participle phrase set off by commas before the que-clause ------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "La radio a annoncé lundi dans un communiqué, citant le ministère, que le sommet était reporté.",
        "La radio a annoncé lundi, citant le ministère, que le sommet était reporté.",
    ],
)
def test_a_participle_incise_before_que(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert ("le sommet était reporté", "Radio", "announces") in seen(claims_of(nlp, text))


# --- "a-t-on précisé à la préfecture": the institution speaks, not whom it was told to --------------


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "« Des patrouilles vont être organisées », a-t-on précisé à la préfecture de la Marne.",
            "Préfecture de la Marne",
        ),
        ("Le pont restera fermé, indique-t-on au ministère des Transports.", "Ministère des Transports"),
        ("« Rien n'est décidé », a-t-on précisé à l'AFP.", "On"),
        ("Le bilan est lourd, a-t-on indiqué à la presse.", "On"),
    ],
)
def test_a_generic_on_at_an_institution(nlp, text: str, source: str) -> None:  # type: ignore[no-untyped-def]
    assert [c.source.name for c in claims_of(nlp, text)] == [source]


# --- a new clause after "et": its subject speaks, not the object of the verb before -------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Il y a eu des blessés et le maire a déclaré que la situation était grave.",
            ("la situation était grave", "Maire", "asserts"),
        ),
        (
            "Le ministre a reçu les syndicats et les patrons ont affirmé que l'accord était proche.",
            ("l'accord était proche", "Patrons", "asserts"),
        ),
        (
            'C\'est la fin des contrôles et Paul Martin estime que "cela simplifie tout".',
            ("cela simplifie tout", "Paul Martin", "estimates"),
        ),
    ],
)
def test_the_subject_of_a_clause_after_et(nlp, text: str, expected: tuple[str, str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in seen(claims_of(nlp, text))


def test_coordinated_subjects_still_speak_together(nlp) -> None:  # type: ignore[no-untyped-def]
    claims = claims_of(nlp, "Le maire et le préfet ont déclaré que la situation était grave.")
    assert [c.source.name for c in claims] == ["Maire", "Préfet"]


# --- "aucun X" names nobody; "l'individu" is someone ---------------------------------------------------


def test_a_negative_subject_is_no_source(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "« Aucun notaire ne réclame de virement par texto », rappelle la préfecture."
    assert [c.source.name for c in claims_of(nlp, text)] == ["Préfecture"]


def test_an_individual_speaks(nlp) -> None:  # type: ignore[no-untyped-def]
    claims = claims_of(nlp, "L'individu affirme au téléphone que le compte de sa victime a été piraté.")
    assert [c.source.name for c in claims] == ["Individu"]


# --- "qui, faute de X, ne pouvaient confirmer": the relative's antecedent refuses ----------------------


def test_qui_then_an_insertion_then_a_refusal(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Le dossier est allé aux enquêteurs qui, faute d'indices, ne pouvaient confirmer la piste."
    assert ("la piste", "Enquêteurs", "not_confirmed") in seen(claims_of(nlp, text))


def test_faute_de_between_commas_is_no_subject(nlp) -> None:  # type: ignore[no-untyped-def]
    claims = claims_of(nlp, "Le maire, faute de moyens, a annoncé la fermeture de la piscine.")
    assert seen(claims) == [("la fermeture de la piscine", "Maire", "announces")]


def test_no_comment_in_a_relative_ends_before_the_main_verb(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Le porte-parole, qui n'a pas souhaité commenter la décision, a quitté la salle."
    assert [c.text for c in claims_of(nlp, text)] == ["la décision"]


# --- a passive cue, a quoted attribute, then its agent ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ces dégâts ont été jugés « très graves » par les experts.",
            ("très graves", "Experts", "estimates"),
        ),
        (
            "Trois de ces cas avaient été classés « grippe probable » par les médecins du service.",
            ("grippe probable", "Médecins du service", "estimates"),
        ),
    ],
)
def test_a_passive_cue_a_quoted_attribute_and_its_agent(
    nlp, text: str, expected: tuple[str, str, str]
) -> None:  # type: ignore[no-untyped-def]
    assert expected in seen(claims_of(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "Le dossier a été classé sans suite.",
        "Le site a été classé par l'Unesco.",
        "Le parquet a classé l'affaire.",
    ],
)
def test_classer_without_a_quotation_is_no_claim(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert claims_of(nlp, text) == []


# --- a participle after the que-clause of a cue goes on with the cue's speaker -------------------------


def test_a_participle_after_a_que_clause_is_the_cue_s_speaker_s(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Le faux plombier annonce que la mairie envoie un agent, exigeant parfois un acompte."
    assert [c.source.name for c in claims_of(nlp, text)] == ["Faux plombier", "Faux plombier"]


# --- a name set in quotation marks is an antecedent --------------------------------------------------


def test_a_quoted_name_is_an_antecedent(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "« Le plombier » fait mine de réparer la fuite. Puis il annonce que la mairie paiera la facture."
    assert [c.source.name for c in claims_of(nlp, text)] == ["Plombier"]


def test_a_quoted_sentence_is_still_no_antecedent(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "« Le maire ment », a lancé un habitant. Il a ajouté que la ville était en deuil."
    assert [c.source.name for c in claims_of(nlp, text)] == ["Un habitant", "Un habitant"]


# --- a sentence with no verb, then an inverted cue ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Le maire sera reçu. Une réunion à la préfecture ce soir, a-t-on précisé de source policière.",
            ("Une réunion à la préfecture ce soir", "Source policière", "asserts"),
        ),
        (
            "Le sommet est reporté. Une nouvelle date au printemps prochain, a-t-il ajouté.",
            ("Une nouvelle date au printemps prochain", "il", "asserts"),
        ),
    ],
)
def test_a_verbless_sentence_before_an_inverted_cue(nlp, text: str, expected: tuple[str, str, str]) -> None:  # type: ignore[no-untyped-def]
    assert [c.text for c in claims_of(nlp, text)] == [expected[0]]


def test_a_relative_before_the_verb_is_still_no_content(nlp) -> None:  # type: ignore[no-untyped-def]
    claims = claims_of(nlp, "Le maire, qui s'exprimait devant la presse, a appelé au calme.")
    assert [c.text for c in claims] == ["au calme"]


# --- a date put first, then the subject, with no comma ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Au mois de mars dernier le club avait indiqué au joueur que son contrat serait prolongé.",
            ("son contrat serait prolongé", "Club", "asserts"),
        ),
        (
            "Le texte ajoute qu'au mois de mai dernier la direction avait annoncé que l'usine fermerait.",
            ("l'usine fermerait", "Direction", "announces"),
        ),
    ],
)
def test_a_date_put_first_then_the_subject(nlp, text: str, expected: tuple[str, str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in seen(claims_of(nlp, text))


# --- a passive directive with its agent: what is asked ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Les éleveurs sont invités par la préfecture à rentrer leurs troupeaux.",
            ("rentrer leurs troupeaux", "Préfecture", "asserts"),
        ),
        (
            "Les habitants ont été appelés par le maire à rester chez eux.",
            ("rester chez eux", "Maire", "asserts"),
        ),
    ],
)
def test_a_passive_directive_and_its_agent(nlp, text: str, expected: tuple[str, str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in seen(claims_of(nlp, text))


def test_a_passive_invitation_with_nothing_asked_is_no_claim(nlp) -> None:  # type: ignore[no-untyped-def]
    assert claims_of(nlp, "Les habitants ont été invités par le maire.") == []


# --- what cannot be said for sure is a hedge ----------------------------------------------------------


def test_what_cannot_be_said_for_sure(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "« On ne peut pas affirmer avec certitude que le feu est criminel », a déclaré le pompier."
    assert any(hedges for _, hedges in hedges_of(nlp, text))


# --- a call launched; a notification with its addressee ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "La gendarmerie lance un appel à la prudence face aux faux démarcheurs.",
            ("la prudence face aux faux démarcheurs", "Gendarmerie", "asserts"),
        ),
        (
            "La fédération a notifié le joueur d'un contrôle positif.",
            ("le joueur d'un contrôle positif", "Fédération", "announces"),
        ),
    ],
)
def test_a_call_launched_and_a_notification(nlp, text: str, expected: tuple[str, str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in seen(claims_of(nlp, text))


@pytest.mark.parametrize("text", ["Le club a lancé un appel d'offres.", "La mairie a notifié sa décision."])
def test_a_call_for_tenders_and_a_bare_notification_are_no_claims(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert claims_of(nlp, text) == []


# --- an agentless charge: what the subject is accused of -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Le sénateur est accusé d'avoir détourné des fonds publics.", "avoir détourné des fonds publics"),
        ("C'est le produit que le sprinteur est accusé d'avoir pris en 2012.", "avoir pris en 2012"),
    ],
)
def test_an_agentless_charge(nlp, text: str, content: str) -> None:  # type: ignore[no-untyped-def]
    assert [(c.text, c.source.name) for c in claims_of(nlp, text)] == [(content, "Source non précisée")]


def test_a_charge_with_its_agent_is_still_the_agent_s(nlp) -> None:  # type: ignore[no-untyped-def]
    claims = claims_of(nlp, "Le joueur est accusé par la presse d'avoir triché.")
    assert [c.source.name for c in claims] == ["Presse"]


# --- ", citant X, que P": the source cited says P too ---------------------------------------------------


def test_a_source_cited_between_the_cue_and_its_que_clause(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "La radio a annoncé lundi, citant le ministère, que le sommet était reporté."
    assert seen(claims_of(nlp, text)) == [
        ("le sommet était reporté", "Radio", "announces"),
        ("le sommet était reporté", "Ministère", "asserts"),
    ]


def test_citant_with_a_reason_is_no_source(nlp) -> None:  # type: ignore[no-untyped-def]
    claims = claims_of(nlp, "Le ministre a annoncé la fermeture, citant des raisons de sécurité.")
    assert [c.source.name for c in claims] == ["Ministre"]


# --- an impersonal passive directive: what is advised, by someone not named -----------------------------


def test_an_impersonal_advice(nlp) -> None:  # type: ignore[no-untyped-def]
    claims = claims_of(nlp, "En cas de panne, il est conseillé de couper le courant.")
    assert [(c.text, c.source.name) for c in claims] == [("couper le courant", "Source non précisée")]


def test_an_invitation_to_a_place_is_no_claim(nlp) -> None:  # type: ignore[no-untyped-def]
    assert claims_of(nlp, "Il est invité à la cérémonie.") == []
