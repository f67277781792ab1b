"""Benchmark: the longest seeds the plugin accepts are annotated in bounded time.

A seed may hold up to `max_seed_chars` characters (300 000 by default). The claim analysis
scans sentences and quotations, so a text without full stops used to be one sentence of tens of
thousands of tokens, and its analysis quadratic in its length (13 minutes for 295 000
characters). The sourcing stage now caps the stretches it scans (sourcing/layout.py) and compares
each claim with its neighbours only (sourcing/grade.py). This benchmark annotates three texts of
that size, made from the seeds' own text:

- *with full stops*: the seeds one after the other, repeated;
- *without full stops*: the same, every . ! ? replaced by a comma and every line break by a space;
- *no punctuation*: the same, every character that is neither a letter, a digit, a space nor a
  quotation mark replaced by a space.

Each is annotated once by `briefings annotate` (the public contract), no cache and no knowledge
base, in a fresh process: model load and parse included. The target is under 30 s each on the
recorded machine (2 CPUs). Wall time depends on the machine's load; CPU time (user + system, the
process and its workers) less so.

    python bench/long_seeds.py                 # print the table
    python bench/long_seeds.py --write         # also write bench/results/long-seeds.md
    python bench/long_seeds.py --chars 80000   # another size
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "bench" / "results" / "long-seeds.md"
MAX_SEED_CHARS = 300_000
TARGET_SECONDS = 30.0


def _body(path: Path) -> str:
    text = path.read_text("utf-8")
    if text.startswith("---"):
        text = text.split("---", 2)[-1]
    return text.strip()


def shapes(chars: int) -> dict[str, str]:
    """The three texts of `chars` characters (title included)."""
    corpus = "\n\n".join(_body(p) for p in sorted((ROOT / "seeds").iterdir()) if p.suffix in (".md", ".txt"))
    title = "Un texte très long\n\n"

    def fit(text: str) -> str:
        size = chars - len(title) - 1
        return title + (text * (size // max(1, len(text)) + 1))[:size] + "\n"

    without_stops = re.sub(r"[.!?]", ",", corpus).replace("\n", " ")
    bare = re.sub(r"[^\w\s«»\"]", " ", corpus).replace("\n", " ")
    return {
        "with full stops": fit(corpus),
        "without full stops": fit(without_stops),
        "no punctuation": fit(bare),
    }


def run(seed: Path, scratch: Path) -> tuple[float, float, int]:
    """Wall seconds, CPU seconds (children) and number of claims of one annotation."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "briefings.cli", "annotate", "-f", str(scratch / "mkdocs.yml"), str(seed)],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if result.returncode != 0:
        raise SystemExit(f"briefings annotate failed on {seed.name}:\n{result.stderr}")
    exports = json.loads(result.stdout)
    if not exports:
        raise SystemExit(f"briefings annotate returned no briefing for {seed.name}:\n{result.stderr}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, len(exports[0]["claims"])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chars", type=int, default=MAX_SEED_CHARS - 1000, help="size of each text")
    parser.add_argument("--write", action="store_true", help=f"write {OUTPUT.relative_to(ROOT)}")
    args = parser.parse_args(argv)
    rows = []
    with tempfile.TemporaryDirectory(prefix="briefings-long-") as folder:
        scratch = Path(folder)
        (scratch / "docs").mkdir()
        (scratch / "empty").mkdir()
        (scratch / "mkdocs.yml").write_text(
            "site_name: long seeds\nplugins:\n  - briefings:\n"
            "      editorial_dir: empty\n      default_knowledge_base: false\n      cache: false\n",
            "utf-8",
        )
        for name, text in shapes(args.chars).items():
            seed = scratch / (re.sub(r"\W+", "-", name) + ".txt")
            seed.write_text(text, "utf-8")
            wall, cpu, claims = run(seed, scratch)
            verdict = "yes" if wall < TARGET_SECONDS else "**no**"
            rows.append(f"| {name} | {len(text):,} | {wall:.1f} | {cpu:.1f} | {claims} | {verdict} |")
            print(rows[-1], file=sys.stderr)
    load = " / ".join(f"{x:.1f}" for x in _load())
    when = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
    text = "\n".join(
        [
            "# Long seeds: annotation time at the size limit",
            "",
            f"`python bench/long_seeds.py --chars {args.chars}` on {when}: "
            "one `briefings annotate` per text, fresh process, no cache, no knowledge base (model "
            f"load and parse included). Target: under {TARGET_SECONDS:.0f} s each. "
            f"Machine: {platform.platform()}, load average {load} when the run ended (wall time "
            "grows with the load; CPU time is user + system of the process and its workers).",
            "",
            "| text | characters | wall (s) | CPU (s) | claims | under target |",
            "|---|---:|---:|---:|---:|---|",
            *rows,
            "",
        ]
    )
    print(text)
    if args.write:
        OUTPUT.parent.mkdir(parents=True, exist_ok=True)
        OUTPUT.write_text(text, "utf-8")
        print(f"wrote {OUTPUT}", file=sys.stderr)
    return 0


def _load() -> tuple[float, ...]:
    try:
        return os.getloadavg()
    except OSError:
        return ()


if __name__ == "__main__":
    raise SystemExit(main())
