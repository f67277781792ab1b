"""Run the stages for a project: seeds → annotations → briefings, shared by the plugin and the CLI."""

from __future__ import annotations

import logging
import os
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path
from typing import Protocol

from .annotate import LONG_TEXT, AnnotationFailed, annotate_each, load_in_background
from .cache import AnnotationCache, SeedCache, annotation_key, code_digest
from .cache.annotations import model_version
from .corpus import corroborate_across
from .i18n import say
from .knowledge import KnowledgeBase, KnowledgeBaseError
from .model import Annotation, Article, Briefing, Entity
from .overlay import Overlay, OverlayError, apply_overlay, load_overlays, load_source_ratings, unused_ratings
from .seeds import SeedError, SeedReport, find_seeds, read_seeds

log = logging.getLogger("mkdocs.plugins.briefings")


class ProjectSettings(Protocol):
    """The options a project reads (the plugin's config gives them; so can any object)."""

    seeds_dir: str
    editorial_dir: str
    follow_symlinks: bool
    model: str
    languages: list[str]
    default_knowledge_base: bool
    max_seed_chars: int
    workers: int
    cache: bool
    cache_dir: str


class Annotator(Protocol):
    """Annotates articles somewhere (spaCy in this machine's processes, a Dask cluster's workers):
    yields (index in `articles`, annotation) as each is done, in any order. A seed it could not
    annotate is left out, and the annotator reports it."""

    def __call__(
        self,
        articles: Sequence[Article],
        *,
        model: str,
        kb: KnowledgeBase,
        progress: Callable[[int], None] | None,
    ) -> Iterable[tuple[int, Annotation]]: ...


