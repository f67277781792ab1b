"""Generate a corpus of distinct seeds for the performance benchmark, from the real ones in seeds/.

Each generated seed starts from one real article (round robin over the 27 of them) and is varied so
that no two are alike and none is a cache hit: paragraphs shuffled (a paragraph of another article
sometimes added), people and cities swapped for others (names found in the seeds, and French
first names, surnames and cities), figures and days perturbed, years moved with the new date, a
unique title and a `date:` spread over six years. The same `seed` number always gives the same
corpus, and the first N seeds of a larger corpus are the N seeds of a smaller one.

Two projects are written from the same texts:

- ours: `seeds/<slug>.md` and a mkdocs.yml with `plugins: [search, briefings]`;
- the floor: the same texts as plain Markdown pages `docs/briefings/<slug>.md`, with the same nav
  (Home and the index pages only: briefing pages are not in the nav, as ours are not).

    python bench/corpus.py 100 /tmp/corpus [--seed 0]   # writes /tmp/corpus/{ours,floor}/
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import random
import re
import shutil
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"

#: People named in the seeds, full name first: the full name and the surname alone are swapped.
SEED_PEOPLE = (
    "Abdel Basset Sayda", "Abdelaziz Bouteflika", "Ahmad Chafiq", "Akli Gasmi", "Alberto Ruiz-Gallardón",
    "Alexandre Litvinenko", "Antonis Manitakis", "Antonis Roupakiotis", "Antonis Samaras",
    "Arnaud Montebourg", "Barack Obama", "Bertrand de Broc", "Bruno Le Roux", "Christian Jacob",
    "Christos Staïkouras", "Claude Bartolone", "Denis Baupin", "Dimitris Avramopoulos", "Fatou Bensouda",
    "Fatoumata Maïga", "François Brottes", "François Englert", "François Gabart", "François Hollande",
    "Guido Tonelli", "Hillary Clinton", "Hosni Moubarak", "Jean-François Copé", "Jean-Luc Mélenchon",
    "Jean-Marc Ayrault", "Joe Incandela", "John Womersley", "Kostas Mousouroulis", "Laurent Fabius",
    "Lionel Tardy", "Marc Guillemot", "Mariano Rajoy", "Mario Monti", "Michael Bloomberg", "Michel Guay",
    "Michel Spiro", "Miguel Neiva", "Mitt Romney", "Mohamed Morsi", "Nadine Morano", "Nicolas Sarkozy",
    "Panos Panayiotopoulos", "Peter Higgs", "Philippe Gosselin", "Philippe Varin", "Rafic Hariri",
    "Robert Brout", "Robert Soulas", "Souha Arafat", "Timor Goksel", "Vassilis Rapanos", "Vincent Riou",
    "Vladimir Poutine", "Yasser Arafat", "Élisabeth Bonnet",
)  # fmt: skip
#: Cities named in the seeds (names without an article, so that any can take another's place).
SEED_CITIES = (
    "Alep", "Alger", "Bamako", "Bruxelles", "Columbus", "Damas", "Gao", "Hilliard", "Koursk", "Lagos",
    "Londres", "Moscou", "Nantes", "New York", "Oran", "Paris", "Porto", "Pyongyang", "Rennes", "Saraqeb",
    "Séoul", "Tombouctou",
)  # fmt: skip
FIRST_NAMES = (
    "Adèle", "Alain", "Amélie", "Antoine", "Aurélie", "Benoît", "Camille", "Céline", "Chloé", "Clément",
    "Damien", "Delphine", "Élodie", "Émile", "Fabrice", "Florence", "Gaëlle", "Guillaume", "Hélène",
    "Hugo", "Inès", "Jérôme", "Juliette", "Karim", "Laure", "Léa", "Louis", "Lucie", "Mathieu", "Mélanie",
    "Nathalie", "Noémie", "Olivier", "Pascale", "Quentin", "Romain", "Sandrine", "Sébastien", "Sophie",
    "Thierry", "Valérie", "Yann",
)  # fmt: skip
SURNAMES = (
    "Arnaud", "Barbier", "Bertin", "Blanchard", "Bonnet", "Brun", "Carpentier", "Chevalier", "Colin",
    "Dufour", "Dumont", "Durand", "Fabre", "Faure", "Fontaine", "Fournier", "Garnier", "Gauthier",
    "Girard", "Guérin", "Henry", "Lacroix", "Lambert", "Lefebvre", "Lemaire", "Leroy", "Marchand",
    "Martinez", "Mercier", "Meunier", "Moreau", "Morel", "Nicolas", "Perrin", "Picard", "Renaud",
    "Rousseau", "Roussel", "Vidal", "Vincent",
)  # fmt: skip
FRENCH_CITIES = (
    "Amiens", "Angers", "Annecy", "Avignon", "Bayonne", "Besançon", "Béziers", "Bordeaux", "Brest", "Caen",
    "Chartres", "Clermont-Ferrand", "Dijon", "Grenoble", "Limoges", "Lille", "Lorient", "Lyon",
    "Marseille", "Metz", "Montpellier", "Nancy", "Nice", "Nîmes", "Orléans", "Pau", "Perpignan",
    "Poitiers", "Quimper", "Reims", "Rouen", "Saint-Étienne", "Strasbourg", "Toulon", "Toulouse", "Tours",
    "Troyes", "Valence", "Vannes",
)  # fmt: skip
MONTHS = (
    "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
    "novembre", "décembre",
)  # fmt: skip
#: Dates of the generated seeds: spread over these years.
FIRST_DATE = dt.date(2019, 1, 1)
LAST_DATE = dt.date(2024, 12, 31)

DATELINE = re.compile(rf"\A(\d{{1,2}})(?:er)?\s+({'|'.join(MONTHS)})\s+(\d{{4}})\s*\.?\s*[-–—]+\s*", re.I)
NUMBER = re.compile(r"(?<![\w.,/:-])(\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+)(?:,(\d+))?(?![\w/:-])")
DAY_BEFORE_MONTH = re.compile(rf"\s+(?:{'|'.join(MONTHS)})\b", re.I)
FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)^---[ \t]*\r?\n", re.S | re.M)


@dataclass(frozen=True)
class Source:
    """One real article: its paragraphs, trailing credit lines and metadata."""

    name: str
    title: str
    paragraphs: tuple[str, ...]
    tail: tuple[str, ...]  # credit and signature lines: kept last, as in the original
    year: int | None  # year of publication (dateline), if known
    meta: dict[str, Any]


@dataclass(frozen=True)
class Generated:
    """One generated seed."""

    slug: str
    title: str
    date: dt.date
    paragraphs: tuple[str, ...]
    meta: dict[str, Any]

    @property
    def text(self) -> str:
        """The article body, as spaCy sees it (paragraphs separated by a blank line)."""
        return "\n\n".join(self.paragraphs)

    def seed_markdown(self) -> str:
        front = {"title": self.title, "date": self.date, **self.meta}
        header = yaml.safe_dump(front, allow_unicode=True, sort_keys=False, width=10_000)
        return f"---\n{header}---\n\n{self.text}\n"

    def page_markdown(self) -> str:
        """The same text as a plain MkDocs page."""
        return f"---\ndate: {self.date.isoformat()}\n---\n\n# {self.title}\n\n{self.text}\n"


# --- Reading the real seeds -------------------------------------------------------------------------


def load_sources(folder: Path = SEEDS) -> list[Source]:
    sources = []
    for path in sorted(folder.iterdir()):
        if path.suffix not in (".txt", ".md") or path.name.startswith("."):
            continue
        text = path.read_text("utf-8")
        meta: dict[str, Any] = {}
        if path.suffix == ".txt":
            lines = [line.strip() for line in text.splitlines() if line.strip()]
            title, blocks = lines[0], lines[1:]
        else:
            match = FRONT_MATTER.match(text)
            if match:
                meta = yaml.safe_load(match.group(1)) or {}
                text = text[match.end() :]
            blocks = [block.strip() for block in re.split(r"\n\s*\n", text) if block.strip()]
            title = str(meta.pop("title", "")) or blocks.pop(0).lstrip("# ")
        meta.pop("date", None)
        meta.pop("slug", None)
        year = None
        if blocks:
            dateline = DATELINE.match(blocks[0])
            if dateline:
                year = int(dateline.group(3))
                blocks[0] = blocks[0][dateline.end() :]
        tail: list[str] = []
        while len(blocks) > 2 and (len(blocks[-1]) < 60 or blocks[-1].lower().startswith("avec ")):
            tail.insert(0, blocks.pop())
        sources.append(Source(path.name, title, tuple(b for b in blocks if b), tuple(tail), year, meta))
    if not sources:
        raise SystemExit(f"no seeds in {folder}")
    return sources


# --- Variation --------------------------------------------------------------------------------------


def _name_pattern(names: list[str]) -> re.Pattern[str]:
    ordered = sorted(set(names), key=len, reverse=True)  # longest first: full names before surnames
    return re.compile(r"(?<![\w-])(" + "|".join(re.escape(name) for name in ordered) + r")(?![\w-])")


def _surname(full: str) -> str:
    parts = full.split()
    # "Bertrand de Broc" → "de Broc"; "Bruno Le Roux" → "Le Roux"
    for index in range(1, len(parts)):
        if parts[index][0].islower() or parts[index] in ("Le", "La"):
            return " ".join(parts[index:])
    return parts[-1]


PEOPLE_PATTERN = _name_pattern([*SEED_PEOPLE, *(_surname(p) for p in SEED_PEOPLE if len(_surname(p)) > 3)])
CITY_PATTERN = _name_pattern(list(SEED_CITIES))


def _swap_names(text: str, people: dict[str, str], cities: dict[str, str]) -> str:
    text = PEOPLE_PATTERN.sub(lambda m: people.get(m.group(1), m.group(1)), text)
    return CITY_PATTERN.sub(lambda m: cities.get(m.group(1), m.group(1)), text)


def _perturb_numbers(text: str, rng: random.Random, year: int | None, new_year: int) -> str:
    def number(match: re.Match[str]) -> str:
        whole, decimals = match.group(1), match.group(2)
        separator = next((c for c in whole if not c.isdigit()), "")
        value = int(re.sub(r"\D", "", whole))
        if not separator and not decimals and len(whole) == 4 and 1900 <= value <= 2039:
            # a year near the article's own moves with its date; a year of history stays
            return str(value + new_year - year) if year and abs(value - year) <= 2 else whole
        if not separator and not decimals and 1 <= value <= 31 and DAY_BEFORE_MONTH.match(text, match.end()):
            return str(rng.randint(1, 28))  # the day of a date
        new = max(1, round(value * rng.uniform(0.6, 1.6)))
        digits = f"{new:,}".replace(",", separator) if separator else str(new)
        return digits + (f",{rng.randint(1, 9)}" if decimals else "")

    return NUMBER.sub(number, text)


def _people(rng: random.Random) -> dict[str, str]:
    """Full name and surname of every person of the seeds → those of another person.

    A few people come back often, most rarely (as in the news): a person of the seeds (60), a
    first name and a surname (1 680), or a first name and a double surname (67 200). The number
    of distinct people, hence of entity pages, keeps growing with the number of seeds.
    """
    swaps: dict[str, str] = {}
    for full in SEED_PEOPLE:
        draw = rng.random()
        if draw < 0.2:  # a person of another article
            new_full = rng.choice(SEED_PEOPLE)
            new_surname = _surname(new_full)
        else:
            new_surname = rng.choice(SURNAMES)
            if draw >= 0.6:
                new_surname += "-" + rng.choice(SURNAMES)
            new_full = f"{rng.choice(FIRST_NAMES)} {new_surname}"
        swaps[full] = new_full
        swaps.setdefault(_surname(full), new_surname)
    return swaps


def generate(count: int, *, seed: int = 0, sources: list[Source] | None = None) -> list[Generated]:
    """`count` distinct seeds; the same `seed` gives the same seeds."""
    sources = sources if sources is not None else load_sources()
    span = (LAST_DATE - FIRST_DATE).days
    items: list[Generated] = []
    seen: set[str] = set()
    for number in range(count):
        rng = random.Random(f"briefings-bench-{seed}-{number}")
        base = sources[number % len(sources)]
        while True:
            paragraphs = list(base.paragraphs)
            rng.shuffle(paragraphs)
            if rng.random() < 0.5:  # a paragraph of another article: its names meet these
                other = rng.choice(sources)
                if other.paragraphs:
                    paragraphs.insert(rng.randrange(len(paragraphs) + 1), rng.choice(other.paragraphs))
            date = FIRST_DATE + dt.timedelta(days=rng.randrange(span + 1))
            people = _people(rng)
            cities = {city: rng.choice((*SEED_CITIES, *FRENCH_CITIES)) for city in SEED_CITIES}
            body = [
                _perturb_numbers(_swap_names(p, people, cities), rng, base.year, date.year)
                for p in [*paragraphs, *base.tail]
            ]
            digest = hashlib.sha256("\n\n".join(body).encode()).hexdigest()
            if digest not in seen:  # a repeat (never seen in practice) is drawn again
                seen.add(digest)
                break
        title = _perturb_numbers(_swap_names(base.title, people, cities), rng, base.year, date.year)
        title = f"{title} (dépêche {number + 1})"
        slug = f"b{number + 1:05d}-{Path(base.name).stem.lower().replace('_', '-')}"
        items.append(Generated(slug, title, date, tuple(body), dict(base.meta)))
    return items


# --- Projects ---------------------------------------------------------------------------------------

NAV = [
    {"Home": "index.md"},
    {"Briefings": "briefings/index.md"},
    {"Entities": "entities/index.md"},
    {"Sources": "sources/index.md"},
    {"Timeline": "timeline.md"},
    {"Graph": "graph.md"},
]


class _TolerantLoader(yaml.SafeLoader):
    """Reads mkdocs.yml even if it uses `!!python/name:` or `!ENV` tags (their values are dropped)."""


_TolerantLoader.add_multi_constructor("", lambda loader, suffix, node: None)


def site_settings(config_file: Path = ROOT / "mkdocs.yml") -> dict[str, Any]:
    """Theme and Markdown settings of the project's own site, shared by both benchmark projects."""
    config = yaml.load(config_file.read_text("utf-8"), Loader=_TolerantLoader) or {}
    settings: dict[str, Any] = {"site_name": "Benchmark", "site_url": "https://example.org/bench/"}
    for key in ("site_url", "theme", "markdown_extensions"):
        if config.get(key) is not None:
            settings[key] = config[key]
    settings.setdefault("theme", {"name": "material"})
    return settings


