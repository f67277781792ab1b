"""Shared fixtures: paths of the project and a small site builder."""

from __future__ import annotations

import functools
import http.server
import os
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
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
    """The project's own site, built once per test session into a temporary folder, with caches
    of its own (never the developer's)."""
    out = tmp_path_factory.mktemp("site")
    cache = tmp_path_factory.mktemp("cache")
    result = subprocess.run(
        [*MKDOCS, "build", "--strict", "--site-dir", str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**os.environ, "BRIEFINGS_CACHE_DIR": str(cache)},
    )
    assert result.returncode == 0, result.stderr
    return out


@pytest.fixture
def original_seed_copy(tmp_path: Path) -> Path:
    target = tmp_path / ORIGINAL_SEED.name
    shutil.copy(ORIGINAL_SEED, target)
    return target


#: Debian's Chromium, headless, with nothing that calls out to the network.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def serve_folder(folder: Path) -> tuple[http.server.ThreadingHTTPServer, str]:
    """A static server for `folder` on a free loopback port, and its URL."""

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(Quiet, directory=str(folder))
    )
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}"


@pytest.fixture(scope="module")
def browser():  # type: ignore[no-untyped-def]
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture(scope="module")
def site_url(sample_site: Path) -> Iterator[str]:
    server, url = serve_folder(sample_site)
    yield url
    server.shutdown()
