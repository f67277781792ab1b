"""Categories found on the tenth real web-news batch (bench/extra/web10, issue 13); several
written sentences per phrasing, and negative cases.

The sentences were written for these tests; none is copied from an evaluation article.
"""

from __future__ import annotations

import pytest

from .test_sourcing_categories import claims_of, nlp, seen

__all__ = ["nlp"]  # the module's fixture, shared (the model is loaded once per module)

pytestmark = pytest.mark.slow


# --- amorcer: what a speaker opens with, before a quotation ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "« Nous n'avons jamais vu une saison aussi sèche », amorce le directeur du parc.",
            ("Nous n'avons jamais vu une saison aussi sèche", "Directeur du parc", "asserts"),
        ),
        (
            "« Le chantier a pris trois mois de retard », amorce la présidente de l'association.",
            ("Le chantier a pris trois mois de retard", "Présidente de l'association", "asserts"),
        ),
    ],
)
def test_amorcer_before_a_quotation(nlp, text: str, expected: tuple[str, str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in seen(claims_of(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "Le coureur a amorcé un virage serré.",
        "Les discussions ont été amorcées lundi.",
        "La baisse des prix s'est amorcée en mars.",
    ],
)
def test_amorcer_without_a_quotation_is_no_claim(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert claims_of(nlp, text) == []


# --- a quotation of its own after narration, a paragraph after its speaker's -----------------------------


def test_quoted_paragraphs_after_narration_are_the_speakers(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "« Le chantier a pris du retard », explique le maire de la commune. Les travaux ont "
        "commencé en mai.\n\n« Nous espérons finir avant l'hiver ». Le coût reste inconnu.\n\n"
        "« Les entreprises ont déjà été payées. Le reste viendra en juin »."
    )
    claims = seen(claims_of(nlp, text))
    assert ("Nous espérons finir avant l'hiver", "Maire de la commune", "asserts") in claims
    assert (
        "Les entreprises ont déjà été payées. Le reste viendra en juin",
        "Maire de la commune",
        "asserts",
    ) in claims


def test_a_quoted_paragraph_after_a_paragraph_with_no_quotation_stays_alone(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Le maire de la commune a visité le chantier lundi. Les travaux ont commencé en mai.\n\n"
        "« Nous espérons finir avant l'hiver ». Le coût reste inconnu."
    )
    assert not any(c.text == "Nous espérons finir avant l'hiver" for c in claims_of(nlp, text))


# --- décrire as a postposed cue: "« P », décrit X" ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "« Les deux modèles se ressemblent beaucoup », décrit le chercheur.",
            ("Les deux modèles se ressemblent beaucoup", "Chercheur", "asserts"),
        ),
        (
            "« Les eaux montent très vite au printemps », décrit la voisine.",
            ("Les eaux montent très vite au printemps", "Voisine", "asserts"),
        ),
        (
            "« On voyait les flammes depuis la route », écrit le journaliste.",
            ("On voyait les flammes depuis la route", "Journaliste", "asserts"),
        ),
    ],
)
def test_a_present_that_looks_like_a_participle_after_a_quotation(
    nlp, text: str, expected: tuple[str, str, str]
) -> None:  # type: ignore[no-untyped-def]
    assert expected in seen(claims_of(nlp, text))


def test_a_participle_after_a_quotation_stays_one(nlp) -> None:  # type: ignore[no-untyped-def]
    claims = claims_of(nlp, "Il a lu « Les Misérables », écrit par Victor Hugo en exil.")
    assert claims == []


