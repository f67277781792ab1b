"""axe-core in headless Chromium: no serious or critical violation, light and dark scheme."""

from __future__ import annotations

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Browser

pytestmark = [pytest.mark.slow, pytest.mark.browser]

PAGES = ["briefings/000-6d26b8eed05513dc/", "entities/coree-du-nord/", "", "graph/", "sources/", "timeline/"]


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("path", PAGES)
def test_no_serious_violation(browser: Browser, site_url: str, path: str, scheme: str) -> None:
    page = browser.new_page(color_scheme=scheme)
    page.goto(f"{site_url}/{path}")
    page.wait_for_timeout(200)
    results = Axe().run(page)
    serious = [
        (violation["id"], violation["help"], [node["target"] for node in violation["nodes"]][:5])
        for violation in results.response["violations"]
        if violation["impact"] in ("serious", "critical")
    ]
    page.close()
    assert serious == [], "\n".join(map(str, serious))
