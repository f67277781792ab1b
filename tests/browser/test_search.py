"""Material's search finds the page of an entity first, by its name or by another of its names."""

from __future__ import annotations

import pytest

pytestmark = [pytest.mark.slow, pytest.mark.browser]


@pytest.mark.parametrize(
    ("query", "entity"),
    [
        ("Poutine", "entities/vladimir-poutine/"),
        ("AFP", "entities/agence-france-presse/"),  # another name, from the knowledge base
        ("Barack Obama", "entities/barack-obama/"),
        ("Agence France-Presse", "entities/agence-france-presse/"),
    ],
)
def test_a_name_or_an_alias_ranks_the_entity_page_first(
    browser, site_url: str, query: str, entity: str
) -> None:  # type: ignore[no-untyped-def]
    page = browser.new_page()
    page.goto(site_url + "/")
    page.wait_for_load_state("networkidle")
    page.locator("input.md-search__input").click()
    # key by key: Material searches on key events
    page.locator("input.md-search__input").press_sequentially(query)
    page.wait_for_selector(".md-search-result__item", timeout=15000)
    # results of a prefix ("Ag") can show before those of the whole query: read once they settle
    first, previous = "", None
    for _ in range(40):
        if first == previous:
            break
        previous = first
        page.wait_for_timeout(250)
        first = page.locator(".md-search-result__item a").first.get_attribute("href") or ""
    page.close()
    assert first.endswith(entity), first
