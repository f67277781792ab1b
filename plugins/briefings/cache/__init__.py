"""The caches under `.cache/briefings/`: seeds as read, annotations, and rendered pages."""

from .annotations import AnnotationCache, SeedCache, annotation_key
from .entry import CorruptEntry, code_digest, read_entry, write_entry
from .pages import PageCache, briefing_fingerprint, digest, templates_digest

__all__ = [
    "AnnotationCache",
    "CorruptEntry",
    "PageCache",
    "SeedCache",
    "annotation_key",
    "briefing_fingerprint",
    "code_digest",
    "digest",
    "read_entry",
    "templates_digest",
    "write_entry",
]
