"""Without `site_url`, a warning, and no feed: an Atom feed without absolute addresses is invalid."""

from __future__ import annotations

from pathlib import Path

import pytest

from ..helpers import build, make_project, mkdocs

pytestmark = pytest.mark.slow


def test_no_site_url_no_feed_and_a_warning(tmp_path: Path) -> None:
    project = make_project(tmp_path, {"a.txt": "Titre\nKim Jong-un a inspecté une usine jeudi.\n"})
    config = project / "mkdocs.yml"
    config.write_text(config.read_text("utf-8").replace("site_url: https://example.org/sub/\n", ""), "utf-8")
    strict = build(project)
    assert strict.returncode != 0 and "'site_url' is not set" in strict.stderr
    lenient = mkdocs("build", cwd=project, isolated=True)
    assert lenient.returncode == 0, lenient.stderr
    site = project / "site"
    assert not (site / "feed.xml").exists()
    assert "application/atom+xml" not in (site / "index.html").read_text("utf-8")
    assert (site / "briefings" / "a" / "index.html").is_file()
