"""An incremental build looks again at every page an edit changes (site/changes.py).

The oracle is the views themselves: after random edits of a random corpus, every page whose
title or view key differs from the build before must be among the pages looked at again.
"""

from __future__ import annotations

import hashlib
import random
from dataclasses import dataclass, field, replace

import pytest

from briefings.cache import briefing_fingerprint
from briefings.corpus import Corpus
from briefings.i18n import say
from briefings.model import AppliedOverlay, Briefing
from briefings.seeds import SeedError, SeedReport
from briefings.site import Links, SiteData, SiteOptions, UrlScheme, page_title, view_of
from briefings.site.changes import pages_to_look_at, read_corpus
from briefings.site.pages import (
    BriefingPage,
    EntitiesIndexPage,
    EntityLabelPage,
    EntityPage,
    ReportPage,
    SourcePage,
    TimelinePeriodPage,
    place_pages,
    plan_pages,
)
from briefings.site.urls import page_url

from ..factories import briefing, claim, mention, source

SCHEME = UrlScheme()
LABELS = ("LOC", "PER", "ORG")
#: entity ids, by number; "entite0" is in most briefings (a "France"), the rest less and less
ENTITIES = 24
SOURCES = [source("Séoul"), source("Agence", "news_agency"), source("Entité 3", entity_id="entite3")]


@dataclass
class Spec:
    """What a generated briefing says: its entities (number, long name?) and its claim's source."""

    slug: str
    title: str
    date: str
    entities: list[tuple[int, bool]] = field(default_factory=list)
    source: int | None = None
    tail: str = ""  # text after the sentence of the entities, which no list shows
    dates: list[str] = field(default_factory=list)  # dates the text mentions (ISO values)


def make(spec: Spec) -> Briefing:
    surfaces = [(f"{'Grande ' if long else ''}Entité {n}", n) for n, long in spec.entities]
    text = "On apprend que " + " et ".join(s for s, _ in surfaces) + " se sont rencontrés." + spec.tail
    text += "".join(f" Le {value} compte." for value in spec.dates)
    mentions, seen = [], set()
    for surface, n in surfaces:
        seen.add(surface)
        occurrence = sum(1 for s, _ in surfaces[: surfaces.index((surface, n)) + 1] if s == surface)
        mentions.append(mention(text, surface, LABELS[n % 3], f"entite{n}", occurrence=occurrence))
    for number, value in enumerate(spec.dates):
        occurrence = spec.dates[: number + 1].count(value)
        dated = mention(text, f"Le {value} ", "DATE", f"date-{number}", occurrence=occurrence)
        mentions.append(replace(dated, start=dated.start + 3, end=dated.end - 1, text=value, value=value))
    claims = [claim(text, text, SOURCES[spec.source])] if spec.source is not None else []
    made = briefing(spec.slug, text, mentions=mentions, claims=claims, date=spec.date, title=spec.title)
    # the seed's bytes hold its title and date, and a fingerprint reads them through this hash
    content_hash = hashlib.sha256(repr((text, spec.title, spec.date)).encode()).hexdigest()
    return replace(made, article=replace(made.article, content_hash=content_hash))


def random_spec(rng: random.Random, number: int) -> Spec:
    count = rng.randint(1, 5)
    entities = sorted({min(ENTITIES - 1, int(rng.expovariate(0.25))) for _ in range(count)})
    return Spec(
        f"b{number:03}",
        f"Titre {number}",
        f"2024-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}",
        [(n, rng.random() < 0.1) for n in entities],
        rng.choice([None, 0, 1, 2]),
    )


def edit(rng: random.Random, spec: Spec) -> Spec:
    kind = rng.choice(["add", "remove", "rename", "source", "title", "date", "tail"])
    entities = list(spec.entities)
    if kind == "tail":  # text after the entities': near enough to change their snippets, or not
        return replace(spec, tail=spec.tail + rng.choice([" Suite.", " Une phrase de plus, sans entité."]))
    if kind == "add":
        entities.append((rng.randrange(ENTITIES), rng.random() < 0.3))
    elif kind == "remove" and entities:
        entities.pop(rng.randrange(len(entities)))
    elif kind == "rename" and entities:
        index = rng.randrange(len(entities))
        entities[index] = (entities[index][0], not entities[index][1])
    elif kind == "source":
        return replace(spec, source=rng.choice([None, 0, 1, 2]))
    elif kind == "title":
        return replace(spec, title=spec.title + " (corrigé)")
    elif kind == "date":
        return replace(spec, date=f"2025-01-{rng.randint(10, 28)}")
    return replace(spec, entities=entities)


