"""`make serve` keeps the previews of the last build (site/previews.py, `Previews`): after any
edits, the previews it gives equal those made from scratch, and an edit makes again only those
of the entities and sources its briefings name."""

from __future__ import annotations

import json
import random
from dataclasses import replace

import pytest

from briefings.cache import briefing_fingerprint
from briefings.corpus import Corpus
from briefings.i18n import english
from briefings.site import UrlScheme, place_pages, plan_pages, preview_files
from briefings.site import previews as previews_module
from briefings.site.previews import Previews

from .test_changes import Spec, edit, make, random_spec

SCHEME = UrlScheme()


def previews_of(specs: list[Spec], kept: Previews) -> tuple[list[tuple[str, bytes]], list[tuple[str, bytes]]]:
    """The previews `kept` gives for `specs`, and those made from scratch."""
    corpus = Corpus.build([make(spec) for spec in specs])
    fingerprints = {b.slug: briefing_fingerprint(b) for b in corpus.briefings}
    pages = {page.src_uri for page in place_pages(plan_pages(corpus, SCHEME, page_size=10), ())}
    strings = english()
    given = kept.files(corpus, fingerprints, SCHEME, strings, pages=pages)
    fresh = list(preview_files(corpus, SCHEME, strings, pages=pages))
    return given, fresh


@pytest.mark.parametrize("seed", range(12))
def test_kept_previews_equal_previews_made_from_scratch_after_any_edits(seed: int) -> None:
    rng = random.Random(seed)
    specs = [random_spec(rng, n) for n in range(30)]
    kept = Previews()
    given, fresh = previews_of(specs, kept)
    assert given == fresh
    for step in range(10):
        kind = rng.random()
        if kind < 0.15:  # a new seed
            specs.append(random_spec(rng, 100 + step))
        elif kind < 0.3 and len(specs) > 5:  # a seed deleted
            specs.pop(rng.randrange(len(specs)))
        else:
            for _ in range(rng.choice([1, 1, 2])):
                number = rng.randrange(len(specs))
                specs[number] = edit(rng, specs[number])
        given, fresh = previews_of(specs, kept)
        assert given == fresh, step


def test_an_entity_renamed_a_source_moved_and_a_last_mention_deleted() -> None:
    specs = [
        Spec("b000", "Titre 0", "2024-01-10", [(5, False), (7, False)], source=2),
        Spec("b001", "Titre 1", "2024-02-10", [(5, False)], source=0),
        Spec("b002", "Titre 2", "2024-03-10", [(6, False)], source=0),
    ]
    kept = Previews()
    assert previews_of(specs, kept)[0] == previews_of(specs, Previews())[1]
    steps = [
        lambda: specs.__setitem__(1, replace(specs[1], entities=[(5, True)])),  # a longer name
        lambda: specs.__setitem__(2, replace(specs[2], date="2023-01-01")),  # the newest claim moves
        lambda: specs.__setitem__(0, replace(specs[0], source=1)),  # another source
        lambda: specs.pop(0),  # the only mention of entity 7, and of entity 3's claim
    ]
    for step in steps:
        step()
        given, fresh = previews_of(specs, kept)
        assert given == fresh
    assert not any("entite7" in uri for uri, _ in given)


def test_an_edit_makes_again_only_the_previews_of_what_it_names(monkeypatch: pytest.MonkeyPatch) -> None:
    rng = random.Random(7)
    specs = [random_spec(rng, n) for n in range(30)]
    kept = Previews()
    previews_of(specs, kept)
    specs[4] = replace(specs[4], title="Autre titre", entities=[(20, False)])
    corpus = Corpus.build([make(spec) for spec in specs])
    fingerprints = {b.slug: briefing_fingerprint(b) for b in corpus.briefings}
    pages = {page.src_uri for page in place_pages(plan_pages(corpus, SCHEME, page_size=10), ())}
    made: list[str] = []
    real = previews_module.entity_preview
    monkeypatch.setattr(
        previews_module, "entity_preview", lambda entity, *args: made.append(entity.id) or real(entity, *args)
    )
    kept.files(corpus, fingerprints, SCHEME, english(), pages=pages)
    assert 0 < len(made) < len(corpus.entities) / 2


def test_an_edit_keeps_the_list_of_previews_and_replaces_only_its_own(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """With the same entities, sources and pages as the last build, the shards are the last
    build's, with the cards an edit names made again in their place: not a walk of every entity
    and source (8 000 at 5 000 seeds), and the other shards are the last build's bytes."""
    rng = random.Random(11)
    specs = [random_spec(rng, n) for n in range(30)]
    kept = Previews()
    before = dict(previews_of(specs, kept)[0])
    specs[4] = replace(specs[4], title="Autre titre", date="2030-01-01")  # the same entities
    addresses: list[str] = []
    real = previews_module.card_address
    monkeypatch.setattr(previews_module, "card_address", lambda src: addresses.append(src) or real(src))
    given, fresh = previews_of(specs, kept)
    assert given == fresh
    # by `preview_files` alone
    assert len(addresses) == sum(len(json.loads(content)["cards"]) for _, content in fresh)
    changed = [shard for shard, content in given if content is not before[shard]]
    assert 0 < len(changed) < len(given) / 2


def test_cards_are_in_the_shard_the_script_computes_from_a_link() -> None:
    """The shard of a page is FNV-1a (32 bits) of its file name modulo 256, as
    assets/briefings.js computes it; the shards sit beside the pages, in either URL layout."""
    assert (previews_module.shard_of(""), previews_module.shard_of("a")) == (0xC5, 0x2C)  # FNV-1a vectors
    assert previews_module.shard_of("foobar") == 0xBF9CF968 % 256
    assert previews_module.card_address("entities/vladimir-poutine.md") == (
        f"entities/_previews/{previews_module.shard_of('vladimir-poutine'):02x}.json",
        "vladimir-poutine",
    )
    rng = random.Random(13)
    corpus = Corpus.build([make(random_spec(rng, n)) for n in range(20)])
    pages = {page.src_uri for page in place_pages(plan_pages(corpus, SCHEME, page_size=10), ())}
    files = preview_files(corpus, SCHEME, english(), pages=pages)
    names = {(shard, name) for shard, content in files for name in json.loads(content)["cards"]}
    with_pages = [SCHEME.entity(entity_id) for entity_id in corpus.entities]
    with_pages += [SCHEME.source(source_id) for source_id in corpus.sources]
    assert names == {previews_module.card_address(src) for src in with_pages if src in pages}
    assert len(names) > 10
    assert [shard for shard, _ in files] == sorted({shard for shard, _ in names})  # one file a shard
    assert all(json.loads(content)["words"]["latest"] for _, content in files)


def test_other_pages_give_other_previews_though_the_corpus_is_the_same() -> None:
    rng = random.Random(12)
    corpus = Corpus.build([make(random_spec(rng, n)) for n in range(20)])
    fingerprints = {b.slug: briefing_fingerprint(b) for b in corpus.briefings}
    pages = {page.src_uri for page in place_pages(plan_pages(corpus, SCHEME, page_size=10), ())}
    kept = Previews()
    kept.files(corpus, fingerprints, SCHEME, english(), pages=pages)
    fewer = {src for src in pages if src != SCHEME.entity(next(iter(corpus.entities)))}
    given = kept.files(corpus, fingerprints, SCHEME, english(), pages=fewer)
    assert given == list(preview_files(corpus, SCHEME, english(), pages=fewer))
