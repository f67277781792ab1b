"""A `mkdocs serve` rebuild reads the inputs again only when a file of them changed."""

from __future__ import annotations

import logging
import os
from pathlib import Path
from types import SimpleNamespace

import pytest

from briefings.adapter.inputs import inputs_signature, read_inputs
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
