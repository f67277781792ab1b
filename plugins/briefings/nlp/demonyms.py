"""Demonyms (data/<lang>/demonyms.yml): every inflected form of a nationality or origin word and the
place it comes from, plus the forms that also name a language; no spaCy."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from ..language import bundle


@dataclass(frozen=True)
class Demonyms:
    places: dict[str, str]  # lower-case form → place name
    languages: frozenset[str]  # lower-case masculine singular forms that also name a language
    longest: int  # the most words a form has, once the tokenizer splits it at hyphens


def inflect(base: str) -> set[str]:
    """The masculine singular `base` and its feminine and plural forms (French, regular ones)."""
    if base.endswith(("s", "x")):
        return {base, base + "e", base + "es"}
    if base.endswith("e"):
        return {base, base + "s"}
    if base.endswith("al"):
        return {base, base + "e", base[:-2] + "aux", base + "es"}
    if base.endswith("en"):
        return {base, base + "ne", base + "s", base + "nes"}
    return {base, base + "e", base + "s", base + "es"}


@cache
def demonyms(language: str = "fr") -> Demonyms:
    """The demonym table of `language`; empty when its bundle has no `demonyms.yml`."""
    try:
        data: dict[str, Any] = bundle(language).data("demonyms.yml")
    except (KeyError, FileNotFoundError):
        return Demonyms({}, frozenset(), 0)
    places: dict[str, str] = {}
    for place, bases in (data.get("places") or {}).items():
        for base in bases or ():
            for form in inflect(str(base).lower()):
                places.setdefault(form, str(place))
    longest = max((form.count("-") * 2 + 1 for form in places), default=0)
    return Demonyms(places, frozenset(str(w).lower() for w in data.get("languages") or ()), longest)