def _write_config(project: Path, settings: dict[str, Any], plugins: list[Any]) -> None:
    config = {**settings, "plugins": plugins, "nav": NAV}
    text = yaml.safe_dump(config, allow_unicode=True, sort_keys=False)
    (project / "mkdocs.yml").write_text(text, encoding="utf-8")


def write_ours(items: list[Generated], project: Path, *, settings: dict[str, Any] | None = None) -> Path:
    """A Briefings project: the seeds, the project's knowledge base, a home page."""
    (project / "seeds").mkdir(parents=True, exist_ok=True)
    (project / "docs").mkdir(exist_ok=True)
    (project / "briefings").mkdir(exist_ok=True)
    for item in items:
        (project / "seeds" / f"{item.slug}.md").write_text(item.seed_markdown(), encoding="utf-8")
    knowledge = ROOT / "briefings" / "entities.yml"
    if knowledge.is_file():
        shutil.copy(knowledge, project / "briefings" / "entities.yml")
    (project / "docs" / "index.md").write_text("# Benchmark\n\nGenerated briefings.\n", encoding="utf-8")
    _write_config(project, settings or site_settings(), ["search", "briefings"])
    return project


def write_floor(items: list[Generated], project: Path, *, settings: dict[str, Any] | None = None) -> Path:
    """The same texts as plain Markdown pages, with the same nav (index pages only)."""
    docs = project / "docs"
    (docs / "briefings").mkdir(parents=True, exist_ok=True)
    (docs / "entities").mkdir(exist_ok=True)
    (docs / "sources").mkdir(exist_ok=True)
    for item in items:
        (docs / "briefings" / f"{item.slug}.md").write_text(item.page_markdown(), encoding="utf-8")
    (docs / "index.md").write_text("# Benchmark\n\nGenerated briefings.\n", encoding="utf-8")
    for page, title in (
        ("briefings/index.md", "Briefings"),
        ("entities/index.md", "Entities"),
        ("sources/index.md", "Sources"),
        ("timeline.md", "Timeline"),
        ("graph.md", "Graph"),
    ):
        (docs / page).write_text(f"# {title}\n", encoding="utf-8")
    _write_config(project, settings or site_settings(), ["search"])
    return project


