"""ProperDocs, the maintained fork of MkDocs 1.x, builds the sample site with the plugin unchanged."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from ..helpers import EPOCH, ROOT

pytestmark = pytest.mark.slow


def test_properdocs_builds_the_same_site(tmp_path: Path, sample_site: Path) -> None:
    out = tmp_path / "site"
    # ProperDocs' own command, the same arguments as `mkdocs`
    result = subprocess.run(
        [sys.executable, "-m", "properdocs", "build", "--strict", "-f", "mkdocs.yml", "-d", str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**os.environ, "BRIEFINGS_CACHE_DIR": str(tmp_path / "cache"), "SOURCE_DATE_EPOCH": EPOCH},
    )
    assert result.returncode == 0, result.stderr[-3000:]
    ours = sorted(p.relative_to(sample_site) for p in sample_site.rglob("*") if p.is_file())
    theirs = sorted(p.relative_to(out) for p in out.rglob("*") if p.is_file())
    assert ours == theirs
    page = "briefings/000-6d26b8eed05513dc/index.html"
    # the same page but for the generator's name
    generator = 'content="mkdocs-ProperDocs 1.6.7,'
    assert generator in (out / page).read_text("utf-8")
    assert (out / page).read_text("utf-8").replace(generator, 'content="mkdocs-1.6.1,') == (
        sample_site / page
    ).read_text("utf-8")
    assert (out / "briefings.json").read_bytes() == (sample_site / "briefings.json").read_bytes()