def site_of(specs: list[Spec]) -> tuple[SiteData, dict[str, object]]:
    return site_of_briefings([make(spec) for spec in specs])


def site_of_briefings(
    briefings: list[Briefing], *, page_size: int = 10
) -> tuple[SiteData, dict[str, object]]:
    corpus = Corpus.build(briefings)
    fingerprints = {b.slug: briefing_fingerprint(b) for b in corpus.briefings}
    options = SiteOptions(page_size=page_size, related_size=3)
    site = SiteData(corpus, options, settings_digest="s", fingerprints=fingerprints)
    planned = plan_pages(corpus, SCHEME, page_size=page_size)
    pages = {page.src_uri: page for page in place_pages(planned, ())}
    return site, pages


def keys_of(site: SiteData, pages: dict[str, object]) -> dict[str, tuple[str, str | None]]:
    urls = {src: page_url(src, use_directory_urls=True) for src in pages}
    keys = {}
    for src, page in pages.items():
        links = Links(urls[src], urls=urls, scheme=SCHEME, entities=site.corpus.entities)
        keys[src] = (page_title(page, site.strings), view_of(page, site, links).key)  # type: ignore[arg-type]
    return keys


def related_of(site: SiteData) -> dict[str, tuple[str, ...]]:
    return {
        b.slug: tuple(r.briefing.slug for r in site.corpus.related(b, limit=site.options.related_size))
        for b in site.corpus.briefings
    }


@pytest.mark.parametrize("seed", range(12))
def test_every_page_an_edit_changes_is_looked_at_again(seed: int) -> None:
    rng = random.Random(seed)
    specs = [random_spec(rng, n) for n in range(40)]
    site, pages = site_of(specs)
    keys = keys_of(site, pages)
    looked, entity_pages = 0, 0
    for _ in range(8):
        reads = read_corpus(site.corpus, site.fingerprints, "context", related=related_of(site))
        for _ in range(rng.choice([1, 1, 1, 2, 3])):  # sometimes several briefings at once
            number = rng.randrange(len(specs))
            specs[number] = edit(rng, specs[number])
        site, pages = site_of(specs)
        new_keys = keys_of(site, pages)
        look = pages_to_look_at(reads, site.corpus, site.fingerprints, "context", pages)  # type: ignore[arg-type]
        assert look is not None
        changed = {src for src, key in new_keys.items() if keys.get(src) != key}
        assert changed <= look, f"changed but not looked at: {sorted(changed - look)}"
        entities = [src for src, page in pages.items() if isinstance(page, EntityPage)]
        looked += len(look.intersection(entities))
        entity_pages += len(entities)
        keys = new_keys
    # what makes it worth it: an edit looks at a fraction of the entity pages, not all of them
    assert looked < 0.7 * entity_pages


def random_dates(rng: random.Random) -> list[str]:
    """Dates a text mentions: days, months and years of a few years (a year alone keeps a
    period of its own when its year is split into months)."""
    values = []
    for _ in range(rng.randint(0, 4)):
        year = rng.choice(["2019", "2020", "2021", "2024"])
        values.append(
            rng.choice(
                [year, f"{year}-0{rng.randint(1, 9)}", f"{year}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}"]
            )
        )
    return values


