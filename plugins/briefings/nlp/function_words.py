"""The function words the entity rules test tokens against (data/<lang>/function_words.yml)."""

from __future__ import annotations

from dataclasses import dataclass, fields
from functools import cache
from typing import Any

from ..language import bundle


@dataclass(frozen=True)
class FunctionWords:
    """The lists of data/<lang>/function_words.yml, as written (lower case, both apostrophes)."""

    of: frozenset[str]
    bare_of: frozenset[str]
    articles: frozenset[str]
    unfused_articles: frozenset[str]
    fused_articles: frozenset[str]
    fused_a: frozenset[str]
    leading_words: frozenset[str]
    trailing_words: frozenset[str]
    place_openers: frozenset[str]
    name_particles: frozenset[str]
    list_coordinators: frozenset[str]
    locative_prepositions: frozenset[str]
    acronym_small_words: frozenset[str]
    inflection_endings: frozenset[str]
    english_connectors: frozenset[str]
    english_name_links: frozenset[str]
    purpose_prepositions: frozenset[str]
    purpose_articles: frozenset[str]
    locution_nouns: frozenset[str]
    title_articles: frozenset[str]
    medium_links: frozenset[str]
    ordinal_suffixes: tuple[str, ...]
    name_determiners: tuple[str, ...]

    @property
    def capitalised_articles(self) -> frozenset[str]:
        """The articles as they open a title or a sentence ("Le", "L'")."""
        return frozenset(word.capitalize() for word in self.articles)


@cache
def function_words(language: str = "fr") -> FunctionWords:
    """The function words of `language`, from its bundle's function_words.yml."""
    return read_function_words(bundle(language).data("function_words.yml") or {}, language)


def read_function_words(data: dict[str, Any], language: str) -> FunctionWords:
    """`FunctionWords` from the lists of a function_words.yml: every one must be there, and nothing else."""
    names = {f.name: str(f.type) for f in fields(FunctionWords)}
    missing, unknown = names.keys() - data.keys(), data.keys() - names.keys()
    if missing or unknown:
        raise ValueError(
            f"function words of '{language}': missing {sorted(missing)}, unknown {sorted(unknown)}"
        )
    values: dict[str, Any] = {
        name: (tuple if names[name].startswith("tuple") else frozenset)(str(word) for word in data[name])
        for name in names
    }
    return FunctionWords(**values)
