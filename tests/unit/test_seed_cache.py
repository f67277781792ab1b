"""The seed cache under `mkdocs serve`: a seed whose file did not change is not read again; one
that changed, or was replaced, is."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from briefings.cache import SeedCache
from briefings.cache import annotations as cache_module


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The seed files whose bytes are read."""
    opened: list[str] = []
    real = cache_module.read_seed_bytes

    def counting(path: Path, shown: str, **options: object) -> bytes:
        opened.append(shown)
        return real(path, shown, **options)  # type: ignore[arg-type]

    monkeypatch.setattr(cache_module, "read_seed_bytes", counting)
    return opened


def read(cache: SeedCache, seed: Path, root: Path) -> str:
    return cache.read(seed, root=root, max_chars=10_000).text


def test_an_unchanged_seed_is_not_read_again(tmp_path: Path, reads: list[str]) -> None:
    seed = tmp_path / "seeds" / "a.txt"
    seed.parent.mkdir()
    seed.write_text("Titre\nLe Kremlin a démenti jeudi.\n", "utf-8")
    cache = SeedCache(tmp_path / "cache")
    assert read(cache, seed, tmp_path) == read(cache, seed, tmp_path) == "Le Kremlin a démenti jeudi."
    assert reads == ["seeds/a.txt"]


def test_a_changed_or_replaced_seed_is_read_again(tmp_path: Path, reads: list[str]) -> None:
    seed = tmp_path / "seeds" / "a.txt"
    seed.parent.mkdir()
    seed.write_text("Titre\nLe Kremlin a démenti jeudi.\n", "utf-8")
    cache = SeedCache(tmp_path / "cache")
    read(cache, seed, tmp_path)
    # same size and same modification time, other bytes: the change time tells
    stat = seed.stat()
    seed.write_text("Titre\nLe Kremlin a confirmé jeudi\n", "utf-8")
    os.utime(seed, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert read(cache, seed, tmp_path) == "Le Kremlin a confirmé jeudi"
    # another file moved in its place
    other = tmp_path / "b.txt"
    other.write_text("Titre\nMoscou a répondu.\n", "utf-8")
    other.replace(seed)
    assert read(cache, seed, tmp_path) == "Moscou a répondu."
    assert reads == ["seeds/a.txt"] * 3


def test_a_seed_the_cache_forgot_is_read_again(tmp_path: Path, reads: list[str]) -> None:
    seed = tmp_path / "seeds" / "a.txt"
    seed.parent.mkdir()
    seed.write_text("Titre\nLe Kremlin a démenti jeudi.\n", "utf-8")
    cache = SeedCache(tmp_path / "cache")
    read(cache, seed, tmp_path)
    cache.prune([], tmp_path)  # a build that saw it, then one that did not
    cache.prune([], tmp_path)
    read(cache, seed, tmp_path)
    assert reads == ["seeds/a.txt"] * 2
