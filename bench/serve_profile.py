"""Where a `make serve` rebuild spends its time: a profile of the rebuilds after an edit.

Runs `mkdocs serve --dirty`'s builds in this process, as `bench/performance.py` does (config
loaded again for each rebuild, plugins kept alive), on a project made by `bench/corpus.py`:

    python bench/corpus.py 1000 /tmp/g1000
    python bench/serve_profile.py /tmp/g1000/ours                 # timings of each rebuild
    python bench/serve_profile.py /tmp/g1000/ours --profile edit  # and a profile of one

The first build annotates what the cache does not hold. Then: a no-change rebuild, a one-seed
edit (a sentence appended) and a one-overlay edit (a title), each timed; with `--profile`, the
named rebuild is profiled (cProfile) and its top functions by cumulative and by own time printed.
The seed and overlay edited are restored at the end.
"""

from __future__ import annotations

import argparse
import cProfile
import logging
import pstats
import shutil
import sys
import tempfile
import time
from pathlib import Path


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("project", type=Path, help="a project folder (with mkdocs.yml)")
    parser.add_argument("--profile", choices=("noop", "edit", "overlay"), help="profile this rebuild")
    parser.add_argument("--plain", action="store_true", help="as plain `mkdocs serve` (no --dirty)")
    parser.add_argument("--top", type=int, default=35, help="functions to print")
    parser.add_argument("--repeat", type=int, default=1, help="rebuilds of each kind (medians)")
    parser.add_argument("--dump", type=Path, help="with --profile: write the profile's stats to this file")
    args = parser.parse_args()

    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    logging.basicConfig(level=logging.WARNING, stream=sys.stderr)
    project = args.project.resolve()
    dirty = not args.plain
    site_dir = tempfile.mkdtemp(prefix="serve-profile-")
    config_file = str(project / "mkdocs.yml")
    serve_url = "http://127.0.0.1:8000/"
    config = load_config(config_file=config_file, site_dir=site_dir)
    config.plugins.on_startup(command="serve", dirty=dirty)

    def rebuild(kind: str, first: object | None = None, *, last: bool = True) -> float:
        built = first or load_config(config_file=config_file, site_dir=site_dir)
        built.site_url = serve_url  # type: ignore[attr-defined]
        # the last of its kind: the first edit also loads spaCy, which later ones do not
        profiler = cProfile.Profile() if kind == args.profile and last else None
        start, cpu = time.perf_counter(), time.process_time()
        if profiler is not None:
            profiler.enable()
        build(built, serve_url=serve_url, dirty=dirty)  # type: ignore[arg-type]
        if profiler is not None:
            profiler.disable()
        seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
        print(f"{kind}: {seconds:.2f} s ({cpu:.2f} s CPU)", flush=True)
        if profiler is not None:
            if args.dump is not None:
                profiler.dump_stats(args.dump)
            stats = pstats.Stats(profiler, stream=sys.stdout)
            stats.sort_stats("cumulative").print_stats(args.top)
            stats.sort_stats("tottime").print_stats(args.top)
        return seconds

    seeds = sorted((project / "seeds").glob("*.md"))
    seed = seeds[len(seeds) // 2]
    overlay = project / "briefings" / f"{seed.stem}.yml"
    seed_text = seed.read_bytes()
    overlay_text = overlay.read_bytes() if overlay.exists() else None
    try:
        rebuild("first", config)
        for run in range(args.repeat):
            last = run == args.repeat - 1
            rebuild("noop", last=last)
            with seed.open("a", encoding="utf-8") as file:
                file.write(f"\nMise à jour {run} : la rédaction a complété cet article ce matin.\n")
            rebuild("edit", last=last)
            overlay.parent.mkdir(exist_ok=True)
            overlay.write_text(f"title: Titre corrigé {run}\n", encoding="utf-8")
            rebuild("overlay", last=last)
    finally:
        seed.write_bytes(seed_text)
        if overlay_text is None:
            overlay.unlink(missing_ok=True)
        else:
            overlay.write_bytes(overlay_text)
        config.plugins.on_shutdown()
        shutil.rmtree(site_dir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
