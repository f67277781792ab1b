"""The knowledge base in the spaCy pipeline: known names found, canonicalised and labelled."""

from __future__ import annotations

import pytest

from briefings.annotate import annotate_articles
from briefings.knowledge import KnowledgeBase
from briefings.seeds import read_seed

from ..helpers import ORIGINAL_SEED, ROOT


@pytest.mark.slow
def test_original_seed_entities() -> None:
    article = read_seed(ORIGINAL_SEED)
    kb = KnowledgeBase.load([ROOT / "briefings" / "entities.yml"])
    (annotation,) = annotate_articles([article], model="fr_core_news_md", kb=kb)
    found = {(m.text, m.label, m.id) for m in annotation.mentions}
    assert ("Vladimir Poutine", "PER", "vladimir-poutine") in found
    assert ("nord-coréens", "NORP", "coree-du-nord") in found
    assert ("sud-coréenne", "NORP", "coree-du-sud") in found
    assert (
        "entre 10 000 et 12 000 soldats",
        "QUANTITY",
        "quantity-entre-10-000-et-12-000-soldats",
    ) in found
    assert any(m.text == "environ 1 100" and m.label == "QUANTITY" for m in annotation.mentions)
    assert {"jeudi", "octobre 2024", "mi-janvier", "plus tôt ce mois-ci"} <= {
        m.text for m in annotation.mentions if m.label == "DATE"
    }
    assert all(m.text not in ("L’", "L'", "région de", "Vladimir") for m in annotation.mentions)
    assert not any(m.label == "LOC" and m.text.startswith("région") for m in annotation.mentions)
    for mention in annotation.mentions:
        assert article.text[mention.start : mention.end] == mention.text


@pytest.mark.slow
def test_maison_blanche_is_an_organisation() -> None:
    article = read_seed(ORIGINAL_SEED)
    article.text = "La Maison Blanche a réagi mardi."
    article.blocks = article.blocks[:0]
    kb = KnowledgeBase.load([])
    (annotation,) = annotate_articles([article], model="fr_core_news_md", kb=kb)
    assert [(m.text, m.label, m.id) for m in annotation.mentions if m.label != "DATE"] == [
        ("Maison Blanche", "ORG", "maison-blanche")
    ]
