"""Categories found on the twelfth real web-news batch (bench/extra/web12, issue 13, released after two
held-out scores); several written sentences per phrasing, and negative cases.

The sentences were written for these tests; none is copied from an evaluation article.
"""

from __future__ import annotations

import pytest

from .test_sourcing_categories import claims_of, nlp, seen

__all__ = ["nlp"]  # the module's fixture, shared (the model is loaded once per module)

pytestmark = pytest.mark.slow


# --- a quotation with two incises by the same speaker: A, B and the tail C --------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Le pont a été fermé. « Les digues sont anciennes, explique Marc Dupuis, elles ont plus de "
            "cent ans et elles cèdent vite, explique-t-il, il faut les refaire. »",
            [
                ("Les digues sont anciennes", "Marc Dupuis", "explique"),
                ("elles ont plus de cent ans et elles cèdent vite", "Marc Dupuis", "explique-t-il"),
                ("il faut les refaire", "Marc Dupuis", "(implicit)"),
            ],
        ),
        (
            'La salle restera fermée. "Le plafond est fragile, précise Anne Lefort, la charpente a '
            'bougé pendant la tempête, ajoute-t-elle, nous attendons les experts".',
            [
                ("Le plafond est fragile", "Anne Lefort", "précise"),
                ("la charpente a bougé pendant la tempête", "Anne Lefort", "ajoute-t-elle"),
                ("nous attendons les experts", "Anne Lefort", "(implicit)"),
            ],
        ),
        (
            "« Ces bus sont des modèles anciens, raconte le mécanicien Paul Girard, c'est-à-dire "
            "qu'ils roulent au gazole depuis vingt ans, donc ils polluent beaucoup, poursuit-il, la "
            "ville doit les remplacer. »",
            [
                ("Ces bus sont des modèles anciens", "Paul Girard", "raconte"),
                (
                    "c'est-à-dire qu'ils roulent au gazole depuis vingt ans, donc ils polluent beaucoup",
                    "Paul Girard",
                    "poursuit-il",
                ),
                ("la ville doit les remplacer", "Paul Girard", "(implicit)"),
            ],
        ),
        # each part in its own quotation marks
        (
            'Le pont a été fermé. "Les digues sont anciennes", explique Marc Dupuis, "elles ont plus '
            'de cent ans", explique-t-il, "il faut les refaire".',
            [
                ("Les digues sont anciennes", "Marc Dupuis", "explique"),
                ("elles ont plus de cent ans", "Marc Dupuis", "explique-t-il"),
                ("il faut les refaire", "Marc Dupuis", "(implicit)"),
            ],
        ),
        (
            "« Nous partirons lundi », a déclaré le capitaine Jean Roux, « nous serons de retour en "
            "mai », a-t-il ajouté, « nous rentrerons tous ensemble ». ",
            [
                ("Nous partirons lundi", "Jean Roux", "a déclaré"),
                ("nous serons de retour en mai", "Jean Roux", "a-t-il ajouté"),
                ("nous rentrerons tous ensemble", "Jean Roux", "(implicit)"),
            ],
        ),
    ],
)
def test_a_quotation_with_two_incises_of_one_speaker(
    nlp, text: str, expected: list[tuple[str, str, str]]
) -> None:  # type: ignore[no-untyped-def]
    found = [(c.text, c.source.name, c.cue) for c in claims_of(nlp, text)]
    for claim in expected:
        assert claim in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one incise: the whole quotation, as before
        (
            "« Moi, dit-il, je ne partirai pas avant la fin du chantier. »",
            ["Moi, dit-il, je ne partirai pas avant la fin du chantier"],
        ),
        # a quotation after the incise that does not end the sentence is no tail
        (
            "Le capitaine a parlé. « Nous partirons lundi », a-t-il dit, « mais pas avant l'aube », a "
            "précisé Jean Roux.",
            ["Nous partirons lundi", "pas avant l'aube"],
        ),
    ],
)
def test_one_incise_or_a_quotation_with_its_own_cue_has_no_tail(nlp, text: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    found = [c.text for c in claims_of(nlp, text)]
    assert all(c in found for c in expected)
    assert not any(c.cue == "(implicit)" for c in claims_of(nlp, text))


# --- a rank capitalised before the speaker's name ("le Major X", "l'Adjudant X") --------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "« Nous rentrons au camp avant la nuit », détaille le Major Paul Durand à notre micro.",
            ("Nous rentrons au camp avant la nuit", "Paul Durand", "asserts"),
        ),
        (
            "« Le col est fermé depuis hier », explique le Lieutenant Hugo Besson, chef du poste.",
            ("Le col est fermé depuis hier", "Hugo Besson", "asserts"),
        ),
        (
            "« La route sera rouverte demain », a indiqué l'Adjudant Marc Lenoir.",
            ("La route sera rouverte demain", "Marc Lenoir", "asserts"),
        ),
        (
            "« Deux randonneurs ont été hélitreuillés », précise le Capitaine Léa Morin.",
            ("Deux randonneurs ont été hélitreuillés", "Léa Morin", "asserts"),
        ),
    ],
)
def test_a_capitalised_rank_before_the_name_is_not_a_name(
    nlp, text: str, expected: tuple[str, str, str]
) -> None:  # type: ignore[no-untyped-def]
    assert expected in seen(claims_of(nlp, text))
    doc = nlp(text)
    assert all(
        ent.text.split()[0].lower() not in ("major", "lieutenant", "adjudant", "capitaine")
        for ent in doc.ents
    )


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("John Major a quitté Londres hier soir.", "John Major"),
        ("La Major League Soccer a signé un accord.", "Major League Soccer"),
    ],
)
def test_a_rank_word_inside_a_name_stays(nlp, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    assert name in [ent.text for ent in nlp(text).ents]


# --- verbs of speech with a noun object: signaler + an indefinite object, présenter ses excuses -----------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Les pompiers ont signalé des inondations dans plusieurs quartiers du centre-ville.",
            ("des inondations dans plusieurs quartiers du centre-ville", "Pompiers", "asserts"),
        ),
        (
            "La presse locale a signalé des coupures de courant dans tout le département après l'orage.",
            ("des coupures de courant dans tout le département après l'orage", "Presse locale", "asserts"),
        ),
        (
            "La mairie a présenté ses excuses pour la gêne occasionnée par les travaux.",
            ("ses excuses pour la gêne occasionnée par les travaux", "Mairie", "asserts"),
        ),
        (
            "La direction de l'hôpital présente ses excuses pour le retard des soins.",
            ("ses excuses pour le retard des soins", "Direction de l'hôpital", "asserts"),
        ),
        (
            "Le ministre a présenté ses condoléances aux familles des victimes.",
            ("ses condoléances aux familles des victimes", "Ministre", "asserts"),
        ),
    ],
)
def test_a_report_or_an_apology_with_its_object(nlp, text: str, expected: tuple[str, str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in seen(claims_of(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "Le ministre a présenté son budget devant les députés.",
        "Le musée présente une exposition de peinture flamande.",
        "Le joueur a signalé le problème à l'arbitre.",
        # observer: a practice kept, not an observation
        "Les détenus qui observent une grève de la faim depuis mai ont été transférés.",
        "Les salariés observent une minute de silence devant l'usine.",
        "Les deux camps observent une trêve fragile depuis dimanche.",
    ],
)
def test_a_presentation_or_a_practice_kept_is_no_claim(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert claims_of(nlp, text) == []


def test_an_observation_is_still_a_claim(nlp) -> None:  # type: ignore[no-untyped-def]
    assert ("une hausse des prix depuis mars", "Experts", "asserts") in seen(
        claims_of(nlp, "Les experts observent une hausse des prix depuis mars.")
    )


# --- a speaker after "et" that follows a verb and an adverb ("est actuellement hospitalisé et X craint") --


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Le militant est actuellement hospitalisé et son entourage craint qu'il ne soit opéré de force.",
            ("il ne soit opéré de force", "Son entourage", "estimates"),
        ),
        (
            "Le journaliste est toujours détenu et sa famille affirme qu'il n'a rien fait.",
            ("il n'a rien fait", "Sa famille", "asserts"),
        ),
        (
            "Le chantier a déjà pris du retard et le maire estime que les travaux dureront un an.",
            ("les travaux dureront un an", "Maire", "estimates"),
        ),
        (
            "Le stade est encore fermé et les supporters craignent que la saison soit annulée.",
            ("la saison soit annulée", "Supporters", "estimates"),
        ),
    ],
)
def test_a_new_subject_after_a_verb_an_adverb_and_et(nlp, text: str, expected: tuple[str, str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in seen(claims_of(nlp, text))


# --- passives and participles of judgement with an agent after the attribute -----------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "L'état du pont a été jugé préoccupant par les experts qui l'ont inspecté.",
            ("L'état du pont", "Experts", "estimates"),
        ),
        (
            "Le projet a été jugé trop coûteux par la Cour des comptes.",
            ("Le projet", "Cour des comptes", "estimates"),
        ),
        (
            "Le bâtiment a été jugé insalubre par la mairie.",
            ("Le bâtiment", "Mairie", "estimates"),
        ),
        (
            "Ce médicament est considéré comme dangereux par l'agence sanitaire.",
            ("Ce médicament", "Agence sanitaire", "estimates"),
        ),
        # a participle in an apposition, or after its noun
        (
            "Le groupe, considéré comme une organisation criminelle par la justice italienne, a été dissous.",
            ("Le groupe", "Justice italienne", "estimates"),
        ),
        (
            "Il est accusé d'appartenir au Front, le mouvement armé considéré comme une organisation "
            "terroriste par l'Union européenne.",
            ("le mouvement armé", "Union européenne", "estimates"),
        ),
    ],
)
def test_a_passive_of_judgement_with_its_agent(nlp, text: str, expected: tuple[str, str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in seen(claims_of(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "Elle a été considérée comme disparue par la police.",  # nothing but a pronoun
        "La route a été rendue glissante par la pluie.",
        # a court's sentence, not speech
        "L'ancien chef rebelle, condamné par la justice militaire à dix ans de prison, refuse de "
        "s'alimenter.",
        "Le maire, condamné par le tribunal à une amende, a démissionné.",
    ],
)
def test_a_pronoun_judged_or_a_sentence_by_a_court_is_no_claim(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert claims_of(nlp, text) == []


def test_a_fault_condemned_by_parties_is_still_a_claim(nlp) -> None:  # type: ignore[no-untyped-def]
    assert ("La faute", "Tous les partis", "asserts") in seen(
        claims_of(nlp, "La faute, condamnée par tous les partis, a choqué.")
    )


# --- "P, selon X, un des N qui …": an apposition with a relative after the source ------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Le barrage a cédé dans la nuit, selon Marie Dubois, une des ingénieures qui surveillent "
            "l'ouvrage.",
            ("Le barrage a cédé dans la nuit", "Marie Dubois", "asserts"),
        ),
        (
            "Environ 3 000 personnes ont défilé, selon la police, un chiffre que contestent les syndicats.",
            ("Environ 3 000 personnes ont défilé", "Police", "asserts"),
        ),
        (
            "Les vols reprendront lundi, d'après Luc Perrin, l'un des pilotes qui ont fait grève.",
            ("Les vols reprendront lundi", "Luc Perrin", "asserts"),
        ),
    ],
)
def test_an_apposition_with_a_relative_after_a_postposed_selon(
    nlp, text: str, expected: tuple[str, str, str]
) -> None:  # type: ignore[no-untyped-def]
    found = seen(claims_of(nlp, text))
    assert expected in found
    assert len(found) == 1


