"""A build's inputs: seeds read, annotated and corrected, with MkDocs' logging and errors."""

from __future__ import annotations

import hashlib
import logging
import os
import stat
from dataclasses import dataclass, field
from pathlib import Path

from mkdocs.exceptions import PluginError

from ..annotate import ModelNotInstalled
from ..corpus import Corroborations, corroborate_across
from ..knowledge import KnowledgeBase
from ..model import Article, Briefing, InputError
from ..overlay import NOT_OVERLAYS, Overlay
from ..project import Project
from ..seeds import SeedReport, find_seeds, read_seeds

log = logging.getLogger("mkdocs.plugins.briefings")


@dataclass
class LastGood:
    """What `mkdocs serve` keeps in use while a broken input file is being fixed."""

    kb: KnowledgeBase | None = None
    overlays: dict[str, Overlay] = field(default_factory=dict)  # by briefing slug
    #: and what corroboration made, used again where it still holds (not a last good version)
    corroborations: Corroborations = field(default_factory=Corroborations)


@dataclass
class Inputs:
    """What a build read: the briefings, the report of the seeds, the problems of the other
    input files, and a signature of the files they came from."""

    signature: str
    briefings: list[Briefing]
    report: SeedReport
    errors: list[InputError]
    logged: list[tuple[int, str, tuple[object, ...]]]  # what was logged, to log it again
    #: what a rebuild after an edit of a few seeds reads again only for them (`_read_again`)
    again: ReadAgain | None = None


@dataclass
class ReadAgain:
    """What a build that read every seed without a problem made of them, for a rebuild that
    reads only the seed files that changed since: each file's stamp (size, time, inode), the
    seed files in order, each one's article, each article's annotated briefing (before the
    analyst's corrections), and the knowledge base and settings they were annotated with."""

    settings: str
    stamps: dict[str, object]
    paths: list[Path]
    articles: dict[str, Article]  # by path
    annotated: dict[str, Briefing]  # by slug, `article` the very object of `articles`
    kb: KnowledgeBase


def inputs_signature(folders: list[Path], settings: object) -> str:
    """The names, sizes, times and inodes of every file under `folders` (a link's and its
    target's), with the project's settings: what a rebuild of `mkdocs serve` reads, in a few
    milliseconds where reading it takes a second at a thousand seeds."""
    return _signature(folders, settings)[0]


def _signature(folders: list[Path], settings: object) -> tuple[str, dict[str, object]]:
    """`inputs_signature`, and the stamp of each file it read (by path)."""
    hasher = hashlib.sha256(repr(settings).encode())
    stamps: dict[str, object] = {}
    for folder in folders:
        for parent, folders_in, names in os.walk(folder):
            folders_in.sort()
            for name in sorted(names):
                path = os.path.join(parent, name)
                try:
                    link = os.lstat(path)
                    target = os.stat(path) if stat.S_ISLNK(link.st_mode) else link  # not a second lstat
                except OSError:  # gone meanwhile, a dangling link: its name is enough
                    hasher.update(f"{path}\0?\n".encode("utf-8", "surrogateescape"))
                    stamps[path] = None
                    continue
                stamp = [(s.st_size, s.st_mtime_ns, s.st_ino, s.st_mode) for s in (link, target)]
                hasher.update(f"{path}\0{stamp}\n".encode("utf-8", "surrogateescape"))
                stamps[path] = stamp
    return hasher.hexdigest(), stamps


def read_inputs(
    project: Project,
    *,
    seeds_dir: str,
    last_good: LastGood | None = None,
    previous: Inputs | None = None,
    settings: object = None,
) -> Inputs:
    """`read_briefings`, or under `mkdocs serve` what the previous build read when no input file
    changed since (its warnings logged again, as a build that reads them would); when only
    seed files (or overlays) changed, the others are not read and annotated again."""
    signature, stamps = _signature([project.seeds_dir, project.editorial_dir], settings)
    if previous is not None and previous.signature == signature:
        for level, message, args in previous.logged:
            log.log(level, message, *args)
        return previous
    handler = _Remember()
    log.addHandler(handler)
    try:
        partly = None
        if previous is not None and previous.again is not None and last_good is not None:
            partly = _read_again(project, previous.again, stamps, repr(settings), last_good)
        kept: ReadAgain | None
        if partly is not None:
            briefings, report, errors, kept = partly
        else:
            briefings, report, errors, kept = read_briefings(
                project, seeds_dir=seeds_dir, last_good=last_good, settings=repr(settings), stamps=stamps
            )
        _log_outcome(briefings, report, errors, seeds_dir)
    finally:
        log.removeHandler(handler)
    return Inputs(signature, briefings, report, errors, handler.logged, kept)


