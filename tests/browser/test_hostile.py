"""Hostile seeds and overlays: nothing injected runs or exists, the text shows literally."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser

from ..helpers import build, make_project, serve_folder

pytestmark = [pytest.mark.slow, pytest.mark.browser]

PAYLOADS = [
    "<script>window.__pwned = 1</script>",
    '<img src=x onerror="window.__pwned = 2">',
    '<svg onload="window.__pwned = 3"></svg>',
    "<!-- a comment --> </div></article><b>bold?</b>",
    "{{ config.site_name }} {% raw %} {# jinja #}",
    '[click](javascript:window.__pwned=4) <a href="javascript:window.__pwned=5">x</a>',
]
TEXT_SEED = "Titre <script>window.__pwned = 6</script>\n" + "\n".join(
    f"Vladimir Poutine a déclaré jeudi à Moscou : {payload}" for payload in PAYLOADS
)
MARKDOWN_SEED = (
    '---\ntitle: "<img src=x onerror=window.__pwned=7> Titre"\n'
    'publisher: "<script>window.__pwned=8</script>"\n'
    'url: "javascript:window.__pwned=9"\n---\n\n'
    + "\n\n".join(f"Selon l'AFP, Emmanuel Macron est à Paris. {payload}" for payload in PAYLOADS)
    + '\n\n<script>window.__pwned = 10</script>\n\n<div onclick="window.__pwned=11">html block</div>\n'
)
OVERLAY = (
    "summary: |\n  <script>window.__pwned = 12</script> **bold** [x](javascript:window.__pwned=13)\n"
    'notes: "<img src=x onerror=window.__pwned=14>"\n'
)


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    project = make_project(
        tmp_path_factory.mktemp("hostile"), {"evil.txt": TEXT_SEED, "evil-md.md": MARKDOWN_SEED}
    )
    (project / "briefings").mkdir()
    (project / "briefings" / "evil.yml").write_text(OVERLAY, encoding="utf-8")
    result = build(project)
    assert result.returncode == 0, result.stderr
    server, url = serve_folder(project / "site")
    yield url
    server.shutdown()


@pytest.mark.parametrize(
    "path",
    [
        "briefings/evil/",
        "briefings/evil-md/",
        "",
        "briefings/",
        "entities/",
        "sources/",
        "timeline/",
        "briefings/report/",
    ],
)
def test_nothing_injected_runs_or_exists(browser: Browser, hostile_site: str, path: str) -> None:
    page = browser.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.goto(f"{hostile_site}/{path}")
    page.wait_for_timeout(200)
    for link in page.locator("a[href^='javascript:']").all():
        link.click(no_wait_after=True)  # would run the payload if one existed
    assert page.evaluate("window.__pwned") is None
    assert not dialogs
    content = page.locator(".md-content")
    assert content.locator("[onerror], [onload], [onclick], img[src='x']").count() == 0
    assert content.locator("script:not([type='application/ld+json'])").count() == 0
    page.close()


def test_seed_text_is_shown_literally(browser: Browser, hostile_site: str) -> None:
    page = browser.new_page()
    page.goto(f"{hostile_site}/briefings/evil/")
    body = page.locator(".bf-body").inner_text()
    for payload in (
        "<script>window.__pwned = 1</script>",
        '<img src=x onerror="window.__pwned = 2">',
        "{{ config.site_name }} {% raw %} {# jinja #}",
        "<!-- a comment -->",
    ):
        assert payload in body
    assert "<script>window.__pwned = 6</script>" in page.locator("h1").first.inner_text()
    assert "Vladimir Poutine" in page.locator(".bf-body mark[data-label='PER']").first.inner_text()
    summary = page.locator(".bf-analyst").inner_text()
    assert "<script>window.__pwned = 12</script>" in summary  # the analyst's Markdown, HTML off
    page.goto(f"{hostile_site}/briefings/evil-md/")
    assert page.locator("h1").first.inner_text().startswith("<img src=x onerror=window.__pwned=7>")
    assert "<script>window.__pwned = 10</script>" in page.locator(".bf-body").inner_text()
    page.close()