# --- a noun phrase with no verb, then a postposed cue and its speaker ----------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Une mesure nécessaire pour protéger les riverains, a fait valoir la préfecture lundi.",
            ("Une mesure nécessaire pour protéger les riverains", "Préfecture", "asserts"),
        ),
        (
            "Une décision injuste et précipitée, a estimé le syndicat mardi 3 mai.",
            ("Une décision injuste et précipitée", "Syndicat", "estimates"),
        ),
        (
            "Un geste de bonne volonté envers les familles, a souligné le ministre.",
            ("Un geste de bonne volonté envers les familles", "Ministre", "asserts"),
        ),
        # a complement that names speakers does not make the noun phrase a subject
        (
            "Une réponse aux sanctions décidées par les pays européens, a estimé le ministre.",
            ("Une réponse aux sanctions décidées par les pays européens", "Ministre", "estimates"),
        ),
    ],
)
def test_a_verbless_sentence_before_a_postposed_speaker(
    nlp, text: str, expected: tuple[str, str, str]
) -> None:  # type: ignore[no-untyped-def]
    assert expected in seen(claims_of(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        # the subject before the cue, with a relative: no content before it
        "Le maire, qui s'exprimait devant la presse, a salué le travail des pompiers.",
        # a short noun phrase
        "Le maire, a-t-il dit.",
    ],
)
def test_a_subject_before_the_cue_is_no_verbless_content(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not any(c.text.startswith("Le maire") for c in claims_of(nlp, text))


# --- donner (fournir) un bilan: the toll given ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "La préfecture a donné à la presse un bilan de six blessés dont deux graves.",
            [("un bilan de six blessés dont deux graves", "Préfecture", "asserts")],
        ),
        (
            "Le maire et les pompiers avaient donné un bilan de trois morts, avant de le corriger.",
            [
                ("un bilan de trois morts", "Maire", "asserts"),
                ("un bilan de trois morts", "Pompiers", "asserts"),
            ],
        ),
        (
            "Les secours ont fourni un bilan de douze victimes.",
            [("un bilan de douze victimes", "Secours", "asserts")],
        ),
    ],
)
def test_a_toll_given_is_a_claim(nlp, text: str, expected: list[tuple[str, str, str]]) -> None:  # type: ignore[no-untyped-def]
    claims = seen(claims_of(nlp, text))
    for claim in expected:
        assert claim in claims


