"""Run the spaCy pipeline over articles: their mentions, sentences and claims.

Articles go to spaCy in batches (tasks, `processes.py`), in worker processes when there are
enough of them. A batch that fails (one of its seeds made spaCy or the claim analysis raise, or
killed its worker process) is tried again seed by seed, so that only the seed at fault is
reported, by file, and every other one is annotated. A long text is parsed in pieces
(`pieces.py`), spread over the workers like batches.
"""

from __future__ import annotations

import logging
import threading
from collections import deque
from collections.abc import Callable, Generator, Sequence
from contextlib import closing
from dataclasses import dataclass, replace
from functools import partial
from typing import TYPE_CHECKING, Any

from ..i18n import say
from ..knowledge import KnowledgeBase
from ..model import Annotation, Article
from ..nlp.dates import resolve_date
from ..nlp.pipeline import load_pipeline, whole_text_components
from ..seeds import SeedError
from ..sourcing.credits import CreditReader
from ..text import shown
from .pieces import LONG_TEXT, split_text
from .processes import Failure, Task, run_tasks

if TYPE_CHECKING:
    from spacy.language import Language


#: The longest reason given for a seed that could not be annotated, in characters.
MAX_REASON = 300

log = logging.getLogger("mkdocs.plugins.briefings")


def load_in_background(model: str, kb: KnowledgeBase) -> threading.Thread:
    """The pipeline `annotate_each` uses, loaded in a thread of its own (`load_pipeline` keeps
    it for the process): `mkdocs serve` started on a full cache annotates nothing in its first
    build, and its first edit would otherwise wait the seconds spaCy takes to load. A failure is
    left to the build that needs the pipeline, which reports it."""

    def load() -> None:
        from .document import ANNOTATOR  # spaCy-bound: imported only here

        try:
            load_pipeline(model, kb, finish=(ANNOTATOR,))
        except Exception as error:  # noqa: BLE001 - reported where the pipeline is needed
            log.debug("briefings: spaCy not loaded ahead: %s", error)

    thread = threading.Thread(target=load, name="briefings-load-spacy", daemon=True)
    thread.start()
    return thread


class AnnotationFailed(SeedError):
    """A seed that was read but could not be annotated: what spaCy or the claim analysis raised
    on it, or how its worker process died (`reason`)."""

    def __init__(self, path: str, reason: str):
        # what spaCy raised may quote the seed: one bounded line that cannot forge the log
        reason = shown(reason)
        if len(reason) > MAX_REASON:
            reason = reason[: MAX_REASON - 1] + "…"
        super().__init__(
            path,
            say("seed_errors.not_annotated", reason=reason),
            hint=say("seed_errors.not_annotated_hint"),
        )
        self.reason = reason


def annotate_articles(
    articles: Sequence[Article],
    *,
    model: str,
    kb: KnowledgeBase,
    workers: int = 1,
    batch_size: int = 16,
    progress: Callable[[int], None] | None = None,
) -> list[Annotation]:
    """Annotate `articles`, in order; the first seed that could not be annotated is raised
    (`AnnotationFailed`: `annotate_each` goes on without it)."""
    annotations: dict[int, Annotation] = {}
    outcomes = annotate_each(
        articles, model=model, kb=kb, workers=workers, batch_size=batch_size, progress=progress
    )
    with closing(outcomes):  # on a failure, its workers stop now, not when the traceback goes
        for index, outcome in outcomes:
            if isinstance(outcome, AnnotationFailed):
                raise outcome
            annotations[index] = outcome
    return [annotations[i] for i in range(len(articles))]


def annotate_each(
    articles: Sequence[Article],
    *,
    model: str,
    kb: KnowledgeBase,
    workers: int = 1,
    batch_size: int = 16,
    progress: Callable[[int], None] | None = None,
) -> Generator[tuple[int, Annotation | AnnotationFailed], None, None]:
    """(index in `articles`, its annotation or why it has none), as each is done, in any order.
    The model is loaded here, and only here.

    With `workers` > 1, spaCy parses in that many processes; the last component of the pipeline
    (`annotate/document.py`) canonicalises the mentions and finds the claims where the parse is,
    so in those processes too. This one adds what needs the article's metadata: the values of
    dates and the credited sources."""
    if not articles:
        return
    from .document import ANNOTATOR  # spaCy-bound: imported only here

    nlp = load_pipeline(model, kb, finish=(ANNOTATOR,))
    run = _Run(nlp, articles, kb)
    tasks = run.tasks(batch_size)
    done = 0
    for key, outcome in run_tasks(nlp, tasks, workers):
        for index, annotation in run.receive(key, outcome, tasks):
            done += 1
            if progress is not None:
                progress(done)
            yield index, annotation


@dataclass(frozen=True)
class _Batch:
    """A task of whole articles, all of one language (their claims are read with its lexicon)."""

    indices: tuple[int, ...]
    language: str


