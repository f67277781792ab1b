"""`briefings annotate PATH...`: print the annotation of seed files as JSON (the export contract).

With `--scheduler tcp://HOST:8786`, the seeds are annotated on a Dask cluster's workers (the
`cluster` extra): the annotations fill the project's cache as they come back, so the next
`mkdocs build` is warm.
"""

from __future__ import annotations

import argparse
import importlib.util
import logging
import sys
from pathlib import Path

from mkdocs.config import load_config

from .adapter.config import BriefingsConfig
from .annotate import ModelNotInstalled
from .corpus import corroborate_across
from .corpus.export import export_json, export_json_lines
from .knowledge import KnowledgeBase
from .model import Briefing
from .project import Project, annotation_environment
from .seeds import SeedError, SeedReport, find_seeds


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="briefings", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    annotate = commands.add_parser("annotate", help="print the annotation of seed files as JSON")
    annotate.add_argument("paths", nargs="+", type=Path, help="seed files (.txt or .md), or folders of them")
    annotate.add_argument(
        "-f",
        "--config-file",
        type=Path,
        default=Path("mkdocs.yml"),
        help="project settings to use, when the file exists (default: mkdocs.yml)",
    )
    annotate.add_argument("--model", help="spaCy model to use instead of the configured one")
    annotate.add_argument(
        "--export",
        type=Path,
        metavar="FILE",
        help="write the annotations to FILE as JSON lines (one briefing per line) instead of stdout",
    )
    cluster = annotate.add_argument_group("on a Dask cluster (pip install 'briefings[cluster]')")
    cluster.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="annotate on the workers of this Dask scheduler (tcp://HOST:8786)",
    )
    cluster.add_argument("--batch-size", type=int, default=16, help="seeds per task (default: 16)")
    cluster.add_argument(
        "--retries", type=int, default=2, help="tries again of a batch that raised (default: 2)"
    )
    args = parser.parse_args(argv)

    project = _project(args.config_file)
    if args.model:
        project.config.model = args.model
    report = project.read(_seed_files(args.paths))
    for warning in report.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    for error in report.errors:
        print(f"error: {error}", file=sys.stderr)
    # on one machine, a seed that cannot be read stops the command; a run on a cluster (an
    # archive) goes on without it, as a build does, and fails at the end
    if report.errors and not args.scheduler:
        return 2
    failures: list[SeedError] = list(report.errors)
    kb = project.knowledge_base()
    for kb_error in kb.errors:
        print(f"warning: knowledge base entry skipped: {kb_error}", file=sys.stderr)
    try:
        if args.scheduler:
            annotated = _annotate_on_cluster(project, report, kb, args, failures)
        else:
            annotated = project.annotate(report, kb)
            for failure in report.errors:  # the seeds read, but not annotated
                print(f"error: {failure}", file=sys.stderr)
            failures += report.errors
        # the machine's annotation, without the analyst's corrections
        briefings = corroborate_across(annotated)
    except (ModelNotInstalled, ClusterUnavailable) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    if args.export:
        args.export.write_text(export_json_lines(briefings), encoding="utf-8")
    else:
        sys.stdout.write(export_json(briefings))
    return 2 if failures else 0


class ClusterUnavailable(Exception):
    """Dask is not installed, the scheduler cannot be reached, or its workers differ from here."""


def _annotate_on_cluster(
    project: Project,
    report: SeedReport,
    kb: KnowledgeBase,
    args: argparse.Namespace,
    failures: list[SeedError],
) -> list[Briefing]:
    """The seeds annotated by a Dask cluster's workers and stored in the project's cache as they
    come back; progress, and the seeds that failed by file, on stderr."""
    if importlib.util.find_spec("distributed") is None:
        raise ClusterUnavailable("--scheduler needs Dask: pip install 'briefings[cluster]'")
    from .annotate.cluster import ClusterAnnotator, WorkerMismatch  # the optional extra

    terminal = logging.StreamHandler(sys.stderr)
    terminal.setFormatter(logging.Formatter("%(message)s"))
    log = logging.getLogger("mkdocs.plugins.briefings")
    log.addHandler(terminal)
    log.setLevel(logging.INFO)
    try:
        with ClusterAnnotator(
            args.scheduler,
            batch_size=args.batch_size,
            retries=args.retries,
            environment=annotation_environment,
        ) as annotator:
            print(f"briefings: {annotator.workers()} worker thread(s) at {args.scheduler}", file=sys.stderr)
            briefings = project.annotate(report, kb, annotator=annotator)
    except OSError as error:  # Dask's connection errors and time-outs are OSErrors
        raise ClusterUnavailable(f"cannot reach the Dask scheduler at {args.scheduler} ({error})") from None
    except WorkerMismatch as error:
        raise ClusterUnavailable(str(error)) from None
    finally:
        log.removeHandler(terminal)
    for failure in annotator.failures:
        print(f"error: {failure}", file=sys.stderr)
    failures += annotator.failures
    return briefings


def _seed_files(paths: list[Path]) -> list[Path]:
    """The paths given, a folder standing for the seed files under it."""
    return [found for path in paths for found in (find_seeds(path) if path.is_dir() else [path])]


def _project(config_file: Path) -> Project:
    """The project's plugin settings from mkdocs.yml, or the defaults outside a project."""
    if config_file.is_file():
        config = load_config(str(config_file))
        plugin = config.plugins.get("briefings")
        if plugin is not None:
            return Project(config_file.resolve().parent, plugin.config)  # type: ignore[attr-defined]
    defaults = BriefingsConfig()
    defaults.load_dict({})
    errors, warnings = defaults.validate()
    return Project(Path.cwd(), defaults)


if __name__ == "__main__":
    raise SystemExit(main())