@pytest.mark.parametrize(
    "text",
    [
        "Le joueur a donné un coup de pied dans le ballon.",
        "La commune a fourni un abri aux sinistrés.",
        "Le maire a donné rendez-vous aux habitants samedi.",
    ],
)
def test_donner_something_else_is_no_claim(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert claims_of(nlp, text) == []


# --- prévoir: a forecast, in a relative on who forecasts, or in an agentless passive --------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Le temps restera sec selon Météo-France, qui prévoit une hausse des températures dès jeudi.",
            ("une hausse des températures dès jeudi", "Météo-France", "estimates"),
        ),
        (
            "Les syndicats, qui prévoient une forte mobilisation jeudi, appellent à la grève.",
            ("une forte mobilisation", "Syndicats", "estimates"),
        ),
        (
            "Le chef des secours, qui prévoyait une intervention de plusieurs jours, a demandé des renforts.",
            ("une intervention de plusieurs jours", "Chef des secours", "estimates"),
        ),
    ],
)
def test_prevoir_in_a_relative_on_the_source(nlp, text: str, expected: tuple[str, str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in seen(claims_of(nlp, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Des orages violents sont prévus en fin de journée sur le Sud-Ouest.",
            ("Des orages violents", "Source non précisée", "estimates"),
        ),
        (
            "De fortes pluies sont prévues dans la nuit.",
            ("De fortes pluies", "Source non précisée", "estimates"),
        ),
        (
            "Des pics de pollution sont prévus ce week-end en Alsace.",
            ("Des pics de pollution", "Source non précisée", "estimates"),
        ),
    ],
)
def test_an_agentless_forecast(nlp, text: str, expected: tuple[str, str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in seen(claims_of(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "La mairie prévoit des travaux dans le centre-ville.",
        "Le budget qui prévoit une baisse des dépenses a été adopté.",
        "Des travaux sont prévus en mai sur la ligne.",
        "Une réunion est prévue lundi à la mairie.",
        "Aucune hausse n'est prévue cette année.",
    ],
)
def test_a_plan_is_no_forecast(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert claims_of(nlp, text) == []


# --- an agentless passive directive: "sont invités à V", "sont appelés à V" -----------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Les habitants de la vallée sont invités à rester chez eux jusqu'à lundi.",
            ("rester chez eux jusqu'à lundi", "Source non précisée", "asserts"),
        ),
        (
            "Les clients sont invités à les rapporter en magasin ou à les détruire.",
            ("les rapporter en magasin ou à les détruire", "Source non précisée", "asserts"),
        ),
        (
            "Les conducteurs sont appelés à ne pas emprunter la route nationale.",
            ("ne pas emprunter la route nationale", "Source non précisée", "asserts"),
        ),
        (
            "Les baigneurs ont été appelés à quitter la plage.",
            ("quitter la plage", "Source non précisée", "asserts"),
        ),
    ],
)
def test_an_agentless_passive_directive(nlp, text: str, expected: tuple[str, str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in seen(claims_of(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        # bound to, not asked to
        "Les prix sont appelés à augmenter.",
        # no infinitive: an invitation to a place or an event
        "Les élèves sont invités à un goûter.",
        "Une dizaine de gendarmes ont été appelés à Montrond samedi.",
    ],
)
def test_no_directive_without_people_asked_to_act(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert claims_of(nlp, text) == []


# --- a postposed cue with no comma before it, its speaker with an apposition or a colon after -----------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Les sentiers sont dangereux en hiver estime Paul Martin, un des guides du massif.",
            ("Les sentiers sont dangereux en hiver", "Paul Martin", "estimates"),
        ),
        (
            "La route est coupée depuis lundi précise le maire, Jean Dupont.",
            ("La route est coupée depuis lundi", "Jean Dupont", "asserts"),
        ),
    ],
)
def test_an_unmarked_incise_with_an_apposition(nlp, text: str, expected: tuple[str, str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in seen(claims_of(nlp, text))


def test_an_unmarked_incise_then_a_colon_quotation(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Le village avait connu des crues mais jamais de cette ampleur explique le maire, "
        "Jean Dupont : « Nous avons dû évacuer deux écoles »."
    )
    claims = seen(claims_of(nlp, text))
    assert (
        "Le village avait connu des crues mais jamais de cette ampleur",
        "Jean Dupont",
        "asserts",
    ) in claims
    assert ("Nous avons dû évacuer deux écoles", "Jean Dupont", "asserts") in claims
    assert not any(source == "Village" for _, source, _ in claims)


@pytest.mark.parametrize(
    "text",
    [
        # a relative, not an incise
        "Les faits que dénonce le syndicat, un collectif d'employés, datent de 2019.",
        # the verb's object, then a colon
        "Le rapport détaille les risques : « incendie, inondation, effondrement ».",
    ],
)
def test_no_unmarked_incise_without_a_clause_before(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not any(c.source.name in ("Syndicat", "Collectif d'employés") for c in claims_of(nlp, text))


# --- a relative in the content's subject, before a postposed cue ----------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Un homme qui vivait au deuxième étage a été blessé, a rapporté le porte-parole.",
            ("Un homme qui vivait au deuxième étage a été blessé", "Porte-parole", "asserts"),
        ),
        (
            "Un homme qui vivait là et un agent ont été blessés, a rapporté sur place un porte-parole "
            "des pompiers, le capitaine Jean Dupont.",
            ("Un homme qui vivait là et un agent ont été blessés", "Jean Dupont", "asserts"),
        ),
        (
            "La femme que les secours cherchaient depuis lundi a été retrouvée, a indiqué la gendarmerie.",
            ("La femme que les secours cherchaient depuis lundi a été retrouvée", "Gendarmerie", "asserts"),
        ),
    ],
)
def test_a_relative_in_the_subject_of_the_content(nlp, text: str, expected: tuple[str, str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in seen(claims_of(nlp, text))


def test_a_subject_with_its_relative_and_no_clause_is_no_content(nlp) -> None:  # type: ignore[no-untyped-def]
    claims = claims_of(nlp, "Le maire qui a parlé hier et qui a démenti, a déclaré le journal.")
    assert not any(c.text.startswith("Le maire") for c in claims)


# --- a medium between a cue and its infinitive: "a assuré sur son site avoir …" --------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Le gouvernement a assuré sur Facebook avoir suspendu la délivrance des permis.",
            ("avoir suspendu la délivrance des permis", "Gouvernement", "asserts"),
        ),
        (
            "Le club a annoncé sur son site avoir recruté un nouvel entraîneur.",
            ("avoir recruté un nouvel entraîneur", "Club", "announces"),
        ),
        (
            "Le ministre a déclaré dans un entretien vouloir quitter la politique.",
            ("vouloir quitter la politique", "Ministre", "asserts"),
        ),
    ],
)
def test_a_medium_then_an_infinitive(nlp, text: str, expected: tuple[str, str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in seen(claims_of(nlp, text))


# --- sources cited around a source: "Selon X, qui cite Y, P", "Cité par X, Y précise que P" --------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Selon le quotidien Le Soir, qui cite un porte-parole de la police, les routes sont coupées.",
            [
                ("les routes sont coupées", "Quotidien Le Soir", "asserts"),
                ("les routes sont coupées", "Un porte-parole de la police", "asserts"),
            ],
        ),
        (
            "Selon la radio locale, qui cite des sources judiciaires, le suspect a avoué.",
            [
                ("le suspect a avoué", "Radio locale", "asserts"),
                ("le suspect a avoué", "Des sources judiciaires", "asserts"),
            ],
        ),
    ],
)
def test_selon_a_medium_that_cites_a_source(nlp, text: str, expected: list[tuple[str, str, str]]) -> None:  # type: ignore[no-untyped-def]
    claims = seen(claims_of(nlp, text))
    for claim in expected:
        assert claim in claims


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Cité par la radio locale, le directeur de l'école, Jean Dupont, précise que les cours "
            "reprendront lundi.",
            [
                ("les cours reprendront lundi", "Radio locale", "asserts"),
                ("les cours reprendront lundi", "Directeur de l'école", "asserts"),
            ],
        ),
        (
            "Cité par Le Parisien, le maire assure que la route rouvrira.",
            [("la route rouvrira", "Parisien", "asserts"), ("la route rouvrira", "Maire", "asserts")],
        ),
    ],
)
def test_a_fronted_cite_par_makes_the_medium_a_source(
    nlp, text: str, expected: list[tuple[str, str, str]]
) -> None:  # type: ignore[no-untyped-def]
    claims = seen(claims_of(nlp, text))
    for claim in expected:
        assert claim in claims


