"""Whole builds through `mkdocs build --strict`, and the `briefings annotate` command."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from ..helpers import ORIGINAL_SEED, ROOT, build, make_project, mkdocs

pytestmark = pytest.mark.slow

SMALL_MD = """---
title: "Grèce : le nouveau gouvernement"
date: 2012-06-21
publisher: Wikinews
license: CC BY 2.5
---

Le Premier ministre Antonis Samaras a présenté jeudi son gouvernement à Athènes.
"""


@pytest.fixture(scope="module")
def small_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    project = make_project(
        tmp_path_factory.mktemp("project"),
        {ORIGINAL_SEED.name: ORIGINAL_SEED.read_text(encoding="utf-8"), "grece.md": SMALL_MD},
    )
    result = build(project)
    assert result.returncode == 0, result.stderr
    return project / "site"


def test_briefing_pages_have_highlighted_entities(small_site: Path) -> None:
    page = (small_site / "briefings" / "000-6d26b8eed05513dc" / "index.html").read_text("utf-8")
    assert page.count('class="bf-entity bf-entity--') > 20
    assert 'data-label="PER" id="m' in page and ">Vladimir Poutine</a>" in page
    assert 'href="../../entities/vladimir-poutine/"' in page
    assert "Nous recommandons" not in page.split('class="bf-body"')[1].split("</div>")[0]
    assert "Avec des informations de l&#39;AFP" in page  # shown as a credit
    assert "bf-sidebar" in page


def test_entity_pages_list_the_briefings(small_site: Path) -> None:
    page = (small_site / "entities" / "vladimir-poutine" / "index.html").read_text("utf-8")
    assert "Vladimir Poutine" in page
    assert 'href="../../briefings/000-6d26b8eed05513dc/#m' in page
    index = (small_site / "entities" / "index.html").read_text("utf-8")
    assert 'href="../entities/vladimir-poutine/"' in index or 'href="vladimir-poutine/"' in index


def test_home_lists_briefings_newest_first(small_site: Path) -> None:
    home = (small_site / "index.html").read_text("utf-8")
    greece = home.index("Grèce : le nouveau gouvernement")
    korea = home.index("La Corée du Nord déploie des troupes")
    assert greece < korea  # dated 2012-06-21; the undated seed comes last
    assert "Le Premier ministre Antonis Samaras a présenté jeudi son gouvernement" in home


def test_export_offsets_point_into_the_text(small_site: Path) -> None:
    export = json.loads((small_site / "briefings.json").read_text("utf-8"))
    assert [b["slug"] for b in export] == ["grece", "000-6d26b8eed05513dc"]
    for briefing in export:
        assert briefing["entities"]
        for entity in briefing["entities"]:
            assert briefing["text"][entity["start"] : entity["end"]] == entity["text"]
    greece = export[0]
    assert {"slug", "title", "language", "date", "publisher", "credits", "removed", "text"} <= set(greece)
    assert greece["date"] == "2012-06-21"
    thursday = next(e for e in greece["entities"] if e["text"] == "jeudi")
    assert thursday["label"] == "DATE" and thursday["value"] == "2012-06-21"


def test_a_bad_seed_fails_strict_builds_and_spares_the_others(tmp_path: Path) -> None:
    project = make_project(tmp_path, {"good.md": SMALL_MD, "bad.md": "---\ntitle: [oops\n---\nTexte.\n"})
    strict = build(project)
    assert strict.returncode != 0
    assert "bad.md:2" in strict.stderr and "not valid YAML" in strict.stderr
    lenient = mkdocs("build", cwd=project, isolated=True)
    assert lenient.returncode == 0
    assert (project / "site" / "briefings" / "good" / "index.html").is_file()


def test_missing_model_names_the_package(tmp_path: Path) -> None:
    project = make_project(
        tmp_path, {"good.md": SMALL_MD}, extra_config=":\n      model: xx_missing_model_sm"
    )
    result = build(project)
    assert result.returncode != 0
    assert "pip install xx-missing-model-sm" in result.stderr


def test_annotate_command_prints_the_export(tmp_path: Path) -> None:
    seed = tmp_path / "outside.txt"
    seed.write_text("Titre\nSelon Séoul, Vladimir Poutine est arrivé à Pyongyang jeudi.\n", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "briefings.cli", "annotate", str(seed), str(ORIGINAL_SEED)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**os.environ, "BRIEFINGS_CACHE_DIR": str(tmp_path / "cache")},  # not the developer's
    )
    assert result.returncode == 0, result.stderr
    export = json.loads(result.stdout)
    assert [b["slug"] for b in export] == ["outside", "000-6d26b8eed05513dc"]
    labels = {(e["text"], e["label"]) for e in export[0]["entities"]}
    assert ("Vladimir Poutine", "PER") in labels and ("jeudi", "DATE") in labels


def test_long_lists_are_paginated(tmp_path: Path) -> None:
    capitals = ["Paris", "Berlin", "Madrid", "Rome", "Lisbonne", "Vienne", "Athènes"]
    seeds = {
        f"s{n:02d}.md": f"---\ntitle: Article {n:02d}\ndate: 2012-06-{n + 1:02d}\n---\n\n"
        f"Le ministre est arrivé mardi à {city}.\n"
        for n, city in enumerate(capitals)
    }
    project = make_project(tmp_path, seeds, extra_config=":\n      page_size: 3")
    result = build(project)
    assert result.returncode == 0, result.stderr
    site = project / "site"
    first = (site / "briefings" / "index.html").read_text("utf-8")
    assert first.count('class="bf-briefing-list__title"') == 3 and 'href="page-2/"' in first
    last = (site / "briefings" / "page-3" / "index.html").read_text("utf-8")
    assert last.count('class="bf-briefing-list__title"') == 1 and "Article 00" in last  # oldest last
    places = (site / "entities" / "labels" / "loc" / "index.html").read_text("utf-8")
    assert "7 entities" in places and all(f">{city}</a>" in places for city in capitals)
