"""The annotate stage: spaCy's parse (`briefings.nlp`) and the claims (`briefings.sourcing`) put
together, in spaCy's worker processes. `Article` → `Annotation`."""

from ..nlp import ModelNotInstalled
from .articles import annotate_articles

__all__ = ["ModelNotInstalled", "annotate_articles"]