def test_a_fronted_participle_with_no_agent_is_no_source(nlp) -> None:  # type: ignore[no-untyped-def]
    claims = seen(claims_of(nlp, "Cité à comparaître, le maire assure que tout est légal."))
    assert claims == [("tout est légal", "Maire", "asserts")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Un nouveau poisson a été découvert dans le lac selon un article publié le 3 mai dans une "
            "revue par des chercheurs de l'université de Lyon.",
            (
                "Un nouveau poisson a été découvert dans le lac",
                "Des chercheurs de l'université de Lyon",
                "asserts",
            ),
        ),
        (
            "Selon une étude publiée mardi par l'Insee, le chômage a baissé.",
            ("le chômage a baissé", "Insee", "asserts"),
        ),
    ],
)
def test_selon_a_document_published_by_its_authors(nlp, text: str, expected: tuple[str, str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in seen(claims_of(nlp, text))


# --- narration read as claims: a confirmed topic, things picked up, people called to a place -----------


@pytest.mark.parametrize(
    "text",
    [
        "Des analyses complémentaires ont confirmé la cause de la panne.",
        "Les experts ont confirmé l'origine de l'incendie.",
        "L'archéologue a relevé plusieurs objets sur le corps, dont une épée.",
        "Les gendarmes ont relevé des empreintes sur la porte.",
        "Une dizaine de pompiers, venus de Lyon et de Vienne, ont été appelés à Montrond, commune de la "
        "Loire, samedi 4 mai.",
    ],
)
def test_narration_is_no_claim(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert claims_of(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Les experts ont confirmé la présence de plomb dans l'eau.",
            ("la présence de plomb dans l'eau", "Experts", "asserts"),
        ),
        ("Le parquet a confirmé la mort du suspect.", ("la mort du suspect", "Parquet", "asserts")),
        (
            "La police a confirmé l'identité de la victime, un homme de 40 ans.",
            ("l'identité de la victime, un homme de 40 ans", "Police", "asserts"),
        ),
        (
            "Le rapport relève des anomalies dans les comptes.",
            ("des anomalies dans les comptes", "Rapport", "asserts"),
        ),
    ],
)
def test_a_confirmed_fact_or_an_observation_still_counts(
    nlp, text: str, expected: tuple[str, str, str]
) -> None:  # type: ignore[no-untyped-def]
    assert expected in seen(claims_of(nlp, text))


def test_a_fronted_cite_par_with_a_name_the_tagger_misses(nlp) -> None:  # type: ignore[no-untyped-def]
    claims = seen(claims_of(nlp, "Cité par 7info, le maire précise que la route rouvrira lundi."))
    assert ("la route rouvrira lundi", "7info", "asserts") in claims
    assert ("la route rouvrira lundi", "Maire", "asserts") in claims


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "La digue a cédé dans la nuit explique Marie Durand, une des ingénieurs du chantier auprès du "
            "quotidien régional.",
            ("La digue a cédé dans la nuit", "Marie Durand", "asserts"),
        ),
        (
            "Les sentiers sont dangereux en hiver estime Paul Martin, un des guides du massif auprès du "
            "journal local.",
            ("Les sentiers sont dangereux en hiver", "Paul Martin", "estimates"),
        ),
        # a relative with its own verb in the content: the cue is not the relative's
        (
            "Les pluies ont été rares, ce qui peut expliquer pourquoi la rivière est basse estime "
            "Marie Durand.",
            (
                "Les pluies ont été rares, ce qui peut expliquer pourquoi la rivière est basse",
                "Marie Durand",
                "estimates",
            ),
        ),
    ],
)
def test_an_unmarked_incise_told_to_a_medium(nlp, text: str, expected: tuple[str, str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in seen(claims_of(nlp, text))


# --- a multi-word cue whose verb the tagger reads as a participle: "L'agence fait état de …" ------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("L'agence fait état de 40 cas.", ("40 cas", "Agence", "asserts")),
        ("L'agence fait état de quarante cas.", ("quarante cas", "Agence", "asserts")),
        (
            "Dans une étude publiée ce mardi, l'agence fait état de 40 cas en 2023.",
            ("40 cas", "Agence", "asserts"),
        ),
    ],
)
def test_fait_etat_right_after_its_subject(nlp, text: str, expected: tuple[str, str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in seen(claims_of(nlp, text))


# --- an inverted cue, then a participle cue: "P, a-t-il ajouté, précisant que Q" --------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "La route restera fermée, a-t-il ajouté, précisant que les travaux dureront un mois.",
            [("La route restera fermée", "il"), ("les travaux dureront un mois", "il")],
        ),
        (
            "Le club va recruter, a-t-elle indiqué, soulignant que le budget le permet.",
            [("Le club va recruter", "elle"), ("le budget le permet", "elle")],
        ),
    ],
)
def test_an_inverted_cue_then_a_participle_cue(nlp, text: str, expected: list[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    claims = [(c.text, c.source.name) for c in claims_of(nlp, text)]
    for claim in expected:
        assert claim in claims


# --- a generic "on" between commas after an adverbial: "Peu avant, apprend-on, P" -------------------------


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Peu avant, apprend-on, le maire avait démissionné.", "le maire avait démissionné"),
        ("Plus tard, apprend-on, la ministre a quitté la réunion.", "la ministre a quitté la réunion"),
    ],
)
def test_a_fronted_apprend_on(nlp, text: str, content: str) -> None:  # type: ignore[no-untyped-def]
    assert (content, "On", "asserts") in seen(claims_of(nlp, text))


