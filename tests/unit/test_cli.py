"""`briefings annotate`: input errors are named and nothing is printed on stdout (no model needed)."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefings.cli import main


def test_a_seed_that_cannot_be_read_is_named_and_the_exit_status_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)  # outside a project: the default settings
    seed = tmp_path / "broken.txt"
    seed.write_bytes(b"\x00\x01binary")
    assert main(["annotate", str(seed)]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert "broken.txt" in err and "binary" in err


def test_a_projects_settings_are_used(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "docs").mkdir()
    (tmp_path / "mkdocs.yml").write_text(
        "site_name: T\ntheme: {name: material}\nplugins:\n  - briefings:\n      max_seed_chars: 10\n",
        encoding="utf-8",
    )
    monkeypatch.chdir(tmp_path)
    seed = tmp_path / "long.txt"
    seed.write_text("Titre\n\nUn texte bien plus long que dix caractères.\n", encoding="utf-8")
    assert main(["annotate", str(seed)]) == 2
    assert "max_seed_chars" in capsys.readouterr().err
