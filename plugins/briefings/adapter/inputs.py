"""A build's inputs: seeds read, annotated and corrected, with MkDocs' logging and errors."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from mkdocs.exceptions import PluginError

from ..annotate import ModelNotInstalled
from ..knowledge import KnowledgeBase
from ..model import Briefing, InputError
from ..overlay import Overlay
from ..project import Project
from ..seeds import SeedReport

log = logging.getLogger("mkdocs.plugins.briefings")


@dataclass
class LastGood:
    """What `mkdocs serve` keeps in use while a broken input file is being fixed."""

    kb: KnowledgeBase | None = None
    overlays: dict[str, Overlay] = field(default_factory=dict)  # by briefing slug


def read_briefings(
    project: Project, *, seeds_dir: str, last_good: LastGood | None = None
) -> tuple[list[Briefing], SeedReport, list[InputError]]:
    """The seeds read, annotated and corrected, with every problem of an input file logged (the
    file is left out, the build goes on); a missing model stops the build, with what to do.

    With `last_good` (while serving), a knowledge base with errors is not used: the last one
    without errors stays in use until the file is fixed, so a typo does not relabel the site;
    so does the last good version of an overlay that cannot be read."""
    kb = project.knowledge_base()
    for kb_error in kb.errors:
        log.warning("briefings: knowledge base entry skipped: %s", kb_error)
    if last_good is not None:
        if not kb.errors:
            last_good.kb = kb
        elif last_good.kb is not None:
            log.warning("briefings: the knowledge base has errors: its previous version stays in use")
            kb = last_good.kb
    report = project.read()
    for warning in report.warnings:
        log.warning("briefings: %s", warning)
    for seed_error in report.errors:
        log.warning("briefings: seed skipped: %s", seed_error)
    unreadable = len(report.errors)
    try:
        kept = last_good.overlays if last_good is not None else None
        briefings, overlay_errors = project.briefings(report, kb, kept=kept)
    except ModelNotInstalled as error:
        raise PluginError(f"briefings: {error}") from None
    for seed_error in report.errors[unreadable:]:  # read, but not annotated
        log.warning("briefings: seed skipped: %s", seed_error)
    for problem in overlay_errors:
        log.warning("briefings: correction skipped: %s", problem)
    log.info(
        "briefings: %d briefing(s) from %s/, %d seed(s) with errors",
        len(briefings),
        seeds_dir,
        len(report.errors),
    )
    return briefings, report, [*kb.errors, *overlay_errors]
