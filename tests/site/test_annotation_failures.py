"""Through a real build: a seed that makes spaCy raise, or kills the worker process parsing it,
is reported by file and fails `--strict`; every other seed of its batch is built; a long seed,
parsed in pieces across the workers, is built too.

The failures are injected by a MkDocs hook of the test project (`hooks:` in mkdocs.yml), in the
worker processes only: the plugin has no special case for tests."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from ..helpers import build, make_project

pytestmark = pytest.mark.slow

#: Enough seeds for a build to parse in worker processes (`PARALLEL_FROM`).
GOOD = {
    f"good-{n:02}.txt": f"Nouvelle {n}\nEmmanuel Macron est arrivé à Lyon le {n} mai, a annoncé l'Élysée.\n"
    for n in range(1, 25)
}
KILLED = "Tué\nCe texte tue le processus qui l'annote, comme le ferait un manque de mémoire.\n"
BROKEN = "Cassé\nCe texte fait échouer l'annotation.\n"
LONG = "Très long\n" + "\n\n".join(
    f"Le ministre a déclaré le {n % 28 + 1} mars que « la situation s'améliore », selon l'AFP."
    for n in range(400)
)

HOOK = '''"""Test hook: spaCy's worker processes die on one seed (as when the system, out of memory,
kills one) and raise on another."""
import os
import signal


def _sabotage():
    from briefings.annotate import document

    annotate = document.DocumentAnnotator.__call__

    def call(self, doc, language=None):
        if "tue le processus" in doc.text:
            os.kill(os.getpid(), signal.SIGKILL)
        if "fait échouer" in doc.text:
            raise RuntimeError("broken on purpose")
        return annotate(self, doc, language)

    document.DocumentAnnotator.__call__ = call


os.register_at_fork(after_in_child=_sabotage)
'''


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, subprocess.CompletedProcess[str]]:
    seeds = {**GOOD, "killed.txt": KILLED, "broken.txt": BROKEN, "long.txt": LONG}
    project = make_project(tmp_path_factory.mktemp("failures"), seeds)
    (project / "sabotage.py").write_text(HOOK, encoding="utf-8")
    with (project / "mkdocs.yml").open("a", encoding="utf-8") as config:
        config.write("hooks:\n  - sabotage.py\n")
    # a worker that dies must never leave the build waiting for it
    return project, build(project, timeout=600)


def test_the_seeds_at_fault_are_named_and_fail_strict(
    built: tuple[Path, subprocess.CompletedProcess[str]],
) -> None:
    _, result = built
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert (
        "seed skipped: seeds/killed.txt: could not be annotated "
        "(spaCy's worker process was killed (SIGKILL))" in result.stderr
    )
    assert "seed skipped: seeds/broken.txt: could not be annotated (RuntimeError: broken on purpose)" in (
        result.stderr
    )
    assert "Aborted with 2 warnings in strict mode" in result.stdout + result.stderr


def test_every_other_seed_is_built(built: tuple[Path, subprocess.CompletedProcess[str]]) -> None:
    project, _ = built
    briefings = project / "site" / "briefings"
    for name in [*GOOD, "long.txt"]:
        assert (briefings / Path(name).stem / "index.html").is_file(), name
    assert not (briefings / "killed").exists() and not (briefings / "broken").exists()
    page = (briefings / "long" / "index.html").read_text("utf-8")
    assert "la situation s'améliore" in page or "la situation s&#39;améliore" in page
    report = (briefings / "report" / "index.html").read_text("utf-8")
    assert "killed.txt" in report and "broken.txt" in report
