"""The words the site shows, per language: a string table as data (`data/i18n/<lang>.yml`), dates
by Babel, the grade reasons of the sourcing stage put into the site's language, and the messages
of input errors and analysts' changes (`say`), said in it.

A site's language is its theme's (`theme.language`); a language without a table falls back to
English, and a site may override single strings. Nothing here imports MkDocs.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from functools import cache, cached_property, lru_cache
from importlib import resources
from typing import Any

import yaml
from babel import Locale, UnknownLocaleError
from babel.dates import format_date, format_skeleton
from babel.lists import format_list
from babel.numbers import format_decimal

from .model import Message, MessageValue, Word

#: The language every table falls back to, and the language of the reasons stored in claims.
FALLBACK = "en"
#: Placeholders of reason templates whose value is itself a word of a table: the table's name.
_REASON_WORDS = {"kind": "reason_kinds", "meaning": "reliability", "stance": "reason_stances"}
_PLACEHOLDER = re.compile(r"\{(\w+)\}")
#: Sections of a table that are tables of words (keyed by a label, a kind, a grade…).
VOCABULARY = frozenset(
    {"label", "label_title", "kind", "stance", "reliability", "credibility", "reason_kinds", "reason_stances"}
)


def available() -> list[str]:
    """Languages with a string table."""
    folder = resources.files("briefings").joinpath("data/i18n")
    return sorted(entry.name[: -len(".yml")] for entry in folder.iterdir() if entry.name.endswith(".yml"))


@cache
def _table(language: str) -> dict[str, Any]:
    text = resources.files("briefings").joinpath(f"data/i18n/{language}.yml").read_text("utf-8")
    data = yaml.safe_load(text)
    assert isinstance(data, dict), f"data/i18n/{language}.yml is not a mapping"
    return data


def _flatten(data: Mapping[str, Any]) -> dict[str, Any]:
    """`{"panel": {"sources": "Sources"}}` as `{"panel.sources": "Sources"}`; the tables of
    words (`label`, `kind`…) stay mappings, read with `Strings.word`."""
    flat: dict[str, Any] = {}
    for section, entries in data.items():
        if section in VOCABULARY or not isinstance(entries, dict):
            flat[section] = entries
        else:
            flat.update({f"{section}.{key}": value for key, value in entries.items()})
    return flat


def _is_plural(value: Mapping[str, Any]) -> bool:
    return set(value) <= {"zero", "one", "two", "few", "many", "other"} and "other" in value


def language_of(theme_language: str | None) -> str:
    """The table for a theme's language: "fr" for "fr" or "fr-CA"; English when there is none."""
    primary = (theme_language or FALLBACK).replace("_", "-").split("-")[0].lower()
    return primary if primary in available() else FALLBACK


@dataclass(frozen=True)
class Strings:
    """The words of one language. `t("panel.sources")`, `t("panel.claims_count", count=3)`."""

    language: str
    locale: str
    words: Mapping[str, Any] = field(repr=False)
    digest: str = ""

    def __call__(self, key: str, /, count: int | None = None, **values: Any) -> str:
        entry = self.words.get(key)
        if entry is None:
            raise KeyError(f"no string '{key}' in the {self.language} table nor in English")
        if isinstance(entry, dict):
            entry = entry.get(self._plural_form(count or 0), entry["other"])
        if count is not None:
            values["count"] = count
        return str(entry).format(**values) if values else str(entry)

    def _plural_form(self, count: int) -> str:
        return str(self._plural_rule(count))

    @cached_property  # parsing the locale costs more than the rest of a string's lookup
    def _plural_rule(self) -> Callable[[int], str]:
        return Locale.parse(self.locale).plural_form

    def word(self, table: str, key: object) -> str:
        """A word of one of the vocabulary tables (`label`, `kind`, `stance`, `reliability`…);
        an unknown key is shown as it is."""
        words = self.words.get(table, {})
        return str(words.get(str(key), key))

    def label(self, label: str) -> str:
        return self.word("label", label)

    def date(self, value: str | None) -> str:
        """An ISO date ("2012-07-06", "2012-07" or "2012") in the language: "6 juillet 2012"."""
        return _date(value, self.locale) if value else ""

    def message(self, message: Message | None) -> str:
        """An input error's or an analyst's change's words in this language; "" for none."""
        return _say(self, message, vocabulary=True) if message is not None else ""

    def reason(self, text: str) -> str:
        """A reason stored in a claim (English, as the sourcing stage words it) in this language;
        a reason of no known pattern is shown as it is."""
        if self.language == FALLBACK:
            return text
        return _translate_reason(text, self)


