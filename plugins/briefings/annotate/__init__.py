"""The annotate stage: spaCy's parse (`briefings.nlp`) and the claims (`briefings.sourcing`) put
together, in spaCy's worker processes. `Article` → `Annotation`."""

from ..nlp import ModelNotInstalled
from .articles import AnnotationFailed, annotate_articles, annotate_each, load_in_background
from .pieces import LONG_TEXT

__all__ = [
    "LONG_TEXT",
    "AnnotationFailed",
    "ModelNotInstalled",
    "annotate_articles",
    "annotate_each",
    "load_in_background",
]