@pytest.mark.parametrize("seed", range(12))
def test_every_period_of_the_timeline_an_edit_changes_is_looked_at_again(seed: int) -> None:
    # lists of 2 briefings a page, periods of 20 entries: several years split into months; edits
    # move dates from one period to another, and from a year to its months, and change titles
    rng = random.Random(100 + seed)
    specs = [replace(random_spec(rng, n), dates=random_dates(rng)) for n in range(40)]
    site, pages = site_of_briefings([make(spec) for spec in specs], page_size=2)
    keys = keys_of(site, pages)
    periods = looked = 0
    for _ in range(10):
        reads = read_corpus(
            site.corpus,
            site.fingerprints,
            "context",
            related=related_of(site),
            pages=pages,  # type: ignore[arg-type]
        )
        for _ in range(rng.choice([1, 1, 2])):
            number = rng.randrange(len(specs))
            if rng.random() < 0.5:
                specs[number] = replace(specs[number], dates=random_dates(rng))
            else:
                specs[number] = edit(rng, specs[number])
        site, pages = site_of_briefings([make(spec) for spec in specs], page_size=2)
        new_keys = keys_of(site, pages)
        look = pages_to_look_at(reads, site.corpus, site.fingerprints, "context", pages)  # type: ignore[arg-type]
        assert look is not None
        changed = {src for src, key in new_keys.items() if keys.get(src) != key}
        assert changed <= look, f"changed but not looked at: {sorted(changed - look)}"
        in_periods = [src for src, page in pages.items() if isinstance(page, TimelinePeriodPage)]
        periods += len(in_periods)
        looked += len(look.intersection(in_periods))
        keys = new_keys
    assert periods > 0 and looked < 0.7 * periods  # a date's edit looks at its periods, not all


def test_a_list_page_is_looked_at_when_an_entity_it_shows_is_renamed_elsewhere() -> None:
    # b000 and b001 both name entity 5; b001 now names it by a longer name, which becomes its
    # name everywhere: the list page of b000 shows it, though b000 did not change
    specs = [
        Spec("b000", "Titre 0", "2024-01-10", [(5, False)]),
        *[Spec(f"b00{n}", f"Titre {n}", f"2024-02-1{n}", [(6 + n, False)]) for n in range(2, 6)],
        Spec("b001", "Titre 1", "2024-03-10", [(5, False)]),
    ]
    site, pages = site_of_briefings([make(spec) for spec in specs], page_size=1)
    keys = keys_of(site, pages)
    reads = read_corpus(site.corpus, site.fingerprints, "context", related=related_of(site), pages=pages)  # type: ignore[arg-type]
    specs[-1] = replace(specs[-1], entities=[(5, True)])
    again, pages = site_of_briefings([make(spec) for spec in specs], page_size=1)
    look = pages_to_look_at(reads, again.corpus, again.fingerprints, "context", pages)  # type: ignore[arg-type]
    new_keys = keys_of(again, pages)
    oldest = SCHEME.listing(len(specs))  # b000's page, the last of the list
    assert keys[oldest] != new_keys[oldest]
    assert look is not None and oldest in look
    # the lists of the briefings that name neither are not looked at again
    assert SCHEME.listing(3) not in look and keys[SCHEME.listing(3)] == new_keys[SCHEME.listing(3)]


def test_a_new_briefing_or_another_context_looks_at_every_page() -> None:
    rng = random.Random(1)
    specs = [random_spec(rng, n) for n in range(10)]
    site, pages = site_of(specs)
    reads = read_corpus(site.corpus, site.fingerprints, "context", related=related_of(site))
    assert pages_to_look_at(reads, site.corpus, site.fingerprints, "other", pages) is None  # type: ignore[arg-type]
    bigger, pages = site_of([*specs, random_spec(rng, 10)])
    assert pages_to_look_at(reads, bigger.corpus, bigger.fingerprints, "context", pages) is None  # type: ignore[arg-type]
    assert pages_to_look_at(None, site.corpus, site.fingerprints, "context", pages) is None  # type: ignore[arg-type]


def test_when_no_briefing_changed_only_the_report_is_looked_at() -> None:
    # a save that changes nothing (or only a broken seed's error): no list is computed again
    rng = random.Random(2)
    specs = [random_spec(rng, n) for n in range(10)]
    site, pages = site_of(specs)
    reads = read_corpus(site.corpus, site.fingerprints, "context", related=related_of(site))
    again, pages = site_of(specs)
    look = pages_to_look_at(reads, again.corpus, again.fingerprints, "context", pages)  # type: ignore[arg-type]
    # the report, and the first page of the list, which says how many seeds have errors
    reads_errors = {SCHEME.report(), SCHEME.listing(1)}
    assert look == reads_errors
    listing = pages[SCHEME.listing(1)]
    links = Links("briefings/", urls={}, scheme=SCHEME, entities=site.corpus.entities)
    broken = replace(site, overlay_errors=[SeedError("briefings/x.yml", say("seed_errors.empty"))])
    assert view_of(listing, site, links).key != view_of(listing, broken, links).key  # type: ignore[arg-type]


