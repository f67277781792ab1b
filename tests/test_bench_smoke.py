"""`bench/performance.py --quick` runs and reports every measure (no timing is asserted)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import ROOT

pytestmark = pytest.mark.slow

#: Rows of the report whose cells are positive numbers.
POSITIVE_ROWS = (
    "floor a: plain mkdocs build, a page for each page of ours (s)",
    "floor a₁: plain mkdocs build, a page for each seed (s)",
    "floor b: raw spaCy nlp.pipe (s)",
    "ours: cold build (s)",
    "ours: warm build (s)",
    "serve: first build, cold (s)",
    "serve: rebuild after a one-seed edit (s)",
    "serve: rebuild, nothing changed (s)",
    "cold / (a + b)",
    "cold / (a₁ + b)",
    "warm / a",
    "warm / a₁",
    "cold time per seed (ms)",
    "warm time per seed (ms)",
    "site size, ours (bytes)",
    "site size, floor a₁ (bytes)",
    "site bytes per seed, ours (outside assets/)",
    "site bytes per seed, floor a₁ (outside assets/)",
    "HTML pages, ours",
    "HTML pages, floor a",
    "HTML pages, floor a₁",
    "peak memory, ours cold (MB, process tree)",
    "peak memory, ours cold (MB, largest process)",
    "peak memory, ours warm (MB, process tree)",
    "peak memory, serve (MB, process tree)",
    "peak memory, floor a (MB, process tree)",
    "peak memory, floor b (MB, process tree)",
    "spaCy processes",
    "our CSS/JS, gzip (KB)",
)
#: Rows whose cell is a number of either sign (the in-process rebuild can beat the floor).
SIGNED_ROWS = ("edit − a (s)", "edit − a₁ (s)")
TARGETS = ("cold ≤", "warm ≤", "one-seed edit ≤", "per seed", "peak memory ≤", "our CSS/JS ≤")
NUMBER = re.compile(r"-?\d[\d,]*(?:\.\d+)?")


def cells(report: str, row: str) -> list[str]:
    lines = [line for line in report.splitlines() if line.startswith(f"| {row} |")]
    assert len(lines) == 1, f"row {row!r} not found once in the report"
    return [cell.strip() for cell in lines[0].strip("|").split("|")[1:]]


def number(cell: str) -> float:
    assert NUMBER.fullmatch(cell), f"not a number: {cell!r}"
    return float(cell.replace(",", ""))


def test_quick_benchmark_reports_every_measure(tmp_path: Path) -> None:
    output = tmp_path / "performance.md"
    result = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "performance.py"), "--quick", "--output", str(output)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        timeout=900,
    )
    assert result.returncode == 0, result.stderr[-4000:]
    report = output.read_text("utf-8")
    assert report in result.stdout  # printed too
    assert "| measure | 100 seeds |" in report
    assert re.search(r"Machine: .+, \d+ CPUs, [\d.]+ GiB RAM", report)
    for row in POSITIVE_ROWS:
        values = cells(report, row)
        assert len(values) == 1
        assert number(values[0]) > 0, f"{row}: {values[0]}"
    for row in SIGNED_ROWS:
        number(cells(report, row)[0])
    target_lines = [
        line for line in report.splitlines() if line.endswith(("| yes |", "| **no** |", "| n/a |"))
    ]
    for target in TARGETS:
        assert any(target in line for line in target_lines), f"target {target!r} not reported"
    assert "every build did what it is said to" in report, report
