"""The built site in real headless Chromium."""

from __future__ import annotations

import functools
import http.server
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, sync_playwright

pytestmark = [pytest.mark.slow, pytest.mark.browser]

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@pytest.fixture(scope="module")
def site_url(sample_site: Path) -> Iterator[str]:
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(sample_site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


def test_original_seed_briefing(browser: Browser, site_url: str) -> None:
    page = browser.new_page()
    page.goto(f"{site_url}/briefings/000-6d26b8eed05513dc/")
    marks = page.locator(".bf-body mark.bf-entity")
    assert marks.count() > 20
    poutine = page.locator(".bf-body mark[data-label='PER']", has_text="Vladimir Poutine")
    assert poutine.is_visible()
    # the label shows in the tooltip on hover, and the highlight has a colour of its own
    poutine.locator("a").hover()
    tip = page.evaluate(
        "el => getComputedStyle(el, '::after').content", poutine.locator("a").element_handle()
    )
    assert "Person" in tip
    background = poutine.evaluate("el => getComputedStyle(el).backgroundColor")
    assert background not in ("rgba(0, 0, 0, 0)", "transparent")
    body = page.locator(".bf-body").inner_text()
    assert "Nous recommandons" not in body and "VIDÉO" not in body
    assert page.locator(".bf-body h2", has_text="Soldats nord-coréens en Russie").is_visible()
    poutine.locator("a").click()
    page.wait_for_url("**/entities/vladimir-poutine/")
    assert page.locator("h1").inner_text() == "Vladimir Poutine"
    page.close()
