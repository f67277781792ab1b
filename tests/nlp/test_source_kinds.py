"""The kind of a source follows the capacity the article gives it (sourcing/kinds.py): a role
speaks for its affiliation when that is an organisation, a company, a party or a medium; the
police and other state bodies named by what they are speak for the state; a person named
without a title speaks in the capacity the article gave them where it named them before.

The kind drives the source's reliability in the grade (an official is B, an organisation's
spokesperson C), so a union's secretary general must not read as an official.
The sentences were written for these tests; none is copied from an evaluation article.
"""

from __future__ import annotations

import pytest

from .test_sourcing_categories import claims_of, nlp

__all__ = ["nlp"]  # the module's fixture, shared (the model is loaded once per module)

pytestmark = pytest.mark.slow


def kinds(nlp, text: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [claim.source.kind for claim in claims_of(nlp, text)]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a role speaks for its affiliation
        ("Le porte-parole du syndicat a affirmé que la grève continuerait.", "organisation"),
        ("La présidente de l'association a déclaré que les dons avaient doublé.", "organisation"),
        (
            "« Nous irons jusqu'au bout », a déclaré Marie Lambert, secrétaire générale du syndicat.",
            "organisation",
        ),
        ("Le porte-parole de l'entreprise a assuré que personne n'était blessé.", "company"),
        ("Le président du groupe socialiste a estimé que le texte était injuste.", "party"),
        # … and an official's role stays official with a state body or none
        ("Le porte-parole du ministère a indiqué que les écoles rouvriraient lundi.", "official"),
        ("Le président de la République a affirmé que la réforme serait retirée.", "official"),
        ("Un responsable a précisé que la route restait fermée.", "official"),
        # state bodies named by what they are
        ("Selon la police, le conducteur roulait trop vite.", "government"),
        ("La gendarmerie a indiqué que deux personnes avaient été interpellées.", "government"),
        ("Le conseil départemental a annoncé que le pont serait reconstruit.", "government"),
        ("Un policier a raconté que la foule s'était dispersée.", "official"),
        ("Les syndicalistes ont dénoncé des licenciements déguisés.", "organisation"),
    ],
)
def test_a_source_speaks_in_the_capacity_the_article_gives_it(nlp, text: str, kind: str) -> None:  # type: ignore[no-untyped-def]
    assert kinds(nlp, text) == [kind]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Le ministre de l'Agriculture Paul Girard a visité la ferme mardi. "
            "« Les aides arriveront vite », a promis Paul Girard.",
            "official",
        ),
        (
            "Hélène Morel, présidente de l'association des riverains, était présente. "
            "Hélène Morel a affirmé que le bruit avait doublé.",
            "organisation",
        ),
        (
            "La chercheuse Claire Dumas a publié ses résultats en mars. "
            "Selon Claire Dumas, le glacier a perdu un tiers de sa masse.",
            "expert",
        ),
    ],
)
def test_a_person_named_without_a_title_keeps_the_one_given_before(nlp, text: str, kind: str) -> None:  # type: ignore[no-untyped-def]
    assert kinds(nlp, text)[-1:] == [kind]


def test_a_person_named_once_without_a_title_is_a_person(nlp) -> None:  # type: ignore[no-untyped-def]
    assert kinds(nlp, "« Je n'ai rien entendu », a raconté Julien Perrin.") == ["person"]


@pytest.mark.parametrize(
    "text",
    [
        "L'avocat de Julien Perrin a plaidé mardi. « Je n'ai rien vu », a raconté Julien Perrin.",
        "Le gouvernement de Julien Perrin est tombé. « Je n'ai rien vu », a raconté Julien Perrin.",
    ],
)
def test_a_name_that_complements_a_noun_takes_no_title_from_it(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert kinds(nlp, text)[-1:] == ["person"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a lawyer speaks for a client: a person, unless the article names a firm or a union
        ("« Mon client est innocent », a déclaré son avocat à la sortie de l'audience.", "person"),
        ("Selon l'avocate de la famille, la victime n'avait jamais reçu de menaces.", "person"),
        ("Les avocats des deux accusés ont annoncé qu'ils feraient appel.", "person"),
        ("L'avocat de la direction a affirmé que le licenciement était justifié.", "company"),
        ("L'avocate du syndicat a estimé que la procédure était irrégulière.", "organisation"),
        # a firm named by what it does for others, or by its trade
        ("Le fournisseur d'électricité belge Voltara a confirmé des coupures dans tout le pays.", "company"),
        ("Le prestataire chargé du nettoyage a assuré que les consignes avaient été suivies.", "company"),
        ("Le groupe pétrolier a annoncé la fermeture de deux raffineries.", "company"),
        ("Le groupe pharmaceutique a indiqué que le lot serait rappelé.", "company"),
        # … while a bare group stays an organisation
        ("Le groupe armé a revendiqué l'attaque dans un communiqué.", "organisation"),
        # the manager of a shop speaks for it
        ("« Le moteur était hors d'usage », explique Paul Garnier, gérant de la carrosserie.", "company"),
        ("La gérante du camping a raconté que l'eau était montée en une heure.", "company"),
        # the judiciary named as a whole speaks for the state
        ("La justice belge reproche à l'ancien maire d'avoir détourné des fonds publics.", "government"),
        ("Selon la justice italienne, les fonds ont transité par trois sociétés.", "government"),
        # a rank of two nouns before its unit ("adjudant chef du peloton") is one title
        (
            "« La neige est instable », explique Marc Dupin, adjudant chef du peloton de gendarmerie.",
            "official",
        ),
    ],
)
def test_lawyers_firms_managers_and_the_judiciary(nlp, text: str, kind: str) -> None:  # type: ignore[no-untyped-def]
    assert kinds(nlp, text) == [kind]


@pytest.mark.parametrize(
    "text",
    [
        # the title is in the sentence, but the subject phrase starts at the name
        "En fin de journée le gérant Paul Garnier indiquait avoir reçu cent clients. "
        "« Le moteur était hors d'usage », explique Paul Garnier.",
        "Dans la soirée, le gérant Luc Morel affirmait que le stock était perdu.",
    ],
)
def test_a_title_the_subject_phrase_left_out_still_counts(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert set(kinds(nlp, text)) == {"company"}


def test_a_medium_before_the_name_is_no_title(nlp) -> None:  # type: ignore[no-untyped-def]
    # "à l'AFP" is the addressee, not the speaker's capacity: the apposition gives it
    text = "« Le retour de la sonde est historique », a déclaré à l'AFP Lucie Fabre, chercheuse au CNRS."
    assert kinds(nlp, text) == ["expert"]