def test_a_clause_with_its_own_verb_after_selon_is_the_claim(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Le barrage a cédé dans la nuit, selon Marie Dubois, la digue qui protégeait le village a été "
        "emportée."
    )
    assert ("la digue qui protégeait le village a été emportée", "Marie Dubois", "asserts") in seen(
        claims_of(nlp, text)
    )


# --- narration read as claims: a hope to act, a description with an agent, a situation -------------------


@pytest.mark.parametrize(
    "text",
    [
        # espérer + infinitive: what they hope to do
        "Les techniciens espèrent relancer la turbine dans les plus brefs délais.",
        "La direction espère rouvrir le site avant la fin du mois.",
        "Les sauveteurs espèrent encore retrouver des survivants.",
        # a passive of description, its agent a thing that cannot speak
        "L'année 2023 a été caractérisée par des pluies abondantes au printemps.",
        "Le climat de la région est caractérisé par des hivers froids.",
        # a fronted "Pour X," that tells X's situation
        "Pour les pompiers, pas une minute de répit, il faut repartir aussitôt.",
        "Pour les secouristes, pas le temps de manger ni même de dormir, les appels s'enchaînent.",
        "Pour le reste de l'équipe, direction le camp de base.",
    ],
)
def test_a_hope_a_description_or_a_situation_is_no_claim(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert claims_of(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Le maire espère que les travaux seront finis en juin.",
            ("les travaux seront finis en juin", "Maire", "estimates"),
        ),
        (
            "Le régime a été caractérisé par l'opposition comme une dictature.",
            ("Le régime", "Opposition", "asserts"),
        ),
        ("Pour les experts, la réforme est inutile.", ("la réforme est inutile", "Experts", "asserts")),
        ("Pour le ministre, pas question de reculer.", ("pas question de reculer", "Ministre", "asserts")),
    ],
)
def test_a_hope_that_p_a_description_by_a_speaker_or_an_opinion_stays(
    nlp, text: str, expected: tuple[str, str, str]
) -> None:  # type: ignore[no-untyped-def]
    assert expected in seen(claims_of(nlp, text))


