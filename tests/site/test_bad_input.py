"""Broken seeds and overlays through real builds: clear errors, and nothing is lost."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from ..helpers import build, make_project, mkdocs

pytestmark = pytest.mark.slow

GOOD = "---\ntitle: Bonne nouvelle\ndate: 2024-10-31\n---\n\nVladimir Poutine est arrivé jeudi à Pyongyang.\n"


@pytest.fixture(scope="module")
def broken_project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    project = make_project(tmp_path_factory.mktemp("broken"), {"good.md": GOOD})
    seeds = project / "seeds"
    (seeds / "empty.txt").write_bytes(b"")
    (seeds / "blank.txt").write_bytes(b"  \n\t \n")
    (seeds / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (seeds / "latin1.txt").write_bytes("Titre\nLa Corée a parlé à Séoul.\n".encode("cp1252"))
    (seeds / "huge.txt").write_text("Titre\n" + "Phrase de remplissage à Paris. " * 70_000, "utf-8")
    (seeds / "oneline.txt").write_text("Titre\n" + "mot " * 25_000, "utf-8")
    (seeds / "bad-yaml.md").write_text("---\ntitle: [oops\n---\nTexte.\n", "utf-8")
    (seeds / "tag.md").write_text(
        # were the tag run, the build (run in the project) would leave a file named `pwned`
        '---\ntitle: !!python/object/apply:os.system ["touch pwned"]\n---\nTexte.\n',
        "utf-8",
    )
    (seeds / "escape.md").write_text("---\ntitle: T\nslug: ../../x\n---\nTexte.\n", "utf-8")
    (seeds / "twin-a.md").write_text("---\ntitle: A\nslug: twin\n---\nTexte A.\n", "utf-8")
    (seeds / "twin-b.md").write_text("---\ntitle: B\nslug: twin\n---\nTexte B.\n", "utf-8")
    (seeds / "german.md").write_text("---\ntitle: T\nlanguage: de\n---\nDer Text.\n", "utf-8")
    (project / "briefings").mkdir()
    (project / "briefings" / "missing-seed.yml").write_text("summary: orphan\n", "utf-8")
    return project


def test_strict_build_fails_with_every_problem_named(broken_project: Path) -> None:
    result = build(broken_project)
    assert result.returncode != 0
    log = result.stderr
    expected = {
        "empty.txt": "is empty",
        "blank.txt": "is empty",
        "binary.txt": "binary file",
        "latin1.txt:2": "not valid UTF-8, read as Windows-1252",
        "huge.txt": "a briefing holds at most",
        "bad-yaml.md:2": "not valid YAML",
        "tag.md:2": "tag that builds objects",
        "escape.md:3": "slug '../../x' is not allowed",
        "twin-b.md": "already used by 'seeds/twin-a.md'",
        "german.md:3": "language 'de' is not supported",
        "missing-seed.yml": "no briefing has the slug 'missing-seed'",
    }
    for where, message in expected.items():
        assert re.search(
            rf"{re.escape(where)}\S*: {re.escape(message)}|{re.escape(where)}.*{re.escape(message)}", log
        ), (
            where,
            log,
        )
    assert not (broken_project / "pwned").exists()


def test_lenient_build_keeps_the_good_seeds_and_reports_every_seed(broken_project: Path) -> None:
    result = mkdocs("build", cwd=broken_project, isolated=True)
    assert result.returncode == 0, result.stderr
    site = broken_project / "site"
    for slug in ("good", "latin1", "oneline", "twin"):
        assert (site / "briefings" / slug / "index.html").is_file(), slug
    assert "La Corée a parlé à Séoul." in (site / "briefings" / "latin1" / "index.html").read_text("utf-8")
    report = (site / "briefings" / "report" / "index.html").read_text("utf-8")
    for name in (
        "empty.txt",
        "blank.txt",
        "binary.txt",
        "huge.txt",
        "bad-yaml.md",
        "tag.md",
        "escape.md",
        "twin-b.md",
        "german.md",
        "good.md",
        "latin1.txt",
        "oneline.txt",
        "twin-a.md",
        "missing-seed.yml",
    ):
        assert name in report, name
    assert not any(site.glob("../x*")) and not (broken_project.parent / "x").exists()
