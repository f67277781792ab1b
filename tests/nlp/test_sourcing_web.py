"""Categories found on real web news (bench/extra, issue 13), one written sentence per phrasing.

The sentences were written for these tests; none is copied from an evaluation article. Each
category is something the extractor missed or got wrong on real text: a postposed speaker
followed by a framing adjunct, two titles of one person, counts given by an authority, a
passive with its agent, a pronoun after the same speaker's first cue.
"""

from __future__ import annotations

import pytest

from .test_sourcing_categories import claims_of, nlp, seen

__all__ = ["nlp"]  # the module's fixture, shared (the model is loaded once per module)

pytestmark = pytest.mark.slow


# --- a postposed speaker followed by a framing adjunct ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "« Les négociations reprendront lundi », a déclaré le ministre Paul Durand lors d'un point"
            " de presse.",
            ("Les négociations reprendront lundi", "Paul Durand", "asserts"),
        ),
        (
            "« La route restera fermée », a précisé le préfet Jean Roux lors de sa visite.",
            ("La route restera fermée", "Jean Roux", "asserts"),
        ),
        (
            "« Le dialogue est rompu », souligne la syndicaliste rappelant les promesses de la direction.",
            ("Le dialogue est rompu", "Syndicaliste", "asserts"),
        ),
        (
            "« Nous ne céderons pas », martèle le porte-parole ajoutant que la grève continue.",
            ("Nous ne céderons pas", "Porte-parole", "asserts"),
        ),
    ],
)
def test_a_postposed_speaker_may_be_followed_by_an_adjunct(
    nlp, text: str, expected: tuple[str, str, str]
) -> None:  # type: ignore[no-untyped-def]
    assert expected in seen(claims_of(nlp, text))


# --- two titles of one person share a determiner ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Le ministre de la Santé et porte-parole du gouvernement, Marc Lenoir, a affirmé que les"
            " hôpitaux tiendraient.",
            [("les hôpitaux tiendraient", "Marc Lenoir", "asserts")],
        ),
        (
            "Le maire et conseiller départemental Luc Barre a annoncé la fermeture du pont.",
            [("la fermeture du pont", "Luc Barre", "announces")],
        ),
        (
            "Le géographe et urbaniste, Anne Vidal, met en garde contre une extension de la ville.",
            [("une extension de la ville", "Anne Vidal", "warns")],
        ),
    ],
)
def test_two_titles_without_a_second_determiner_are_one_person(
    nlp, text: str, expected: list[tuple[str, str, str]]
) -> None:  # type: ignore[no-untyped-def]
    assert seen(claims_of(nlp, text)) == expected


def test_two_determiners_are_still_two_sources(nlp) -> None:  # type: ignore[no-untyped-def]
    claims = claims_of(nlp, "Le maire et le préfet ont annoncé la fermeture du pont.")
    assert {c.source.name for c in claims} == {"Maire", "Préfet"}


# --- counts given by an authority, an observation reported --------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Les autorités recensent quarante morts et une centaine de blessés.",
            ("quarante morts et une centaine de blessés", "Autorités", "asserts"),
        ),
        (
            "La police dénombre près de 300 maisons détruites.",
            ("près de 300 maisons détruites", "Police", "asserts"),
        ),
        (
            "Les secours ont dénombré une vingtaine de blessés légers.",
            ("une vingtaine de blessés légers", "Secours", "asserts"),
        ),
        (
            "Le responsable syndical a rapporté une forte mobilisation dans les usines du groupe.",
            ("une forte mobilisation dans les usines du groupe", "Responsable syndical", "asserts"),
        ),
    ],
)
def test_a_count_or_an_observation_is_a_claim(nlp, text: str, expected: tuple[str, str, str]) -> None:  # type: ignore[no-untyped-def]
    assert seen(claims_of(nlp, text)) == [expected]


def test_the_approximator_of_a_count_is_a_hedge(nlp) -> None:  # type: ignore[no-untyped-def]
    (claim,) = claims_of(nlp, "La police dénombre près de 300 maisons détruites.")
    assert claim.hedges == ("près de",)


