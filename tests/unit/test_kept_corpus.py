"""`make serve` builds the corpus with what the last build made of each unchanged briefing
(`Corpus.build(..., kept=...)`): after any edits, adds and deletes, the corpus and its indexes
equal one built from scratch, an unchanged briefing's mentions are not made again, and the
indexes are updated for the changed briefings only."""

from __future__ import annotations

import random
from dataclasses import replace

import pytest

from briefings.corpus import Corpus, index
from briefings.model import Briefing, EntityMention
from briefings.site import KeptPages, SitePage, UrlScheme, plan_pages
from briefings.site.pages import BriefingPage, EntityPage, SourcePage

from ..factories import briefing, claim, mention, source
from .test_changes import SCHEME, edit, make, random_dates, random_spec


def assert_same_corpus(kept: Corpus, fresh: Corpus) -> None:
    assert kept.briefings == fresh.briefings
    assert kept.entities == fresh.entities and list(kept.entities) == list(fresh.entities)
    assert kept.mentions == fresh.mentions and list(kept.mentions) == list(fresh.mentions)
    assert kept.sources == fresh.sources and list(kept.sources) == list(fresh.sources)
    assert [r.briefing_count for r in kept.sources.values()] == [
        r.briefing_count for r in fresh.sources.values()
    ]
    assert kept.names == fresh.names and list(kept.names) == list(fresh.names)
    assert kept.dated_events() == fresh.dated_events()
    assert kept._briefings_by_entity == fresh._briefings_by_entity  # each in slug order
    for entity_id in fresh.entities:
        assert kept.briefing_count(entity_id) == fresh.briefing_count(entity_id)
        assert kept.briefings_of(entity_id) == fresh.briefings_of(entity_id)
        assert kept.claims_by(entity_id) == fresh.claims_by(entity_id)
    for found in fresh.briefings:
        assert kept.entity_ids_of(found) == fresh.entity_ids_of(found)
        assert kept.related(found) == fresh.related(found)


