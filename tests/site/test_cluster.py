"""`briefings annotate --scheduler`: a local Dask cluster of two worker processes annotates as one
machine does (the same cache files and export, byte for byte), even when a worker dies mid-run,
and the next build is warm."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

import pytest
from distributed import Client, LocalCluster
from mkdocs.config import load_config

from briefings.knowledge import KnowledgeBase
from briefings.model import Annotation, Article
from briefings.project import Project

from ..helpers import ROOT, briefings_command, files_of, make_project

pytestmark = pytest.mark.slow

#: A few short real seeds; the small model keeps the workers' start quick (the annotation path is
#: the same for every model).
SEEDS = (
    "wikinews-44145.md",
    "wikinews-44337.md",
    "wikinews-44355.md",
    "wikinews-44522.md",
    "wikinews-45774.md",
)
SETTINGS = ":\n      model: fr_core_news_sm"


def seed_project(folder: Path, extra: dict[str, str] | None = None) -> Path:
    seeds = {name: (ROOT / "seeds" / name).read_text("utf-8") for name in SEEDS}
    return make_project(folder, {**seeds, **(extra or {})}, extra_config=SETTINGS)


def annotation_cache(project: Path) -> dict[str, bytes]:
    return files_of(project / ".cache" / "briefings")


@pytest.fixture(scope="module")
def local(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, bytes], bytes]:
    """The cache and the export of the seeds annotated on this machine, without Dask."""
    project = seed_project(tmp_path_factory.mktemp("local"))
    result = subprocess.run(
        briefings_command("annotate", "--export", "export.jsonl", "seeds"),
        cwd=project,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    return annotation_cache(project), (project / "export.jsonl").read_bytes()


@pytest.fixture(scope="module")
def cluster() -> Iterator[Client]:
    with (
        LocalCluster(
            n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None
        ) as local_cluster,
        Client(local_cluster) as client,
    ):
        yield client


def test_cluster_annotation_equals_local(
    tmp_path: Path, local: tuple[dict[str, bytes], bytes], cluster: Client
) -> None:
    cache, export = local
    project = seed_project(tmp_path, {"empty.txt": ""})
    result = subprocess.run(
        briefings_command(
            "annotate", "--scheduler", cluster.scheduler.address, "--export", "export.jsonl", "seeds"
        ),
        cwd=project,
        capture_output=True,
        text=True,
    )
    # the unreadable seed is reported by file and fails the command; the others are annotated
    assert result.returncode == 2, result.stderr
    assert "error: seeds/empty.txt: is empty" in result.stderr
    assert f"annotated {len(SEEDS)}/{len(SEEDS)} seeds" in result.stderr  # progress
    assert annotation_cache(project) == cache
    assert (project / "export.jsonl").read_bytes() == export

    # a build reads the seeds of the project as this does, and finds every annotation in the cache
    (project / "seeds" / "empty.txt").unlink()
    settings = load_config(str(project / "mkdocs.yml")).plugins["briefings"].config  # type: ignore[attr-defined]
    build = Project(project, settings)
    briefings = build.annotate(build.read(), build.knowledge_base(), annotator=nothing_to_annotate)
    assert len(briefings) == len(SEEDS)


def nothing_to_annotate(
    articles: Sequence[Article], *, model: str, kb: KnowledgeBase, progress: object
) -> Iterable[tuple[int, Annotation]]:
    raise AssertionError(f"{len(articles)} seed(s) not in the cache")


def test_worker_killed_mid_run(
    tmp_path: Path, local: tuple[dict[str, bytes], bytes], cluster: Client
) -> None:
    cache, export = local
    project = seed_project(tmp_path)
    pids: dict[str, int] = cluster.run(os.getpid)
    run = subprocess.Popen(
        briefings_command(
            "annotate",
            "--scheduler",
            cluster.scheduler.address,
            "--export",
            "export.jsonl",
            "--batch-size",
            "1",
            "seeds",
        ),
        cwd=project,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    killed, stored = None, 0
    deadline = time.monotonic() + 90
    while killed is None and run.poll() is None and time.monotonic() < deadline:
        busy = [
            worker
            for worker, keys in cluster.processing().items()
            if any(str(key).startswith("briefings-annotate-") for key in keys)
        ]
        if busy:
            killed = busy[0]
            stored = len(list((project / ".cache" / "briefings").glob("*.json")))
            os.kill(pids[killed], signal.SIGKILL)
        else:
            time.sleep(0.01)
    _, stderr = run.communicate(timeout=120)
    assert killed is not None, f"no worker was ever seen annotating: {stderr}"
    assert stored < len(SEEDS), "the run was over before the worker was killed"
    assert run.returncode == 0, stderr
    assert killed not in cluster.scheduler_info()["workers"]  # it died; its nanny started another
    assert annotation_cache(project) == cache
    assert (project / "export.jsonl").read_bytes() == export


def test_dask_is_imported_only_for_a_cluster() -> None:
    """The extra stays optional: the plugin and the command import Dask only for `--scheduler`."""
    script = (
        "import sys, briefings.cli, briefings.plugin, briefings.project, briefings.annotate\n"
        "print(sorted(name for name in ('dask', 'distributed') if name in sys.modules))"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
