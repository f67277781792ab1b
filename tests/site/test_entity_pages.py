"""Entity and source pages are ordinary pages of the site: in the sitemap and the search index,
and a target for links from hand-written pages."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ..helpers import build, make_project

pytestmark = pytest.mark.slow

SEED = "Titre\nVladimir Poutine est arrivé jeudi à Pyongyang, selon l'agence KCNA.\n"


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    project = make_project(tmp_path_factory.mktemp("project"), {"a.txt": SEED})
    (project / "docs" / "about.md").write_text(
        "# About\n\nSee [the president](entities/vladimir-poutine.md) and [KCNA](sources/index.md).\n",
        encoding="utf-8",
    )
    result = build(project)
    assert result.returncode == 0, result.stderr  # --strict: the link from docs/ resolves
    return project / "site"


def test_a_hand_written_link_reaches_the_entity_page(site: Path) -> None:
    about = (site / "about" / "index.html").read_text("utf-8")
    assert 'href="../entities/vladimir-poutine/"' in about
    assert (site / "entities" / "vladimir-poutine" / "index.html").is_file()


def test_entity_pages_are_in_the_sitemap(site: Path) -> None:
    sitemap = (site / "sitemap.xml").read_text("utf-8")
    assert "<loc>https://example.org/sub/entities/vladimir-poutine/</loc>" in sitemap
    assert sitemap.count("<loc>") == sum(1 for _ in site.rglob("index.html"))  # every page


def test_search_indexes_entity_pages_by_name_and_other_names(site: Path) -> None:
    docs = json.loads((site / "search" / "search_index.json").read_text("utf-8"))["docs"]
    entries = [d for d in docs if d["location"].startswith("entities/vladimir-poutine/")]
    assert entries and entries[0]["title"] == "Vladimir Poutine"
    text = " ".join(d["text"] for d in entries)
    assert "Poutine" in text  # an alias from the knowledge base


def test_pages_that_gather_others_are_found_by_their_title_only(site: Path) -> None:
    """A search for a name finds its briefing and its entity, not every list that names it."""
    docs = json.loads((site / "search" / "search_index.json").read_text("utf-8"))["docs"]
    gathering = ("briefings/", "entities/", "entities/labels/loc/", "sources/", "timeline/", "graph/")
    for location in gathering:
        entries = [d for d in docs if d["location"].split("#")[0] == location]
        assert len(entries) == 1, (location, entries)  # no sections of its own
        assert entries[0]["title"] and entries[0]["text"] in ("", entries[0]["title"]), entries
    found = {d["location"].split("#")[0] for d in docs if "Poutine" in d["title"] + d["text"]}
    assert "entities/vladimir-poutine/" in found and "briefings/a/" in found
    assert found.isdisjoint(gathering)