# --- could not confirm: a negated "pouvoir" before a cue of assertion -----------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "La police ne pouvait pas confirmer que le suspect était armé.",
            ("le suspect était armé", "Police", "not_confirmed"),
        ),
        (
            "Les enquêteurs ne pouvaient affirmer lundi soir s'il y avait un lien entre les deux affaires.",
            ("il y avait un lien entre les deux affaires", "Enquêteurs", "not_confirmed"),
        ),
        (
            "Le maire n'a pas pu confirmer si la route serait rouverte.",
            ("la route serait rouverte", "Maire", "not_confirmed"),
        ),
    ],
)
def test_could_not_confirm(nlp, text: str, expected: tuple[str, str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in seen(claims_of(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "Le maire pourra confirmer que la route sera rouverte.",
        "Le ministre ne veut pas dire si la réforme sera retirée.",
    ],
)
def test_ability_without_negation_is_no_claim(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert claims_of(nlp, text) == []


# --- "P, selon le commandant X, des pompiers du Var.": the complement of the name is no content ---------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Parmi les blessés graves, deux enfants sont dans un état critique, selon le commandant "
            "Jean Dupont, des pompiers du Var.",
            ("Parmi les blessés graves, deux enfants sont dans un état critique", "Jean Dupont", "asserts"),
        ),
        (
            "Trois maisons ont brûlé, selon le lieutenant Paul Roux, du service départemental d'incendie.",
            ("Trois maisons ont brûlé", "Paul Roux", "asserts"),
        ),
    ],
)
def test_selon_a_name_and_where_it_serves(nlp, text: str, expected: tuple[str, str, str]) -> None:  # type: ignore[no-untyped-def]
    claims = seen(claims_of(nlp, text))
    assert expected in claims
    assert len(claims) == 1


