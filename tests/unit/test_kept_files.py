"""`make serve` keeps the files (and pages) of generated pages across rebuilds, while what a page
takes from the config stays the same."""

from __future__ import annotations

from pathlib import Path

from mkdocs.config import load_config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import InclusionLevel
from mkdocs.structure.pages import Page

from briefings.adapter.pages import KeptFiles


def _config(tmp_path: Path, site_url: str) -> MkDocsConfig:
    (tmp_path / "docs").mkdir(exist_ok=True)
    path = tmp_path / "mkdocs.yml"
    path.write_text(f"site_name: Test\nsite_url: {site_url}\n", encoding="utf-8")
    config = load_config(str(path))
    config.plugins._current_plugin = "briefings"  # as during the `files` event that makes them
    return config


def test_a_kept_page_is_the_same_until_the_config_it_reads_changes(tmp_path: Path) -> None:
    kept = KeptFiles()
    config = _config(tmp_path, "https://example.org/a/")
    kept.start(config)
    file = kept.file(config, "entities/alice.md")
    assert file.inclusion is InclusionLevel.NOT_IN_NAV and file.url == "entities/alice/"
    page = Page(None, file, config)  # what MkDocs makes for it during the build
    page.content = "<p>rendered</p>"
    assert page.canonical_url == "https://example.org/a/entities/alice/"

    again = _config(tmp_path, "https://example.org/a/")  # the next rebuild loads the config again
    kept.start(again)
    assert kept.file(again, "entities/alice.md") is file and file.page is page
    assert page.content is None  # the last build's HTML is not kept in memory

    moved = _config(tmp_path, "https://example.org/b/")
    kept.start(moved)
    fresh = kept.file(moved, "entities/alice.md")
    assert fresh is not file and fresh.page is None  # MkDocs makes its page, with the new address


def test_pages_that_are_gone_are_forgotten(tmp_path: Path) -> None:
    kept = KeptFiles()
    config = _config(tmp_path, "https://example.org/")
    kept.start(config)
    alice, bob = kept.file(config, "entities/alice.md"), kept.file(config, "entities/bob.md")
    kept.keep_only({"entities/bob.md"})
    kept.start(config)
    assert kept.file(config, "entities/bob.md") is bob
    assert kept.file(config, "entities/alice.md") is not alice


def test_a_preview_keeps_its_file_while_its_content_is_the_same_object(tmp_path: Path) -> None:
    kept = KeptFiles()
    config = _config(tmp_path, "https://example.org/")
    kept.start(config)
    content = b'{"name": "Alice"}'
    file = kept.generated(config, "entities/alice/preview.json", content)
    assert file.content_bytes == content
    kept.keep_only(set(), {"entities/alice/preview.json"})
    kept.start(_config(tmp_path, "https://example.org/"))
    assert kept.generated(config, "entities/alice/preview.json", content) is file
    changed = kept.generated(config, "entities/alice/preview.json", b'{"name": "Alicia"}')
    assert changed is not file and changed.content_bytes == b'{"name": "Alicia"}'
    kept.keep_only(set(), set())  # no longer a file of the site: forgotten
    assert kept.generated(config, "entities/alice/preview.json", content) is not file
