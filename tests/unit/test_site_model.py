"""The site model without MkDocs or spaCy: pages, pagination, collisions, URLs, links, views."""

from __future__ import annotations

import random

import pytest
from mkdocs.utils import get_relative_url

from briefings.cache import PageCache
from briefings.corpus import Corpus
from briefings.site import Links, PageConflict, SiteData, SiteOptions, SiteRenderer, UrlScheme
from briefings.site.pages import (
    BriefingPage,
    EntityLabelPage,
    EntityPage,
    ListingPage,
    SourcePage,
    TimelinePage,
    place_pages,
    plan_pages,
)
from briefings.site.urls import page_url, relative_url
from briefings.site.views import view_of

from ..factories import briefing, claim, mention, source, troops

SCHEME = UrlScheme()


def _corpus(count: int) -> Corpus:
    return Corpus.build(
        [
            troops(f"b{n:03}", "la Corée du Nord a envoyé 10 000 soldats", source("Séoul"), "10 000 soldats")
            for n in range(count)
        ]
    )


def test_the_briefing_list_is_paginated_and_only_its_first_page_is_in_the_nav() -> None:
    pages = list(plan_pages(_corpus(5), SCHEME, page_size=2))
    listings = [p for p in pages if isinstance(p, ListingPage)]
    assert [p.src_uri for p in listings] == [
        "briefings/index.md",
        "briefings/page-2.md",
        "briefings/page-3.md",
    ]
    assert [len(p.briefings) for p in listings] == [2, 2, 1]
    assert [(p.number, p.pages, p.in_nav) for p in listings] == [(1, 3, True), (2, 3, False), (3, 3, False)]
    assert listings[1].title == "Briefings, page 2"
    assert len([p for p in pages if isinstance(p, BriefingPage)]) == 5


def test_an_empty_corpus_still_has_one_list_page() -> None:
    listings = [p for p in plan_pages(_corpus(0), SCHEME, page_size=50) if isinstance(p, ListingPage)]
    assert [(p.src_uri, p.briefings) for p in listings] == [("briefings/index.md", ())]


def test_entities_of_a_label_are_listed_on_pages_of_ten_times_the_page_size() -> None:
    text = " ".join(f"Ville{n}" for n in range(25))
    mentions = [mention(text, f"Ville{n}", "LOC", f"ville{n}") for n in range(25)]
    corpus = Corpus.build([briefing("a", text, mentions=mentions)])
    labels = [p for p in plan_pages(corpus, SCHEME, page_size=1) if isinstance(p, EntityLabelPage)]
    assert [(p.src_uri, len(p.entries), p.total) for p in labels] == [
        ("entities/labels/loc.md", 10, 25),
        ("entities/labels/loc-2.md", 10, 25),
        ("entities/labels/loc-3.md", 5, 25),
    ]
    assert labels[0].title == "Places" and labels[2].title == "Places, page 3"
    assert len([p for p in plan_pages(corpus, SCHEME, page_size=1) if isinstance(p, EntityPage)]) == 25


def test_only_named_sources_that_are_not_entities_get_a_page() -> None:
    text = "Selon un responsable, Séoul et Reuters ont confirmé."
    anonymous = source("un responsable", "anonymous")
    anonymous = type(anonymous)(anonymous.id, anonymous.name, "anonymous", False)
    claims = [
        claim(text, "Selon un responsable", anonymous),
        claim(text, "Séoul", source("Séoul", entity_id="coree-du-sud")),
        claim(text, "Reuters", source("Reuters", "news_agency")),
    ]
    mentions = [mention(text, "Séoul", "LOC", "coree-du-sud")]
    corpus = Corpus.build([briefing("a", text, mentions=mentions, claims=claims)])
    pages = [p.src_uri for p in plan_pages(corpus, SCHEME, page_size=50) if isinstance(p, SourcePage)]
    assert pages == ["sources/reuters.md"]


def test_a_users_page_replaces_ours_in_the_nav_and_any_other_collision_is_an_error() -> None:
    planned = list(plan_pages(_corpus(1), SCHEME, page_size=50))
    kept = place_pages(iter(planned), {"timeline.md", "index.md"})
    assert "timeline.md" not in [p.src_uri for p in kept]
    assert len(kept) == len(planned) - 1
    with pytest.raises(PageConflict, match="'briefings/b000.md' exists in docs/"):
        place_pages(iter(planned), {"briefings/b000.md"})
    twice = [TimelinePage("x.md", "X"), TimelinePage("x.md", "Y")]
    with pytest.raises(PageConflict, match="two generated pages"):
        place_pages(iter(twice), set())


@pytest.mark.parametrize(
    ("url", "other"),
    [
        ("entities/a/", "briefings/b/"),
        ("briefings/", "briefings/b/"),
        ("./", "entities/x/"),
        ("feed.xml", "briefings/b/"),
        ("entities/a.html", "briefings/b.html"),
        ("a/b/c/", "."),
    ],
)
def test_relative_urls_agree_with_mkdocs(url: str, other: str) -> None:
    assert relative_url(url, other) == get_relative_url(url, other)


