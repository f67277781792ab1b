"""The words of input errors and analysts' changes: kept as data, said in the site's language on
pages and in English in the terminal."""

from __future__ import annotations

import re
from importlib import resources
from pathlib import Path

import pytest

from briefings.cache import SeedCache
from briefings.i18n import english, load_strings, say
from briefings.model import InputError, Word
from briefings.overlay import load_overlay

SECTIONS = ("input", "yaml_errors", "seed_errors", "kb_errors", "overlay_errors", "edits")
PLACEHOLDER = re.compile(r"(?<!\{)\{(\w+)\}(?!\})")


def message_keys() -> list[str]:
    return sorted(key for key in english().words if key.split(".")[0] in SECTIONS)


def test_every_key_the_code_says_is_in_the_tables() -> None:
    folder = Path(str(resources.files("briefings")))
    used = set()
    keys = re.compile(rf"""["']((?:{"|".join(SECTIONS)})\.\w+)["']""")
    for path in folder.rglob("*.py"):
        used |= set(keys.findall(path.read_text("utf-8")))
    used |= {f"overlay_errors.example_{action}" for action in ("add", "remove", "relabel", "link")}
    assert len(used) > 100
    for language in ("en", "fr"):
        words = load_strings(language).words
        assert sorted(key for key in used if key not in words) == [], language
    assert sorted(set(message_keys()) - used) == []  # no word left over in the tables


@pytest.mark.parametrize("language", ["en", "fr"])
@pytest.mark.parametrize("key", message_keys())
def test_every_message_is_said_in_both_languages(language: str, key: str) -> None:
    entry = english().words[key]
    templates = entry.values() if isinstance(entry, dict) else [entry]
    names = {name for template in templates for name in PLACEHOLDER.findall(str(template))}
    values = {name: (2 if name == "count" else f"<{name}>") for name in names}
    said = load_strings(language).message(say(key, **values))
    assert said and not PLACEHOLDER.search(said) and "{{" not in said, said
    for name in names - {"count"}:
        assert f"<{name}>" in said


def test_an_overlay_error_is_said_in_french_and_logged_in_english(tmp_path: Path) -> None:
    path = tmp_path / "briefings" / "seed.yml"
    path.parent.mkdir()
    path.write_text("sumary: x\nclaims:\n  - match: a\n    occurrence: 0\n", "utf-8")
    _, errors = load_overlay(path, root=tmp_path)
    french = load_strings("fr")
    assert [(e.line, french.message(e.message), french.message(e.hint)) for e in errors] == [
        (1, "clé inconnue 'sumary' dans le fichier de corrections", "vouliez-vous dire 'summary' ?"),
        (
            3,
            "un élément de `claims` ne change rien",
            "donnez une `source`, un `grade`, une `stance` ou `hide: true`",
        ),
        (4, "`occurrence` doit valoir 1 ou plus, pas 0", "les occurrences se comptent à partir de 1"),
    ]
    assert (
        str(errors[0])
        == "briefings/seed.yml:1: unknown key 'sumary' in the overlay — did you mean 'summary'?"
    )


def test_words_of_the_vocabulary_are_the_site_s_and_keys_in_the_log() -> None:
    change = say("edits.stance", old=Word("stance", "asserts"), new=Word("stance", "not_confirmed"))
    assert str(change) == "stance asserts → not_confirmed"
    assert english().message(change) == "stance asserts → does not confirm"
    assert load_strings("fr").message(change) == "position affirme → ne confirme pas"
    nested = say(
        "edits.replaces",
        change=say("edits.added", label=Word("label", "LOC")),
        text="Koursk",
        label=Word("label", "MISC"),
    )
    assert load_strings("fr").message(nested) == "ajoutée comme Lieu ; remplace 'Koursk' (Autre nom)"


def test_alternatives_and_numbers_follow_the_language() -> None:
    hint = say("input.did_you_mean_any", words=("'a'", "'b'", "'c'"))
    assert str(hint) == "did you mean 'a', 'b', or 'c'?"
    assert load_strings("fr").message(hint) == "vouliez-vous dire 'a', 'b' ou 'c' ?"
    size = say("seed_errors.too_many_chars", size=1_234_567, limit=300_000)
    assert str(size) == "is 1,234,567 characters long; a briefing holds at most 300,000"
    assert (
        load_strings("fr").message(size)
        == "fait 1\u202f234\u202f567 caractères ; une fiche en contient au plus 300\u202f000"
    )


def test_a_seed_warning_keeps_its_words_through_the_cache(tmp_path: Path) -> None:
    seed = tmp_path / "seeds" / "latin1.txt"
    seed.parent.mkdir()
    seed.write_bytes("Titre\nLa Corée a dit.\n".encode("cp1252"))
    first: list[InputError] = []
    SeedCache(tmp_path / "cache").read(seed, root=tmp_path, warnings=first, max_chars=10_000)
    again: list[InputError] = []
    SeedCache(tmp_path / "cache").read(seed, root=tmp_path, warnings=again, max_chars=10_000)  # from disk
    assert (
        [str(w) for w in again]
        == [str(w) for w in first]
        == ["seeds/latin1.txt:2: not valid UTF-8, read as Windows-1252 — re-save the file as UTF-8"]
    )
    french = load_strings("fr")
    assert french.message(again[0].message) == "n’est pas en UTF-8 valide : lu comme du Windows-1252"
