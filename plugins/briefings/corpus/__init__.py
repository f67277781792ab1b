"""The corpus stage: everything across briefings, after the analyst's corrections: corroboration,
the entity index, related briefings, sources across briefings, the timeline and the graph."""

from .corroboration import Corroborations, corroborate_across
from .graph import (
    Graph,
    co_occurrence,
    co_occurrence_graph,
    lay_out,
    lay_out_all,
    lay_out_narrow,
    neighbourhood,
)
from .index import (
    COMMON_ENTITY_POSTINGS,
    ClaimRef,
    Corpus,
    DatedEvent,
    MentionRef,
    Related,
    SourceRecord,
    dated_events_of,
)

__all__ = [
    "COMMON_ENTITY_POSTINGS",
    "ClaimRef",
    "Corroborations",
    "Corpus",
    "DatedEvent",
    "Graph",
    "MentionRef",
    "Related",
    "SourceRecord",
    "co_occurrence",
    "co_occurrence_graph",
    "lay_out",
    "lay_out_all",
    "lay_out_narrow",
    "neighbourhood",
    "corroborate_across",
    "dated_events_of",
]
