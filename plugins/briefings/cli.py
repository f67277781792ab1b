"""`briefings annotate PATH...`: print the annotation of seed files as JSON (the export contract)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from mkdocs.config import load_config

from .adapter.config import BriefingsConfig
from .annotate import ModelNotInstalled
from .corpus import corroborate_across
from .knowledge import KnowledgeBaseError
from .project import Project, export_json


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="briefings", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    annotate = commands.add_parser("annotate", help="print the annotation of seed files as JSON")
    annotate.add_argument("paths", nargs="+", type=Path, help="seed files (.txt or .md)")
    annotate.add_argument(
        "-f",
        "--config-file",
        type=Path,
        default=Path("mkdocs.yml"),
        help="project settings to use, when the file exists (default: mkdocs.yml)",
    )
    annotate.add_argument("--model", help="spaCy model to use instead of the configured one")
    args = parser.parse_args(argv)

    project = _project(args.config_file)
    if args.model:
        project.config.model = args.model
    report = project.read(args.paths)
    for warning in report.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    for error in report.errors:
        print(f"error: {error}", file=sys.stderr)
    if report.errors:
        return 2
    try:
        # the machine's annotation, without the analyst's corrections
        briefings = corroborate_across(project.annotate(report, project.knowledge_base()))
    except (ModelNotInstalled, KnowledgeBaseError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    sys.stdout.write(export_json(briefings))
    return 0


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
