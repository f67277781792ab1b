"""The sourcing stage: who claims what, how hedged, and how far to trust it."""

# Only the data classes and the credit lines are imported eagerly: the extraction needs spaCy,
# and a warm build (every annotation in the cache) must not import it.

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..model import Claim, Source, claim_to_export
from .credits import credit_sources

if TYPE_CHECKING:
    from .extract import extract_claims

__all__ = ["Claim", "Source", "claim_to_export", "credit_sources", "extract_claims"]


def __getattr__(name: str) -> Any:
    if name == "extract_claims":
        from .extract import extract_claims

        return extract_claims
    raise AttributeError(name)
