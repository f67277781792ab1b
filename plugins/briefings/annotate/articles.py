"""Run the spaCy pipeline over articles: their mentions, sentences and claims, in order."""

from __future__ import annotations

import ctypes
import os
import signal
import sys
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from ..knowledge import KnowledgeBase
from ..model import Annotation, Article
from ..nlp.dates import resolve_date
from ..nlp.pipeline import load_pipeline
from ..sourcing.credits import CreditReader

if TYPE_CHECKING:
    pass

#: The process whose spaCy workers are being forked, while it forks them: each worker dies with
#: it (a build killed with `kill -9` would otherwise leave workers of 500 MB each running forever,
#: blocked on a queue nobody will fill).
_PARENT: int | None = None
_PR_SET_PDEATHSIG = 1


def _die_with_parent() -> None:
    """In a process just forked while `_PARENT` is set: be killed when the parent dies (Linux's
    parent-death signal; elsewhere, a thread that watches the parent's pid)."""
    parent = _PARENT
    if parent is None:
        return
    watched = not sys.platform.startswith("linux")
    if not watched:
        try:
            libc = ctypes.CDLL(None, use_errno=True)
            watched = libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) != 0
        except (OSError, AttributeError):
            watched = True
    if watched:
        threading.Thread(target=_watch_parent, args=(parent,), daemon=True).start()
    if os.getppid() != parent:  # the parent died before the signal was asked for
        os._exit(1)


def _watch_parent(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(1.0)
    os._exit(1)


os.register_at_fork(after_in_child=_die_with_parent)


def annotate_articles(
    articles: Sequence[Article],
    *,
    model: str,
    kb: KnowledgeBase,
    workers: int = 1,
    batch_size: int = 16,
    progress: Callable[[int], None] | None = None,
) -> list[Annotation]:
    """Annotate `articles` in order. The model is loaded here, and only here.

    With `workers` > 1, spaCy parses in that many processes (`nlp.pipe(n_process=…)`); the last
    component of the pipeline (`annotate/document.py`) canonicalises the mentions and finds the claims where
    the parse is, so in those processes too. This one adds what needs the article's metadata: the
    values of dates and the credited sources.
    """
    if not articles:
        return []
    from .document import ANNOTATOR, annotation_of  # spaCy-bound: imported only here

    global _PARENT
    nlp = load_pipeline(model, kb, finish=(ANNOTATOR,))
    annotations: dict[int, Annotation] = {}
    done = 0
    # the claims are read with the lexicon of a language: one pass per language (usually one)
    for language in dict.fromkeys(article.language for article in articles):
        indices = [i for i, article in enumerate(articles) if article.language == language]
        options: dict[str, Any] = {
            "batch_size": batch_size,
            "component_cfg": {ANNOTATOR: {"language": language}},
        }
        if workers > 1:
            options["n_process"] = workers
            _PARENT = os.getpid()  # the workers are forked on the first document asked for
        docs = nlp.pipe((articles[i].text for i in indices), **options)
        credits = CreditReader(kb, language=language)
        try:
            for i, doc in zip(indices, docs, strict=True):
                annotations[i] = _completed(annotation_of(doc), articles[i], credits)
                done += 1
                if progress is not None:
                    progress(done)
        finally:
            # on an error, closing the generator stops spaCy's worker processes; left running,
            # they would keep the build from ever exiting
            docs.close()  # type: ignore[attr-defined]
            _PARENT = None
    return [annotations[i] for i in range(len(articles))]


def _completed(annotation: Annotation, article: Article, credits: CreditReader) -> Annotation:
    """The annotation of a Doc, with what needs the article: the values of its dates (against
    the publication date) and the sources its credit lines name."""
    mentions = [
        replace(mention, value=resolve_date(mention.text, article.date, article.language))
        if mention.label == "DATE"
        else mention
        for mention in annotation.mentions
    ]
    return replace(annotation, mentions=mentions, sources=credits.sources(article.credits))