@pytest.mark.parametrize("seed", range(10))
def test_a_corpus_built_with_the_last_one_equals_one_built_from_scratch(seed: int) -> None:
    rng = random.Random(seed)
    specs = [replace(random_spec(rng, n), dates=random_dates(rng)) for n in range(30)]
    briefings: list[Briefing] = [make(spec) for spec in specs]
    corpus = Corpus.build(briefings)
    for step in range(12):
        kind = rng.random()
        if kind < 0.05:  # more than an update pays for: built from scratch
            for number in rng.sample(range(len(specs)), len(specs) // 3):
                specs[number] = edit(rng, specs[number])
                briefings[number] = make(specs[number])
        elif kind < 0.15:
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


def test_an_edit_updates_the_indexes_of_its_briefing_and_keeps_the_others() -> None:
    """The update path is taken (not a build from scratch that would pass the tests above too):
    what the kept corpus indexed for an unchanged briefing is the very same object."""
    rng = random.Random(5)
    specs = [random_spec(rng, n) for n in range(30)]
    briefings = [make(spec) for spec in specs]
    corpus = Corpus.build(briefings)
    assert_same_corpus(corpus, Corpus.build(briefings))  # its indexes made
    specs[7] = replace(specs[7], entities=[*specs[7].entities, (23, True)])
    briefings[7] = make(specs[7])
    again = Corpus.build(briefings, kept=corpus)
    assert "_entity_ids" in again.__dict__ and "_briefings_by_entity" in again.__dict__
    assert all(again._entity_ids[b.slug] is corpus._entity_ids[b.slug] for b in briefings if b.slug != "b007")
    assert again.sources is corpus.sources or any(
        again.sources[key] is corpus.sources[key] for key in corpus.sources
    )
    assert_same_corpus(again, Corpus.build(briefings))


def test_an_entity_that_appears_is_found_in_a_briefing_whose_mention_no_index_holds(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A briefing names an id with a mention of a label that is not linked (a date, here): no
    index holds it, yet it counts among the briefing's entities once another briefing's linked
    mention makes that id an entity (and no longer when it goes)."""
    monkeypatch.setattr(index, "UPDATE_SHARE", 1.0)  # two briefings: update whatever changes
    text = "Le 3 mars, Séoul a parlé."
    dated = EntityMention(3, 9, "3 mars", "DATE", "seoul")  # an id shared by chance
    first = briefing("a", text, mentions=[dated])
    other = briefing("b", "Rien.")
    corpus = Corpus.build([first, other])
    assert corpus.entity_ids_of(first) == []
    named = briefing("b", text, mentions=[mention(text, "Séoul", "LOC", "seoul")])
    again = Corpus.build([first, named], kept=corpus)
    assert again.entity_ids_of(first) == ["seoul"] == Corpus.build([first, named]).entity_ids_of(first)
    gone = Corpus.build([first, other], kept=again)
    assert gone.entity_ids_of(first) == []


def test_the_canonical_entity_follows_the_briefings_that_name_it(monkeypatch: pytest.MonkeyPatch) -> None:
    """The longest name seen is an entity's name; when the briefing that gave it is edited, the
    next longest (in the order of the slugs, as a build from scratch meets them) takes over."""
    monkeypatch.setattr(index, "UPDATE_SHARE", 1.0)  # three briefings: update whatever changes
    texts = {"a": "Macron parle.", "b": "Emmanuel Macron parle.", "c": "Président Macron parle."}
    made = {
        slug: briefing(slug, text, mentions=[mention(text, text[:-7], "PER", "macron")])
        for slug, text in texts.items()
    }
    corpus = Corpus.build(list(made.values()))
    assert corpus.entities["macron"].name == "Président Macron" == corpus.names["macron"]
    made["c"] = briefing("c", "Macron parle.", mentions=[mention("Macron parle.", "Macron", "PER", "macron")])
    again = Corpus.build(list(made.values()), kept=corpus)
    assert again.entities["macron"].name == "Emmanuel Macron" and again.names["macron"] == "Emmanuel Macron"
    assert_same_corpus(again, Corpus.build(list(made.values())))


def test_a_source_is_who_its_newest_claim_says(monkeypatch: pytest.MonkeyPatch) -> None:
    """A source's record shows the source of its newest claim (as a build from scratch meets
    them); when that briefing stops citing it, the next newest one's."""
    monkeypatch.setattr(index, "UPDATE_SHARE", 1.0)
    text = "Selon l'AFP, la réunion a eu lieu."

    def cited(slug: str, date: str, name: str | None) -> Briefing:
        claims = (
            [claim(text, "la réunion a eu lieu", source(name, "news_agency", entity_id="afp"))]
            if name
            else []
        )
        return briefing(slug, text, claims=claims, date=date)

    older, newer = cited("a", "2024-01-01", "AFP"), cited("b", "2024-02-01", "Agence France-Presse")
    corpus = Corpus.build([older, newer])
    assert corpus.sources["afp"].source.name == "Agence France-Presse"
    again = Corpus.build([older, cited("b", "2024-02-01", None)], kept=corpus)
    assert again.sources["afp"].source.name == "AFP"
    assert_same_corpus(again, Corpus.build([older, cited("b", "2024-02-01", None)]))


def test_the_plan_of_pages_keeps_the_pages_of_what_did_not_change() -> None:
    """`make serve` plans the pages with the last plan's (`KeptPages`): after any edits, adds and
    deletes the plan equals one made from scratch; a page made of the same briefing, entity or
    source is the last plan's object, one made of an edited briefing is made again."""
    rng = random.Random(21)
    specs = [replace(random_spec(rng, n), dates=random_dates(rng)) for n in range(30)]
    briefings = [make(spec) for spec in specs]
    kept = KeptPages()
    corpus = Corpus.build(briefings)
    last = {page.src_uri: page for page in plan_pages(corpus, SCHEME, page_size=10, kept=kept)}
    for step in range(12):
        number = rng.randrange(len(specs))
        if step % 4 == 3:  # a deleted seed
            specs.pop(number)
            briefings.pop(number)
        else:
            specs[number] = edit(rng, specs[number])
            briefings[number] = make(specs[number])
        corpus = Corpus.build(briefings, kept=corpus)
        planned = list(plan_pages(corpus, SCHEME, page_size=10, kept=kept))
        assert planned == list(plan_pages(corpus, SCHEME, page_size=10))
        for page in planned:
            before = last.get(page.src_uri)
            if isinstance(page, (BriefingPage, EntityPage, SourcePage)) and before is not None:
                made_of = _made_of(page)
                assert (before is page) == (made_of is _made_of(before))  # the same object: kept
        kept_pages = [page for page in planned if last.get(page.src_uri) is page]
        assert len(kept_pages) > len(planned) / 2  # most pages are the last plan's
        last = {page.src_uri: page for page in planned}
    other = UrlScheme(briefings_path="notes")
    assert list(plan_pages(corpus, other, page_size=10, kept=kept)) == list(
        plan_pages(corpus, other, page_size=10)
    )


def _made_of(page: SitePage) -> object:
    if isinstance(page, BriefingPage):
        return page.briefing
    return page.entity if isinstance(page, EntityPage) else getattr(page, "record", None)
