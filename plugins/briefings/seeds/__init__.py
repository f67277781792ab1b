"""Seeds: article files read into clean `Article`s (no spaCy, no MkDocs)."""

from __future__ import annotations

from .errors import SeedError, SeedWarning
from .frontmatter import FRONT_MATTER_KEYS
from .markdown import SAFE_URL_SCHEMES
from .read import (
    MAX_SEED_CHARS,
    SEED_SUFFIXES,
    SeedReport,
    find_seeds,
    parse_seed,
    read_seed,
    read_seed_bytes,
    read_seeds,
)

__all__ = [
    "FRONT_MATTER_KEYS",
    "MAX_SEED_CHARS",
    "SAFE_URL_SCHEMES",
    "SEED_SUFFIXES",
    "SeedError",
    "SeedWarning",
    "SeedReport",
    "find_seeds",
    "parse_seed",
    "read_seed",
    "read_seed_bytes",
    "read_seeds",
]
