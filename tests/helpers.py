"""What the tests share besides fixtures: the project's paths, one way to run MkDocs, a project
maker and a static server."""

from __future__ import annotations

import functools
import http.server
import os
import subprocess
import sys
import threading
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from playwright.sync_api import Page

ROOT = Path(__file__).resolve().parent.parent
ORIGINAL_SEED = ROOT / "seeds" / "000_6d26b8eed05513dc.txt"
#: Reproducible builds: the same date in every site the tests build.
EPOCH = "1700000000"


def mkdocs(
    *args: str,
    cwd: Path,
    env: dict[str, str] | None = None,
    isolated: bool = False,
    timeout: float | None = None,
) -> subprocess.CompletedProcess[str]:
    """`mkdocs ARGS` in `cwd`, its output captured. `isolated`: nothing of the developer's
    environment (no HOME, a minimal PATH) but its PYTHONPATH, which says whose code is tested;
    `env` adds to either."""
    if isolated:
        base = {"PATH": "/usr/bin:/bin", "HOME": str(cwd)}
        if "PYTHONPATH" in os.environ:
            base["PYTHONPATH"] = os.environ["PYTHONPATH"]
    else:
        base = dict(os.environ)
    environment = {**base, "NO_MKDOCS_2_WARNING": "1", "SOURCE_DATE_EPOCH": EPOCH, **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        env=environment,
        timeout=timeout,
    )


def start_mkdocs(
    *args: str, cwd: Path, env: dict[str, str] | None = None, log: Path | None = None
) -> subprocess.Popen[bytes]:
    """`mkdocs ARGS` running in the background (`serve`), its output in `log` (a pipe nobody
    reads would fill up and stop it)."""
    environment = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SOURCE_DATE_EPOCH": EPOCH, **(env or {})}
    output = log.open("wb") if log is not None else subprocess.DEVNULL
    return subprocess.Popen(
        [sys.executable, "-m", "mkdocs", *args], cwd=cwd, stdout=output, stderr=output, env=environment
    )


def make_project(folder: Path, seeds: dict[str, str], *, extra_config: str = "") -> Path:
    """A minimal Briefings project in `folder`, with the given seed files."""
    (folder / "docs").mkdir(parents=True)
    (folder / "docs" / "index.md").write_text("# Test site\n", encoding="utf-8")
    (folder / "seeds").mkdir()
    for name, text in seeds.items():
        (folder / "seeds" / name).write_text(text, encoding="utf-8")
    (folder / "mkdocs.yml").write_text(
        "site_name: Test\nsite_url: https://example.org/sub/\ntheme:\n  name: material\n"
        "plugins:\n  - search\n  - briefings" + extra_config + "\n",
        encoding="utf-8",
    )
    return folder


def build(project: Path, *args: str, timeout: float | None = None) -> subprocess.CompletedProcess[str]:
    """`mkdocs build --strict` of a test project, isolated from the developer's environment (its
    caches are the project's own `.cache/`)."""
    return mkdocs("build", "--strict", *args, cwd=project, isolated=True, timeout=timeout)


#: Debian's Chromium, headless, with nothing that calls out to the network.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def serve_folder(folder: Path) -> tuple[http.server.ThreadingHTTPServer, str]:
    """A static server for `folder` on a free loopback port, and its URL."""

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(Quiet, directory=str(folder))
    )
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}"


def briefings_command(*args: str) -> list[str]:
    """The `briefings` command line, run with this interpreter (the package as installed)."""
    return [sys.executable, "-m", "briefings.cli", *args]


def files_of(folder: Path) -> dict[str, bytes]:
    """Every file under `folder` by relative path, with its bytes: two trees compare equal when
    they hold the same files, byte for byte."""
    return {
        path.relative_to(folder).as_posix(): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def serious_findings(page: Page) -> list[tuple[str, str, list[str]]]:
    """axe-core's serious and critical findings on `page`: (rule, help, first targets).

    Transitions are cut first: axe reads computed colours, and Material's header title fades in
    when a click scrolls the page, so a run mid-fade measured a half-transparent title (CI, stop 28).
    """
    from axe_playwright_python.sync_playwright import Axe

    still = "*, ::before, ::after { transition: none !important; animation: none !important }"
    page.add_style_tag(content=still)
    page.wait_for_timeout(50)
    results = Axe().run(page)
    return [
        (violation["id"], violation["help"], [node["target"] for node in violation["nodes"]][:5])
        for violation in results.response["violations"]
        if violation["impact"] in ("serious", "critical")
    ]