@pytest.mark.parametrize(
    "text",
    [
        "« On observe deux fois plus de cas chez les enfants », a expliqué le médecin.",
        "Le ministre a reçu les chiffres de la police.",
    ],
)
def test_a_figure_is_no_object_of_other_cues(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert all(c.source.name != "On" for c in claims_of(nlp, text))


# --- a passive or a participle with its agent ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ces chiffres ont été communiqués par le ministère de la Santé.",
            ("Ces chiffres", "Ministère de la Santé", "announces"),
        ),
        (
            "Les nouveaux chiffres, communiqués par la préfecture, montrent une baisse des accidents.",
            ("Les nouveaux chiffres", "Préfecture", "announces"),
        ),
        (
            "L'information a été révélée par le quotidien régional.",
            ("L'information", "Quotidien régional", "asserts"),
        ),
    ],
)
def test_a_passive_with_its_agent_is_a_claim(nlp, text: str, expected: tuple[str, str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in seen(claims_of(nlp, text))


def test_an_addressee_in_the_passive_is_no_claim(nlp) -> None:  # type: ignore[no-untyped-def]
    assert claims_of(nlp, "Le maire a été informé par la préfecture.") == []


# --- a pronoun after the same speaker's first cue -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "La directrice Claire Morel a annoncé un plan de relance, plan appelé à évoluer,"
            " a-t-elle ajouté.",
            "Claire Morel",
        ),
        (
            "Le ministre Hugo Bastien a confirmé la hausse des prix, une hausse limitée, a-t-il précisé.",
            "Hugo Bastien",
        ),
    ],
)
def test_an_inverted_pronoun_goes_back_to_the_first_cue_of_its_sentence(nlp, text: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    claims = claims_of(nlp, text)
    assert [c.source.name for c in claims] == [speaker, speaker]


# --- who is a vague source (a hedge) and who is a described one ------------------------------------------


@pytest.mark.parametrize(
    ("text", "hedges"),
    [
        ("Selon certaines sources, le directeur a démissionné.", ("Selon certaines sources",)),
        ("Selon des sources concordantes, le directeur a démissionné.", ("Selon des sources concordantes",)),
        ("Selon une source proche du dossier, le directeur a démissionné.", ()),
        ("Selon ces sources, le directeur a démissionné.", ()),
        ("Selon nos informations, le directeur a démissionné.", ()),
        ("Selon la police, le fugitif est susceptible d'être armé.", ("susceptible",)),
    ],
)
def test_only_a_vague_source_is_hearsay(nlp, text: str, hedges: tuple[str, ...]) -> None:  # type: ignore[no-untyped-def]
    (claim,) = claims_of(nlp, text)
    assert claim.hedges == hedges


# --- the shape of the reported clause and of its sources ----------------------------------------------------


def test_a_quoted_subject_does_not_cut_the_reported_clause(nlp) -> None:  # type: ignore[no-untyped-def]
    (claim,) = claims_of(nlp, 'Le syndicat estime que "200 usines" sont menacées "soit 40.000 emplois".')
    assert claim.text == '"200 usines" sont menacées "soit 40.000 emplois"'


@pytest.mark.parametrize(
    ("text", "sources"),
    [
        (
            "Le séisme a frappé à l'aube, selon l'Institut national de géophysique (INGV) et"
            " l'agence Reuters.",
            ["Institut national de géophysique", "Agence Reuters"],
        ),
        (
            "Selon l'Office météorologique (OMM) et la protection civile, la tempête faiblit.",
            ["Office météorologique", "Protection civile"],
        ),
    ],
)
def test_a_list_of_sources_goes_on_after_a_parenthesis(nlp, text: str, sources: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert [c.source.name for c in claims_of(nlp, text)] == sources


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "La protection civile avait déjà fait état de 38 morts.",
            ("38 morts", "Protection civile", "asserts"),
        ),
        (
            "La sécurité civile a annoncé une dizaine de blessés.",
            ("une dizaine de blessés", "Sécurité civile", "announces"),
        ),
    ],
)
def test_a_head_with_its_adjective_may_name_a_speaker(nlp, text: str, expected: tuple[str, str, str]) -> None:  # type: ignore[no-untyped-def]
    assert seen(claims_of(nlp, text)) == [expected]


