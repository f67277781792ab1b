"""The annotation cache: warm builds without spaCy, one-seed edits, corrupt entries."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from briefings.cache import AnnotationCache, PageCache, annotation_key
from briefings.model import Annotation, Entity, EntityMention
from briefings.seeds import read_seed

from ..helpers import make_project, mkdocs

SEED_A = "Titre A\nVladimir Poutine est arrivé jeudi à Pyongyang.\n"
SEED_B = "Titre B\nLa Corée du Sud a envoyé 200 soldats à Séoul.\n"

# Builds in-process, then reports whether spaCy was ever imported.
BUILD_AND_REPORT = """
import logging
import sys
logging.basicConfig(level=logging.INFO)
from mkdocs.commands.build import build
from mkdocs.config import load_config
config = load_config("mkdocs.yml")
config.plugins.on_startup(command="build", dirty=False)
build(config)
print("SPACY_IMPORTED" if "spacy" in sys.modules else "SPACY_NOT_IMPORTED")
"""


def run_build(project: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", BUILD_AND_REPORT], cwd=project, capture_output=True, text=True
    )


def annotated(result: subprocess.CompletedProcess[str]) -> int:
    """How many seeds the build sent to spaCy, from its log."""
    for line in result.stderr.splitlines():
        if "briefings: annotating" in line:
            return int(line.split("annotating ")[1].split(" ")[0])
    return 0


@pytest.mark.slow
def test_warm_build_one_edit_and_corrupt_entry(tmp_path: Path) -> None:
    project = make_project(tmp_path, {"a.txt": SEED_A, "b.txt": SEED_B})
    cold = run_build(project)
    assert cold.returncode == 0, cold.stderr
    assert annotated(cold) == 2 and "SPACY_IMPORTED" in cold.stdout

    warm = run_build(project)
    assert warm.returncode == 0, warm.stderr
    assert annotated(warm) == 0
    assert "SPACY_NOT_IMPORTED" in warm.stdout  # the model is not even imported
    assert "Vladimir Poutine" in (project / "site" / "briefings" / "a" / "index.html").read_text("utf-8")

    (project / "seeds" / "b.txt").write_text(SEED_B.replace("200", "300"), encoding="utf-8")
    edited = run_build(project)
    assert annotated(edited) == 1
    assert "300 soldats" in (project / "site" / "briefings" / "b" / "index.html").read_text("utf-8")

    entry = project / ".cache" / "briefings" / "a.json"
    stored = entry.read_text("utf-8")
    assert '"text": "Vladimir Poutine"' in stored
    entry.write_text(stored.replace('"text": "Vladimir Poutine"', '"text": "tampered"', 1), encoding="utf-8")
    repaired = run_build(project)
    assert annotated(repaired) == 1 and "corrupt" in repaired.stderr
    assert "tampered" not in (project / "site" / "briefings" / "a" / "index.html").read_text("utf-8")

    entry.write_text("{ not json", encoding="utf-8")
    assert annotated(run_build(project)) == 1

    (project / "seeds" / "b.txt").unlink()
    run_build(project)
    assert not (project / ".cache" / "briefings" / "b.json").exists()


def test_cache_round_trip_and_stale_keys(tmp_path: Path) -> None:
    cache = AnnotationCache(tmp_path)
    annotation = Annotation(
        mentions=[EntityMention(0, 6, "Séoul", "LOC", "seoul")],
        sentences=[(0, 20)],
        entities={"seoul": Entity("seoul", "Séoul", "LOC", known=True)},
    )
    cache.store("x", "key-1", annotation)
    assert cache.load("x", "key-1") == annotation
    assert cache.load("x", "key-2") is None  # stale
    assert cache.load("y", "key-1") is None  # absent


def test_key_changes_with_text_model_and_knowledge_base(tmp_path: Path) -> None:
    seed = tmp_path / "s.txt"
    seed.write_text(SEED_A, encoding="utf-8")
    article = read_seed(seed)
    key = annotation_key(article, model="fr_core_news_md", kb_digest="k1")
    assert key == annotation_key(article, model="fr_core_news_md", kb_digest="k1")
    assert key != annotation_key(article, model="fr_core_news_sm", kb_digest="k1")
    assert key != annotation_key(article, model="fr_core_news_md", kb_digest="k2")
    article.text += " Encore."
    assert key != annotation_key(article, model="fr_core_news_md", kb_digest="k1")


@pytest.mark.slow
@pytest.mark.parametrize("where", ["worker", "parent"])
def test_an_error_while_annotating_in_parallel_fails_fast(tmp_path: Path, where: str) -> None:
    """A failure in a worker (the claims are found there) or in the parent (the dates, the
    progress) must stop spaCy's worker processes, not hang the build."""
    script = """
import sys
from pathlib import Path
import briefings.sourcing.extract as extract
from briefings.annotate import annotate_articles
from briefings.knowledge import KnowledgeBase
from briefings.seeds import read_seed

def broken(*args, **kwargs):
    raise RuntimeError("boom")

if sys.argv[2] == "worker":
    extract.extract_claims = broken  # the workers are forked after this
articles = [read_seed(path) for path in sorted(Path(sys.argv[1]).glob("*.txt"))]
# uncaught, as in a build: the traceback keeps the frames alive until the interpreter exits
annotate_articles(
    articles,
    model="fr_core_news_md",
    kb=KnowledgeBase(),
    workers=2,
    batch_size=1,
    progress=broken if sys.argv[2] == "parent" else None,
)
"""
    for number in range(6):
        (tmp_path / f"s{number}.txt").write_text(f"Titre {number}\\n" + SEED_A * 3, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path), where], capture_output=True, text=True, timeout=120
    )
    assert result.returncode != 0 and "RuntimeError: boom" in result.stderr


