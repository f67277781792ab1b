"""The corpus stage: everything across briefings, after the analyst's corrections: corroboration,
the entity index, related briefings, sources across briefings, the timeline and the graph."""

from .corroboration import corroborate_across
from .graph import Graph, co_occurrence_graph, empty_graph, graph_selection, lay_out, neighbourhood
from .index import ClaimRef, Corpus, DatedEvent, MentionRef, Related, SourceRecord

__all__ = [
    "ClaimRef",
    "Corpus",
    "DatedEvent",
    "Graph",
    "MentionRef",
    "Related",
    "SourceRecord",
    "co_occurrence_graph",
    "empty_graph",
    "graph_selection",
    "lay_out",
    "neighbourhood",
    "corroborate_across",
]
