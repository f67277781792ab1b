"""`mkdocs serve --dirty`, what `make serve` runs, builds again only the pages an edit changes;
after any sequence of edits, adds, deletes and renames of seeds and overlays, the site it serves
equals a clean build of the same inputs, byte for byte: pages, lists, related briefings, entity
and source pages, search index, feed, export and previews."""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from ..helpers import files_of, make_project, mkdocs, start_mkdocs
from .test_serve import free_port

pytestmark = pytest.mark.slow

SEEDS = {
    "kiev.txt": "Visite à Kiev\nVladimir Poutine a dénoncé mardi l'aide de l'OTAN à l'Ukraine, "
    "selon l'agence Reuters. Emmanuel Macron se rendrait à Kiev en mars, a annoncé l'Élysée.\n",
    "bruxelles.md": "---\ntitle: Sommet à Bruxelles\ndate: 2024-03-02\n---\nEmmanuel Macron a rencontré "
    "Olaf Scholz à Bruxelles. « L'Union européenne restera unie », a déclaré le chancelier.\n",
    "seoul.txt": "Troupes en Russie\nSelon Séoul, la Corée du Nord aurait envoyé environ 3 000 soldats "
    "en Russie. Ni Moscou ni Pyongyang n'ont confirmé, a rapporté l'agence Yonhap.\n",
}


class DirtyServe:
    """A project served by `mkdocs serve --dirty`, the folder it serves, and its log."""

    def __init__(self, project: Path, site: Path, log: Path, port: int):
        self.project, self.site, self.log, self.port = project, site, log, port

    def builds(self) -> int:
        # the one message of each build with a time in it: MkDocs logs a repeated message once
        return self.log.read_text("utf-8", errors="replace").count("Reloading browsers")

    def wait_for_build(self, before: int, timeout: float = 120.0) -> None:
        """Until a build after `before` has finished and no other follows within a second."""
        deadline = time.monotonic() + timeout
        while self.builds() <= before:
            assert time.monotonic() < deadline, self.log.read_text("utf-8", errors="replace")[-3000:]
            time.sleep(0.2)
        settled = self.builds()
        time.sleep(1.5)
        while self.builds() != settled:
            settled = self.builds()
            time.sleep(1.5)

    def change(self, edit: Callable[[], object]) -> None:
        before = self.builds()
        edit()
        self.wait_for_build(before)

    def clean_build(self, folder: Path) -> dict[str, bytes]:
        """A clean `mkdocs build` of the same inputs, with the address serve gives the site."""
        config = self.project / "clean.yml"
        config.write_text(
            f"INHERIT: mkdocs.yml\nsite_url: http://127.0.0.1:{self.port}/sub/\nsite_dir: {folder}\n", "utf-8"
        )
        result = mkdocs("build", "-f", str(config), cwd=self.project)
        config.unlink()
        assert result.returncode == 0, result.stderr
        return files_of(folder)

    def assert_equals_clean_build(self, tmp: Path, step: str) -> None:
        served, clean = files_of(self.site), self.clean_build(tmp / f"clean-{step}")
        assert sorted(served) == sorted(clean), step
        different = [name for name in clean if served[name] != clean[name]]
        assert not different, (step, different)


@pytest.fixture
def dirty(tmp_path: Path) -> Iterator[DirtyServe]:
    # lists of one briefing a page, and a timeline split into periods from 10 entries on
    project = make_project(tmp_path / "project", SEEDS, extra_config=":\n      page_size: 1")
    temporary = tmp_path / "tmp"  # where serve makes its site folder
    temporary.mkdir()
    port = free_port()
    log = tmp_path / "serve.log"
    log.touch()
    process = start_mkdocs(
        "serve",
        "--dirty",
        "--dev-addr",
        f"127.0.0.1:{port}",
        cwd=project,
        log=log,
        env={"TMPDIR": str(temporary)},
    )
    try:
        serve = DirtyServe(project, Path(), log, port)
        deadline = time.monotonic() + 300
        while "Serving on" not in log.read_text("utf-8", errors="replace"):  # the first build is done
            assert time.monotonic() < deadline and process.poll() is None, log.read_text("utf-8")[-3000:]
            time.sleep(0.5)
        (serve.site,) = temporary.glob("mkdocs_*")
        yield serve
    finally:
        process.terminate()
        process.wait(timeout=20)


