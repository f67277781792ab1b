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


def inflect(base: str, inflections: dict[str, list[str]]) -> set[str]:
    """The masculine singular `base` and its feminine and plural forms (the regular ones): the first
    ending of `inflections` that `base` has, replaced by each of its forms."""
    for ending, forms in inflections.items():
        if base.endswith(ending):
            stem = base[: len(base) - len(ending)]
            return {stem + str(form) for form in forms}
    return {base}


@cache
def demonyms(language: str = "fr") -> Demonyms:
    """The demonym table of `language`; empty when its bundle has no `demonyms.yml`."""
    try:
        data: dict[str, Any] = bundle(language).data("demonyms.yml")
    except (KeyError, FileNotFoundError):
        return Demonyms({}, frozenset(), 0)
    places: dict[str, str] = {}
    inflections = {str(ending): list(forms) for ending, forms in (data.get("inflections") or {}).items()}
    for place, bases in (data.get("places") or {}).items():
        for base in bases or ():
            for form in inflect(str(base).lower(), inflections):
                places.setdefault(form, str(place))
    longest = max((form.count("-") * 2 + 1 for form in places), default=0)
    return Demonyms(places, frozenset(str(w).lower() for w in data.get("languages") or ()), longest)
