"""A build's inputs: seeds read, annotated and corrected, with MkDocs' logging and errors."""

from __future__ import annotations

import hashlib
import logging
import os
from dataclasses import dataclass, field
from pathlib import Path

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


@dataclass
class Inputs:
    """What a build read: the briefings, the report of the seeds, the problems of the other
    input files, and a signature of the files they came from."""

    signature: str
    briefings: list[Briefing]
    report: SeedReport
    errors: list[InputError]
    logged: list[tuple[int, str, tuple[object, ...]]]  # what was logged, to log it again


def inputs_signature(folders: list[Path], settings: object) -> str:
    """The names, sizes, times and inodes of every file under `folders` (a link's and its
    target's), with the project's settings: what a rebuild of `mkdocs serve` reads, in a few
    milliseconds where reading it takes a second at a thousand seeds."""
    hasher = hashlib.sha256(repr(settings).encode())
    for folder in folders:
        for parent, folders_in, names in os.walk(folder):
            folders_in.sort()
            for name in sorted(names):
                path = os.path.join(parent, name)
                try:
                    link = os.lstat(path)
                    target = os.stat(path) if os.path.islink(path) else link
                except OSError:  # gone meanwhile, a dangling link: its name is enough
                    hasher.update(f"{path}\0?\n".encode("utf-8", "surrogateescape"))
                    continue
                stamp = [(s.st_size, s.st_mtime_ns, s.st_ino, s.st_mode) for s in (link, target)]
                hasher.update(f"{path}\0{stamp}\n".encode("utf-8", "surrogateescape"))
    return hasher.hexdigest()


def read_inputs(
    project: Project,
    *,
    seeds_dir: str,
    last_good: LastGood | None = None,
    previous: Inputs | None = None,
    settings: object = None,
) -> Inputs:
    """`read_briefings`, or under `mkdocs serve` what the previous build read when no input file
    changed since (its warnings logged again, as a build that reads them would)."""
    signature = inputs_signature([project.seeds_dir, project.editorial_dir], settings)
    if previous is not None and previous.signature == signature:
        for level, message, args in previous.logged:
            log.log(level, message, *args)
        return previous
    handler = _Remember()
    log.addHandler(handler)
    try:
        briefings, report, errors = read_briefings(project, seeds_dir=seeds_dir, last_good=last_good)
    finally:
        log.removeHandler(handler)
    return Inputs(signature, briefings, report, errors, handler.logged)


class _Remember(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.logged: list[tuple[int, str, tuple[object, ...]]] = []

    def emit(self, record: logging.LogRecord) -> None:
        args = record.args if isinstance(record.args, tuple) else ()
        self.logged.append((record.levelno, str(record.msg), args))


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
