"""The graphs in Chromium: no two written names overlap (their boxes as the browser draws them),
every node inside the picture, names legible on a phone as on a desktop, and each entity page has
a graph of its own neighbourhood."""

from __future__ import annotations

import pytest
from playwright.sync_api import Browser

pytestmark = [pytest.mark.slow, pytest.mark.browser]

BOXES = """svg => {
  const view = svg.viewBox.baseVal;
  const written = [...svg.querySelectorAll('.bf-graph__node text')]
    .filter(t => getComputedStyle(t).visibility !== 'hidden');
  const texts = written
    .map(t => { const b = t.getBBox(); return [b.x, b.y, b.x + b.width, b.y + b.height, t.textContent]; });
  const circles = [...svg.querySelectorAll('.bf-graph__node circle')]
    .map(c => [c.cx.baseVal.value, c.cy.baseVal.value, c.r.baseVal.value]);
  // the size of the names on the screen, in CSS pixels: their font size times the picture's scale
  const scale = svg.getScreenCTM().a;
  const sizes = written.map(t => parseFloat(getComputedStyle(t).fontSize) * scale);
  return {texts, circles, sizes, width: view.width, height: view.height};
}"""


def overlapping(boxes: list[list[float]]) -> list[tuple[str, str]]:
    pairs = []
    for i, a in enumerate(boxes):
        for b in boxes[i + 1 :]:
            if a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]:
                pairs.append((str(a[4]), str(b[4])))
    return pairs


@pytest.mark.parametrize("width", [1400, 390])
@pytest.mark.parametrize("path", ["graph/", "entities/russie/", "entities/coree-du-nord/"])
def test_no_two_names_overlap_and_all_are_legible(
    browser: Browser, site_url: str, path: str, width: int
) -> None:
    page = browser.new_page(viewport={"width": width, "height": 900})
    page.goto(f"{site_url}/{path}")
    graph = page.locator(".bf-graph svg:visible")
    assert graph.count() == 1  # a phone sees the graph drawn for its width, a desktop the wide one
    drawn = graph.evaluate(BOXES)
    assert len(drawn["texts"]) >= 5
    assert min(drawn["sizes"]) >= 11  # CSS pixels on the screen
    assert overlapping(drawn["texts"]) == []
    for x, y, r in drawn["circles"]:
        assert r <= x <= drawn["width"] - r and r <= y <= drawn["height"] - r
    for left, top, right, bottom, _ in drawn["texts"]:
        assert left >= -1 and right <= drawn["width"] + 1 and top >= -1 and bottom <= drawn["height"] + 1
    page.close()


def test_an_entity_graph_shows_at_most_15_entities_with_their_links(browser: Browser, site_url: str) -> None:
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    page.goto(f"{site_url}/entities/russie/")
    nodes = page.locator("#neighbourhood + .bf-graph .bf-graph__node")
    assert 2 <= nodes.count() <= 15
    assert page.locator(".bf-graph:visible .bf-graph__node", has_text="Russie").count() == 1
    nodes.filter(has_text="Moscou").first.click()
    page.wait_for_url("**/entities/moscou/")
    page.close()
