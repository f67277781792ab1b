"""`make serve` builds the corpus with what the last build made of each unchanged briefing
(`Corpus.build(..., kept=...)`): after any edits, adds and deletes, the corpus equals one
built from scratch, and an unchanged briefing's mentions are not made again."""

from __future__ import annotations

import random
from dataclasses import replace

import pytest

from briefings.corpus import Corpus
from briefings.model import Briefing

from .test_changes import edit, make, random_dates, random_spec


def assert_same_corpus(kept: Corpus, fresh: Corpus) -> None:
    assert kept.briefings == fresh.briefings
    assert kept.entities == fresh.entities and list(kept.entities) == list(fresh.entities)
    assert kept.mentions == fresh.mentions
    assert kept.sources == fresh.sources and list(kept.sources) == list(fresh.sources)
    assert kept.dated_events() == fresh.dated_events()
    for briefing in fresh.briefings:
        assert kept.entity_ids_of(briefing) == fresh.entity_ids_of(briefing)
        assert kept.related(briefing) == fresh.related(briefing)


@pytest.mark.parametrize("seed", range(10))
def test_a_corpus_built_with_the_last_one_equals_one_built_from_scratch(seed: int) -> None:
    rng = random.Random(seed)
    specs = [replace(random_spec(rng, n), dates=random_dates(rng)) for n in range(30)]
    briefings: list[Briefing] = [make(spec) for spec in specs]
    corpus = Corpus.build(briefings)
    for step in range(12):
        kind = rng.random()
        if kind < 0.15:
            spec = random_spec(rng, 100 + step)
            specs.append(spec)
            briefings.append(make(spec))
        elif kind < 0.3:
            number = rng.randrange(len(specs))
            specs.pop(number)
            briefings.pop(number)
        else:
            number = rng.randrange(len(specs))
            specs[number] = (
                edit(rng, specs[number])
                if rng.random() < 0.7
                else replace(specs[number], dates=random_dates(rng))
            )
            briefings[number] = make(specs[number])  # a new object; the others are the same
        again = Corpus.build(briefings, kept=corpus)
        assert_same_corpus(again, Corpus.build(briefings))
        unchanged = [b for b in briefings if b.slug in corpus.made and corpus.made[b.slug].briefing is b]
        assert all(again.made[b.slug] is corpus.made[b.slug] for b in unchanged)
        corpus = again


def test_a_briefing_equal_but_not_the_same_object_is_made_again() -> None:
    rng = random.Random(3)
    specs = [random_spec(rng, n) for n in range(5)]
    corpus = Corpus.build([make(spec) for spec in specs])
    briefings = [make(spec) for spec in specs]  # equal briefings, other objects
    again = Corpus.build(briefings, kept=corpus)
    assert all(
        ref.briefing is briefings[int(ref.briefing.slug[1:])]
        for refs in again.mentions.values()
        for ref in refs
    )
