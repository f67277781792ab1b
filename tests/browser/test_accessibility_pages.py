"""axe-core on every kind of page the plugin writes, light and dark, desktop and phone widths:
no serious or critical finding (contrast of badges and counts included), and with a preview open."""

from __future__ import annotations

import pytest
from playwright.sync_api import Browser

from ..helpers import serious_findings

pytestmark = [pytest.mark.slow, pytest.mark.browser]

PAGES = {
    "home": "",
    "listing": "briefings/",
    "briefing": "briefings/000-6d26b8eed05513dc/",
    "entities": "entities/",
    "label": "entities/labels/loc/",
    "entity": "entities/coree-du-nord/",
    "sources": "sources/",
    "source": "sources/agence-de-renseignement-sud-coreenne/",
    "timeline": "timeline/",
    "graph": "graph/",
    "report": "briefings/report/",
}
WIDTHS = {"phone": 390, "desktop": 1400}


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("kind", PAGES)
def test_no_serious_finding(browser: Browser, site_url: str, kind: str, width: str, scheme: str) -> None:
    page = browser.new_page(viewport={"width": WIDTHS[width], "height": 900}, color_scheme=scheme)
    page.goto(f"{site_url}/{PAGES[kind]}")
    page.wait_for_timeout(150)
    if kind == "briefing":
        page.locator("details.bf-scale summary:visible").first.click()  # the scale, open
    serious = serious_findings(page)
    page.close()
    assert serious == [], "\n".join(map(str, serious))
