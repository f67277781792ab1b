"""Publishing: byte-identical rebuilds, and a site that works under a sub-path (GitHub Pages)."""

from __future__ import annotations

import filecmp
import http.server
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import sync_playwright

from ..helpers import CHROMIUM_ARGS, ORIGINAL_SEED, make_project, mkdocs

pytestmark = pytest.mark.slow

OTHER = (
    "---\ntitle: Grèce\ndate: 2012-06-21\n---\n\n"
    "Antonis Samaras a présenté jeudi son gouvernement, selon l'AFP.\n"
)


def build_into(project: Path, target: Path) -> None:
    result = mkdocs("build", "--strict", "-d", str(target), cwd=project)
    assert result.returncode == 0, result.stderr


def differences(a: Path, b: Path) -> list[str]:
    comparison = filecmp.dircmp(a, b)
    found = [*comparison.left_only, *comparison.right_only]
    found += [name for name in comparison.common_files if (a / name).read_bytes() != (b / name).read_bytes()]
    for name in comparison.common_dirs:
        found += [f"{name}/{item}" for item in differences(a / name, b / name)]
    return found


def test_builds_are_byte_identical_cold_warm_and_cold_again(tmp_path: Path) -> None:
    project = make_project(
        tmp_path / "project", {ORIGINAL_SEED.name: ORIGINAL_SEED.read_text("utf-8"), "grece.md": OTHER}
    )
    build_into(project, tmp_path / "cold")
    build_into(project, tmp_path / "warm")  # from the annotation cache
    shutil.rmtree(project / ".cache")
    build_into(project, tmp_path / "again")
    assert differences(tmp_path / "cold", tmp_path / "warm") == []
    assert differences(tmp_path / "cold", tmp_path / "again") == []
    assert (tmp_path / "cold" / "404.html").is_file()


class _SubPathHandler(http.server.SimpleHTTPRequestHandler):
    """Serves the site at /briefings/ only, as GitHub Pages serves a project site."""

    prefix = "/briefings/"

    def translate_path(self, path: str) -> str:
        if not path.startswith(self.prefix):
            return "/nonexistent"
        return super().translate_path("/" + path[len(self.prefix) :])

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        page = Path(self.directory) / "404.html"
        if code != 404 or not page.is_file():
            super().send_error(code, message, explain)
            return
        body = page.read_bytes()  # like GitHub Pages: the site's own 404 page
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def sub_path_url(sample_site: Path) -> Iterator[str]:
    handler = lambda *args, **kwargs: _SubPathHandler(*args, directory=str(sample_site), **kwargs)  # noqa: E731
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/briefings/"
    server.shutdown()


@pytest.mark.browser
def test_site_works_under_a_sub_path(sub_path_url: str) -> None:
    failures: list[str] = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        page = browser.new_page()
        page.on("response", lambda r: failures.append(f"{r.status} {r.url}") if r.status >= 400 else None)
        for path in (
            "",
            "briefings/",
            "briefings/000-6d26b8eed05513dc/",
            "entities/russie/",
            "sources/",
            "timeline/",
            "graph/",
            "briefings/report/",
            "does-not-exist/deeper/",
        ):
            page.goto(sub_path_url + path)
            page.wait_for_load_state("networkidle")
            assert page.locator("link[rel='stylesheet'][href*='briefings.css']").count() == 1
        assert "404" in page.locator("h1").first.inner_text()  # the site's own 404 page, styled
        page.goto(sub_path_url + "briefings/000-6d26b8eed05513dc/")
        feed = page.evaluate("document.querySelector(\"link[type='application/atom+xml']\").href")
        assert feed == sub_path_url + "feed.xml"
        assert page.request.get(feed).ok
        # Material's search (a web worker loading search/search_index.json) finds briefings
        page.goto(sub_path_url)
        page.wait_for_load_state("networkidle")
        page.locator("input.md-search__input").click()
        # typed key by key: Material searches on key events, which `fill` does not send (it only
        # worked when the index was still loading, and Material searched what was there once ready)
        page.locator("input.md-search__input").press_sequentially("Pyongyang")
        page.wait_for_selector(".md-search-result__item", timeout=15000)
        results = page.locator(".md-search-result__item a").all()
        hrefs = [a.get_attribute("href") or "" for a in results]
        assert any("/briefings/briefings/000-6d26b8eed05513dc/" in h for h in hrefs), hrefs
        browser.close()
    assert [f for f in failures if "does-not-exist/deeper/" not in f.split(" ", 1)[1]] == []