@dataclass(frozen=True)
class _Pieces:
    """A task of consecutive pieces of one long article, from its piece `first` on."""

    index: int
    first: int


class _Run:
    """The tasks of one annotation, and what comes back of them put together."""

    def __init__(self, nlp: Language, articles: Sequence[Article], kb: KnowledgeBase):
        self.nlp = nlp
        self.articles = articles
        self.kb = kb
        self.credits: dict[str, CreditReader] = {}
        self.pieces: dict[int, list[str]] = {}
        self.parsed: dict[int, dict[int, list[bytes]]] = {}  # long article → first piece → Docs

    def tasks(self, batch_size: int) -> deque[tuple[_Batch | _Pieces, Task]]:
        tasks: deque[tuple[_Batch | _Pieces, Task]] = deque()
        # long articles first: their pieces keep every worker busy, and the rest of their work,
        # here, overlaps with the workers' next batches
        per_task = max(1, batch_size // 2)
        for index, article in enumerate(self.articles):
            if len(article.text) > LONG_TEXT:
                self.pieces[index] = split_text(article.text)
                self.parsed[index] = {}
                for first in range(0, len(self.pieces[index]), per_task):
                    tasks.append((_Pieces(index, first), self._pieces_task(index, first, per_task)))
        for language in dict.fromkeys(article.language for article in self.articles):
            indices = [
                i for i, a in enumerate(self.articles) if a.language == language and i not in self.pieces
            ]
            for start in range(0, len(indices), batch_size):
                batch = _Batch(tuple(indices[start : start + batch_size]), language)
                tasks.append((batch, self._batch_task(batch)))
        return tasks

    def _batch_task(self, batch: _Batch) -> Task:
        from .document import ANNOTATOR, annotation_data

        options = {"component_cfg": {ANNOTATOR: {"language": batch.language}}}
        return Task([self.articles[i].text for i in batch.indices], options, annotation_data)

    def _pieces_task(self, index: int, first: int, count: int) -> Task:
        from .document import piece_data

        options = {"disable": whole_text_components(self.nlp)}
        return Task(self.pieces[index][first : first + count], options, piece_data)

    def receive(
        self, key: _Batch | _Pieces, outcome: list[Any] | Failure, tasks: deque[tuple[_Batch | _Pieces, Task]]
    ) -> list[tuple[int, Annotation | AnnotationFailed]]:
        """The articles a task's outcome completes (or fails). A batch of several articles that
        failed is tried again as one task per article, added to `tasks`."""
        if isinstance(key, _Pieces):
            return self._receive_pieces(key, outcome)
        if isinstance(outcome, Failure):
            if len(key.indices) > 1:
                for i in key.indices:
                    single = _Batch((i,), key.language)
                    tasks.append((single, self._batch_task(single)))
                return []
            return [(key.indices[0], self._failed(key.indices[0], outcome.reason))]
        from .document import annotation_from

        return [
            (i, self._completed(i, partial(annotation_from, data)))
            for i, data in zip(key.indices, outcome, strict=True)
        ]

    def _receive_pieces(
        self, key: _Pieces, outcome: list[Any] | Failure
    ) -> list[tuple[int, Annotation | AnnotationFailed]]:
        index = key.index
        parsed = self.parsed.get(index)
        if parsed is None:  # one of its pieces failed already
            return []
        if isinstance(outcome, Failure):
            del self.parsed[index]
            return [(index, self._failed(index, outcome.reason))]
        parsed[key.first] = outcome
        if sum(len(docs) for docs in parsed.values()) < len(self.pieces[index]):
            return []
        del self.parsed[index]
        from .document import whole_text

        article = self.articles[index]
        pieces = [data for first in sorted(parsed) for data in parsed[first]]
        joined = partial(whole_text, self.nlp, pieces, article.text, language=article.language)
        return [(index, self._completed(index, joined))]

    def _completed(self, index: int, annotation: Callable[[], Annotation]) -> Annotation | AnnotationFailed:
        """The annotation of an article, with what needs the article: the values of its dates
        (against the publication date) and the sources its credit lines name."""
        article = self.articles[index]
        try:
            result = annotation()
            credits = self.credits.get(article.language)
            if credits is None:
                credits = self.credits[article.language] = CreditReader(self.kb, language=article.language)
            mentions = [
                replace(mention, value=resolve_date(mention.text, article.date, article.language))
                if mention.label == "DATE"
                else mention
                for mention in result.mentions
            ]
            return replace(result, mentions=mentions, sources=credits.sources(article.credits))
        except Exception as error:
            return self._failed(index, f"{type(error).__name__}: {error}")

    def _failed(self, index: int, reason: str) -> AnnotationFailed:
        return AnnotationFailed(self.articles[index].source_path, reason)
