"""Fixtures every test folder shares: the sample site, a browser, a static server."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from .helpers import CHROMIUM_ARGS, ORIGINAL_SEED, ROOT, mkdocs, serve_folder


@pytest.fixture(scope="session")
def sample_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The project's own site, built once per test session into a temporary folder, with caches
    of its own (never the developer's)."""
    out = tmp_path_factory.mktemp("site")
    cache = tmp_path_factory.mktemp("cache")
    result = mkdocs(
        "build", "--strict", "--site-dir", str(out), cwd=ROOT, env={"BRIEFINGS_CACHE_DIR": str(cache)}
    )
    assert result.returncode == 0, result.stderr
    return out


@pytest.fixture
def original_seed_copy(tmp_path: Path) -> Path:
    target = tmp_path / ORIGINAL_SEED.name
    shutil.copy(ORIGINAL_SEED, target)
    return target


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
