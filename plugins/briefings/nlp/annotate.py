"""Run the spaCy pipeline over articles and turn its entities into canonical mentions."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Sequence
from typing import Any

from ..models import Annotation, Article, Entity, EntityMention
from .canonical import Canonicaliser, RawMention
from .dates import resolve_date
from .knowledge import KnowledgeBase
from .pipeline import load_pipeline

#: Labels our components and knowledge base give; they are kept as they are.
RULE_MADE = ("DATE", "QUANTITY", "NORP")
#: The model's labels → ours. Anything else the model may produce is "MISC".
MODEL_LABELS = {
    "PER": "PER",
    "PERSON": "PER",
    "ORG": "ORG",
    "LOC": "LOC",
    "GPE": "LOC",
    "MISC": "MISC",
}


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

    With `workers` > 1, spaCy parses in that many processes (`nlp.pipe(n_process=…)`); the
    canonicalisation and the claims need the whole knowledge base and stay in this process.
    """
    if not articles:
        return []
    nlp = load_pipeline(model, kb)
    canonicaliser = Canonicaliser(kb)
    texts = (article.text for article in articles)
    if workers > 1:
        docs = nlp.pipe(texts, batch_size=batch_size, n_process=workers)
    else:
        docs = nlp.pipe(texts, batch_size=batch_size)
    annotations = []
    try:
        for done, (article, doc) in enumerate(zip(articles, docs, strict=True), start=1):
            annotations.append(_annotation(article, doc, canonicaliser, kb))
            if progress is not None:
                progress(done)
    finally:
        # on an error, closing the generator stops spaCy's worker processes; left running,
        # they would keep the build from ever exiting
        docs.close()  # type: ignore[attr-defined]
    return annotations


def whole_characters(text: str, start: int, end: int) -> tuple[int, int]:
    """Move span edges off combining marks, so a span never cuts a character as readers see it
    ("«" followed by a stray accent is one character on screen, two code points)."""
    while start < end and unicodedata.combining(text[start]):
        start += 1
    while end < len(text) and unicodedata.combining(text[end]):
        end += 1
    return start, end


def _annotation(article: Article, doc: Any, canonicaliser: Canonicaliser, kb: KnowledgeBase) -> Annotation:
    text = doc.text  # spaCy rebuilds it from the tokens on every access
    raw = []
    for ent in doc.ents:
        start, end = whole_characters(text, ent.start_char, ent.end_char)
        if start < end:
            label = ent.label_ if ent.label_ in RULE_MADE else MODEL_LABELS.get(ent.label_, "MISC")
            raw.append(RawMention(start, end, text[start:end], label, ent.ent_id_))
    mentions: list[EntityMention] = []
    entities: dict[str, Entity] = {}
    for mention, entity in canonicaliser.resolve(raw):
        label = mention.label if mention.label in ("NORP", "DATE", "QUANTITY") else entity.label
        value = resolve_date(mention.text, article.date, article.language) if label == "DATE" else None
        mentions.append(EntityMention(mention.start, mention.end, mention.text, label, entity.id, value))
        entities.setdefault(entity.id, entity)
    sentences = [(sent.start_char, sent.end_char) for sent in doc.sents]
    from ..sourcing import credit_sources, extract_claims  # spaCy-bound: imported only here

    return Annotation(
        mentions=mentions,
        sentences=sentences,
        entities=entities,
        claims=extract_claims(doc, mentions=mentions, kb=kb, language=article.language),
        sources=credit_sources(article.credits, kb, language=article.language),
    )