def test_after_any_edits_the_served_site_equals_a_clean_build(dirty: DirtyServe, tmp_path: Path) -> None:
    seeds, overlays = dirty.project / "seeds", dirty.project / "briefings"
    dirty.assert_equals_clean_build(tmp_path, "first")

    # one seed's text: its briefing, its entities' pages and the lists change, nothing else
    dirty.change(
        lambda: (seeds / "kiev.txt").write_text(
            SEEDS["kiev.txt"].replace("en mars", "en avril avec Olaf Scholz"), "utf-8"
        )
    )
    rebuilt = re.findall(r"(\d+) of (\d+) generated pages built again", dirty.log.read_text("utf-8"))
    again, total = map(int, rebuilt[-1])
    assert 0 < again < total
    dirty.assert_equals_clean_build(tmp_path, "edit")

    # a hand-written page: no seed or overlay changed, what the last build read is used again
    dirty.change(
        lambda: (dirty.project / "docs" / "index.md").write_text("# Accueil\n\nLes fiches.\n", "utf-8")
    )
    dirty.assert_equals_clean_build(tmp_path, "hand-written")

    dirty.change(
        lambda: (seeds / "moscou.txt").write_text(
            "Réponse de Moscou\nLe Kremlin a démenti jeudi, a indiqué Dmitri Peskov à l'agence TASS.\n",
            "utf-8",
        )
    )
    dirty.change(lambda: (seeds / "seoul.txt").unlink())
    dirty.change(lambda: (seeds / "bruxelles.md").rename(seeds / "sommet.md"))
    dirty.assert_equals_clean_build(tmp_path, "add-delete-rename")

    overlay = overlays / "sommet.yml"
    dirty.change(
        lambda: (
            overlays.mkdir(exist_ok=True),
            overlay.write_text("title: Le sommet de Bruxelles\n", "utf-8"),
        )
    )
    dirty.change(
        lambda: overlay.write_text("title: Le sommet de Bruxelles\nsummary: Macron et Scholz.\n", "utf-8")
    )
    dirty.assert_equals_clean_build(tmp_path, "overlay")
    dirty.change(lambda: overlay.unlink())
    dirty.assert_equals_clean_build(tmp_path, "overlay-deleted")

    # a seed of many dates: the timeline is split into periods, a page each; a date moved from
    # one year to another changes those two periods and the overview
    dates = seeds / "dates.md"
    body = " ".join(f"En {year}, le traité a été révisé." for year in range(2011, 2023))
    dirty.change(lambda: dates.write_text(f"---\ntitle: Révisions\ndate: 2024-05-02\n---\n{body}\n", "utf-8"))
    assert (dirty.site / "timeline" / "2015" / "index.html").is_file()
    dirty.assert_equals_clean_build(tmp_path, "timeline")
    dirty.change(
        lambda: dates.write_text(
            f"---\ntitle: Révisions\ndate: 2024-05-02\n---\n{body.replace('2015', '1995')}\n", "utf-8"
        )
    )
    assert not (dirty.site / "timeline" / "2015").exists() and (dirty.site / "timeline" / "1995").is_dir()
    dirty.assert_equals_clean_build(tmp_path, "timeline-moved")

    # a broken seed makes no briefing: only the report (and its error page) says what is wrong,
    # and says it again when the mistake changes
    broken, report = seeds / "casse.md", dirty.site / "briefings" / "report" / "index.html"
    dirty.change(lambda: broken.write_text("", "utf-8"))
    empty = report.read_text("utf-8")
    assert "casse.md" in empty
    dirty.change(lambda: broken.write_text("---\ntitle: [\n---\nTexte.\n", "utf-8"))
    assert "casse.md" in report.read_text("utf-8") and report.read_text("utf-8") != empty
    dirty.change(lambda: broken.unlink())
    dirty.assert_equals_clean_build(tmp_path, "broken-seed-deleted")
