"""`make serve` rebuilds (adapter/incremental.py): the garbage collector's full collections once per
rebuild, and what a rebuild does not digest again."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path

import pytest
from mkdocs.config import load_config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files

from briefings.adapter import incremental
from briefings.adapter.incremental import Collections, IncrementalBuilds
from briefings.cache import PageCache


@pytest.fixture
def config(tmp_path: Path) -> MkDocsConfig:
    """A site with no page: the configuration generated files are made for."""
    (tmp_path / "docs").mkdir()
    (tmp_path / "mkdocs.yml").write_text("site_name: Test\n", encoding="utf-8")
    loaded = load_config(str(tmp_path / "mkdocs.yml"))
    loaded.plugins._current_plugin = "briefings"
    return loaded


@pytest.fixture
def collector() -> Iterator[None]:
    thresholds = gc.get_threshold()
    yield
    gc.unfreeze()
    gc.set_threshold(*thresholds)


def test_a_rebuild_pauses_the_collector_after_freezing_what_the_last_build_left(collector: None) -> None:
    collections = Collections()
    thresholds = gc.get_threshold()
    collections.rebuild_starts()  # the first build: nothing frozen yet, the collector as it was
    assert gc.get_threshold() == thresholds and not collections.started
    collections.first_build_done()
    assert collections.started and gc.get_freeze_count() > 0 and gc.get_threshold() == thresholds
    kept = [[n] for n in range(1000)]  # what a rebuild makes and keeps
    collections.rebuild_starts()
    young, middle, full = gc.get_threshold()  # young collections as usual, no full one
    assert (young, middle) == thresholds[:2] and full >= Collections.NO_FULL_COLLECTION
    assert gc.get_freeze_count() > 0
    collections.resume()
    assert gc.get_threshold() == thresholds and kept


def test_the_frozen_objects_are_all_collected_again_once_they_grew_by_half(collector: None) -> None:
    collections = Collections()
    collections.first_build_done()
    baseline = collections.baseline
    assert baseline is not None
    grown = [[n] for n in range(baseline)]  # as many blocks again as there were
    collections.rebuild_starts()
    collections.resume()
    assert collections.baseline is not None and collections.baseline > baseline * 1.5
    assert grown


def test_a_rebuild_does_not_walk_the_frozen_objects_to_count_them(
    collector: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`gc.get_freeze_count` walks every frozen object: a quarter of a second at 5 000 seeds."""
    collections = Collections()
    collections.first_build_done()
    monkeypatch.setattr(incremental.gc, "get_freeze_count", lambda: pytest.fail("frozen objects counted"))
    collections.rebuild_starts()
    collections.resume()
    assert collections.started


def test_a_generated_file_of_the_same_content_object_is_not_digested_again(
    config: MkDocsConfig, monkeypatch: pytest.MonkeyPatch
) -> None:
    digested: list[bytes] = []
    sha256 = incremental.hashlib.sha256

    def counting(data: bytes) -> object:
        digested.append(data)
        return sha256(data)

    monkeypatch.setattr(incremental.hashlib, "sha256", counting)
    builds = IncrementalBuilds()
    content = b"[1, 2, 3]"
    for _ in range(2):
        builds.start()
        builds.plan_other(File.generated(config, "export.json", content=content), content)
    assert digested == [content]  # the second build knew it
    builds.start()
    equal = b"[1, 2, 3]!"[:-1]  # the same bytes, made again (previews after an edit elsewhere)
    assert equal is not content
    builds.plan_other(File.generated(config, "export.json", content=equal), equal)
    assert digested == [content]
    builds.start()
    builds.plan_other(File.generated(config, "export.json", content=b"[1, 2]"), b"[1, 2]")
    assert digested == [content, b"[1, 2]"]


def test_a_page_whose_keys_are_the_same_is_not_digested_again(
    config: MkDocsConfig, monkeypatch: pytest.MonkeyPatch
) -> None:
    made: list[tuple[object, ...]] = []
    real = incremental.digest

    def counting(*parts: object) -> str:
        made.append(parts)
        return real(*parts)

    monkeypatch.setattr(incremental, "digest", counting)
    builds = IncrementalBuilds()
    file = File.generated(config, "entities/alice.md", content="")
    keys = []
    for site_key, key in (("site", "page"), ("site", "page"), ("site", "page2"), ("site2", "page2")):
        builds.start()
        builds.plan_page(file, key, site_key)
        keys.append(builds.planned[file.abs_dest_path])
    assert made == [("site", "page"), ("site", "page2"), ("site2", "page2")]
    assert keys[0] == keys[1] == real("site", "page") and keys[3] == real("site2", "page2")


def test_the_page_cache_lists_its_folder_once_and_still_deletes_what_no_build_shows(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A rebuild does not list the cache's 20 000 entries to find the few to delete: what the
    first listing found and what later builds wrote are kept in memory."""
    (tmp_path / "old.html").write_text("an entry of an earlier process", "utf-8")
    cache = PageCache(tmp_path, secret=b"k")
    cache.start_build()
    cache.put("a", {"content": "a"})
    cache.finish_build(complete=True)  # lists the folder: "old" is not shown
    assert sorted(path.name for path in tmp_path.iterdir()) == ["a.html"]
    listed = type(tmp_path).glob
    monkeypatch.setattr(type(tmp_path), "glob", lambda *args: pytest.fail("listed again"))
    cache.start_build()
    cache.keep("a")
    cache.put("b", {"content": "b"})  # an edit's page
    cache.finish_build(complete=True)
    cache.start_build()
    cache.put("c", {"content": "c"})  # the edit undone, another made: "a" and "b" not shown
    cache.finish_build(complete=False)  # a build with a broken seed deletes nothing
    assert sorted(path.name for path in tmp_path.iterdir()) == ["a.html", "b.html", "c.html"]
    cache.start_build()
    cache.get("c")
    cache.finish_build(complete=True)
    monkeypatch.setattr(type(tmp_path), "glob", listed)
    assert sorted(path.name for path in tmp_path.iterdir()) == ["c.html"]


def test_a_rebuild_trusts_what_it_wrote_while_its_site_folder_is_the_same(
    config: MkDocsConfig, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No stat of each of the site's 20 000 files on every rebuild: the outputs of the last
    build are where it wrote them while the site folder is the one it wrote to; a folder
    replaced (or gone) holds none of them, and every file is written again."""
    site = Path(config.site_dir)
    site.mkdir(parents=True, exist_ok=True)
    file = File.generated(config, "entities/alice.md", content="")
    builds = IncrementalBuilds()
    builds.start(str(site))
    assert builds.plan_page(file, "page", "site")  # never written
    builds.page_built(file)
    builds.finish(Files([file]), str(site))
    monkeypatch.setattr(incremental.os.path, "isfile", lambda path: pytest.fail("a file's stat"))
    builds.start(str(site))
    assert not builds.plan_page(file, "page", "site")
    builds.finish(Files([file]), str(site))
    site.rename(site.with_name("site-before"))  # another folder in its place: another inode
    site.mkdir()
    builds.start(str(site))
    assert builds.plan_page(file, "page", "site")