# --- a quoted clause in the journalist's sentence right after a speaker's quotation (implicit) ------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "« Paul Girard est très faible. Il a perdu dix kilos », a indiqué l'avocat du militant. Ce "
            "dernier et ses amis ont cessé de s'alimenter depuis lundi pour « dénoncer jusqu'au bout "
            "leur détention ».",
            (
                "Ce dernier et ses amis ont cessé de s'alimenter depuis lundi pour « dénoncer jusqu'au "
                "bout leur détention »",
                "Avocat du militant",
                "(implicit)",
            ),
        ),
        (
            "« Nous ne partirons pas », a déclaré la porte-parole des locataires. Les familles occupent "
            "le hall depuis mardi pour « obtenir enfin un relogement digne ».",
            (
                "Les familles occupent le hall depuis mardi pour « obtenir enfin un relogement digne »",
                "Porte-parole des locataires",
                "(implicit)",
            ),
        ),
    ],
)
def test_a_quoted_clause_after_a_speakers_quotation_is_theirs(
    nlp, text: str, expected: tuple[str, str, str]
) -> None:  # type: ignore[no-untyped-def]
    assert expected in [(c.text, c.source.name, c.cue) for c in claims_of(nlp, text)]


@pytest.mark.parametrize(
    "text",
    [
        "« Nous ne partirons pas », a déclaré la porte-parole des locataires. Les familles ont été mises en "
        "examen pour « occupation illégale ».",
        "« Nous ne partirons pas », a déclaré la porte-parole des locataires. La police a évacué le hall.",
    ],
)
def test_a_label_or_no_quotation_after_a_speakers_quotation_is_not_theirs(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not any(c.cue == "(implicit)" for c in claims_of(nlp, text))


# --- selon/d'après + a free relative with an inverted subject ("d'après ce qu'ont rapporté X et Y") -------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Les grêlons avaient la taille d'une balle de golf, d'après ce qu'ont pu rapporter habitants "
            "et pompiers.",
            [
                ("Les grêlons avaient la taille d'une balle de golf", "Habitants", "asserts"),
                ("Les grêlons avaient la taille d'une balle de golf", "Pompiers", "asserts"),
            ],
        ),
        (
            "D'après ce que rapportent les témoins, le camion roulait très vite.",
            [("le camion roulait très vite", "Témoins", "asserts")],
        ),
        (
            "Le camion roulait très vite, selon ce qu'ont raconté plusieurs témoins et le chauffeur du bus.",
            [
                ("Le camion roulait très vite", "Plusieurs témoins", "asserts"),
                ("Le camion roulait très vite", "Chauffeur du bus", "asserts"),
            ],
        ),
        (
            "D'après ce qu'a indiqué la préfecture, la route restera fermée.",
            [("la route restera fermée", "Préfecture", "asserts")],
        ),
    ],
)
def test_a_free_relative_after_selon_names_its_subject(
    nlp, text: str, expected: list[tuple[str, str, str]]
) -> None:  # type: ignore[no-untyped-def]
    claims = claims_of(nlp, text)
    for claim in expected:
        assert claim in seen(claims)
    assert not any(c.hedges for c in claims)  # "ont pu rapporter": what they reported, no hedge