# --- an ellipsis after a preposition is a pause, not the end of the sentence -----------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Les fouilles ont livré un squelette vieux de... 3000 ans, selon les premières analyses.",
            ("Les fouilles ont livré un squelette vieux de... 3000 ans", "Premières analyses", "asserts"),
        ),
        (
            "Le chantier a coûté plus de… 2 millions d'euros, selon la mairie.",
            ("Le chantier a coûté plus de… 2 millions d'euros", "Mairie", "asserts"),
        ),
    ],
)
def test_a_suspension_inside_the_content(nlp, text: str, expected: tuple[str, str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in seen(claims_of(nlp, text))


def test_an_ellipsis_after_a_word_still_ends_the_sentence(nlp) -> None:  # type: ignore[no-untyped-def]
    claims = seen(claims_of(nlp, "Il est parti... 3 personnes sont mortes, selon la police."))
    assert claims == [("3 personnes sont mortes", "Police", "asserts")]


# --- a neuter clitic that announces the content after a comma: "C'est X qui le confirme, P" -------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "C'est Le Figaro qui le confirme, le club a trouvé un accord avec son entraîneur.",
            ("le club a trouvé un accord avec son entraîneur", "Figaro", "asserts"),
        ),
        (
            "Le maire l'a confirmé, le chantier reprendra lundi.",
            ("le chantier reprendra lundi", "Maire", "asserts"),
        ),
    ],
)
def test_a_cataphoric_le_before_the_content(nlp, text: str, expected: tuple[str, str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in seen(claims_of(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "Le maire l'a annoncé, puis il est parti.",
        "Le maire l'a reçu, le ministre.",
    ],
)
def test_a_clitic_then_no_clause_is_no_content(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert claims_of(nlp, text) == []


# --- a quoted fragment after the clause, before its cue: the clause is the claim --------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'Pour les maisons touchées, la mairie devra reloger les familles, "des mois de travaux", '
            "précise le maire.",
            (
                'Pour les maisons touchées, la mairie devra reloger les familles, "des mois de travaux"',
                "Maire",
                "asserts",
            ),
        ),
        (
            "Pour ce quartier, il faudra tout reconstruire, « une année au moins », estime l'architecte.",
            (
                "Pour ce quartier, il faudra tout reconstruire, « une année au moins »",
                "Architecte",
                "estimates",
            ),
        ),
    ],
)
def test_a_quoted_fragment_ending_the_clause_before_its_cue(
    nlp, text: str, expected: tuple[str, str, str]
) -> None:  # type: ignore[no-untyped-def]
    assert expected in seen(claims_of(nlp, text))


def test_selon_then_a_quotation_and_its_cue_stay_two_claims(nlp) -> None:  # type: ignore[no-untyped-def]
    claims = seen(claims_of(nlp, "Selon la police, « le suspect a fui », a précisé le procureur."))
    assert ("le suspect a fui", "Police", "asserts") in claims
    assert ("le suspect a fui", "Procureur", "asserts") in claims


# --- a quoted word in the journalist's sentence after a whole quotation is no sequel of it ---------------


def test_a_quoted_word_after_a_whole_quotation_is_the_journalists(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "\"Les pics dureront jusqu'à dimanche\", précise le bulletin. Vendredi, l'indice de qualité "
        'était classé "médiocre" dans plusieurs villes.'
    )
    assert [c.text for c in claims_of(nlp, text)] == ["Les pics dureront jusqu'à dimanche"]


