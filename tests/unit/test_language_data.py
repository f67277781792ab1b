"""The French words of the entity and sourcing rules live in data/fr/*.yml, not in Python (issue 13)."""

from __future__ import annotations

import ast
import re
from importlib import resources
from pathlib import Path
from typing import Any

import pytest
import yaml

import briefings
from briefings.nlp.function_words import function_words, read_function_words

_PACKAGE = Path(briefings.__file__).parent


def _function_words_data() -> dict[str, Any]:
    text = resources.files("briefings").joinpath("data", "fr", "function_words.yml").read_text("utf-8")
    data: dict[str, Any] = yaml.safe_load(text)
    return data


def test_every_function_word_list_is_read_as_written() -> None:
    words = function_words("fr")
    assert words.of == frozenset({"de", "du", "des", "d'", "d’"})
    assert words.capitalised_articles == frozenset({"Le", "La", "Les", "L'", "L’"})
    assert words.ordinal_suffixes == ("e", "er", "re", "ème", "è", "eme")  # a tuple keeps the order


def test_a_function_word_list_missing_from_the_data_is_an_error() -> None:
    data = _function_words_data()
    del data["place_openers"]
    with pytest.raises(ValueError, match="place_openers"):
        read_function_words(data, "fr")


def test_an_unknown_function_word_list_is_an_error() -> None:
    data = {**_function_words_data(), "articles_définis": ["le"]}
    with pytest.raises(ValueError, match="articles_définis"):
        read_function_words(data, "fr")


# --- no word set left in the Python of the rules ----------------------------------------------------

#: A lower-case word of two characters or more, elided or hyphenated ("de", "l'", "d’", "ex-").
_WORD = re.compile(r"[a-zà-ÿœæ][a-zà-ÿœæ'’-]+")
#: Lower-case strings of the rules that are no words of a language: names of frames, stances,
#: hedges, source kinds and options of the lexicon, spaCy's dependency labels and morphology.
_NOT_WORDS = frozenset(
    {
        # frames and what they found
        "aside", "attitude", "backward", "colon", "corroborated", "corroboration", "estimate", "incise",
        "infinitive", "interview", "learned", "narrative", "noun", "object", "participle", "passive",
        "preposition",
        "quote", "refusal", "verb", "que",  # the frame of a clause after que/qu' (a name, as "colon" is)
        # stances, hedges, kinds of source
        "announces", "asserts", "denies", "estimates", "questions", "warns", "approximation", "conditional",
        "hearsay", "possibility", "uncertainty", "expert", "official", "party", "person", "anonymous",
        # options of the lexicon's verbs and the grammar of the frames
        "figure", "indefinite", "generic", "negated", "past", "present", "document", "adverbial", "skip",
        "agentless", "charge", "forecast",
        "np", "tail", "det", "nsubj", "nmod", "obj", "iobj", "obl", "ner", "mark", "acl",
        # offsets of relative dates (entities.yml)
        "year", "days", "weeks", "months", "years",
        # not a word: the vowels before which an -er stem changes its spelling ("commença", "mangeons"),
        # in the conjugation of lexicon._forms
        "aâo",
    }
)  # fmt: skip


def words_in_python(source: str) -> list[tuple[int, str]]:
    """(line, word) of the lower-case words in the set, tuple and list literals of `source` and in
    its comparisons with a string (`x == "en"`), but the names of `_NOT_WORDS`."""
    found: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, (ast.Set, ast.Tuple, ast.List)):
            strings = node.elts
        elif isinstance(node, ast.Compare):
            strings = [node.left, *node.comparators]
        else:
            continue
        found += [
            (node.lineno, item.value)
            for item in strings
            if isinstance(item, ast.Constant)
            and isinstance(item.value, str)
            and _WORD.fullmatch(item.value)
            and item.value not in _NOT_WORDS
        ]
    return found


def test_the_check_finds_a_word_set() -> None:
    source = 'OF = frozenset({"de", "du", "NOUN"})\nif word == "en" or word in ("la", "l’"): pass\n'
    assert sorted(w for _, w in words_in_python(source)) == ["de", "du", "en", "la", "l’"]
    assert words_in_python('POS = {"NOUN", "ADJ"}\nif frame == "que": pass\nLABELS = ("PER", ",")\n') == []


@pytest.mark.parametrize("stage", ["nlp", "sourcing"])
def test_no_word_set_is_left_in_the_python_of_the_rules(stage: str) -> None:
    left = {
        f"{path.relative_to(_PACKAGE)}:{line}": word
        for path in sorted((_PACKAGE / stage).rglob("*.py"))
        for line, word in words_in_python(path.read_text("utf-8"))
    }
    assert left == {}, "word lists belong in data/<lang>/*.yml"


def test_a_listed_word_matches_with_either_apostrophe() -> None:
    from briefings.nlp.vocabulary import _alternation

    pattern = re.compile(_alternation(["jusqu’à", "d'ici"]))
    for text in ("jusqu'à", "jusqu’à", "d'ici", "d’ici"):
        assert pattern.fullmatch(text), text
    assert not pattern.fullmatch("jusqu']à")