def test_the_report_key_follows_the_errors_and_what_each_seed_gave() -> None:
    rng = random.Random(3)
    specs = [random_spec(rng, n) for n in range(4)]
    site, pages = site_of(specs)
    (report,) = (page for page in pages.values() if isinstance(page, ReportPage))
    links = Links("briefings/report/", urls={}, scheme=SCHEME, entities=site.corpus.entities)

    def key(data: SiteData) -> str | None:
        return view_of(report, data, links).key  # type: ignore[arg-type]

    broken = SeedReport(errors=[SeedError("seeds/x.txt", say("seed_errors.empty"), line=1)])
    assert key(site) == key(site_of(specs)[0])
    assert key(site) != key(replace(site, report=broken))
    assert key(site) != key(replace(site, report=SeedReport(warnings=broken.errors)))
    specs[0] = replace(specs[0], title=specs[0].title + " (corrigé)")  # a title the report lists
    assert key(site) != key(site_of(specs)[0])


def lists_of(pages: dict[str, object]) -> set[str]:
    """The pages that gather briefings: lists, indexes, the timeline, the graph."""
    kinds = (BriefingPage, EntityPage, SourcePage, ReportPage)
    return {src for src, page in pages.items() if not isinstance(page, kinds)}


def test_an_edit_no_list_shows_looks_at_no_list() -> None:
    rng = random.Random(4)
    specs = [random_spec(rng, n) for n in range(10)]
    site, pages = site_of(specs)
    keys = keys_of(site, pages)
    reads = read_corpus(site.corpus, site.fingerprints, "context", related=related_of(site))
    specs[3] = replace(specs[3], tail=" Une phrase de plus, sans entité ni date.")
    again, pages = site_of(specs)
    look = pages_to_look_at(reads, again.corpus, again.fingerprints, "context", pages)  # type: ignore[arg-type]
    assert look is not None and "briefings/b003.md" in look
    lists = lists_of(pages) - {SCHEME.listing(1)}  # which says how many seeds have errors
    assert lists and not look & lists
    new_keys = keys_of(again, pages)
    assert all(keys[src] == new_keys[src] for src in lists)  # and indeed none of them changed


@pytest.mark.parametrize(
    ("edited", "timeline_looked_at"),
    [
        ("Le sommet a été reporté en mars 2024 à Paris. Rien d'autre.", True),  # the date's sentence
        ("Le sommet a eu lieu en mars 2024 à Paris. Rien de plus.", False),  # another sentence
    ],
)
def test_the_timeline_is_looked_at_when_a_dates_sentence_changes(
    edited: str, timeline_looked_at: bool
) -> None:
    def dated(text: str) -> Briefing:
        made = briefing(
            "dates", text, mentions=[mention(text, "mars 2024", "DATE", "date-1")], date="2024-04-01"
        )
        dot = text.index(".") + 1
        sentences = [(0, dot), (dot + 1, len(text))]
        mentions = [replace(m, value="2024-03") for m in made.annotation.mentions]
        annotation = replace(made.annotation, mentions=mentions, sentences=sentences)
        return replace(made, annotation=annotation)

    rng = random.Random(5)
    others = [make(random_spec(rng, n)) for n in range(6)]
    site, pages = site_of_briefings(
        [*others, dated("Le sommet a eu lieu en mars 2024 à Paris. Rien d'autre.")]
    )
    keys = keys_of(site, pages)
    reads = read_corpus(site.corpus, site.fingerprints, "context", related=related_of(site))
    again, pages = site_of_briefings([*others, dated(edited)])
    look = pages_to_look_at(reads, again.corpus, again.fingerprints, "context", pages)  # type: ignore[arg-type]
    assert look is not None
    assert ("timeline.md" in look) is timeline_looked_at
    assert (keys["timeline.md"] != keys_of(again, pages)["timeline.md"]) is timeline_looked_at


def test_the_sources_index_is_looked_at_when_a_sources_kind_changes() -> None:
    def said_by(kind: str) -> Briefing:
        text = "Selon le porte-parole, le sommet aura lieu."
        return briefing("b", text, claims=[claim(text, "le sommet aura lieu", source("Porte-parole", kind))])

    rng = random.Random(6)
    others = [make(random_spec(rng, n)) for n in range(4)]
    site, pages = site_of_briefings([*others, said_by("news_agency")])
    keys = keys_of(site, pages)
    reads = read_corpus(site.corpus, site.fingerprints, "context", related=related_of(site))
    again, pages = site_of_briefings([*others, said_by("government")])
    look = pages_to_look_at(reads, again.corpus, again.fingerprints, "context", pages)  # type: ignore[arg-type]
    index = SCHEME.sources_index()
    assert keys[index] != keys_of(again, pages)[index]
    assert look is not None and index in look


