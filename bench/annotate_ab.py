"""Annotation throughput of this package against an earlier commit, alternated in one run.

    python bench/annotate_ab.py                       # against HEAD, 3 runs each
    python bench/annotate_ab.py --base 5b4893b --runs 5 seeds/ bench/unseen/seeds/dev

Issue 13 asks that annotation stays within 10 % of its earlier throughput. This machine is
shared and noisy, so the two versions are timed in the same run, alternated (A B A B …), each
run a fresh `briefings annotate` process with an empty annotation cache (model load included),
and the medians are compared. The base is the package's tree at a commit (`git archive`), so
the working tree's uncommitted changes are what is measured against it. The exports of the
two versions are compared too: a change meant to be a pure speed-up should leave them equal.

The default seeds are the project's seeds, the real dev half and the committed Wikinews set:
never the test half of `bench/unseen`, which only `make eval` reads.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from io import BytesIO
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SEEDS = (
    ROOT / "seeds",
    ROOT / "bench" / "unseen" / "seeds" / "dev",
    ROOT / "bench" / "extra" / "wikinews2" / "seeds",
)


def extract_package(commit: str, into: Path) -> Path:
    """The `plugins/` tree of `commit`, extracted under `into`; its path."""
    archive = subprocess.run(
        ["git", "archive", "--format=tar", commit, "plugins"],
        cwd=ROOT,
        check=True,
        capture_output=True,
    ).stdout
    with tarfile.open(fileobj=BytesIO(archive)) as tar:
        tar.extractall(into, filter="data")
    return into / "plugins"


def annotate(plugins: Path, seeds: list[Path], export: Path) -> float:
    """Wall seconds of one `briefings annotate` of `seeds` in a fresh process, empty cache."""
    with tempfile.TemporaryDirectory(prefix="briefings-ab-cache-") as cache:
        env = dict(os.environ, PYTHONPATH=str(plugins), BRIEFINGS_CACHE_DIR=cache)
        command = [sys.executable, "-m", "briefings.cli", "annotate", "--export", str(export)]
        started = time.perf_counter()
        subprocess.run([*command, *map(str, seeds)], cwd=ROOT, env=env, check=True)
        return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("seeds", nargs="*", type=Path, help="seed files or folders")
    parser.add_argument("--base", default="HEAD", help="commit to compare with (default: HEAD)")
    parser.add_argument("--runs", type=int, default=3, help="runs of each version (default: 3)")
    args = parser.parse_args()
    seeds = args.seeds or [folder for folder in DEFAULT_SEEDS if folder.is_dir()]

    with tempfile.TemporaryDirectory(prefix="briefings-ab-") as scratch:
        versions = {
            f"base ({args.base})": extract_package(args.base, Path(scratch) / "base"),
            "working tree": ROOT / "plugins",
        }
        times: dict[str, list[float]] = {name: [] for name in versions}
        exports = {name: Path(scratch) / f"export-{index}.jsonl" for index, name in enumerate(versions)}
        for run in range(args.runs):
            for name, plugins in versions.items():
                seconds = annotate(plugins, seeds, exports[name])
                times[name].append(seconds)
                print(f"run {run + 1}, {name}: {seconds:.1f} s", flush=True)
        base, ours = (statistics.median(times[name]) for name in versions)
        same = len({path.read_bytes() for path in exports.values()}) == 1
    print(f"\nseeds: {', '.join(str(path) for path in seeds)}")
    for name in versions:
        print(f"{name}: median {statistics.median(times[name]):.1f} s of {len(times[name])} runs")
    print(f"working tree / base: {ours / base:.3f}; exports {'identical' if same else 'differ'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
