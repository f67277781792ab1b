"""Run the spaCy pipeline over articles and turn its entities into canonical mentions."""

from __future__ import annotations

from collections.abc import Sequence

from ..models import Annotation, Article, EntityMention
from .canonical import Canonicaliser, RawMention
from .dates import resolve_date
from .knowledge import KnowledgeBase
from .pipeline import load_pipeline

#: The model's labels → ours. Anything else the model may produce is "MISC".
MODEL_LABELS = {"PER": "PER", "PERSON": "PER", "ORG": "ORG", "LOC": "LOC", "GPE": "LOC", "MISC": "MISC"}


def annotate_articles(
    articles: Sequence[Article], *, model: str, kb: KnowledgeBase, batch_size: int = 16
) -> list[Annotation]:
    """Annotate `articles` in order. The model is loaded here, and only here."""
    if not articles:
        return []
    nlp = load_pipeline(model, kb)
    canonicaliser = Canonicaliser(kb)
    docs = nlp.pipe((article.text for article in articles), batch_size=batch_size)
    return [
        _annotation(article, doc, canonicaliser) for article, doc in zip(articles, docs, strict=True)
    ]


def _annotation(article: Article, doc: object, canonicaliser: Canonicaliser) -> Annotation:
    raw = [
        RawMention(
            start=ent.start_char,
            end=ent.end_char,
            text=ent.text,
            label=ent.label_ if ent.label_ in ("DATE", "QUANTITY", "NORP") else MODEL_LABELS.get(ent.label_, "MISC"),
            kb_id=ent.ent_id_,
        )
        for ent in doc.ents  # type: ignore[attr-defined]
    ]
    mentions: list[EntityMention] = []
    entities = {}
    for mention, entity in canonicaliser.resolve(raw):
        label = mention.label if mention.label in ("NORP", "DATE", "QUANTITY") else entity.label
        value = resolve_date(mention.text, article.date, article.language) if label == "DATE" else None
        mentions.append(
            EntityMention(mention.start, mention.end, mention.text, label, entity.id, value)
        )
        entities.setdefault(entity.id, entity)
    sentences = [(sent.start_char, sent.end_char) for sent in doc.sents]  # type: ignore[attr-defined]
    return Annotation(mentions=mentions, sentences=sentences, entities=entities)
