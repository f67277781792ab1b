"""The nlp stage: spaCy behind one door. `Article` → `Annotation`."""

from .annotate import annotate_articles
from .knowledge import KnowledgeBase, KnowledgeBaseError
from .pipeline import ModelNotInstalled, load_pipeline

__all__ = [
    "KnowledgeBase",
    "KnowledgeBaseError",
    "ModelNotInstalled",
    "annotate_articles",
    "load_pipeline",
]
