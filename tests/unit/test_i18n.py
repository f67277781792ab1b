"""The string tables: complete in English and French, dates by Babel, reasons translated."""

from __future__ import annotations

import re
from importlib import resources
from typing import Any

import pytest
import yaml

from briefings.i18n import available, english, language_of, load_strings, unknown_keys
from briefings.model import RELIABILITY_MEANING
from briefings.sourcing.grade import HEDGE_REASONS, KIND_NAMES

PLACEHOLDER = re.compile(r"\{(\w+)\}")


def table(language: str) -> dict[str, Any]:
    text = resources.files("briefings").joinpath(f"data/i18n/{language}.yml").read_text("utf-8")
    return yaml.safe_load(text)


def leaves(data: dict[str, Any], prefix: str = "") -> dict[str, str]:
    out: dict[str, str] = {}
    for key, value in data.items():
        if isinstance(value, dict):
            out.update(leaves(value, f"{prefix}{key}."))
        else:
            out[f"{prefix}{key}"] = str(value)
    return out


def test_english_and_french_tables_have_the_same_keys_and_placeholders() -> None:
    assert {"en", "fr"} <= set(available())
    english_words, french_words = leaves(table("en")), leaves(table("fr"))
    assert set(english_words) == set(french_words)
    for key, text in english_words.items():
        if key.startswith(("reason.", "reason_")):
            continue  # reasons carry their own placeholders: checked below by translation
        assert set(PLACEHOLDER.findall(text)) == set(PLACEHOLDER.findall(french_words[key])), key


def test_every_key_a_template_uses_exists() -> None:
    folder = resources.files("briefings").joinpath("templates/content")
    used = set()
    for entry in folder.iterdir():
        if entry.name.endswith(".html"):
            used |= set(re.findall(r"""\bt\(\s*["']([\w.]+)["']""", entry.read_text("utf-8")))
    words = english().words
    assert used and sorted(key for key in used if key not in words) == []


def test_language_follows_the_theme_with_english_for_the_others() -> None:
    assert language_of("fr") == "fr"
    assert language_of("fr-CA") == "fr"
    assert language_of("de") == "en"
    assert language_of(None) == "en"
    assert load_strings("de")("panel.sources") == "Sources"
    assert load_strings("fr")("briefing.related") == "Fiches liées"


def test_counts_follow_the_language_plural_rules() -> None:
    french, english_ = load_strings("fr"), english()
    assert french("panel.claims_count", count=0) == "0 affirmation"  # French: 0 is singular
    assert french("panel.claims_count", count=2) == "2 affirmations"
    assert english_("panel.claims_count", count=0) == "0 claims"
    assert english_("panel.claims_count", count=1) == "1 claim"


@pytest.mark.parametrize(
    ("language", "iso", "shown"),
    [
        ("fr", "2012-07-06", "6 juillet 2012"),
        ("en", "2012-07-06", "July 6, 2012"),
        ("fr", "2012-07", "juillet 2012"),
        ("fr", "2012", "2012"),
        ("fr", "not a date", "not a date"),
        ("fr", "2012-02-30", "2012-02-30"),
    ],
)
def test_dates_are_written_for_the_language(language: str, iso: str, shown: str) -> None:
    assert load_strings(language).date(iso) == shown


def test_a_site_overrides_single_strings() -> None:
    strings = load_strings("fr", {"panel.sources": "Qui dit quoi", "label.PER": "Individu"})
    assert strings("panel.sources") == "Qui dit quoi"
    assert strings.label("PER") == "Individu"
    assert strings.label("ORG") == "Organisation"
    assert load_strings("fr").digest != strings.digest
    assert unknown_keys({"panel.sources": "x", "label.PER": "y", "panel.nope": "z"}) == ["panel.nope"]


def every_reason_the_grades_give() -> list[str]:
    reasons = [
        f"named {kind}: {meaning}" for kind in KIND_NAMES.values() for meaning in RELIABILITY_MEANING.values()
    ]
    reasons += [
        f"unnamed {kind}: {meaning}"
        for kind in KIND_NAMES.values()
        for meaning in RELIABILITY_MEANING.values()
    ]
    reasons += list(HEDGE_REASONS.values())
    reasons += [
        "no source given: reliability cannot be judged",
        "no identifiable source: reliability cannot be judged",
        "the source denies it: graded on the source alone",
        "the source does not confirm it: graded on the source alone",
        "the source questions it: graded on the source alone",
        "not confirmed by le ministère",
        "contradicted by an earlier statement of the same source",
        "contradicted by a later statement of the same source",
        "denied by a more reliable source",
        "denied by Pyongyang",
        "corroborated by 1 independent source (AFP)",
        "corroborated by 3 independent sources (AFP, Reuters, l'ONU)",
        "conflicting accounts",
        "no identifiable source and no corroboration",
        "corroborated in 1 other briefing by AFP",
        "corroborated in 2 other briefings by AFP, Reuters",
        "corroborated in 5 other briefings by A, B, C and others",
        "graded by the analyst",
        "graded by the analyst: a reason of the analyst",
        "source rated B by the analyst",
        "source rated C by the analyst: another reason",
    ]
    return reasons


@pytest.mark.parametrize("reason", every_reason_the_grades_give())
def test_every_reason_of_a_grade_is_translated(reason: str) -> None:
    french = load_strings("fr").reason(reason)
    assert french != reason
    assert english().reason(reason) == reason
    # what the analyst or the article wrote is kept as it is
    for kept in ("AFP", "Pyongyang", "le ministère", "a reason of the analyst"):
        if kept in reason:
            assert kept in french


def test_a_reason_of_no_known_pattern_is_shown_as_it_is() -> None:
    assert load_strings("fr").reason("something new") == "something new"