def _site_files(site: Path) -> dict[str, bytes]:
    return {str(p.relative_to(site)): p.read_bytes() for p in sorted(site.rglob("*")) if p.is_file()}


@pytest.mark.slow
def test_a_site_built_from_the_caches_is_the_site_built_from_scratch(tmp_path: Path) -> None:
    """After edits, every page that shows the edited data changes: the page cache is never stale.
    A rebuild from the caches must be byte-identical to a build without them."""
    seeds = {
        "a.txt": "Titre A\nVladimir Poutine est arrivé jeudi à Pyongyang, selon l'agence KCNA.\n",
        "b.txt": "Titre B\nVladimir Poutine a rencontré Kim Jong-un à Pyongyang.\n",
        "c.txt": "Titre C\nKim Jong-un a inspecté une usine à Pyongyang.\n",
    }
    project = make_project(tmp_path, seeds)
    env = {"SOURCE_DATE_EPOCH": "1700000000"}

    def build_here() -> None:
        result = mkdocs("build", "--strict", cwd=project, env=env)
        assert result.returncode == 0, result.stderr

    build_here()
    # the title and the text of one briefing change, and an analyst's note is added to another
    (project / "seeds" / "b.txt").write_text(
        "Titre B, corrigé\nVladimir Poutine a rencontré Kim Jong-un à Vladivostok, selon Moscou.\n",
        encoding="utf-8",
    )
    (project / "briefings").mkdir(exist_ok=True)
    (project / "briefings" / "c.yml").write_text("summary: Une visite d'usine.\n", encoding="utf-8")
    build_here()
    cached = _site_files(project / "site")
    entity_page = (project / "site" / "entities" / "vladimir-poutine" / "index.html").read_text("utf-8")
    assert "Titre B, corrigé" in entity_page and "Vladivostok" in entity_page

    shutil.rmtree(project / ".cache")
    build_here()
    scratch = _site_files(project / "site")
    assert sorted(cached) == sorted(scratch)
    assert [name for name in scratch if cached[name] != scratch[name]] == []


def test_page_cache_round_trip_corruption_and_pruning(tmp_path: Path) -> None:
    pieces = {"content": '<p class="x">Séoul\n"cité"</p>', "sidebar": "", "head": "<script>{}</script>"}
    cache = PageCache(tmp_path)
    cache.start_build()
    assert cache.get("k1") is None
    cache.put("k1", pieces)
    cache.put("k2", {"content": "two"})
    cache.finish_build(complete=True)

    fresh = PageCache(tmp_path)  # another build: from disk, not memory
    fresh.start_build()
    assert fresh.get("k1") == pieces and fresh.hits == 1
    entry = tmp_path / "k2.html"
    entry.write_text(entry.read_text("utf-8").replace("two", "tow"), "utf-8")
    assert PageCache(tmp_path).get("k2") is None  # corrupt: rendered again
    fresh.finish_build(complete=True)  # k2 was not shown by this build: forgotten
    assert sorted(p.name for p in tmp_path.iterdir()) == ["k1.html"]


# `serve` started on a full cache: its first build reads no model; spaCy is loaded behind it,
# so that the first edit finds it loaded.
SERVE_ON_THE_CACHE = """
import sys
from pathlib import Path
from mkdocs.commands.build import build
from mkdocs.config import load_config
from briefings.nlp import pipeline
SERVED = "http://127.0.0.1:8000/sub/"  # `serve` builds with its own address
config = load_config("mkdocs.yml")
config.site_url = SERVED
config.plugins.on_startup(command="serve", dirty=True)
build(config, serve_url=SERVED, dirty=True)
plugin = config.plugins["briefings"]
print(f"PAGES FROM THE CACHE {plugin.page_cache.hits} RENDERED {plugin.page_cache.misses}")
print("LOADED BEFORE THE THREAD" if pipeline._pipelines else "NOT LOADED AFTER THE FIRST BUILD")
plugin.loading_model.join(120)
print("LOADED AHEAD" if pipeline._pipelines else "NOT LOADED AHEAD")
loaded = list(pipeline._pipelines.values())
with open("seeds/a.txt", "a", encoding="utf-8") as seed:
    seed.write("Kim Jong-un a reçu Vladimir Poutine.\\n")
edit = load_config("mkdocs.yml")
edit.site_url = SERVED
build(edit, serve_url=SERVED, dirty=True)
print("THE EDIT USED IT" if list(pipeline._pipelines.values()) == loaded else "THE EDIT LOADED ANOTHER")
"""


@pytest.mark.slow
def test_serve_on_a_full_cache_loads_spacy_ahead_of_the_first_edit(tmp_path: Path) -> None:
    project = make_project(tmp_path, {"a.txt": SEED_A, "b.txt": SEED_B})
    assert run_build(project).returncode == 0  # fills the cache
    result = subprocess.run(
        [sys.executable, "-c", SERVE_ON_THE_CACHE], cwd=project, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    assert "NOT LOADED AFTER THE FIRST BUILD" in result.stdout  # the first build needed no model
    assert "LOADED AHEAD" in result.stdout and "NOT LOADED AHEAD" not in result.stdout
    assert "THE EDIT USED IT" in result.stdout
    # serve's own address changes only the briefings' heads (a and b): every other page is the
    # build's
    assert "RENDERED 2\n" in result.stdout and "PAGES FROM THE CACHE 0 " not in result.stdout
    page = (project / "site" / "briefings" / "a" / "index.html").read_text("utf-8")
    assert "http://127.0.0.1:8000/sub/briefings/a/" in page and "Kim Jong-un" in page