def test_depending_on_what_is_bought_is_no_claim(nlp) -> None:  # type: ignore[no-untyped-def]
    assert claims_of(nlp, "Les prix varient selon ce que les clients achètent.") == []


# --- a vague quantity with an adjective ("une bonne cinquantaine") is a hedge -----------------------------


@pytest.mark.parametrize(
    ("text", "hedge"),
    [
        (
            'Le garagiste indiquait avoir reçu déjà "une bonne cinquantaine de voitures".',
            "une bonne cinquantaine",
        ),
        ("Le garagiste indiquait avoir reçu une petite centaine de voitures.", "une petite centaine"),
        ("Le maire affirme que de bonnes dizaines de maisons ont été évacuées.", "de bonnes dizaines"),
    ],
)
def test_a_vague_quantity_with_an_adjective_is_a_hedge(nlp, text: str, hedge: str) -> None:  # type: ignore[no-untyped-def]
    (claim,) = claims_of(nlp, text)
    assert hedge in claim.hedges


# --- a directive with its addressee a clitic before the verb ("ils nous ont conseillé de V") --------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Le gardien et les responsables du centre ont refusé de nous recevoir. « Mais, ils nous ont "
            "conseillé d'aller voir le juge pour qu'une décision soit prise », a ajouté l'avocat.",
            [
                ("aller voir le juge pour qu'une décision soit prise", "Gardien", "asserts"),
                ("aller voir le juge pour qu'une décision soit prise", "Responsables du centre", "asserts"),
            ],
        ),
        (
            "Les autorités exhortent à ne pas sortir.",
            [("ne pas sortir", "Autorités", "asserts")],
        ),
        (
            "Le médecin lui a conseillé de rester au lit pendant une semaine.",
            [("rester au lit pendant une semaine", "Médecin", "asserts")],
        ),
    ],
)
def test_a_directive_with_a_clitic_addressee_or_none(
    nlp, text: str, expected: list[tuple[str, str, str]]
) -> None:  # type: ignore[no-untyped-def]
    for claim in expected:
        assert claim in seen(claims_of(nlp, text))


