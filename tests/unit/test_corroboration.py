"""Corroboration across briefings runs after the analyst's corrections (issue: ordering bug)."""

from __future__ import annotations

import random
from dataclasses import replace
from pathlib import Path
from types import SimpleNamespace

import pytest

from briefings.corpus import Corroborations, corroborate_across
from briefings.knowledge import KnowledgeBase
from briefings.model import AppliedOverlay, Briefing
from briefings.project import Project
from briefings.seeds import SeedReport

from ..factories import source, troops

SEOUL = source("Séoul", entity_id="coree-du-sud")
KYIV = source("Kyiv", entity_id="ukraine")


def _project(root: Path, overlays: dict[str, str], briefings: list[Briefing]) -> Project:
    editorial = root / "briefings"
    editorial.mkdir()
    for slug, text in overlays.items():
        (editorial / f"{slug}.yml").write_text(text, encoding="utf-8")
    settings = SimpleNamespace(
        seeds_dir="seeds", editorial_dir="briefings", model="none", languages=["fr"],
        default_knowledge_base=False, max_seed_chars=1000, workers=1, cache=False, cache_dir=".cache",
    )  # fmt: skip
    project = Project(root, settings)
    project.annotate = lambda report, kb: briefings  # type: ignore[method-assign]  # no model here
    return project


def _corpus() -> list[Briefing]:
    return [
        troops("a", "la Corée du Nord a envoyé plus de 10 000 soldats", SEOUL, "plus de 10 000 soldats"),
        troops("b", "Corée du Nord : 10 000 soldats sont arrivés", KYIV, "10 000 soldats"),
    ]


def _first_claim(briefings: list[Briefing], slug: str):  # type: ignore[no-untyped-def]
    return next(b for b in briefings if b.slug == slug).annotation.claims[0]


def test_without_corrections_an_independent_source_corroborates(tmp_path: Path) -> None:
    project = _project(tmp_path, {}, _corpus())
    briefings, errors = project.briefings(SeedReport(), KnowledgeBase())
    assert errors == []
    claim = _first_claim(briefings, "a")
    assert claim.credibility == 2
    assert "corroborated in 1 other briefing by Kyiv" in claim.reasons


def test_a_claim_the_analyst_hid_corroborates_nothing(tmp_path: Path) -> None:
    overlay = "claims:\n  - match: 10 000 soldats\n    hide: true\n    reason: figure not sourced\n"
    project = _project(tmp_path, {"b": overlay}, _corpus())
    briefings, errors = project.briefings(SeedReport(), KnowledgeBase())
    assert errors == []
    claim = _first_claim(briefings, "a")
    assert claim.credibility == 3
    assert not any("corroborated" in reason for reason in claim.reasons)


def test_a_claim_re_sourced_to_the_same_source_is_not_independent(tmp_path: Path) -> None:
    overlay = (
        "claims:\n  - match: 10 000 soldats\n    source: {id: coree-du-sud, name: Séoul, kind: government}\n"
        "    reason: Kyiv quotes Seoul\n"
    )
    project = _project(tmp_path, {"b": overlay}, _corpus())
    briefings, errors = project.briefings(SeedReport(), KnowledgeBase())
    assert errors == []
    assert _first_claim(briefings, "b").source.id == "coree-du-sud"
    claim = _first_claim(briefings, "a")
    assert claim.credibility == 3
    assert not any("corroborated" in reason for reason in claim.reasons)


def test_a_grade_the_analyst_set_stays(tmp_path: Path) -> None:
    overlay = "claims:\n  - match: plus de 10 000\n    grade: {credibility: 4}\n    reason: disputed\n"
    project = _project(tmp_path, {"a": overlay}, _corpus())
    briefings, _ = project.briefings(SeedReport(), KnowledgeBase())
    claim = _first_claim(briefings, "a")
    assert (claim.reliability, claim.credibility) == ("B", 4)
    # and it still corroborates the other briefing's claim
    assert _first_claim(briefings, "b").credibility == 2


def test_the_same_source_in_two_briefings_is_not_corroboration() -> None:
    a = troops("a", "la Corée du Nord a envoyé plus de 10 000 soldats", SEOUL, "plus de 10 000 soldats")
    b = troops("b", "Corée du Nord : 10 000 soldats", SEOUL, "10 000 soldats")
    assert [c.credibility for x in corroborate_across([a, b]) for c in x.annotation.claims] == [3, 3]


FIGURES = ["10 000 soldats", "3 000 soldats", "500 soldats", "12 chars"]
WHO = [SEOUL, KYIV, source("Tokyo", entity_id="japon"), source("Reuters", "news_agency")]


def _random_briefing(rng: random.Random, slug: str) -> Briefing:
    figure = rng.choice(FIGURES)
    return troops(slug, f"Corée du Nord : {figure} sont arrivés", rng.choice(WHO), figure)


@pytest.mark.parametrize("seed", range(8))
def test_what_corroboration_keeps_across_rebuilds_gives_what_it_gives_from_scratch(seed: int) -> None:
    rng = random.Random(seed)
    briefings = [_random_briefing(rng, f"b{n}") for n in range(12)]
    kept = Corroborations()
    last = corroborate_across(briefings, kept)
    assert last == corroborate_across(briefings)
    reused = 0
    for _ in range(12):
        number = rng.randrange(len(briefings))
        edited = briefings[number].slug
        if rng.random() < 0.2:
            briefings.pop(number)
        else:
            briefings[number] = _random_briefing(rng, edited)
        again = corroborate_across(briefings, kept)
        assert again == corroborate_across(briefings)
        # a corroborated briefing whose claims and support are as they were: the same object
        before = {b.slug: b for b in last}
        inputs = {b.slug: b for b in briefings}
        reused += sum(1 for b in again if b is not inputs[b.slug] and b is before.get(b.slug))
        last = again
    assert reused > 0


def test_a_claim_hidden_since_the_last_rebuild_no_longer_corroborates() -> None:
    kept = Corroborations()
    briefings = _corpus()
    assert _first_claim(corroborate_across(briefings, kept), "a").credibility == 2
    # the same annotation of "b", its claim now hidden by the analyst
    b = briefings[1]
    briefings[1] = replace(
        b,
        overlay=AppliedOverlay(
            mentions=b.annotation.mentions, claims=b.annotation.claims, hidden=frozenset({0})
        ),
    )
    again = corroborate_across(briefings, kept)
    assert again == corroborate_across(briefings)
    assert _first_claim(again, "a").credibility == 3