def test_a_head_with_another_adjective_is_no_speaker(nlp) -> None:  # type: ignore[no-untyped-def]
    assert claims_of(nlp, "La protection sociale a annoncé une réforme.") == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Il est fait état d'un troisième blessé dans l'accident.", "un troisième blessé dans l'accident"),
        ("Il a été fait état de plusieurs arrestations.", "plusieurs arrestations"),
    ],
)
def test_an_impersonal_report_has_an_implicit_source(nlp, text: str, content: str) -> None:  # type: ignore[no-untyped-def]
    (claim,) = claims_of(nlp, text)
    assert claim.text == content
    assert claim.source.kind == "anonymous"


# --- a medium that reported it first ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Le directeur a été limogé mardi, a-t-on appris de sources concordantes, confirmant une"
            " information de Libération.",
            [
                ("Le directeur a été limogé mardi", "Sources concordantes", "asserts"),
                ("Le directeur a été limogé mardi", "Libération", "asserts"),
            ],
        ),
        (
            "Le ministre va démissionner, selon plusieurs sources, confirmant une information du Parisien.",
            [
                ("Le ministre va démissionner", "Plusieurs sources", "asserts"),
                ("Le ministre va démissionner", "Parisien", "asserts"),
            ],
        ),
    ],
)
def test_confirming_a_report_makes_its_medium_a_source(
    nlp, text: str, expected: list[tuple[str, str, str]]
) -> None:  # type: ignore[no-untyped-def]
    assert seen(claims_of(nlp, text)) == expected


def test_confirming_a_report_with_a_subject_is_a_plain_cue(nlp) -> None:  # type: ignore[no-untyped-def]
    assert seen(claims_of(nlp, "Le maire a confirmé une information du journal.")) == [
        ("une information du journal", "Maire", "asserts")
    ]


def test_contradicting_is_a_denial(nlp) -> None:  # type: ignore[no-untyped-def]
    claims = claims_of(
        nlp, "Le ministre a démenti la libération, contredisant l'annonce faite par la police."
    )
    assert ("l'annonce faite par la police", "Ministre", "denies") in seen(claims)


# --- a cue or a clause the tagger misreads; a person behind two titles ----------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "La police avait d'abord fait état de douze blessés.",
            ("douze blessés", "Police", "asserts"),
        ),
        (
            "Le maire a ensuite fait part de son inquiétude.",
            ("son inquiétude", "Maire", "asserts"),
        ),
        (
            "Le ministre a battu en brèche ces accusations.",
            ("ces accusations", "Ministre", "denies"),
        ),
    ],
)
def test_a_cue_after_an_adverb_or_an_idiom(nlp, text: str, expected: tuple[str, str, str]) -> None:  # type: ignore[no-untyped-def]
    assert seen(claims_of(nlp, text)) == [expected]


def test_a_clause_whose_verb_reads_as_a_participle_is_reported(nlp) -> None:  # type: ignore[no-untyped-def]
    claims = claims_of(
        nlp,
        "Le trésorier du club, Paul Girard, fait partie des personnes entendues dans le cadre de"
        " l'enquête qui porte sur des comptes truqués, a-t-on appris de sources concordantes.",
    )
    assert [(c.source.name, c.text[:30]) for c in claims] == [
        ("Sources concordantes", "Le trésorier du club, Paul Gir")
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Le ministre de la Culture et porte-parole du gouvernement, Me Louis Vidal, a rejeté ces"
            " critiques. Selon lui, « le budget est tenu ».",
            "Me Louis Vidal",
        ),
        (
            "La présidente de l'association et porte-parole du collectif, Sophie Leroy, ne décolère"
            " pas. « Nous irons en justice », prévient-elle.",
            "Sophie Leroy",
        ),
    ],
)
def test_a_pronoun_stands_for_the_name_behind_two_titles(nlp, text: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    assert claims_of(nlp, text)[-1].source.name == speaker


@pytest.mark.parametrize(
    "text",
    [
        'Le délégué Marc Petit a dénoncé le plan. "Nous ferons tout pour les salariés", ajoute t-il.',
        "Le délégué Marc Petit a dénoncé le plan. « Nous ferons tout pour les salariés », a t-il déclaré.",
    ],
)
def test_an_inversion_typed_without_its_hyphen_is_read(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    claims = claims_of(nlp, text)
    assert ("Nous ferons tout pour les salariés", "Marc Petit", "asserts") in seen(claims)
