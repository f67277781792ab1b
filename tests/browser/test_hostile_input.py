"""Hostile input in Chromium (issue 14): markup in what lands in JSON-LD never blanks a page, and
the graph page raises no error under Material's instant navigation."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser

from ..helpers import build, make_project, serve_folder

pytestmark = [pytest.mark.slow, pytest.mark.browser]

BODY = "Emmanuel Macron est arrivé à Paris avec Olaf Scholz, a annoncé l'Élysée.\n"
TITLES = [
    "<!--<script> Titre",
    "</script><script>window.__pwned=1</script>",
    "<!-- <svg onload=window.__pwned=2>",
    "]]> & <![CDATA[ <!--",
]


def _seed(number: int, title: str) -> str:
    quoted = title.replace("\\", "\\\\").replace('"', '\\"')
    return (
        f'---\ntitle: "{quoted}"\npublisher: "{quoted}"\nbyline: "{quoted}"\nlicense: "{quoted}"\n'
        f"date: 2024-01-0{number + 1}\n---\n\n{title} {BODY}"
    )


@pytest.fixture(scope="module")
def instant_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    seeds = {f"s{number}.md": _seed(number, title) for number, title in enumerate(TITLES)}
    seeds["plain.txt"] = "Berlin\nOlaf Scholz a rencontré Emmanuel Macron à Berlin.\n"
    project = make_project(tmp_path_factory.mktemp("instant"), seeds)
    config = (project / "mkdocs.yml").read_text("utf-8")
    config = config.replace("  name: material\n", "  name: material\n  features:\n    - navigation.instant\n")
    (project / "mkdocs.yml").write_text(config, encoding="utf-8")
    result = build(project)
    assert result.returncode == 0, result.stderr
    server, url = serve_folder(project / "site")
    yield url
    server.shutdown()


@pytest.mark.parametrize("number", range(len(TITLES)))
def test_markup_in_jsonld_fields_never_blanks_the_page(
    browser: Browser, instant_site: str, number: int
) -> None:
    page = browser.new_page()
    errors: list[str] = []
    dialogs: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.goto(f"{instant_site}/briefings/s{number}/")
    assert page.locator("header.md-header").is_visible()
    assert page.locator("h1").first.inner_text().startswith(TITLES[number].split("<svg")[0][:8])
    assert "Emmanuel Macron" in page.locator(".bf-body").inner_text()
    assert page.evaluate("window.__pwned") is None
    assert not dialogs and not errors
    page.close()


def test_the_graph_page_under_instant_navigation(browser: Browser, instant_site: str) -> None:
    page = browser.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(f"{instant_site}/")
    page.locator("a[href$='graph/']").first.click()
    page.wait_for_url("**/graph/")
    page.wait_for_timeout(500)
    node = page.locator("a.bf-graph__node").first
    node.click()
    page.wait_for_url("**/entities/**")
    page.go_back()
    page.wait_for_url("**/graph/")
    page.wait_for_timeout(500)
    assert not errors
    page.close()
