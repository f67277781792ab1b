"""One line-aware reader for every editorial YAML file (reader.py), over YAML nodes that are never
constructed (nodes.py)."""

from .nodes import (
    MAX_EXPANDED_CHARS,
    MAX_EXPANDED_NODES,
    MAX_FILE_BYTES,
    SAFE_TAGS,
    describe,
    is_null,
    line_of,
    shorten,
    suggest,
)
from .reader import EDITORIAL_FILE, Document, Reader

__all__ = [
    "EDITORIAL_FILE",
    "MAX_EXPANDED_CHARS",
    "MAX_EXPANDED_NODES",
    "MAX_FILE_BYTES",
    "SAFE_TAGS",
    "Document",
    "Reader",
    "describe",
    "is_null",
    "line_of",
    "shorten",
    "suggest",
]
