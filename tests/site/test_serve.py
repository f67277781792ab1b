"""`mkdocs serve` follows edits to seeds and to the knowledge base."""

from __future__ import annotations

import socket
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from ..helpers import make_project, start_mkdocs

pytestmark = pytest.mark.slow


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def fetch(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return str(response.read().decode("utf-8"))
    except OSError:
        return ""


def wait_for(url: str, text: str, timeout: float = 90.0) -> str:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        page = fetch(url)
        if text in page:
            return page
        time.sleep(0.5)
    raise AssertionError(f"{url} did not show {text!r} within {timeout} s")


@pytest.fixture
def served(tmp_path: Path) -> Iterator[tuple[Path, str]]:
    project = make_project(tmp_path, {"a.txt": "Titre A\nVladimir Poutine est arrivé jeudi.\n"})
    port = free_port()
    process = start_mkdocs("serve", "--dev-addr", f"127.0.0.1:{port}", cwd=project)
    try:
        yield project, f"http://127.0.0.1:{port}/sub/"
    finally:
        process.terminate()
        process.wait(timeout=20)


def test_serve_follows_seed_and_knowledge_base_edits(served: tuple[Path, str]) -> None:
    project, base = served
    wait_for(base + "briefings/a/", "Vladimir Poutine")

    (project / "seeds" / "a.txt").write_text("Titre A\nEmmanuel Macron est arrivé jeudi.\n", "utf-8")
    wait_for(base + "briefings/a/", "Emmanuel Macron")

    (project / "seeds" / "b.txt").write_text("Titre B\nLa Russie a parlé.\n", "utf-8")
    wait_for(base + "briefings/b/", "La <mark")

    (project / "briefings" / "entities.yml").write_text(
        "entities:\n  - id: emmanuel-macron\n    name: Emmanuel Macron\n    label: PER\n"
        "    description: Président de la République française.\n",
        "utf-8",
    )
    wait_for(base + "entities/emmanuel-macron/", "Président de la République française.")

    overlay = project / "briefings" / "a.yml"
    overlay.write_text("summary: Visite d'État confirmée par l'Élysée.\n", "utf-8")
    wait_for(base + "briefings/a/", "Visite d'État confirmée")
    overlay.write_text("summary: Visite reportée.\n", "utf-8")
    wait_for(base + "briefings/a/", "Visite reportée.")

    (project / "seeds" / "b.txt").unlink()
    deadline = time.monotonic() + 60
    while "La Russie a parlé" in fetch(base + "briefings/b/") and time.monotonic() < deadline:
        time.sleep(0.5)
    assert "La Russie a parlé" not in fetch(base + "briefings/b/")
    assert not list((project / "docs").glob("briefings*"))  # nothing written into docs/
