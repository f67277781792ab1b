"""Shared fixtures: paths of the project and a small site builder."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
ORIGINAL_SEED = ROOT / "seeds" / "000_6d26b8eed05513dc.txt"
MKDOCS = [sys.executable, "-m", "mkdocs"]


def make_project(folder: Path, seeds: dict[str, str], *, extra_config: str = "") -> Path:
    """A minimal Briefings project in `folder`, with the given seed files."""
    (folder / "docs").mkdir(parents=True)
    (folder / "docs" / "index.md").write_text("# Test site\n", encoding="utf-8")
    (folder / "seeds").mkdir()
    for name, text in seeds.items():
        (folder / "seeds" / name).write_text(text, encoding="utf-8")
    (folder / "mkdocs.yml").write_text(
        "site_name: Test\nsite_url: https://example.org/sub/\ntheme:\n  name: material\n"
        "plugins:\n  - search\n  - briefings" + extra_config + "\n",
        encoding="utf-8",
    )
    return folder


def build(project: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*MKDOCS, "build", "--strict", *args],
        cwd=project,
        capture_output=True,
        text=True,
        env={"NO_MKDOCS_2_WARNING": "1", "PATH": "/usr/bin:/bin", "HOME": str(project)},
    )


@pytest.fixture(scope="session")
def sample_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The project's own site, built once per test session into a temporary folder."""
    out = tmp_path_factory.mktemp("site")
    result = subprocess.run(
        [*MKDOCS, "build", "--strict", "--site-dir", str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    return out


@pytest.fixture
def original_seed_copy(tmp_path: Path) -> Path:
    target = tmp_path / ORIGINAL_SEED.name
    shutil.copy(ORIGINAL_SEED, target)
    return target
