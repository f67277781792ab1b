"""Annotate on a Dask cluster: batches of articles as tasks, the model loaded once per worker.

Needs the `cluster` extra (`pip install briefings[cluster]`); nothing imports this module unless
annotation is asked to run on a cluster. Each worker gets the model's name and the knowledge base
once, through a worker plugin (workers that join or restart later get it too), and builds the
pipeline when it gets the plugin (`load_pipeline` keeps it for the life of the process). A batch
runs `annotate_each` as a local build does, so its annotations are the same, byte for byte.

A worker that dies loses only the batches it held: the scheduler gives them to another worker,
and a batch that raised is tried again (`retries`). A seed that breaks its batch is annotated
alone, and reported by file if it fails again; the rest of its batch is kept.
"""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from types import TracebackType

from distributed import Client, Future, as_completed, get_worker
from distributed.diagnostics.plugin import WorkerPlugin

from ..i18n import say
from ..knowledge import KnowledgeBase
from ..model import Annotation, Article
from ..nlp import ModelNotInstalled, load_pipeline
from ..seeds import SeedError
from .articles import AnnotationFailed, annotate_each

#: Batches queued per worker thread: every worker has its next batch at hand when one is done,
#: and the scheduler never holds a whole archive's texts.
QUEUED_PER_THREAD = 2


class WorkerMismatch(Exception):
    """A worker runs other code or another model than the machine whose cache it fills."""


class AnnotatorPlugin(WorkerPlugin):
    """What a worker needs to annotate: the model's name, the knowledge base, and what its own
    annotations depend on (`environment`, checked against the client's)."""

    def __init__(self, model: str, kb: KnowledgeBase, environment: Callable[[str], str] | None = None):
        self.model = model
        self.kb = kb
        self.environment = environment
        self.name = f"briefings-annotator-{model}-{kb.digest[:16]}"
        self.worker_environment = ""

    async def setup(self, worker: object) -> None:
        """Build the pipeline now, on every worker at once, rather than with each one's first
        batch; in a thread, so that the worker's event loop (its heartbeats) never waits."""
        self.worker_environment = self.environment(self.model) if self.environment else ""
        await asyncio.to_thread(self._load)

    def _load(self) -> None:
        from .document import ANNOTATOR  # spaCy-bound: the client never imports spaCy

        load_pipeline(self.model, self.kb, finish=(ANNOTATOR,))


@dataclass
class BatchResult:
    """What a worker sends back for a batch: annotations and failures by position in the batch."""

    worker: str
    environment: str
    annotations: dict[int, Annotation] = field(default_factory=dict)
    errors: dict[int, str] = field(default_factory=dict)


def annotate_batch(plugin_name: str, batch: Sequence[Article]) -> BatchResult:
    """A task: annotate `batch` on this worker with the pipeline its plugin describes (a seed that
    breaks the batch is annotated alone, and is the only one to fail)."""
    worker = get_worker()
    plugin: AnnotatorPlugin = worker.plugins[plugin_name]  # type: ignore[assignment]
    result = BatchResult(worker.address, plugin.worker_environment)
    for position, outcome in annotate_each(batch, model=plugin.model, kb=plugin.kb):
        if isinstance(outcome, AnnotationFailed):
            result.errors[position] = outcome.reason
        else:
            result.annotations[position] = outcome
    return result


class ClusterAnnotator:
    """`Project.annotate`'s annotator on a Dask cluster: `scheduler` is an address
    ("tcp://host:8786") or a connected `distributed.Client`. Seeds that could not be annotated
    are in `failures` afterwards, each naming its file."""

    def __init__(
        self,
        scheduler: str | Client,
        *,
        batch_size: int = 16,
        retries: int = 2,
        environment: Callable[[str], str] | None = None,
        timeout: float = 30,
    ):
        if isinstance(scheduler, Client):
            self.client, self._owned = scheduler, False
        else:
            self.client, self._owned = Client(scheduler, timeout=timeout), True
        self.batch_size = max(1, batch_size)
        self.retries = retries
        self.environment = environment
        self.failures: list[SeedError] = []

    def __enter__(self) -> ClusterAnnotator:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.close()

    def close(self) -> None:
        if self._owned:
            self.client.close()

    def workers(self) -> int:
        """Worker threads the cluster has now."""
        return sum(self.client.nthreads().values())

    def __call__(
        self,
        articles: Sequence[Article],
        *,
        model: str,
        kb: KnowledgeBase,
        progress: Callable[[int], None] | None = None,
    ) -> Iterator[tuple[int, Annotation]]:
        """Yield (index in `articles`, annotation) as batches come back, in any order."""
        plugin = AnnotatorPlugin(model, kb, self.environment)
        self.client.register_plugin(plugin, name=plugin.name)
        expected = self.environment(model) if self.environment else ""
        batches = iter(range(start, min(start + self.batch_size, len(articles)))
                       for start in range(0, len(articles), self.batch_size))  # fmt: skip
        run = uuid.uuid4().hex[:12]
        queued: dict[str, tuple[Future, range]] = {}
        completed = as_completed()

        def submit_next() -> None:
            indices = next(batches, None)
            if indices is None:
                return
            key = f"briefings-annotate-{run}-{indices.start}"
            future = self.client.submit(
                annotate_batch,
                plugin.name,
                [articles[i] for i in indices],
                key=key,
                retries=self.retries,
                pure=False,
            )
            queued[key] = (future, indices)
            completed.add(future)

        for _ in range(max(QUEUED_PER_THREAD * self.workers(), 2)):
            submit_next()
        done = 0
        try:
            for future in completed:
                _, indices = queued.pop(str(future.key))
                try:
                    result: BatchResult = future.result()
                except ModelNotInstalled:
                    raise
                except Exception as error:  # the batch failed on every try (KilledWorker: it
                    # took its workers down with it); its seeds are reported, the others go on
                    for i in indices:
                        self._fail(articles[i], f"{type(error).__name__}: {error}")
                else:
                    if result.environment != expected:
                        raise WorkerMismatch(
                            f"worker {result.worker} has {result.environment or 'nothing to compare'}"
                            f", this machine {expected}: install the same briefings package and "
                            "spaCy model on every worker"
                        )
                    for position, annotation in result.annotations.items():
                        yield indices[position], annotation
                    for position, reason in result.errors.items():
                        self._fail(articles[indices[position]], reason)
                future.release()
                done += len(indices)
                if progress is not None:
                    progress(done)
                submit_next()
        finally:  # stopped early (an error, or the caller gave up): nothing keeps running
            self.client.cancel([future for future, _ in queued.values()])

    def _fail(self, article: Article, reason: str) -> None:
        self.failures.append(SeedError(article.source_path, say("seed_errors.not_annotated", reason=reason)))
