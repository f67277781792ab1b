"""The nlp stage: spaCy behind one door. Text → entity mentions, with the model and our components.

Never imports `briefings.sourcing`: `briefings.annotate` puts the two together.
"""

from .pipeline import ModelNotInstalled, load_pipeline

__all__ = ["ModelNotInstalled", "load_pipeline"]
