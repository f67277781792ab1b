"""Corroboration across briefings runs after the analyst's corrections (issue: ordering bug)."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

from briefings.corpus import corroborate_across
from briefings.knowledge import KnowledgeBase
from briefings.model import Briefing
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