def test_to_try_to_advise_is_no_claim(nlp) -> None:  # type: ignore[no-untyped-def]
    assert claims_of(nlp, "Il a tenté de conseiller les jeunes.") == []


# --- ", selon une N publiée par X": a document named by its publisher ------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "La récolte de blé 2025 est attendue en baisse de 12 % sur un an, selon une nouvelle "
            "estimation publiée mardi par le ministère de l'Agriculture.",
            ("La récolte de blé 2025 est attendue en baisse de 12 % sur un an", "Ministère de l'Agriculture"),
        ),
        (
            "La récolte sera en baisse, selon une prévision publiée mardi par le ministère de l'Agriculture.",
            ("La récolte sera en baisse", "Ministère de l'Agriculture"),
        ),
    ],
)
def test_a_document_published_by_a_speaker_after_selon(nlp, text: str, expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    claims = claims_of(nlp, text)
    assert expected in [(c.text, c.source.name) for c in claims]
    assert len(claims) == 2  # the document and its publisher


def test_in_accordance_with_a_published_procedure_is_no_claim(nlp) -> None:  # type: ignore[no-untyped-def]
    assert claims_of(nlp, "Le tableau sera vendu selon une procédure publiée par la mairie.") == []


# --- prévoir a change (a rise, a fall) is a forecast ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "La baisse est plus forte que prévu, puisqu'en mars les services statistiques du ministère "
            "prévoyaient un repli de 8 % sur un an.",
            ("un repli de 8 % sur un an", "estimates"),
        ),
        (
            "Les économistes de la banque prévoient une croissance de 1,5 % l'an prochain.",
            ("une croissance de 1,5 % l'an prochain", "estimates"),
        ),
        ("L'institut prévoyait une baisse de 3 % des ventes.", ("une baisse de 3 % des ventes", "estimates")),
    ],
)
def test_a_forecast_change_is_an_estimate(nlp, text: str, expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in [(c.text, c.stance) for c in claims_of(nlp, text)]


@pytest.mark.parametrize(
    "text",
    ["La mairie prévoit des travaux dans le centre.", "Le plan prévoit une hausse des tarifs de 5 %."],
)
def test_a_plan_is_no_forecast(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert claims_of(nlp, text) == []


# --- a speaker with two coordinated complements ("les services de la A et de la B du ministère") ----------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Les chiffres ont été revus à la baisse, puisqu'en mars les services de la statistique et de "
            "la prospective du ministère prévoyaient un repli de 8 %.",
            ("un repli de 8 %", "Services de la statistique et de la prospective du ministère"),
        ),
        (
            "Le directeur de la recherche et de l'innovation a affirmé que le projet était viable.",
            ("le projet était viable", "Directeur de la recherche et de l'innovation"),
        ),
        (
            "Le projet est viable, a assuré la direction de la recherche et de la technologie.",
            ("Le projet est viable", "Direction de la recherche et de la technologie"),
        ),
    ],
)
def test_a_speaker_with_two_coordinated_complements(nlp, text: str, expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in [(c.text, c.source.name) for c in claims_of(nlp, text)]


# --- a straight-quoted word inside a straight-quoted quotation --------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'Le garagiste a reçu des dizaines de voitures. "Aujourd\'hui les vitres sont des "Feuilletés", '
            "explique Paul Roux, c'est-à-dire qu'il y a deux couches de verre, explique-t-il, elles ne "
            'volent plus en éclats".',
            [
                ('Aujourd\'hui les vitres sont des "Feuilletés"', "Paul Roux", "explique"),
                ("c'est-à-dire qu'il y a deux couches de verre", "Paul Roux", "explique-t-il"),
                ("elles ne volent plus en éclats", "Paul Roux", "(implicit)"),
            ],
        ),
        (
            'La ligne restera fermée. "Ce tunnel est un "gruyère", a expliqué l\'ingénieur Marc Dubois. '
            'Il faut tout reprendre".',
            [('Ce tunnel est un "gruyère"', "Marc Dubois", "a expliqué")],
        ),
    ],
)
def test_a_straight_quotation_inside_a_straight_quotation(
    nlp, text: str, expected: list[tuple[str, str, str]]
) -> None:  # type: ignore[no-untyped-def]
    found = [(c.text, c.source.name, c.cue) for c in claims_of(nlp, text)]
    for claim in expected:
        assert claim in found