class _Remember(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.logged: list[tuple[int, str, tuple[object, ...]]] = []

    def emit(self, record: logging.LogRecord) -> None:
        args = record.args if isinstance(record.args, tuple) else ()
        self.logged.append((record.levelno, str(record.msg), args))


def read_briefings(
    project: Project,
    *,
    seeds_dir: str,
    last_good: LastGood | None = None,
    settings: str = "",
    stamps: dict[str, object] | None = None,
) -> tuple[list[Briefing], SeedReport, list[InputError], ReadAgain | None]:
    """The seeds read, annotated and corrected, with every problem of an input file logged (the
    file is left out, the build goes on); a missing model stops the build, with what to do.

    With `last_good` (while serving), a knowledge base with errors is not used: the last one
    without errors stays in use until the file is fixed, so a typo does not relabel the site;
    so does the last good version of an overlay that cannot be read. With `stamps` (the input
    files' stamps when they were read), what a later rebuild needs to read only the seeds that
    changed, when every seed could be read and annotated."""
    kb = loaded = project.knowledge_base()
    for kb_error in kb.errors:
        log.warning("briefings: knowledge base entry skipped: %s", kb_error)
    if last_good is not None:
        if not kb.errors:
            last_good.kb = kb
        elif last_good.kb is not None:
            log.warning("briefings: the knowledge base has errors: its previous version stays in use")
            kb = last_good.kb
    paths = find_seeds(project.seeds_dir)
    report = project.read(paths)
    report.complete = True  # every seed of the folder: the caches forget what is no longer in it
    if project.seed_cache is not None:
        project.seed_cache.prune(paths, project.root)
    for warning in report.warnings:
        log.warning("briefings: %s", warning)
    for seed_error in report.errors:
        log.warning("briefings: seed skipped: %s", seed_error)
    unreadable = len(report.errors)
    try:
        annotated = project.annotate(report, kb)
        kept = last_good.overlays if last_good is not None else None
        corrected, overlay_errors = project.apply_overlays(annotated, kb, kept=kept)
    except ModelNotInstalled as error:
        raise PluginError(f"briefings: {error}") from None
    for seed_error in report.errors[unreadable:]:  # read, but not annotated
        log.warning("briefings: seed skipped: %s", seed_error)
    for problem in overlay_errors:
        log.warning("briefings: correction skipped: %s", problem)
    again = None
    if stamps is not None and not report.errors and not report.warnings and not loaded.errors:
        again = ReadAgain(
            settings,
            stamps,
            paths,
            {str(path): article for path, article in zip(paths, report.articles, strict=True)},
            {briefing.slug: briefing for briefing in annotated},
            kb,
        )
    kept_facts = last_good.corroborations if last_good is not None else None
    return corroborate_across(corrected, kept_facts), report, [*kb.errors, *overlay_errors], again


def _read_again(
    project: Project, last: ReadAgain, stamps: dict[str, object], settings: str, last_good: LastGood
) -> tuple[list[Briefing], SeedReport, list[InputError], ReadAgain] | None:
    """What `read_briefings` would give, reading and annotating only the seed files whose stamp
    changed since `last`; the corrections and corroboration run on every briefing, as always.
    None, for `read_briefings` to read everything: another setting, a change to the knowledge
    base or the ratings of sources (every annotation or correction may change), or a seed
    that now has a problem (its message must come where a full read puts it)."""
    if settings != last.settings:
        return None
    seeds = str(project.seeds_dir) + os.sep
    known = last.stamps
    changed = {path for path in stamps.keys() | known.keys() if stamps.get(path) != known.get(path)}
    if any(not path.startswith(seeds) and Path(path).name.lower() in NOT_OVERLAYS for path in changed):
        return None  # the knowledge base, the ratings of sources
    seed_changes = {path for path in changed if path.startswith(seeds)}
    paths = last.paths
    if any(path not in last.articles or path not in stamps for path in seed_changes):  # added, gone
        paths = find_seeds(project.seeds_dir)
    fresh = [path for path in paths if str(path) in seed_changes or str(path) not in last.articles]
    config = project.config
    cache = project.seed_cache
    report = read_seeds(
        fresh,
        root=project.root,
        languages=config.languages,
        max_chars=config.max_seed_chars,
        reader=cache.read if cache is not None else None,
        follow_symlinks=config.follow_symlinks,
    )
    if report.errors or report.warnings or len(report.articles) != len(fresh):
        return None
    read = dict(zip(map(str, fresh), report.articles, strict=True))
    articles = {str(path): read.get(str(path)) or last.articles[str(path)] for path in paths}
    slugs = [article.slug for article in articles.values()]
    if len(set(slugs)) != len(slugs):  # two seeds, one slug: the error a full read reports
        return None
    kb = last.kb
    try:
        annotated_now = project.annotate(report, kb)  # `report.complete` is false: nothing pruned
    except ModelNotInstalled as error:
        raise PluginError(f"briefings: {error}") from None
    if report.errors:  # a seed could not be annotated
        return None
    annotated = {b.slug: b for b in annotated_now}
    for path in paths:
        article = articles[str(path)]
        if article.slug not in annotated:
            kept = last.annotated.get(article.slug)
            if kept is None or kept.article is not article:
                return None
            annotated[article.slug] = kept
    ordered = [annotated[article.slug] for article in articles.values()]
    corrected, overlay_errors = project.apply_overlays(ordered, kb, kept=last_good.overlays)
    for problem in overlay_errors:
        log.warning("briefings: correction skipped: %s", problem)
    whole = SeedReport(articles=list(articles.values()), complete=True)
    again = ReadAgain(settings, stamps, list(paths), articles, {b.slug: b for b in ordered}, kb)
    return corroborate_across(corrected, last_good.corroborations), whole, list(overlay_errors), again


def _log_outcome(
    briefings: list[Briefing], report: SeedReport, errors: list[InputError], seeds_dir: str
) -> None:
    log.info(
        "briefings: %d briefing(s) from %s/, %d seed(s) with errors",
        len(briefings),
        seeds_dir,
        len(report.errors),
    )