def test_a_quoted_word_after_a_paraphrase_that_quotes_is_still_a_sequel(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        'Selon le communiqué, les malades présentaient des "symptômes". Deux enfants ont été '
        '"brièvement hospitalisés".'
    )
    assert ('Deux enfants ont été "brièvement hospitalisés"', "Communiqué", "asserts") in seen(
        claims_of(nlp, text)
    )


def test_a_speaker_and_its_apposition_before_the_cue_are_its_subject(nlp) -> None:  # type: ignore[no-untyped-def]
    claims = seen(claims_of(nlp, "La porte-parole de la mairie, Anne Roux, a démenti ces rumeurs."))
    assert ("ces rumeurs", "Anne Roux", "denies") in claims
    assert not any(text.startswith("La porte-parole") for text, _, _ in claims)


# --- a count and its date compared with another: the date is the count's -------------------------------


def test_a_dated_count_compared_with_another(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "L'agence fait état de 40 cas en 2023 contre 25 en moyenne les années précédentes."
    assert ("40 cas en 2023 contre 25 en moyenne les années précédentes", "Agence", "asserts") in seen(
        claims_of(nlp, text)
    )


def test_a_date_after_an_object_is_still_when_it_was_said(nlp) -> None:  # type: ignore[no-untyped-def]
    claims = seen(claims_of(nlp, "Le ministère a annoncé la fermeture de l'usine en 2023."))
    assert ("la fermeture de l'usine", "Ministère", "announces") in claims


# --- a form that is also a present after an apposition: "Un des témoins, X, dit avoir vu …" ----------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Paul Martin, un pêcheur, dit avoir vu la vague.", ("avoir vu la vague", "Paul Martin", "asserts")),
        (
            "Un des pêcheurs, Paul Martin, dit avoir «vu la vague emporter le ponton».",
            ("avoir «vu la vague emporter le ponton»", "Paul Martin", "asserts"),
        ),
    ],
)
def test_dit_after_an_apposition(nlp, text: str, expected: tuple[str, str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in seen(claims_of(nlp, text))


# --- a title, a parenthesis, then the name after a postposed cue -----------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "« Nous allons reconstruire le pont », disait samedi le préfet de la région de Kindia (ouest), "
            "Jean Dupont, à la radio nationale.",
            ("Nous allons reconstruire le pont", "Jean Dupont", "asserts"),
        ),
        (
            "« Les écoles rouvriront lundi », a déclaré le gouverneur de la province (sud), Marie Durand.",
            ("Les écoles rouvriront lundi", "Marie Durand", "asserts"),
        ),
    ],
)
def test_a_title_and_a_parenthesis_then_the_name(nlp, text: str, expected: tuple[str, str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in seen(claims_of(nlp, text))


def test_a_parenthesis_then_a_medium_keeps_the_organisation(nlp) -> None:  # type: ignore[no-untyped-def]
    claims = seen(
        claims_of(
            nlp, "Le pont sera reconstruit, a indiqué le ministère des Transports (MT), dans un communiqué."
        )
    )
    assert ("Le pont sera reconstruit", "Ministère des Transports", "asserts") in claims


# --- a bare role noun after a postposed name, then "et": one speaker and its apposition -----------------


@pytest.mark.parametrize(
    "text",
    [
        "La nouvelle espèce vit dans les marais, comme l'explique Paul Martin, chercheur au Muséum de Lyon "
        "et l'Université de Grenoble.",
        "Le projet est abandonné, a annoncé Paul Martin, maire de Lyon et président de la métropole.",
    ],
)
def test_a_role_with_et_after_a_name_is_one_speaker(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert [c.source.name for c in claims_of(nlp, text)] == ["Paul Martin"]


def test_a_list_of_names_is_still_several_speakers(nlp) -> None:  # type: ignore[no-untyped-def]
    claims = claims_of(nlp, "Le projet est abandonné, ont annoncé Paul Martin, Marie Durand et Jean Dupont.")
    assert [c.source.name for c in claims] == ["Paul Martin", "Marie Durand", "Jean Dupont"]