class _PageText(HTMLParser):
    """The text of a built page's content (Material's `<article>`), as Markdown blocks."""

    BLOCKS = {"p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "dt", "dd", "td", "th", "figcaption"}

    def __init__(self) -> None:
        super().__init__()
        self.depth = 0  # inside <article>
        self.blocks: list[str] = []
        self._current: list[str] = []
        self._heading = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "article":
            self.depth += 1
        elif self.depth and tag in self.BLOCKS:
            self._flush()
            self._heading = int(tag[1]) if tag[0] == "h" and tag[1:].isdigit() else 0

    def handle_endtag(self, tag: str) -> None:
        if tag == "article" and self.depth:
            self._flush()
            self.depth -= 1
        elif self.depth and tag in self.BLOCKS:
            self._flush()

    def handle_data(self, data: str) -> None:
        if self.depth:
            self._current.append(data)

    def _flush(self) -> None:
        text = " ".join("".join(self._current).split())
        self._current = []
        if text:
            # the text as it reads, escaped so that Markdown shows it as it is
            text = re.sub(r"([\\`*_{}\[\]<>#|!])", r"\\\1", text)
            self.blocks.append(("#" * self._heading + " " if self._heading else "") + text)
        self._heading = 0


def write_site_floor(site: Path, project: Path, *, settings: dict[str, Any] | None = None) -> Path:
    """A plain site shaped like a built one: one Markdown page for each of its HTML pages, at the
    same address, with the text of its content, and the same nav. What MkDocs and Material need
    to build a site of that many pages, without any plugin of ours."""
    docs = project / "docs"
    nav_pages = {page for entry in NAV for page in entry.values()}
    for html in sorted(site.rglob("index.html")):
        relative = html.parent.relative_to(site).as_posix()
        if relative.split("/", 1)[0] in ("assets", "search"):
            continue
        if relative == ".":
            target = docs / "index.md"
        elif f"{relative}.md" in nav_pages:
            target = docs / f"{relative}.md"
        else:
            target = docs / relative / "index.md"
        parser = _PageText()
        parser.feed(html.read_text("utf-8"))
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text("\n\n".join(parser.blocks or ["# Page"]) + "\n", encoding="utf-8")
    _write_config(project, settings or site_settings(), ["search"])
    return project


def write_texts(items: list[Generated], path: Path) -> Path:
    """The texts alone, for the raw spaCy floor."""
    path.write_text(json.dumps([item.text for item in items], ensure_ascii=False), encoding="utf-8")
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("count", type=int, help="number of seeds to generate")
    parser.add_argument("target", type=Path, help="folder to write ours/, floor/ and texts.json into")
    parser.add_argument("--seed", type=int, default=0, help="random seed (same seed, same corpus)")
    args = parser.parse_args(argv)
    items = generate(args.count, seed=args.seed)
    settings = site_settings()
    write_ours(items, args.target / "ours", settings=settings)
    write_floor(items, args.target / "floor", settings=settings)
    write_texts(items, args.target / "texts.json")
    print(f"{len(items)} seeds written to {args.target}/ours/seeds and {args.target}/floor/docs/briefings")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