def test_search_gets_the_report_without_its_table_of_briefings() -> None:
    # the table lists every briefing, indexed on its own page; parsing it again for search on
    # every edit cost seconds at 5 000 seeds
    rng = random.Random(5)
    specs = [random_spec(rng, n) for n in range(4)]
    site, pages = site_of(specs)
    (report,) = (page for page in pages.values() if isinstance(page, ReportPage))
    links = Links("briefings/report/", urls={}, scheme=SCHEME, entities=site.corpus.entities)
    pieces = view_of(report, site, links).render()  # type: ignore[arg-type]
    title = site.corpus.briefings[0].article.title
    assert title in pieces["content"] and "<table>" in pieces["content"]
    assert title not in pieces["search"] and "<table>" not in pieces["search"]
    assert pieces["search"].startswith("<h1>")


def test_an_edit_away_from_every_mention_looks_at_no_entity_or_source_page() -> None:
    # what entity and source pages show of a briefing (title, date, mentions with their snippets,
    # claims) did not change: none of its entities' or sources' pages is looked at, nor the
    # entity indexes; an edit near a mention changes its snippet, and its entity's page
    far = " " + "Une phrase sans entité ni date, assez longue pour rester hors des extraits. " * 2
    specs = [
        Spec(
            "b000", "Titre 0", "2024-01-10", [(1, False), (2, False)], tail=far
        ),  # no claim: it is the whole text
        Spec("b001", "Titre 1", "2024-02-10", [(1, False), (3, False)], source=0),
    ]
    site, pages = site_of(specs)
    keys = keys_of(site, pages)
    reads = read_corpus(site.corpus, site.fingerprints, "context", related=related_of(site))
    faced = {src for src, page in pages.items() if isinstance(page, (EntityPage, SourcePage))}
    indexes = {src for src, page in pages.items() if isinstance(page, (EntitiesIndexPage, EntityLabelPage))}
    assert faced and indexes
    for tail, near in ((far + "Encore une.", False), ("Suite.", True)):
        edited = [replace(specs[0], tail=tail), specs[1]]
        again, pages = site_of(edited)
        look = pages_to_look_at(reads, again.corpus, again.fingerprints, "context", pages)  # type: ignore[arg-type]
        new_keys = keys_of(again, pages)
        changed = {src for src in new_keys if keys.get(src) != new_keys[src]}
        assert look is not None and changed <= look and "briefings/b000.md" in look
        assert not look & indexes
        if near:  # the snippets of b000's mentions: its entities' pages changed, and are looked at
            assert changed & faced and changed & faced <= look
        else:
            assert not look & faced and not changed & faced


def test_the_report_is_rendered_again_only_when_its_table_of_briefings_changes() -> None:
    # the table shows each briefing's link, title and numbers of mentions and of visible claims:
    # an edit that changes none of them leaves the report's key (5 000 rows to render) as it was
    rng = random.Random(7)
    specs = [random_spec(rng, n) for n in range(4)]
    specs[0] = replace(specs[0], source=0)
    site, pages = site_of(specs)
    (report,) = (page for page in pages.values() if isinstance(page, ReportPage))
    links = Links("briefings/report/", urls={}, scheme=SCHEME, entities=site.corpus.entities)

    def key(data: SiteData) -> str | None:
        return view_of(report, data, links).key  # type: ignore[arg-type]

    def edited(*changes: Spec) -> SiteData:
        return site_of([*changes, *specs[len(changes) :]])[0]

    tail = edited(replace(specs[0], tail=" Une phrase de plus."))
    assert tail.fingerprints != site.fingerprints and key(tail) == key(site)
    assert key(edited(replace(specs[0], entities=[*specs[0].entities, (20, False)]))) != key(site)
    assert key(edited(replace(specs[0], source=None))) != key(site)  # one claim fewer
    first = make(specs[0])
    hidden = replace(
        first,
        overlay=AppliedOverlay(first.annotation.mentions, first.annotation.claims, hidden=frozenset({0})),
    )
    rest = [make(spec) for spec in specs[1:]]
    assert key(site_of_briefings([hidden, *rest])[0]) != key(site_of_briefings([first, *rest])[0])
    unknown = replace(first, overlay=AppliedOverlay([], first.annotation.claims, hidden=frozenset({5})))
    assert key(site_of_briefings([unknown, *rest])[0]) == key(site_of_briefings([first, *rest])[0])


