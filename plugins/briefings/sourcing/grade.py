"""Confidence grades (stub)."""
from __future__ import annotations
def grade_claims(claims, *, doc=None, mentions=()):
    return claims