def _say(strings: Strings, message: Message, *, vocabulary: bool) -> str:
    """`message` in the words of `strings`; with `vocabulary` False, words of the vocabulary
    tables are shown by their keys ("LOC", "news_agency"), as logs and the export have them."""

    def value(item: MessageValue) -> str | int:
        if isinstance(item, Message):
            return _say(strings, item, vocabulary=vocabulary)
        if isinstance(item, Word):
            return strings.word(item.table, item.key) if vocabulary else item.key
        if isinstance(item, tuple):
            return str(format_list([str(value(part)) for part in item], style="or", locale=strings.locale))
        if isinstance(item, int):
            return str(format_decimal(item, locale=strings.locale))
        return item

    values = dict(message.values)
    count = values.pop("count", None)
    return strings(
        message.key,
        count=count if isinstance(count, int) else None,
        **{name: value(item) for name, item in values.items()},
    )


def say(key: str, /, **values: MessageValue) -> Message:
    """The words of an input error or an analyst's change as data, for a page to say them in its
    site's language; `str()` of it is the English text for the terminal (`key` must exist)."""
    message = Message(key, tuple(sorted(values.items())))
    return replace(message, text=_say(english(), message, vocabulary=False))


def _reason_patterns() -> list[tuple[str, str, re.Pattern[str]]]:
    """(key, plural form, pattern) of every English reason template."""
    patterns = []
    for key, forms in _table(FALLBACK)["reason"].items():
        variants = forms.items() if isinstance(forms, dict) else [("", forms)]
        for form, template in variants:
            pieces = _PLACEHOLDER.split(template)
            regex = "".join(
                re.escape(piece) if index % 2 == 0 else f"(?P<{piece}>.+?)"
                for index, piece in enumerate(pieces)
            )
            patterns.append((key, form, re.compile(f"^{regex}$")))
    return patterns


_PATTERNS = _reason_patterns()


def _translate_reason(text: str, strings: Strings) -> str:
    english = _table(FALLBACK)
    for key, _form, pattern in _PATTERNS:
        match = pattern.match(text)
        if match is None:
            continue
        values: dict[str, Any] = {}
        for name, value in match.groupdict().items():
            table = _REASON_WORDS.get(name)
            if table is not None:
                found = [k for k, word in english[table].items() if word == value]
                if not found:
                    break
                values[name] = strings.word(table, found[0])
            elif name == "count" and value.isdigit():
                values[name] = int(value)
            else:
                values[name] = value
        else:
            count = values.pop("count", None)
            return strings(f"reason.{key}", count=count, **values)
    return text


def load_strings(theme_language: str | None = None, overrides: Mapping[str, str] | None = None) -> Strings:
    """The words for a site in `theme_language`, English where its table has none, with a site's
    `overrides` (keys as in the tables: `panel.sources`)."""
    language = language_of(theme_language)
    words = _flatten(_table(FALLBACK))
    if language != FALLBACK:
        for key, value in _flatten(_table(language)).items():
            words[key] = {**words[key], **value} if key in VOCABULARY else value
    for key, value in (overrides or {}).items():
        section, _, name = key.partition(".")
        if section in VOCABULARY:
            words[section] = {**words[section], name: value}
        else:
            words[key] = value
    locale = (theme_language or FALLBACK).replace("-", "_")
    try:
        Locale.parse(locale)
    except (UnknownLocaleError, ValueError):
        locale = language
    digest = hashlib.sha256(repr(sorted((k, repr(v)) for k, v in words.items())).encode()).hexdigest()
    return Strings(language, locale, words, digest)


def unknown_keys(overrides: Mapping[str, str]) -> list[str]:
    """Keys of `overrides` that no table has: a typo in a site's settings."""
    words = _flatten(_table(FALLBACK))

    def known(key: str) -> bool:
        section, _, name = key.partition(".")
        return key in words or (section in VOCABULARY and name in words[section])

    return sorted(key for key in overrides if not known(key))


@cache
def english() -> Strings:
    return load_strings(FALLBACK)


@lru_cache(maxsize=65536)
def _date(value: str, locale: str) -> str:
    """Babel is slow, and a timeline shows the same dates thousands of times: each one once."""
    try:
        parts = [int(part) for part in value.split("-")]
        if len(parts) == 3:
            return str(format_date(dt.date(*parts), format="long", locale=locale))
        if len(parts) == 2:
            return str(format_skeleton("yMMMM", dt.date(parts[0], parts[1], 1), locale=locale))
    except (ValueError, TypeError):
        pass
    return value
