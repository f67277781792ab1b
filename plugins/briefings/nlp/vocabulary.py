"""The vocabulary of dates and figures (data/<lang>/entities.yml) compiled to patterns; no spaCy."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from ..language import bundle
from ..text import YEAR_PATTERN


@dataclass(frozen=True)
class Vocabulary:
    date: re.Pattern[str]
    quantity: re.Pattern[str]
    units: frozenset[str]
    count_adjectives: frozenset[str]
    person_titles: frozenset[str]
    rank_titles: frozenset[str]
    titles_and_ranks: frozenset[str]  # both, as the names' edges are trimmed of them
    not_names: frozenset[str]
    measure_nouns: frozenset[str]
    relative: dict[str, dict[str, int] | None]
    months: dict[str, int]
    weekdays: dict[str, int]
    # functions ending with a capitalised word, as lower-case words, by their last word
    function_phrases: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)
    # lexicalised compound nouns ("membres d'équipage"), as lower-case words, by their first word
    compound_nouns: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)
    # heads of the names of legal texts ("règlement général sur la protection des données")
    legal_texts: frozenset[str] = frozenset()
    # the first day of a month as written ("1er"), and words that place a date after publication
    first_day: str = ""
    next_words: tuple[str, ...] = ()


def _alternation(words: list[str]) -> str:
    """A regex alternation of `words`, longest first, apostrophes either straight or curly."""
    # one pass: a second `replace` would rewrite the curly apostrophe of the class just written
    escaped = (re.sub("['’]", "['’]", re.escape(word)) for word in words)
    return "|".join(sorted(escaped, key=len, reverse=True))


#: `{name}` in a form of entities.yml: a piece, or the alternation of the list `name`.
_PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")


def _filled(template: str, data: dict[str, Any], pieces: dict[str, str]) -> str:
    """`template` with each `{name}` replaced by the piece `name`, or by the alternation of the list."""
    return _PLACEHOLDER.sub(lambda m: pieces[m[1]] if m[1] in pieces else _alternation(data[m[1]]), template)


def _pieces(data: dict[str, Any], templates: dict[str, str], **given: str) -> dict[str, str]:
    """The `given` pieces and those of `templates`, each filled with the lists and the pieces before it."""
    pieces = dict(given)
    for name, template in templates.items():
        pieces[name] = _filled(str(template), data, pieces)
    return pieces


def _forms(data: dict[str, Any], entries: list[Any], pieces: dict[str, str]) -> list[str]:
    """The forms of entities.yml, filled; `{each: list, form: …}` is one form for each word of the
    list (`{word}`), the curly apostrophe's spelling left to the straight one's."""
    forms = []
    for entry in entries:
        if isinstance(entry, dict):
            words = (w for w in data[entry["each"]] if "’" not in w)
            forms += [_filled(entry["form"], data, {**pieces, "word": _alternation([w])}) for w in words]
        else:
            forms.append(_filled(str(entry), data, pieces))
    return forms


@cache
def vocabulary(language: str = "fr") -> Vocabulary:
    """The compiled date and quantity patterns for `language` (its bundle's `entities.yml`)."""
    data: dict[str, Any] = bundle(language).data("entities.yml")
    year = rf"(?:{YEAR_PATTERN})"
    relative = {k: v for k, v in data["relative_dates"].items() if v is not None}
    date_pieces = _pieces(
        data,
        data["date_pieces"],
        year=year,
        first_day=re.escape(str(data["first_day"])),
        ago_units=_alternation([*data["offset_units"], *data["offset_units_singular"]]),
        relative=_alternation(list(relative)),
    )
    date_forms = _forms(data, data["date_forms"], date_pieces)
    date = re.compile(rf"(?<![\w-])(?:{'|'.join(date_forms)})(?![\w-])", re.I)

    number = r"\d{1,3}(?:[  \u202f.]\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?"
    quantity_forms = _forms(
        data, data["quantity_forms"], _pieces(data, data["quantity_pieces"], number=number)
    )
    units = _alternation(data["units"])
    # a unit glued to a number needs a digit before it: "10t", but not "Mille" + "t"
    quantity = re.compile(
        rf"(?<![\w\[-])(?:{'|'.join(quantity_forms)})(?:(?:(?<=\d)\s*|\s+)(?:{units})(?![\w]))?(?![\w-]|:\d)",
        re.I,
    )
    return Vocabulary(
        date=date,
        quantity=quantity,
        units=frozenset(u.lower() for u in data["units"]),
        count_adjectives=frozenset(data["count_adjectives"]),
        person_titles=frozenset(data["person_titles"]),
        rank_titles=frozenset(data["rank_titles"]),
        titles_and_ranks=frozenset(data["person_titles"]) | frozenset(data["rank_titles"]),
        not_names=frozenset(data["not_names"]),
        measure_nouns=frozenset(data["measure_nouns"]),
        relative=relative,
        months={m: i for i, m in enumerate(data["months"], start=1)},
        weekdays={d: i for i, d in enumerate(data["weekdays"])},
        function_phrases=_by_last(data.get("function_phrases") or ()),
        compound_nouns=_by_first(data.get("compound_nouns") or ()),
        legal_texts=frozenset(data["legal_texts"]),
        first_day=str(data["first_day"]),
        next_words=tuple(str(w) for w in data["next_words"]),
    )


def _words(phrase: Any) -> tuple[str, ...]:
    """A phrase's lower-case words, split at spaces and after apostrophes as the tokenizer does."""
    return tuple(re.findall(r"[^\s'’]+['’]?", str(phrase).lower()))


def _by_last(phrases: Any) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Lower-case phrases, by their last word, the longest first."""
    found: dict[str, set[tuple[str, ...]]] = {}
    for words in map(_words, phrases):
        found.setdefault(words[-1], set()).add(words)
    return {last: tuple(sorted(p, key=len, reverse=True)) for last, p in found.items()}


def _by_first(phrases: Any) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Lower-case phrases, by their first word, the longest first."""
    found: dict[str, set[tuple[str, ...]]] = {}
    for words in map(_words, phrases):
        found.setdefault(words[0], set()).add(words)
    return {first: tuple(sorted(p, key=len, reverse=True)) for first, p in found.items()}