@dataclass
class Project:
    """Where a project's inputs live, and the options that shape the annotation."""

    root: Path
    config: ProjectSettings
    # caches hold in memory what they read: `mkdocs serve` passes the same ones to every rebuild
    seed_cache: SeedCache | None = None
    annotation_cache: AnnotationCache | None = None

    def __post_init__(self) -> None:
        if self.config.cache:
            if self.seed_cache is None or self.seed_cache.folder != self.cache_dir / "seeds":
                self.seed_cache = SeedCache(self.cache_dir / "seeds")
            if self.annotation_cache is None or self.annotation_cache.folder != self.cache_dir:
                self.annotation_cache = AnnotationCache(self.cache_dir)
        else:
            self.seed_cache = self.annotation_cache = None

    @property
    def seeds_dir(self) -> Path:
        return self.root / self.config.seeds_dir

    @property
    def editorial_dir(self) -> Path:
        return self.root / self.config.editorial_dir

    def knowledge_base(self) -> KnowledgeBase:
        return KnowledgeBase.load(
            [self.editorial_dir / "entities.yml"],
            include_default=self.config.default_knowledge_base,
            language=self.config.languages[0],
            root=self.root,
        )

    def load_model_ahead(self) -> threading.Thread | None:
        """spaCy and the pipeline loaded in the background, for the next seed to annotate (a
        serve whose first build came from the cache); a broken knowledge base is left to the
        build, which reports it."""
        try:
            kb = self.knowledge_base()
        except KnowledgeBaseError:
            return None
        return load_in_background(self.config.model, kb)

    def read(self, paths: Sequence[Path] | None = None) -> SeedReport:
        found = find_seeds(self.seeds_dir) if paths is None else paths
        cache = self.seed_cache
        report = read_seeds(
            found,
            root=self.root,
            languages=self.config.languages,
            max_chars=self.config.max_seed_chars,
            reader=cache.read if cache is not None else None,
            follow_symlinks=self.config.follow_symlinks,
        )
        report.complete = paths is None
        if cache is not None and report.complete:
            cache.prune(found, self.root)
        return report

    def apply_overlays(
        self, briefings: list[Briefing], kb: KnowledgeBase, *, kept: dict[str, Overlay] | None = None
    ) -> tuple[list[Briefing], list[OverlayError]]:
        """The analyst's corrections (`briefings/<slug>.yml`, `briefings/sources.yml`) applied.

        Applied after the cache: a correction never needs spaCy. A broken entry is reported and
        skipped; the rest of its file still applies. With `kept` (while serving), a file that
        cannot be read at all leaves its last good version in use, kept there.
        """
        overlays, errors = load_overlays(
            self.editorial_dir, slugs={b.slug for b in briefings}, root=self.root
        )
        if kept is not None:
            with_errors = {Path(error.path).stem for error in errors}
            for slug in with_errors - set(overlays):
                if slug in kept:
                    overlays[slug] = kept[slug]
                    errors.append(OverlayError(kept[slug].path, say("overlay_errors.previous_kept")))
            kept.update({slug: o for slug, o in overlays.items() if slug not in with_errors})
        ratings, rating_errors = load_source_ratings(self.editorial_dir / "sources.yml", root=self.root)
        errors += rating_errors
        corrected = []
        for briefing in briefings:
            overlay = overlays.get(briefing.slug)
            if overlay is None and not ratings:
                corrected.append(briefing)
                continue
            annotation = briefing.annotation
            applied, problems = apply_overlay(
                overlay,
                text=briefing.article.text,
                mentions=annotation.mentions,
                claims=annotation.claims,
                kb=kb,
                ratings=ratings,
            )
            errors += problems
            article = briefing.article
            if applied.title:
                article = replace(article, title=applied.title)
            entities = dict(annotation.entities)
            for mention in applied.mentions:  # an added or relinked mention needs its entity
                if mention.id not in entities:
                    entities[mention.id] = kb.get(mention.id) or Entity(
                        mention.id, mention.text, mention.label
                    )
            corrected.append(
                Briefing(
                    article,
                    replace(annotation, mentions=applied.mentions, claims=applied.claims, entities=entities),
                    applied,
                )
            )
        if ratings:
            errors += unused_ratings(ratings, [b.overlay for b in corrected if b.overlay is not None])
        return corrected, errors

    @property
    def cache_dir(self) -> Path:
        return self.root / self.config.cache_dir

    def annotate(
        self, report: SeedReport, kb: KnowledgeBase, *, annotator: Annotator | None = None
    ) -> list[Briefing]:
        """Annotations from the cache where it holds them; spaCy runs for the rest only, in this
        machine's processes or with `annotator`. Each is stored as soon as it is done. A seed
        this machine could not annotate is added to `report.errors` (`annotator` reports its own)."""
        articles = report.articles
        model = self.config.model
        cache = self.annotation_cache
        keys = {a.slug: annotation_key(a, model=model, kb_digest=kb.digest) for a in articles}
        found: dict[str, Annotation] = {}
        if cache is not None:
            for article in articles:
                annotation = cache.load(article.slug, keys[article.slug])
                if annotation is not None:
                    found[article.slug] = annotation
        todo = [a for a in articles if a.slug not in found]
        if todo:
            log.info(
                "briefings: annotating %d seed(s) with %s (%d from the cache)",
                len(todo),
                model,
                len(found),
            )
            progress = Progress(len(todo)) if annotator is not None or len(todo) >= PROGRESS_FROM else None
            here = partial(self._annotate_here, failures=report.errors)
            for index, annotation in (annotator or here)(todo, model=model, kb=kb, progress=progress):
                article = todo[index]
                found[article.slug] = annotation
                if cache is not None:
                    cache.store(article.slug, keys[article.slug], annotation)
        if cache is not None and report.complete:
            cache.prune({a.slug for a in articles}, set(keys.values()))
        return [Briefing(article, found[article.slug]) for article in articles if article.slug in found]

    def _annotate_here(
        self,
        articles: Sequence[Article],
        *,
        model: str,
        kb: KnowledgeBase,
        progress: Callable[[int], None] | None,
        failures: list[SeedError],
    ) -> Iterator[tuple[int, Annotation]]:
        """The annotator of a build: spaCy in this machine's processes; a seed that could not be
        annotated goes to `failures`."""
        workers = self._workers(articles)
        for index, outcome in annotate_each(articles, model=model, kb=kb, workers=workers, progress=progress):
            if isinstance(outcome, AnnotationFailed):
                failures.append(outcome)
            else:
                yield index, outcome

    def briefings(
        self, report: SeedReport, kb: KnowledgeBase, *, kept: dict[str, Overlay] | None = None
    ) -> tuple[list[Briefing], list[OverlayError]]:
        """The briefings of the seeds read: annotated, corrected by the analyst, then corroborated
        across briefings (on the whole corpus, after the corrections, never cached); `kept`: see
        `apply_overlays`."""
        briefings, errors = self.apply_overlays(self.annotate(report, kb), kb, kept=kept)
        return corroborate_across(briefings), errors

    def _workers(self, articles: Sequence[Article]) -> int:
        """Processes for spaCy: all cores when there is enough work to pay for starting them (many
        seeds, or a long one, parsed in pieces)."""
        if len(articles) < PARALLEL_FROM and all(len(a.text) <= LONG_TEXT for a in articles):
            return 1
        return self.config.workers or max(1, min(os.cpu_count() or 1, 8))


#: Below this many seeds to annotate, one process is faster than starting workers.
PARALLEL_FROM = 24
#: From this many seeds on, progress is logged.
PROGRESS_FROM = 50


class Progress:
    """Logs count, rate and time left while a cold build annotates many seeds."""

    def __init__(self, total: int, every: float = 5.0):
        self.total = total
        self.every = every
        self.started = time.monotonic()
        self.last = self.started

    def __call__(self, done: int) -> None:
        now = time.monotonic()
        if now - self.last < self.every and done < self.total:
            return
        self.last = now
        rate = done / max(now - self.started, 1e-9)
        left = (self.total - done) / rate if rate else 0.0
        log.info(
            "briefings: annotated %d/%d seeds (%.1f/s, about %.0f s left)",
            done,
            self.total,
            rate,
            left,
        )


def annotation_environment(model: str) -> str:
    """What a machine's annotations depend on besides their inputs: the package's code and the
    model's version. Every worker of a cluster must have the same as the machine whose cache
    it fills, since the cache keys are computed there."""
    return f"briefings code {code_digest()[:16]}, {model}=={model_version(model)}"
