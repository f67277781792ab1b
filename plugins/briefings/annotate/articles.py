"""Run the spaCy pipeline over articles: their mentions, sentences and claims.

Articles go to spaCy in batches (tasks, `processes.py`), in worker processes when there are
enough of them. A batch that fails (one of its seeds made spaCy or the claim analysis raise, or
killed its worker process) is tried again seed by seed, so that only the seed at fault is
reported, by file, and every other one is annotated.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from functools import partial
from typing import TYPE_CHECKING, Any

from ..knowledge import KnowledgeBase
from ..model import Annotation, Article
from ..nlp.dates import resolve_date
from ..nlp.pipeline import load_pipeline
from ..seeds import SeedError
from ..sourcing.credits import CreditReader
from .processes import Failure, Task, run_tasks

if TYPE_CHECKING:
    from spacy.language import Language


class AnnotationFailed(SeedError):
    """A seed that was read but could not be annotated: what spaCy or the claim analysis raised
    on it, or how its worker process died (`reason`)."""

    def __init__(self, path: str, reason: str):
        super().__init__(
            path,
            f"could not be annotated ({reason})",
            hint="it is left out of the site; check its text, or report the error with the seed",
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
    for index, outcome in annotate_each(
        articles, model=model, kb=kb, workers=workers, batch_size=batch_size, progress=progress
    ):
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
) -> Iterator[tuple[int, Annotation | AnnotationFailed]]:
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


class _Run:
    """The tasks of one annotation, and what comes back of them put together."""

    def __init__(self, nlp: Language, articles: Sequence[Article], kb: KnowledgeBase):
        self.nlp = nlp
        self.articles = articles
        self.kb = kb
        self.credits: dict[str, CreditReader] = {}

    def tasks(self, batch_size: int) -> deque[tuple[_Batch, Task]]:
        tasks: deque[tuple[_Batch, Task]] = deque()
        for language in dict.fromkeys(article.language for article in self.articles):
            indices = [i for i, a in enumerate(self.articles) if a.language == language]
            for start in range(0, len(indices), batch_size):
                batch = _Batch(tuple(indices[start : start + batch_size]), language)
                tasks.append((batch, self._batch_task(batch)))
        return tasks

    def _batch_task(self, batch: _Batch) -> Task:
        from .document import ANNOTATOR, annotation_data

        options = {"component_cfg": {ANNOTATOR: {"language": batch.language}}}
        return Task([self.articles[i].text for i in batch.indices], options, annotation_data)

    def receive(
        self, key: _Batch, outcome: list[Any] | Failure, tasks: deque[tuple[_Batch, Task]]
    ) -> list[tuple[int, Annotation | AnnotationFailed]]:
        """The articles a task's outcome completes (or fails). A batch of several articles that
        failed is tried again as one task per article, added to `tasks`."""
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
