"""Run the spaCy pipeline over articles and turn its entities into canonical mentions."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from ..models import Annotation, Article, EntityMention
from .canonical import Canonicaliser, RawMention
from .dates import resolve_date
from .knowledge import KnowledgeBase
from .pipeline import load_pipeline

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
    for done, (article, doc) in enumerate(zip(articles, docs, strict=True), start=1):
        annotations.append(_annotation(article, doc, canonicaliser, kb))
        if progress is not None:
            progress(done)
    return annotations


def _annotation(article: Article, doc: Any, canonicaliser: Canonicaliser, kb: KnowledgeBase) -> Annotation:
    raw = [
        RawMention(
            start=ent.start_char,
            end=ent.end_char,
            text=ent.text,
            label=ent.label_
            if ent.label_ in ("DATE", "QUANTITY", "NORP")
            else MODEL_LABELS.get(ent.label_, "MISC"),
            kb_id=ent.ent_id_,
        )
        for ent in doc.ents  # type: ignore[attr-defined]
    ]
    mentions: list[EntityMention] = []
    entities = {}
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
