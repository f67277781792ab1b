"""Annotation with the real model: a seed that breaks spaCy (it raises, or its worker process
dies) is the only one to fail, named by file; a long seed, parsed in pieces, keeps its offsets
and gets the same annotation in one process or in several."""

from __future__ import annotations

import os
import signal
from collections.abc import Iterator

import pytest
from spacy.tokens import Doc

from briefings.annotate import LONG_TEXT, AnnotationFailed, annotate_articles, annotate_each, document
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
            raise RuntimeError("broken on purpose\n\x1b[31mINFO - forged " + "x" * 1000)
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
    assert failed.path == "seeds/s5.txt"
    # one line of bounded length, whatever the exception says
    assert failed.reason.startswith("RuntimeError: broken on purpose\\n\\x1b[31mINFO - forged xxx")
    assert len(failed.reason) == 300 and failed.reason.endswith("x…")
    assert "seeds/s5.txt: could not be annotated (RuntimeError: broken on purpose\\n" in str(failed)
    assert str(failed).isprintable()
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


def test_a_long_seed_is_parsed_in_pieces_with_its_offsets() -> None:
    paragraphs = ["L'Institut géophysique du Pérou (IGP) a enregistré un séisme."]
    while sum(map(len, paragraphs)) < 2 * LONG_TEXT:
        paragraphs.append(TEXTS[len(paragraphs) % len(TEXTS)])
    paragraphs.append("Selon l'IGP, la secousse a été ressentie à Lima.")
    text = "\n\n".join(paragraphs) + "\n"
    long = article("long", text)
    here = annotate_articles([long], model=MODEL, kb=KnowledgeBase(), workers=1)
    spread = annotate_articles([long], model=MODEL, kb=KnowledgeBase(), workers=2)
    assert here == spread
    (annotation,) = here
    for mention in annotation.mentions:
        assert text[mention.start : mention.end] == mention.text
    for claim in annotation.claims:
        assert text[claim.start : claim.end] == claim.text
    assert len(annotation.claims) >= len(paragraphs) - 2  # every paragraph's attributed statement
    # the components that need the whole text saw it whole: the acronym defined in the first
    # paragraph is a name in the last one, many pieces away (alone, the model does not see one)
    last = text.rindex("IGP")
    assert any(m.start == last and m.text == "IGP" for m in annotation.mentions)
