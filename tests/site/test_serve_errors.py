"""Errors show in the browser during `mkdocs serve`: a broken seed's page at its own address,
the report linked from the lists, and a broken knowledge base that never stops the site."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from ..helpers import make_project, start_mkdocs
from .test_serve import fetch, free_port, wait_for

pytestmark = pytest.mark.slow

GOOD = "Titre A\nVladimir Poutine est arrivé jeudi à Paris.\n"
BROKEN = "---\ntitle: [pas fermé\n---\nTexte.\n"


@pytest.fixture
def served(tmp_path: Path) -> Iterator[tuple[Path, str, Path]]:
    project = make_project(tmp_path, {"a.txt": GOOD, "b.md": "---\ntitle: B\n---\nLa Russie a parlé.\n"})
    config = project / "mkdocs.yml"
    config.write_text(
        config.read_text("utf-8").replace("name: material\n", "name: material\n  language: fr\n")
    )
    port = free_port()
    log = tmp_path / "serve.log"
    process = start_mkdocs("serve", "--dev-addr", f"127.0.0.1:{port}", cwd=project, log=log)
    try:
        yield project, f"http://127.0.0.1:{port}/sub/", log
    finally:
        process.terminate()
        process.wait(timeout=20)


def test_a_broken_seed_shows_its_error_at_its_address_until_fixed(served: tuple[Path, str, Path]) -> None:
    project, base, _ = served
    wait_for(base + "briefings/b/", "La Russie a parlé")
    (project / "seeds" / "b.md").write_text(BROKEN, "utf-8")
    page = wait_for(base + "briefings/b/", "Cet article n’a pas pu être construit")
    assert "seeds/b.md" in page and "livereload" in page  # served pages reload by themselves
    assert "Ligne" in page
    home = fetch(base)
    assert "rapport de construction" in home and 'href="briefings/report/"' in home
    assert 'href="report/"' in fetch(base + "briefings/")
    report = fetch(base + "briefings/report/")
    assert 'href="../b/"' in report
    (project / "seeds" / "b.md").write_text("---\ntitle: B corrigé\n---\nLa Russie a parlé.\n", "utf-8")
    page = wait_for(base + "briefings/b/", "B corrigé")
    assert "pas pu être construit" not in page
    assert "rapport de construction" not in fetch(base)


def test_a_broken_knowledge_base_keeps_the_previous_one(served: tuple[Path, str, Path]) -> None:
    project, base, log = served
    entities = project / "briefings" / "entities.yml"
    entities.parent.mkdir(exist_ok=True)
    entities.write_text(
        "entities:\n  - id: vladimir-poutine\n    name: Vladimir Poutine\n    label: PER\n"
        "    description: Président russe.\n",
        "utf-8",
    )
    wait_for(base + "entities/vladimir-poutine/", "Président russe.")
    entities.write_text("entities:\n  - id: vladimir-poutine\n    name: [oops\n", "utf-8")
    deadline = time.monotonic() + 60
    while "previous version stays in use" not in log.read_text("utf-8", errors="replace"):
        assert time.monotonic() < deadline, log.read_text("utf-8", errors="replace")
        time.sleep(0.5)
    started = time.monotonic()
    page = fetch(base + "entities/vladimir-poutine/")
    assert time.monotonic() - started < 10  # no request hangs
    assert "Président russe." in page


def test_a_broken_overlay_keeps_its_previous_version(served: tuple[Path, str, Path]) -> None:
    project, base, log = served
    overlay = project / "briefings" / "a.yml"
    overlay.parent.mkdir(exist_ok=True)
    overlay.write_text("summary: Visite confirmée par l'Élysée.\n", "utf-8")
    wait_for(base + "briefings/a/", "Visite confirmée")
    overlay.write_text("summary: [pas fermé\n", "utf-8")
    deadline = time.monotonic() + 60
    while "previous version stays in use" not in log.read_text("utf-8", errors="replace"):
        assert time.monotonic() < deadline, log.read_text("utf-8", errors="replace")
        time.sleep(0.5)
    started = time.monotonic()
    page = fetch(base + "briefings/a/")
    assert time.monotonic() - started < 10
    assert "Visite confirmée" in page
