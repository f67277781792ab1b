"""The site in French and in English: every word the plugin writes comes from the site's
language table, dates are written for the language, and a site overrides single strings."""

from __future__ import annotations

import json
import re
import shutil
from html.parser import HTMLParser
from importlib import resources
from pathlib import Path
from typing import Any

import pytest
import yaml

from ..helpers import ORIGINAL_SEED, ROOT, build, make_project, mkdocs

pytestmark = pytest.mark.slow

SEED = "000-6d26b8eed05513dc"
OVERLAY = """\
summary: Le renseignement sud-coréen affirme que la Corée du Nord a envoyé des troupes.
claims:
  - match: "L'ampleur exacte"
    grade: {reliability: B, credibility: 3}
    reason: Le responsable parle au nom de l'agence, qui informe souvent.
"""


def _leaves(data: dict[str, Any]) -> list[str]:
    out: list[str] = []
    for value in data.values():
        out += _leaves(value) if isinstance(value, dict) else [str(value)]
    return out


def known_words(language: str, other: str) -> set[str]:
    """Phrases of `language`'s table that `other`'s does not share: pieces between
    placeholders of two words or more and at least 8 characters (too short a piece, "la
    source", also occurs in the articles' own text)."""
    tables = {
        name: yaml.safe_load(
            resources.files("briefings").joinpath(f"data/i18n/{name}.yml").read_text("utf-8")
        )
        for name in (language, other)
    }
    shared = set(_leaves(tables[other]))
    phrases = set()
    for text in _leaves(tables[language]):
        if text in shared:
            continue
        for piece in re.split(r"\{\w+\}", text):
            piece = piece.strip(" :.,()←→↓\u202f")
            if len(piece) >= 8 and " " in piece:
                phrases.add(piece)
    return phrases


class _Text(HTMLParser):
    """What a reader sees and hears of a page: its text and its titles, labels and tooltips."""

    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._skip += tag in ("script", "style")
        self.parts += [
            value for name, value in attrs if name in ("title", "aria-label", "data-tip") and value
        ]

    def handle_endtag(self, tag: str) -> None:
        self._skip -= tag in ("script", "style")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def visible_text(path: Path) -> str:
    parser = _Text()
    parser.feed(path.read_text("utf-8"))
    return " ".join(parser.parts)


@pytest.fixture(scope="module")
def sites(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The same project built in French and in English (the annotation cache is shared)."""
    seeds = {
        ORIGINAL_SEED.name: ORIGINAL_SEED.read_text(encoding="utf-8"),
        "wikinews-44145.md": (ROOT / "seeds" / "wikinews-44145.md").read_text(encoding="utf-8"),
        "broken.md": "---\ntitle: [unclosed\n---\nTexte.\n",
    }
    project = make_project(tmp_path_factory.mktemp("languages"), seeds)
    (project / "briefings").mkdir()
    (project / "briefings" / f"{SEED}.yml").write_text(OVERLAY, encoding="utf-8")
    shutil.copy(ROOT / "briefings" / "entities.yml", project / "briefings" / "entities.yml")
    config = (project / "mkdocs.yml").read_text("utf-8")
    built = {}
    for language in ("fr", "en"):
        (project / "mkdocs.yml").write_text(
            config.replace("  name: material\n", f"  name: material\n  language: {language}\n"), "utf-8"
        )
        out = project / f"site-{language}"
        # not --strict: the broken seed is there on purpose (the report and its links)
        result = mkdocs("build", "--site-dir", str(out), cwd=project, isolated=True)
        assert result.returncode == 0, result.stderr
        built[language] = out
    return built


@pytest.mark.parametrize(("language", "other"), [("fr", "en"), ("en", "fr")])
def test_no_word_of_the_other_language(sites: dict[str, Path], language: str, other: str) -> None:
    foreign = known_words(other, language)
    assert len(foreign) > 50
    found = {}
    for page in sorted(sites[language].rglob("*.html")):
        if page.parent.name == "search":
            continue
        text = visible_text(page)
        words = sorted(word for word in foreign if word in text)
        if words:
            found[str(page.relative_to(sites[language]))] = words
    assert found == {}


def test_dates_are_written_in_the_language_and_kept_as_iso(sites: dict[str, Path]) -> None:
    french = (sites["fr"] / "briefings" / "wikinews-44145" / "index.html").read_text("utf-8")
    english = (sites["en"] / "briefings" / "wikinews-44145" / "index.html").read_text("utf-8")
    iso = re.search(r'<time class="bf-meta__date" datetime="(\d{4}-\d\d-\d\d)">([^<]+)</time>', french)
    assert iso is not None
    assert (iso.group(1), iso.group(2)) == ("2012-06-05", "5 juin 2012")
    assert 'datetime="2012-06-05">June 5, 2012<' in english
    export = (sites["fr"] / "briefings.json").read_text("utf-8")
    assert f'"{iso.group(1)}"' in export


def test_the_plugin_speaks_french(sites: dict[str, Path]) -> None:
    page = visible_text(sites["fr"] / "briefings" / SEED / "index.html")
    expected = ("Entités surlignées", "Affirmations", "Comment lire les cotes", "Note de l’analyste")
    for words in expected:
        assert words in page
    html = (sites["fr"] / "index.html").read_text("utf-8")
    assert 'aria-label="Rechercher"' in html
    assert "rapport de construction" in html  # the broken seed: the home page links the report
    card = json.loads((sites["fr"] / "entities" / "coree-du-nord" / "preview.json").read_text("utf-8"))
    assert card["kind"] == "Lieu" and "fiche" in card["briefings"] and card["words"]["latest"]
    listing = (sites["fr"] / "briefings" / "index.html").read_text("utf-8")
    assert 'href="report/"' in listing


def test_a_site_overrides_single_strings(tmp_path: Path) -> None:
    seeds = {ORIGINAL_SEED.name: ORIGINAL_SEED.read_text(encoding="utf-8")}
    project = make_project(
        tmp_path, seeds, extra_config=":\n      strings:\n        panel.sources: Who says what\n"
    )
    assert build(project).returncode == 0
    page = (project / "site" / "briefings" / SEED / "index.html").read_text("utf-8")
    assert "Who says what" in page
    bad = make_project(tmp_path / "bad", seeds, extra_config=":\n      strings:\n        panel.nope: x\n")
    result = build(bad)
    assert result.returncode != 0 and "panel.nope" in result.stderr
