"""The analyst's corrections: `briefings/<slug>.yml` per briefing and `briefings/sources.yml`.

`schema` holds what a file says, `load` reads and checks the files, `apply` corrects a
briefing's mentions and claims with them, `hints` says what the analyst probably meant when a
correction cannot apply.
"""

from __future__ import annotations

from ..model import AppliedOverlay, Correction
from .apply import apply_overlay
from .hints import unused_ratings
from .load import (
    NOT_OVERLAYS,
    OVERLAY_SUFFIXES,
    digest,
    find_overlays,
    load_overlay,
    load_overlays,
    load_source_ratings,
)
from .schema import (
    ENTITY_ACTIONS,
    ClaimCorrection,
    EntityAction,
    EntityCorrection,
    Overlay,
    OverlayError,
    SourceChange,
    SourceRating,
)

__all__ = [
    "ENTITY_ACTIONS",
    "NOT_OVERLAYS",
    "OVERLAY_SUFFIXES",
    "AppliedOverlay",
    "ClaimCorrection",
    "Correction",
    "EntityAction",
    "EntityCorrection",
    "Overlay",
    "OverlayError",
    "SourceChange",
    "SourceRating",
    "apply_overlay",
    "digest",
    "find_overlays",
    "load_overlay",
    "load_overlays",
    "load_source_ratings",
    "unused_ratings",
]
