"""The site in French and in English: every word the plugin writes comes from the site's
language table (the mistakes of the editor's files and the analyst's changes included), dates
are written for the language, and a site overrides single strings."""

from __future__ import annotations

import json
import re
import shutil
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from html.parser import HTMLParser
from importlib import resources
from pathlib import Path
from typing import Any

import pytest
import yaml

from briefings.site import card_address

from ..helpers import ORIGINAL_SEED, ROOT, build, make_project, mkdocs, start_mkdocs
from .test_serve import free_port, wait_for

pytestmark = pytest.mark.slow

SEED = "000-6d26b8eed05513dc"
#: Corrections that apply, two of them without a reason (the page says what they changed), and
#: mistakes (the report lists them): an unknown key, an unknown entity id.
OVERLAY = """\
summary: Le renseignement sud-coréen affirme que la Corée du Nord a envoyé des troupes.
sumary: une faute de frappe
entities:
  relabel:
    - {text: Séoul, label: ORG}
  link:
    - {text: Pyongyang, id: coree-du-nrd}
claims:
  - match: "L'ampleur exacte"
    grade: {reliability: B, credibility: 3}
    reason: Le responsable parle au nom de l'agence, qui informe souvent.
  - match: "aucune trace de soldats"
    stance: denies
"""
#: A seed the build skips (its front matter is not YAML), and one it reads with a warning.
BROKEN = "---\ntitle: [unclosed\n---\nTexte.\n"
LATIN1 = "Titre\nLa Corée a parlé à Séoul.\n".encode("cp1252")


def _leaves(data: dict[str, Any]) -> list[str]:
    out: list[str] = []
    for value in data.values():
        out += _leaves(value) if isinstance(value, dict) else [str(value)]
    return out


