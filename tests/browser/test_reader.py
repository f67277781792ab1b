"""The reader's side in Chromium: previews of entities and sources (hover, keyboard, touch,
Escape, instant navigation), the panel at a glance on a phone, and what they cost."""

from __future__ import annotations

import gzip
from importlib import resources

import pytest
from playwright.sync_api import Browser

from ..helpers import serious_findings

pytestmark = [pytest.mark.slow, pytest.mark.browser]

BRIEFING = "briefings/000-6d26b8eed05513dc/"


def test_hovering_an_entity_shows_its_card_and_escape_closes_it(browser: Browser, site_url: str) -> None:
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    page.goto(site_url + "/" + BRIEFING)
    link = page.locator(".bf-body mark[data-label='LOC'] a", has_text="Pyongyang").first
    link.hover()
    card = page.locator("#bf-card")
    card.wait_for(state="visible")
    assert card.locator(".bf-card__name").inner_text() == "Pyongyang"
    assert "Place" in card.inner_text() and "briefing" in card.inner_text()
    assert link.get_attribute("aria-describedby") == "bf-card"
    card_box, link_box = card.bounding_box(), link.bounding_box()
    assert card_box and link_box
    below = card_box["y"] >= link_box["y"] + link_box["height"] - 1
    above = card_box["y"] + card_box["height"] <= link_box["y"] + 1
    assert below or above  # never over the name it describes
    assert serious_findings(page) == []
    page.keyboard.press("Escape")
    card.wait_for(state="hidden")
    assert link.get_attribute("aria-describedby") is None
    page.close()


def test_keyboard_focus_shows_the_card_of_a_source(browser: Browser, site_url: str) -> None:
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    page.goto(site_url + "/" + BRIEFING)
    source = page.locator(".bf-sidebar a.bf-sources__name").first
    source.focus()
    card = page.locator("#bf-card")
    card.wait_for(state="visible")
    assert card.locator(".bf-card__name").inner_text() == source.inner_text()
    assert card.locator(".bf-card__claims li").count() >= 1
    page.keyboard.press("Tab")  # to another link: the card follows or closes, never stays behind
    page.keyboard.press("Escape")
    card.wait_for(state="hidden")
    page.close()


def test_a_tap_shows_the_card_and_its_link_opens_the_page(browser: Browser, site_url: str) -> None:
    context = browser.new_context(viewport={"width": 390, "height": 844}, has_touch=True, is_mobile=True)
    page = context.new_page()
    page.goto(site_url + "/" + BRIEFING)
    link = page.locator(".bf-body mark[data-label='LOC'] a", has_text="Pyongyang").first
    link.scroll_into_view_if_needed()
    link.tap()
    card = page.locator("#bf-card")
    card.wait_for(state="visible")
    assert page.url.endswith(BRIEFING)  # the tap did not leave the page
    card.locator(".bf-card__open").tap()
    page.wait_for_url("**/entities/pyongyang/")
    context.close()


def test_previews_survive_instant_navigation(browser: Browser, site_url: str) -> None:
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    page.goto(site_url + "/")
    page.locator(".md-tabs a", has_text="Briefings").first.click()
    page.wait_for_url("**/briefings/")
    page.locator(".bf-briefing-list__title").first.click()
    page.wait_for_load_state()
    page.locator(".bf-body mark.bf-entity > a").first.hover()
    page.locator("#bf-card").wait_for(state="visible")
    assert page.evaluate("typeof document$") != "undefined"  # Material's instant navigation is on
    page.close()


def test_previews_cost_at_most_10_kb_compressed() -> None:
    assets = resources.files("briefings").joinpath("assets")
    sizes = {
        name: len(gzip.compress(assets.joinpath(name).read_bytes(), 9))
        for name in ("briefings.js", "briefings.css")
    }
    assert sum(sizes.values()) <= 10 * 1024, sizes


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_on_a_phone_the_claims_and_grades_are_under_the_title(
    browser: Browser, site_url: str, scheme: str
) -> None:
    page = browser.new_page(viewport={"width": 390, "height": 844}, color_scheme=scheme)
    page.goto(site_url + "/" + BRIEFING)
    glance = page.locator(".bf-glance")
    box = glance.bounding_box()
    assert box is not None and box["y"] + box["height"] < 844  # on the first screen
    assert "attributed claims" in glance.inner_text() and glance.locator(".bf-badge").count() >= 2
    jump = page.locator(".bf-glance__jump")
    assert jump.is_visible()
    jump_box = jump.bounding_box()
    assert jump_box is not None and jump_box["height"] >= 40  # a thumb's target
    jump.click()
    page.wait_for_timeout(300)
    panel = page.locator("#sources-panel .bf-panel__title").first.bounding_box()
    assert panel is not None and 0 <= panel["y"] < 844 / 2
    # a claim of the panel still leads to its place in the text, and back
    page.locator("#sources-panel .bf-claims a").first.click()
    page.wait_for_url("**#c*")
    claim_id = page.url.split("#")[1]
    page.locator(f"#{claim_id}").click(position={"x": 2, "y": 2})
    page.wait_for_timeout(300)
    entry = page.locator(f"#{claim_id}-entry").bounding_box()
    assert entry is not None and 0 <= entry["y"] < 844
    assert serious_findings(page) == []
    page.close()


def test_on_a_desktop_the_panel_is_beside_the_text_and_no_jump_is_shown(
    browser: Browser, site_url: str
) -> None:
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    page.goto(site_url + "/" + BRIEFING)
    assert page.locator(".bf-glance__count").is_visible()
    assert not page.locator(".bf-glance__jump").is_visible()
    assert page.locator(".bf-sidebar .bf-panel").is_visible()
    page.close()