def test_straight_quotations_one_after_another_stay_apart(nlp) -> None:  # type: ignore[no-untyped-def]
    text = '"Nous partirons demain", a dit le maire. "Le pont est fermé", a ajouté son adjoint.'
    assert [c.text for c in claims_of(nlp, text)] == ["Nous partirons demain", "Le pont est fermé"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Les conditions sont extrêmes, selon le Lieutenant-Colonel Arnaud Martin.", "Arnaud Martin"),
        ("La route est fermée, a indiqué le Lieutenant-Colonel Paul Girard.", "Paul Girard"),
    ],
)
def test_a_compound_rank_cut_at_its_hyphen_is_not_part_of_the_name(nlp, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    assert [ent.text for ent in nlp(text).ents if ent.label_ == "PER"] == [name]
    assert [c.source.name for c in claims_of(nlp, text)] == [name]


# --- what the round's rules must leave alone (found in review) -----------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a fronted adverbial before the subject: the phrase is still the subject
        ("Jusqu'ici les autorités affirmaient que la digue tiendrait.", ("la digue tiendrait", "Autorités")),
        (
            "Par ailleurs le maire a déclaré que la route serait rouverte.",
            ("la route serait rouverte", "Maire"),
        ),
        # "et de" after a phrase with no complement of its own is no second complement
        (
            "Le rapport a été salué par le maire et de la même façon par la préfecture.",
            ("Le rapport", "Maire"),
        ),
        # a relative inside the claim of a postposed selon is no apposition on the source
        (
            "Le bilan s'alourdit, selon la préfecture, les maisons qui brûlent sont nombreuses.",
            ("les maisons qui brûlent sont nombreuses", "Préfecture"),
        ),
        # "une quarantaine de cas" observed is a count, not a quarantine kept
        (
            "Les médecins observent une quarantaine de nouveaux cas chaque jour.",
            ("une quarantaine de nouveaux cas chaque jour", "Médecins"),
        ),
        # "retour au calme" after "Pour X," can be X's view
        (
            "Pour les syndicats, retour au calme impossible sans accord.",
            ("retour au calme impossible sans accord", "Syndicats"),
        ),
        # a hyphenated rank the tokenizer cut is no part of the name
        (
            "L'Adjudant-chef Paul Durand a déclaré que la piste était fermée.",
            ("la piste était fermée", "Paul Durand"),
        ),
    ],
)
def test_what_the_rounds_rules_leave_alone(nlp, text: str, expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in [(c.text, c.source.name) for c in claims_of(nlp, text)]


def test_a_plan_with_a_change_but_no_figure_is_no_forecast(nlp) -> None:  # type: ignore[no-untyped-def]
    assert claims_of(nlp, "La mairie prévoit une augmentation des tarifs de la cantine.") == []


def test_three_incises_give_each_its_part_and_the_tail(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "« Nous avons tout perdu, explique Jean Martin, la maison a brûlé, ajoute-t-il, nous dormons "
        "chez des amis, poursuit-il, les enfants sont choqués. »"
    )
    assert [c.text for c in claims_of(nlp, text)] == [
        "Nous avons tout perdu",
        "la maison a brûlé",
        "nous dormons chez des amis",
        "les enfants sont choqués",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Le maire a été condamné par le tribunal correctionnel à deux ans de prison.",
        "L'ancien ministre a été condamné par la cour d'appel à une lourde amende.",
    ],
)
def test_a_sentence_in_the_passive_is_no_claim(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert claims_of(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("La motion a été condamnée par le conseil municipal à l'unanimité.", "Conseil municipal"),
        ("Les violences ont été condamnées par le maire à plusieurs reprises.", "Maire"),
        ("Le gouvernement a condamné l'attaque à l'unanimité.", "Gouvernement"),
    ],
)
def test_a_condemnation_with_its_manner_is_still_one(nlp, text: str, source: str) -> None:  # type: ignore[no-untyped-def]
    assert [c.source.name.startswith(source) for c in claims_of(nlp, text)] == [True]
