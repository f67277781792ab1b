"""Plain data passed between the stages, and the one vocabulary they share.

This package imports nothing else of `briefings`: every other layer may import it.
"""

from __future__ import annotations

from .annotation import Annotation, Entity, EntityMention
from .article import Article, Block, BlockKind, InlineMark, MarkKind, RelatedLink
from .briefing import AppliedOverlay, Briefing, Correction, CorrectionTarget
from .claims import Claim, Source, claim_to_export
from .errors import InputError, Message, MessageValue, Word
from .vocabulary import (
    CREDIBILITY_GRADES,
    CREDIBILITY_MEANING,
    CREDIBILITY_NAMES,
    ENTITY_LABELS,
    LABEL_NAMES,
    LABEL_TITLES,
    LINKED_LABELS,
    RELIABILITY_GRADES,
    RELIABILITY_MEANING,
    RELIABILITY_NAMES,
    SOURCE_KIND_NAMES,
    SOURCE_KINDS,
    STANCE_NAMES,
    STANCES,
    SourceKind,
    Stance,
    claim_anchor,
    grade_level,
    mention_anchor,
)

__all__ = [
    "CREDIBILITY_GRADES",
    "CREDIBILITY_MEANING",
    "CREDIBILITY_NAMES",
    "ENTITY_LABELS",
    "LABEL_NAMES",
    "LABEL_TITLES",
    "LINKED_LABELS",
    "RELIABILITY_GRADES",
    "RELIABILITY_MEANING",
    "RELIABILITY_NAMES",
    "SOURCE_KINDS",
    "SOURCE_KIND_NAMES",
    "STANCES",
    "STANCE_NAMES",
    "Annotation",
    "AppliedOverlay",
    "Article",
    "Block",
    "BlockKind",
    "Briefing",
    "Claim",
    "Correction",
    "CorrectionTarget",
    "Entity",
    "EntityMention",
    "InlineMark",
    "InputError",
    "Message",
    "MessageValue",
    "MarkKind",
    "RelatedLink",
    "Source",
    "SourceKind",
    "Stance",
    "Word",
    "claim_anchor",
    "claim_to_export",
    "grade_level",
    "mention_anchor",
]