def test_relative_urls_agree_with_mkdocs_on_any_pair_of_paths() -> None:
    rng = random.Random(7)
    parts = ["a", "b", "entities", "x.html", ".", "..", "index.html"]  # site URLs have no "//"

    def path() -> str:
        return "/".join(rng.choice(parts) for _ in range(rng.randint(1, 4))) + rng.choice(["", "/"])

    for _ in range(5000):
        url, other = path(), rng.choice([path(), "."])
        assert relative_url(url, other) == get_relative_url(url, other), (url, other)


def test_page_urls_follow_mkdocs_rules() -> None:
    assert page_url("briefings/x.md") == "briefings/x/"
    assert page_url("briefings/index.md") == "briefings/"
    assert page_url("briefings/x.md", use_directory_urls=False) == "briefings/x.html"
    assert page_url("briefings/index.md", use_directory_urls=False) == "briefings/index.html"


def test_links_are_relative_and_a_missing_page_is_recorded() -> None:
    urls = {SCHEME.briefing("a"): "briefings/a/", SCHEME.entity("paris"): "entities/paris/"}
    links = Links("briefings/b/", urls=urls, scheme=SCHEME, entities={"paris", "lyon"})
    assert links.briefing("a") == "../a/"
    assert links.entity("paris") == "../../entities/paris/"
    assert links.entity("nowhere") is None  # not an entity of the corpus: no page, not broken
    assert links.unresolved == []
    assert links.entity("lyon") is None  # an entity of the corpus whose page is missing
    assert links.to("methodology.md") is None  # optional page
    assert links.unresolved == ["entities/lyon.md"]


def test_a_views_key_changes_with_what_the_page_shows_and_only_then(tmp_path) -> None:  # type: ignore[no-untyped-def]
    corpus = _corpus(2)
    site = SiteData(corpus, SiteOptions(), fingerprints={b.slug: b.slug + "-v1" for b in corpus.briefings})
    page = next(p for p in plan_pages(corpus, SCHEME, page_size=50) if isinstance(p, BriefingPage))
    links = Links("briefings/x/", urls={}, scheme=SCHEME, entities=corpus.entities)
    key = view_of(page, site, links).key
    assert key is not None and key == view_of(page, site, links).key
    site.fingerprints[page.briefing.slug] = "v2"  # type: ignore[union-attr]
    assert view_of(page, site, links).key != key


def test_a_briefings_pieces_keep_the_claim_anchors_in_the_sidebar_only(tmp_path) -> None:  # type: ignore[no-untyped-def]
    corpus = _corpus(1)
    site = SiteData(corpus, SiteOptions(), fingerprints={b.slug: "f" for b in corpus.briefings})
    page = next(p for p in plan_pages(corpus, SCHEME, page_size=50) if isinstance(p, BriefingPage))
    urls = {p.src_uri: p.src_uri[:-3] + "/" for p in plan_pages(corpus, SCHEME, page_size=50)}
    links = Links("briefings/b000/", urls=urls, scheme=SCHEME, entities=corpus.entities)
    cache = PageCache(tmp_path / "pages")
    renderer = SiteRenderer(site, cache)
    pieces = renderer.pieces(page, links)
    assert set(pieces) == {"content", "sidebar", "head", "search"}
    assert 'id="c1-info"' in pieces["sidebar"]
    assert 'id="c1-info"' not in pieces["content"] and 'class="bf-panel"' in pieces["content"]
    assert 'id="c1"' in pieces["content"]  # the claim in the text
    assert "<mark" not in pieces["search"] and "10 000 soldats" in pieces["search"]
    assert renderer.pieces(page, links) == pieces and cache.hits == 1


def test_a_cold_build_lays_out_the_entity_graphs_together_ahead_of_their_pages(  # type: ignore[no-untyped-def]
    tmp_path, monkeypatch
) -> None:
    from briefings.site import views

    corpus = Corpus.build(
        [
            briefing(
                f"b{n}",
                text,
                mentions=[mention(text, name, "PER", name.split()[0].lower()) for name in names],
            )
            for n, names in enumerate([["Alice Martin", "Bruno Petit"], ["Alice Martin", "Chloé Roux"]])
            for text in [" et ".join(names) + " ont parlé."]
        ]
    )
    site = SiteData(corpus, SiteOptions(), fingerprints={b.slug: b.slug for b in corpus.briefings})
    pages = list(plan_pages(corpus, SCHEME, page_size=50))
    entity_pages = [p for p in pages if isinstance(p, EntityPage)]
    urls = {p.src_uri: p.src_uri[:-3] + "/" for p in pages}
    links = Links("entities/x/", urls=urls, scheme=SCHEME, entities=corpus.entities)
    made: list[int] = []
    lay_out_all = views.lay_out_all
    monkeypatch.setattr(
        views,
        "lay_out_all",
        lambda corpus, graphs, **k: made.append(len(graphs)) or lay_out_all(corpus, graphs, **k),
    )
    monkeypatch.setattr(views, "_LAYOUTS", {})

    cold = SiteRenderer(site, PageCache(tmp_path / "cold"))
    cold.expect(pages)
    shown = [cold.pieces(page, links)["content"] for page in entity_pages]
    assert made == [3]  # the three graphs in one go, when the first entity page was rendered
    monkeypatch.setattr(views, "_LAYOUTS", {})
    one_by_one = SiteRenderer(site, PageCache(tmp_path / "one"))  # nothing expected: one at a time
    assert [one_by_one.pieces(page, links)["content"] for page in entity_pages] == shown
    assert made == [3, 1, 1, 1]