def test_a_date_mentioned_away_from_every_entity_looks_at_no_entity_page_nor_index() -> None:
    # entity pages and the entity indexes show linked mentions (their snippets, their numbers),
    # never a date's: a date added at the end of a briefing changes the timeline, not them
    far = " " + "Une phrase sans entité ni date, assez longue pour rester hors des extraits. " * 2
    specs = [
        Spec("b000", "Titre 0", "2024-01-10", [(1, False), (2, False)], tail=far),
        Spec("b001", "Titre 1", "2024-02-10", [(1, False), (3, False)], source=0),
    ]
    site, pages = site_of(specs)
    keys = keys_of(site, pages)
    reads = read_corpus(site.corpus, site.fingerprints, "context", related=related_of(site), pages=pages)  # type: ignore[arg-type]
    again, pages = site_of([replace(specs[0], dates=["2024-03"]), specs[1]])
    look = pages_to_look_at(reads, again.corpus, again.fingerprints, "context", pages)  # type: ignore[arg-type]
    new_keys = keys_of(again, pages)
    changed = {src for src in new_keys if keys.get(src) != new_keys[src]}
    assert look is not None and changed <= look and "timeline.md" in changed
    entity_pages = {
        src
        for src, page in pages.items()
        if isinstance(page, (EntityPage, SourcePage, EntitiesIndexPage, EntityLabelPage))
    }
    assert entity_pages and not look & entity_pages and not changed & entity_pages
    assert "graph.md" not in look  # it shows which entities briefings name, not their dates


def test_the_graph_is_looked_at_when_a_briefing_names_another_entity() -> None:
    specs = [
        Spec("b000", "Titre 0", "2024-01-10", [(1, False), (2, False)]),
        Spec("b001", "Titre 1", "2024-02-10", [(1, False), (3, False)]),
    ]
    site, pages = site_of(specs)
    keys = keys_of(site, pages)
    reads = read_corpus(site.corpus, site.fingerprints, "context", related=related_of(site), pages=pages)  # type: ignore[arg-type]
    again, pages = site_of([replace(specs[0], entities=[(1, False), (2, False), (3, False)]), specs[1]])
    look = pages_to_look_at(reads, again.corpus, again.fingerprints, "context", pages)  # type: ignore[arg-type]
    assert look is not None and "graph.md" in look and keys["graph.md"] != keys_of(again, pages)["graph.md"]


def test_an_entity_named_by_a_mention_no_entity_page_lists_is_still_looked_at() -> None:
    # a briefing's entities are the ids of all its mentions that are entities of the corpus, a
    # mention of another label too: co-occurrences (an entity page's list and graph) follow them,
    # though no entity page lists that mention, so `faced_digest` does not change
    base = make(Spec("b000", "Titre 0", "2024-01-10", [(1, False), (2, False)]))
    others = [make(Spec("b001", "Titre 1", "2024-02-10", [(3, False), (2, False)]))]
    text = base.article.text
    odd = mention(text, "rencontrés", "CARDINAL", "entite3")
    plus = replace(base, annotation=replace(base.annotation, mentions=[*base.annotation.mentions, odd]))
    plus = replace(plus, article=replace(plus.article, content_hash="other"))
    site, pages = site_of_briefings([base, *others])
    keys = keys_of(site, pages)
    reads = read_corpus(site.corpus, site.fingerprints, "context", related=related_of(site), pages=pages)  # type: ignore[arg-type]
    again, pages = site_of_briefings([plus, *others])
    assert again.corpus.entity_ids_of(plus) != site.corpus.entity_ids_of(base)
    look = pages_to_look_at(reads, again.corpus, again.fingerprints, "context", pages)  # type: ignore[arg-type]
    new_keys = keys_of(again, pages)
    changed = {src for src in new_keys if keys.get(src) != new_keys[src]}
    assert look is not None and changed <= look
    assert any(src.startswith("entities/entite") for src in changed)
