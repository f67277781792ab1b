"""The annotate stage: spaCy's parse (`briefings.nlp`) and the claims (`briefings.sourcing`) put
together, in spaCy's worker processes. `Article` → `Annotation`."""

from ..nlp import ModelNotInstalled
from .articles import AnnotationFailed, annotate_articles, annotate_each

__all__ = ["AnnotationFailed", "ModelNotInstalled", "annotate_articles", "annotate_each"]
