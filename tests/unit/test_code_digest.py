"""The annotation cache survives a change to how pages look; any change to the annotation stages
invalidates it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import briefings
from briefings.cache import entry


@pytest.fixture
def package(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    copy = tmp_path / "briefings"
    shutil.copytree(Path(briefings.__file__).parent, copy, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(entry.resources, "files", lambda name: copy)
    entry.code_digest.cache_clear()
    yield copy
    entry.code_digest.cache_clear()


def digests() -> tuple[str, str]:
    entry.code_digest.cache_clear()
    return entry.code_digest(), entry.code_digest(annotations=True)


@pytest.mark.parametrize("changed", ["site/views.py", "adapter/pages.py", "plugin.py", "corpus/graph.py"])
def test_a_change_to_a_reader_of_annotations_keeps_them(package: Path, changed: str) -> None:
    everything, annotations = digests()
    with (package / changed).open("a", encoding="utf-8") as file:
        file.write("\n# changed\n")
    assert digests() == (digests()[0], annotations)
    assert digests()[0] != everything


@pytest.mark.parametrize(
    "changed", ["nlp/pipeline.py", "sourcing/registry.py", "data/fr/sourcing.yml", "text.py"]
)
def test_a_change_to_an_annotation_stage_invalidates_them(package: Path, changed: str) -> None:
    everything, annotations = digests()
    with (package / changed).open("a", encoding="utf-8") as file:
        file.write("\n# changed\n")
    now = digests()
    assert now[0] != everything and now[1] != annotations