def known_words(language: str, other: str, project: Path | None = None) -> set[str]:
    """Phrases of `language`'s table that `other`'s does not share: pieces between
    placeholders of two words or more and at least 8 characters (too short a piece, "la
    source", also occurs in the articles' own text), and none that a seed of `project` has
    ("le nombre" is a word of an error message and of an article)."""
    tables = {
        name: yaml.safe_load(
            resources.files("briefings").joinpath(f"data/i18n/{name}.yml").read_text("utf-8")
        )
        for name in (language, other)
    }
    shared = set(_leaves(tables[other]))
    articles = (
        " ".join(
            " ".join(seed.read_text("utf-8", errors="replace").split())
            for seed in sorted((project / "seeds").iterdir())
        )
        if project is not None
        else ""
    )
    phrases = set()
    for text in _leaves(tables[language]):
        if text in shared:
            continue
        for piece in re.split(r"\{\w+\}", text):
            piece = piece.strip(" :.,()←→↓\u202f")
            if len(piece) >= 8 and " " in piece and piece not in articles:
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
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A project with a configuration per language: `mkdocs-fr.yml`, `mkdocs-en.yml`."""
    seeds = {
        ORIGINAL_SEED.name: ORIGINAL_SEED.read_text(encoding="utf-8"),
        "wikinews-44145.md": (ROOT / "seeds" / "wikinews-44145.md").read_text(encoding="utf-8"),
        "broken.md": BROKEN,
    }
    project = make_project(tmp_path_factory.mktemp("languages"), seeds)
    (project / "seeds" / "latin1.txt").write_bytes(LATIN1)
    (project / "briefings").mkdir()
    (project / "briefings" / f"{SEED}.yml").write_text(OVERLAY, encoding="utf-8")
    shutil.copy(ROOT / "briefings" / "entities.yml", project / "briefings" / "entities.yml")
    config = (project / "mkdocs.yml").read_text("utf-8")
    for language in ("fr", "en"):
        (project / f"mkdocs-{language}.yml").write_text(
            config.replace("  name: material\n", f"  name: material\n  language: {language}\n"), "utf-8"
        )
    return project


@pytest.fixture(scope="module")
def sites(project: Path) -> dict[str, Path]:
    """The project built in French and in English (the annotation cache is shared)."""
    built = {}
    for language in ("fr", "en"):
        out = project / f"site-{language}"
        # not --strict: the broken seed and overlay are there on purpose (the report and its links)
        result = mkdocs(
            "build", "-f", f"mkdocs-{language}.yml", "--site-dir", str(out), cwd=project, isolated=True
        )
        assert result.returncode == 0, result.stderr
        built[language] = out
    return built


@pytest.mark.parametrize(("language", "other"), [("fr", "en"), ("en", "fr")])
def test_no_word_of_the_other_language(
    project: Path, sites: dict[str, Path], language: str, other: str
) -> None:
    foreign = known_words(other, language, project)
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
    feed = ET.parse(sites[language] / "feed.xml").getroot()
    assert (
        feed.findtext("{http://www.w3.org/2005/Atom}title")
        == {
            "fr": "Test : dernières fiches",
            "en": "Test: newest briefings",
        }[language]
    )
    assert feed.get("{http://www.w3.org/XML/1998/namespace}lang") == language


#: What the build report and the briefing page say of the broken inputs, in each language.
INPUT_WORDS = {
    "fr": {
        "report": [
            "seeds/broken.md:2 l’en-tête n’est pas du YAML valide",
            "seeds/latin1.txt:2 n’est pas en UTF-8 valide : lu comme du Windows-1252"
            " — réenregistrez le fichier en UTF-8",
            f"briefings/{SEED}.yml:2 clé inconnue 'sumary' dans le fichier de corrections"
            " — vouliez-vous dire 'summary' ?",
            "aucune entité n’a l’identifiant 'coree-du-nrd' dans la base de connaissances"
            " — vouliez-vous dire 'coree-du-nord'",
        ],
        "briefing": ["corrigé par l’analyste : type Lieu → Organisation", "position affirme → dément"],
    },
    "en": {
        "report": [
            "seeds/broken.md:2 front matter is not valid YAML",
            "seeds/latin1.txt:2 not valid UTF-8, read as Windows-1252 — re-save the file as UTF-8",
            f"briefings/{SEED}.yml:2 unknown key 'sumary' in the overlay — did you mean 'summary'?",
            "no entity has the id 'coree-du-nrd' in the knowledge base — did you mean 'coree-du-nord'",
        ],
        "briefing": ["edited by the analyst: label Place → Organisation", "stance asserts → denies"],
    },
}


@pytest.mark.parametrize("language", ["fr", "en"])
def test_mistakes_and_changes_are_said_in_the_site_language(sites: dict[str, Path], language: str) -> None:
    report = " ".join(visible_text(sites[language] / "briefings" / "report" / "index.html").split())
    for words in INPUT_WORDS[language]["report"]:
        assert words in report
    briefing = visible_text(sites[language] / "briefings" / SEED / "index.html")
    for words in INPUT_WORDS[language]["briefing"]:
        assert words in briefing


@pytest.fixture(params=["fr", "en"])
def served(project: Path, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[tuple[str, str]]:
    """(language, address) of the project served in one language."""
    port = free_port()
    config = f"mkdocs-{request.param}.yml"
    log = tmp_path / "serve.log"
    process = start_mkdocs("serve", "-f", config, "--dev-addr", f"127.0.0.1:{port}", cwd=project, log=log)
    try:
        yield request.param, f"http://127.0.0.1:{port}/sub/"
    finally:
        process.terminate()
        process.wait(timeout=20)


def test_a_broken_seed_s_page_speaks_the_site_language(
    project: Path, served: tuple[str, str], tmp_path: Path
) -> None:
    language, base = served
    title = {"fr": "Cet article n’a pas pu être construit", "en": "This seed could not be built"}[language]
    page = tmp_path / "broken.html"
    page.write_text(wait_for(base + "briefings/broken/", title), "utf-8")
    text = " ".join(visible_text(page).split())
    assert {
        "fr": "Le problème l’en-tête n’est pas du YAML valide",
        "en": "What is wrong front matter is not valid YAML",
    }[language] in text
    assert {
        "fr": "Que faire écrivez de simples lignes `clé: valeur`",
        "en": "What to do write plain `key: value` lines",
    }[language] in text
    foreign = known_words("en" if language == "fr" else "fr", language, project)
    assert sorted(word for word in foreign if word in text) == []


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
    shard, name = card_address("entities/coree-du-nord.md")
    cards = json.loads((sites["fr"] / shard).read_text("utf-8"))
    card = cards["cards"][name]
    assert card["kind"] == "Lieu" and "fiche" in card["briefings"]
    assert cards["words"]["latest"] == "Dernières affirmations"
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
