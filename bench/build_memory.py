"""How much memory a build holds: the peak resident size of a `mkdocs build` run in this process.

    python bench/corpus.py 1000 /tmp/g1000
    python bench/build_memory.py /tmp/g1000/ours /tmp/g1000-site   # cold (annotates), then
    python bench/build_memory.py /tmp/g1000/ours /tmp/g1000-site   # warm

Prints the resident size before MkDocs writes the first page and after the build, how many
pages the build has, how much page HTML is held when writing starts, the main process's peak
(`ru_maxrss`) and the wall time. A cold build's annotation workers are other processes: their
memory is not counted here. To compare two versions of the package, run each on its own copy of
the project (the page cache is keyed by the code) with `PYTHONPATH=<copy>/plugins`, alternated.
"""

from __future__ import annotations

import argparse
import os
import resource
import time
from pathlib import Path
from typing import Any

from mkdocs.commands import build as mkdocs_build
from mkdocs.config import load_config


def resident_mb() -> float:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("project", type=Path, help="a project folder (with mkdocs.yml)")
    parser.add_argument("site_dir", type=Path, help="where to build the site")
    args = parser.parse_args()

    marks: dict[str, float] = {}
    build_page = mkdocs_build._build_page

    def measuring(page: Any, config: Any, doc_files: Any, *rest: Any, **options: Any) -> Any:
        if not marks:  # writing starts: every page has been read and converted
            marks["resident before the first page, MB"] = resident_mb()
            marks["pages"] = len(doc_files)
            held = sum(len(file.page.content or "") for file in doc_files if file.page)
            marks["page HTML held then, MB"] = held / 2**20
        return build_page(page, config, doc_files, *rest, **options)

    mkdocs_build._build_page = measuring
    os.chdir(args.project)
    config = load_config("mkdocs.yml", site_dir=str(args.site_dir.resolve()))
    started = time.perf_counter()
    mkdocs_build.build(config)
    marks["wall, s"] = time.perf_counter() - started
    marks["resident after the build, MB"] = resident_mb()
    marks["peak (ru_maxrss), MB"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    for name, value in marks.items():
        print(f"{name:38} {value:10.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
