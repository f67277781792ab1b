"""A `mkdocs serve` rebuild reads the inputs again only when a file of them changed."""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from types import SimpleNamespace

import pytest

from briefings.adapter.inputs import LastGood, inputs_signature, read_inputs
from briefings.project import Project

from ..factories import briefing


def _project(root: Path) -> tuple[Project, list[int]]:
    (root / "seeds").mkdir()
    (root / "seeds" / "a.txt").write_text("Titre\nUn texte.\n", encoding="utf-8")
    (root / "seeds" / "b.txt").write_bytes(b"\x00\x01 not a seed")  # a binary file: a warning
    (root / "briefings").mkdir()
    settings = SimpleNamespace(
        seeds_dir="seeds", editorial_dir="briefings", model="none", languages=["fr"], follow_symlinks=False,
        default_knowledge_base=False, max_seed_chars=1000, workers=1, cache=False, cache_dir=".cache",
    )  # fmt: skip
    project = Project(root, settings)
    annotated: list[int] = []

    def annotate(report, kb):  # type: ignore[no-untyped-def]  # no model here
        annotated.append(len(report.articles))
        return [briefing(a.slug, a.text) for a in report.articles]

    project.annotate = annotate  # type: ignore[method-assign]
    return project, annotated


def test_the_signature_follows_every_kind_of_change(tmp_path: Path) -> None:
    project, _ = _project(tmp_path)
    folders = [project.seeds_dir, project.editorial_dir]
    signatures = [inputs_signature(folders, "settings")]

    def changed() -> bool:
        signatures.append(inputs_signature(folders, "settings"))
        return signatures[-1] != signatures[-2]

    assert not changed()
    seed = project.seeds_dir / "a.txt"
    seed.write_text("Titre\nUn autre.\n", encoding="utf-8")  # same size, another time
    os.utime(seed, ns=(1, 1))
    assert changed()
    (project.editorial_dir / "a.yml").write_text("title: T\n", encoding="utf-8")
    assert changed()
    (project.seeds_dir / "sub").mkdir()
    (project.seeds_dir / "sub" / "c.md").write_text("# C\n", encoding="utf-8")
    assert changed()
    (project.seeds_dir / "sub" / "c.md").rename(project.seeds_dir / "sub" / "d.md")
    assert changed()
    link = project.seeds_dir / "link.txt"
    link.symlink_to(seed)
    assert changed()
    seed.write_text("Titre\nUn texte plus long.\n", encoding="utf-8")  # the link's target changed
    assert changed()
    assert inputs_signature(folders, "other settings") != signatures[-1]
    assert not changed()


def test_a_rebuild_with_no_change_reads_nothing_and_logs_the_same(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    project, annotated = _project(tmp_path)
    with caplog.at_level(logging.INFO, logger="mkdocs.plugins.briefings"):
        first = read_inputs(project, seeds_dir="seeds", settings="s")
        logged = [r.getMessage() for r in caplog.records]
        caplog.clear()
        again = read_inputs(project, seeds_dir="seeds", previous=first, settings="s")
        assert again is first and annotated == [1]
        assert [r.getMessage() for r in caplog.records] == logged
        assert any("b.txt" in message for message in logged)  # the bad seed, named each time
        (project.seeds_dir / "c.txt").write_text("Autre\nTexte.\n", encoding="utf-8")
        third = read_inputs(project, seeds_dir="seeds", previous=first, settings="s")
    assert third is not first and [b.slug for b in third.briefings] == ["a", "c"]


def test_a_rebuild_reads_and_annotates_again_only_the_seeds_that_changed(tmp_path: Path) -> None:
    # after each edit, add, delete, rename, broken seed, knowledge-base or overlay edit, what a
    # rebuild reads equals what a build that reads everything reads
    project, _ = _project(tmp_path)
    seeds = project.seeds_dir
    (seeds / "b.txt").write_text("Deuxième\nUn texte de plus.\n", encoding="utf-8")
    (seeds / "c.md").write_text("---\ntitle: Trois\ndate: 2024-01-02\n---\nTroisième texte.\n", "utf-8")
    annotated: list[str] = []
    recording = [True]

    def annotate(report, kb):  # type: ignore[no-untyped-def]  # no model here: the article kept
        if recording[0]:
            annotated.extend(a.slug for a in report.articles)
        return [replace(briefing(a.slug, a.text), article=a) for a in report.articles]

    project.annotate = annotate  # type: ignore[method-assign]
    last_good = LastGood()
    inputs = read_inputs(project, seeds_dir="seeds", last_good=last_good, previous=None, settings="s")
    assert sorted(annotated) == ["a", "b", "c"] and inputs.again is not None

    def step(change: Callable[[], object], expected: list[str] | None) -> None:
        """`change`, then a rebuild annotates `expected` (None: every seed) and reads what a
        full read does."""
        nonlocal inputs
        change()
        annotated.clear()
        inputs = read_inputs(project, seeds_dir="seeds", last_good=last_good, previous=inputs, settings="s")
        recording[0] = False
        full = read_inputs(project, seeds_dir="seeds", last_good=LastGood(), settings="s")
        recording[0] = True
        assert inputs.briefings == full.briefings
        assert inputs.report.articles == full.report.articles and inputs.report.complete
        assert [str(e) for e in inputs.report.errors] == [str(e) for e in full.report.errors]
        assert [str(e) for e in inputs.report.warnings] == [str(e) for e in full.report.warnings]
        assert [str(e) for e in inputs.errors] == [str(e) for e in full.errors]
        if expected is None:
            assert sorted(annotated) == sorted(b.slug for b in full.briefings)
        else:
            assert sorted(annotated) == expected

    step(lambda: os.utime(seeds / "b.txt", ns=(1, 1)), ["b"])  # read again (the caches know it)
    step(lambda: None, [])
    step(lambda: (seeds / "a.txt").write_text("Titre\nUn texte corrigé.\n", encoding="utf-8"), ["a"])
    step(lambda: (seeds / "d.txt").write_text("Quatre\nUn nouveau.\n", encoding="utf-8"), ["d"])
    step(lambda: (seeds / "b.txt").unlink(), [])
    step(lambda: (seeds / "c.md").rename(seeds / "e.md"), ["e"])
    date = "---\ntitle: Trois\ndate: 2023-05-06\n---\nTroisième texte.\n"
    step(lambda: (seeds / "e.md").write_text(date, encoding="utf-8"), ["e"])
    step(lambda: (project.editorial_dir / "a.yml").write_text("title: Corrigé\n", "utf-8"), [])
    assert "Corrigé" in [b.article.title for b in inputs.briefings]
    # a seed taking another's slug, a broken seed: read in full, so that the errors come in order
    step(lambda: (seeds / "f.md").write_text("---\nslug: a\n---\nMême nom.\n", "utf-8"), None)
    step(lambda: (seeds / "f.md").unlink(), None)  # the build before had an error: read in full
    step(lambda: (seeds / "g.txt").write_bytes(b"\x00\x01 not a seed"), None)
    step(lambda: (seeds / "g.txt").unlink(), None)
    step(
        lambda: (seeds / "sub").mkdir() or (seeds / "sub" / "h.txt").write_text("H\nTexte.\n", "utf-8"), ["h"]
    )
    # the knowledge base: every annotation depends on it
    step(lambda: (project.editorial_dir / "entities.yml").write_text("[]\n", "utf-8"), None)
