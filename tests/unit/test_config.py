"""The plugin's settings are checked when MkDocs loads the configuration, with MkDocs' messages."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from mkdocs.config import load_config
from mkdocs.exceptions import Abort, PluginError

BASE = "site_name: Test\ntheme:\n  name: {theme}\nplugins:\n  - briefings:\n{options}"


def _load(tmp_path: Path, options: str = "", theme: str = "material"):  # type: ignore[no-untyped-def]
    (tmp_path / "docs").mkdir(exist_ok=True)
    path = tmp_path / "mkdocs.yml"
    indented = "".join(f"      {line}\n" for line in options.splitlines()) or "      enabled: true\n"
    path.write_text(BASE.format(theme=theme, options=indented), encoding="utf-8")
    return load_config(str(path))


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ("page_size: 0", "page_size.*at least 1"),
        ("feed_size: -1", "feed_size.*at least 0"),
        ("related_size: true", "related_size.*whole number"),
        ("max_seed_chars: lots", "max_seed_chars.*int"),
        ("entities_path: ../outside", "entities_path.*stays inside"),
        ("export_file: /etc/passwd", "export_file.*stays inside"),
        ("cache_dir: ''", "cache_dir.*empty"),
    ],
)
def test_a_bad_setting_is_named_with_what_is_expected(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, options: str, message: str
) -> None:
    with pytest.raises(Abort):
        _load(tmp_path, options)
    assert any(re.search(message, r.getMessage()) for r in caplog.records), [
        r.getMessage() for r in caplog.records
    ]


def test_good_settings_load(tmp_path: Path) -> None:
    config = _load(tmp_path, "page_size: 10\nworkers: 2\nseeds_dir: ../archive")
    plugin = config.plugins["briefings"]
    assert plugin.config.page_size == 10 and plugin.config.seeds_dir == "../archive"


def test_another_theme_is_refused_with_what_to_do(tmp_path: Path) -> None:
    config = _load(tmp_path, theme="mkdocs")
    with pytest.raises(PluginError, match="needs the Material theme.*theme: {name: material}"):
        config.plugins.on_config(config)


def test_a_language_without_a_bundle_is_refused(tmp_path: Path) -> None:
    config = _load(tmp_path, "languages: [fr, xx]")
    with pytest.raises(PluginError, match="no language bundle for xx; available: fr"):
        config.plugins.on_config(config)


def test_without_site_url_a_warning_says_the_feed_is_left_out(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    config = _load(tmp_path)
    assert not config.site_url
    config.plugins.on_config(config)
    assert any("'site_url' is not set" in r.getMessage() and r.levelname == "WARNING" for r in caplog.records)
