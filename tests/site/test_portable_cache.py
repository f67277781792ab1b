"""A moved or re-cloned project (or a CI cache restored elsewhere) builds warm: cache keys hold no
absolute path."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from ..helpers import make_project, mkdocs

pytestmark = pytest.mark.slow


def test_a_moved_project_reuses_its_caches(tmp_path: Path) -> None:
    seeds = {
        "a.txt": "Titre A\nVladimir Poutine est arrivé jeudi à Pyongyang, selon l'agence KCNA.\n",
        "b.md": "---\ntitle: Titre B\ndate: 2012-06-05\n---\n\nKim Jong-un a inspecté une usine.\n",
    }
    first = make_project(tmp_path / "here", seeds)
    cold = mkdocs("build", "--strict", "--verbose", cwd=first, isolated=True)
    assert cold.returncode == 0, cold.stderr
    assert "annotating 2 seed(s)" in cold.stderr
    moved = tmp_path / "elsewhere" / "clone"
    shutil.copytree(first, moved)
    shutil.rmtree(first)  # nothing may point back to the old place
    warm = mkdocs("build", "--strict", "--verbose", cwd=moved, isolated=True)
    assert warm.returncode == 0, warm.stderr
    assert "annotating" not in warm.stderr
    assert ", 0 rendered" in warm.stderr
    assert str(tmp_path / "here") not in (moved / "site" / "briefings.json").read_text("utf-8")
