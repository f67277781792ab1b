"""What a build holds at once: a generated page's HTML lives while that page is built, not for
the whole build (MkDocs reads every page before it builds the first)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from ..helpers import make_project

# Builds in-process; at each page MkDocs builds, counts the other generated pages that hold HTML.
BUILD_AND_COUNT = """
import json
from mkdocs.commands import build as mkdocs_build
from mkdocs.config import load_config

held, built = [], []
build_page = mkdocs_build._build_page

def counting(page, config, doc_files, *args, **kwargs):
    others = [f for f in doc_files if f.generated_by and f.page is not None and f.page is not page]
    held.append(sum(1 for f in others if f.page.content))
    build_page(page, config, doc_files, *args, **kwargs)
    if page.file.generated_by:
        built.append(page.file.src_uri)

mkdocs_build._build_page = counting
config = load_config("mkdocs.yml")
config.plugins.on_startup(command="build", dirty=False)
mkdocs_build.build(config)
print(json.dumps({"held": max(held), "built": len(built)}))
"""


@pytest.mark.slow
@pytest.mark.parametrize("cache", ["cold", "warm"])
def test_a_build_holds_one_generated_page_at_a_time(tmp_path: Path, cache: str) -> None:
    seeds = {
        "a.txt": "Titre A\nVladimir Poutine est arrivé jeudi à Pyongyang, selon l'agence KCNA.\n",
        "b.txt": "Titre B\nKim Jong-un a reçu Vladimir Poutine à Pyongyang, a annoncé Séoul.\n",
    }
    project = make_project(tmp_path, seeds)
    runs = 2 if cache == "warm" else 1  # the second build takes every page from the page cache
    for _ in range(runs):
        result = subprocess.run(
            [sys.executable, "-c", BUILD_AND_COUNT], cwd=project, capture_output=True, text=True, timeout=300
        )
        assert result.returncode == 0, result.stderr
    counts = json.loads(result.stdout.strip().splitlines()[-1])
    assert counts["built"] >= 8  # two briefings, their entities and sources: pages to hold
    assert counts["held"] == 0
    page = (project / "site" / "entities" / "vladimir-poutine" / "index.html").read_text("utf-8")
    assert "Titre A" in page and "Titre B" in page  # the pages still got their HTML
