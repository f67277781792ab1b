"""The built site in real headless Chromium."""

from __future__ import annotations

import pytest
from playwright.sync_api import Browser

pytestmark = [pytest.mark.slow, pytest.mark.browser]


def test_original_seed_briefing(browser: Browser, site_url: str) -> None:
    page = browser.new_page()
    page.goto(f"{site_url}/briefings/000-6d26b8eed05513dc/")
    marks = page.locator(".bf-body mark.bf-entity")
    assert marks.count() > 20
    poutine = page.locator(".bf-body mark[data-label='PER']", has_text="Vladimir Poutine")
    assert poutine.is_visible()
    # the label shows on hover (in the preview card, which replaces the tooltip once it opens),
    # and the highlight has a colour of its own
    poutine.locator("a").hover()
    page.locator("#bf-card").wait_for(state="visible")
    assert "Person" in page.locator("#bf-card").inner_text()
    background = poutine.evaluate("el => getComputedStyle(el).backgroundColor")
    assert background not in ("rgba(0, 0, 0, 0)", "transparent")
    body = page.locator(".bf-body").inner_text()
    assert "Nous recommandons" not in body and "VIDÉO" not in body
    assert page.locator(".bf-body h2", has_text="Soldats nord-coréens en Russie").is_visible()
    poutine.locator("a").click()
    page.wait_for_url("**/entities/vladimir-poutine/")
    assert page.locator("h1").inner_text() == "Vladimir Poutine"
    page.close()


def test_entity_page_snippet_leads_back_to_the_mention(browser: Browser, site_url: str) -> None:
    page = browser.new_page()
    page.goto(f"{site_url}/briefings/000-6d26b8eed05513dc/")
    page.locator(".bf-body mark[data-label='LOC'] a", has_text="Pyongyang").first.click()
    page.wait_for_url("**/entities/pyongyang/")
    snippet = page.locator(".bf-mentions a").filter(has_text="Traité de partenariat").first
    target = snippet.get_attribute("href")
    assert target is not None and "#m" in target
    snippet.click()
    page.wait_for_url("**/briefings/000-6d26b8eed05513dc/#m*")
    anchor = target.split("#")[1]
    mark = page.locator(f"#{anchor}")
    assert mark.inner_text() == "Pyongyang"
    assert mark.is_visible() and mark.bounding_box() is not None
    box = mark.bounding_box()
    assert box is not None and 0 <= box["y"] < page.viewport_size["height"]  # scrolled into view
    page.close()


def test_related_briefings_and_claim_tooltips(browser: Browser, site_url: str) -> None:
    page = browser.new_page()
    page.goto(f"{site_url}/briefings/wikinews-44485/")
    items = page.locator(".bf-related__list > li")
    assert items.count() >= 1
    assert items.first.locator(".bf-shared a").count() >= 1
    page.goto(f"{site_url}/briefings/000-6d26b8eed05513dc/")
    claim = page.locator(".bf-body .bf-claim").first
    claim.focus()  # keyboard users get the same details as mouse users
    tip = page.evaluate("el => getComputedStyle(el, '::after').content", claim.element_handle())
    assert "agence de renseignement" in tip.lower() and "—" in tip
    panel = page.locator(".bf-sidebar .bf-claims li").first
    assert panel.is_visible() and panel.locator(".bf-badge").inner_text()[0] in "ABCDEF"
    page.close()


def test_graph_renders_without_scripts(browser: Browser, site_url: str) -> None:
    page = browser.new_page()
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto(f"{site_url}/graph/")
    nodes = page.locator(".bf-graph svg:visible a.bf-graph__node")
    assert nodes.count() >= 20
    box = page.locator(".bf-graph svg:visible").bounding_box()
    assert box is not None and box["width"] > 300 and box["height"] > 200
    nodes.first.locator("circle").click()
    page.wait_for_url("**/entities/**")
    assert [url for url in requests if not url.startswith(site_url)] == []  # nothing from another host
    page.close()
