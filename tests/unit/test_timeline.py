"""The timeline split into periods: a page per year, per month of a crowded year, one page for a
small site; each period's page changes only with what it shows."""

from __future__ import annotations

from dataclasses import replace

from briefings.corpus import Corpus
from briefings.model import Briefing, EntityMention
from briefings.site import Links, SiteData, SiteOptions, UrlScheme
from briefings.site.pages import TimelinePage, TimelinePeriodPage, plan_pages
from briefings.site.timeline import timeline_periods
from briefings.site.views import view_of

from ..factories import briefing

SCHEME = UrlScheme()


def _dated(slug: str, published: str, *mentioned: str, title: str = "") -> Briefing:
    """A briefing published on `published` whose text mentions the dates `mentioned` (ISO values)."""
    text = " ".join(f"Le jour {n} il s'est passé quelque chose." for n in range(len(mentioned))) or "Rien."
    mentions = [
        EntityMention(
            text.index(f"jour {n}"),
            text.index(f"jour {n}") + len(f"jour {n}"),
            f"jour {n}",
            "DATE",
            f"d{n}",
            value,
        )
        for n, value in enumerate(mentioned)
    ]
    made = briefing(slug, text, mentions=mentions, date=published, title=title or slug.upper())
    sentences, start = [], 0
    for sentence in text.split(". "):
        sentences.append((start, start + len(sentence) + 1))
        start += len(sentence) + 2
    return replace(made, annotation=replace(made.annotation, sentences=sentences))


def _timeline_pages(corpus: Corpus, page_size: int) -> tuple[TimelinePage, list[TimelinePeriodPage]]:
    pages = list(plan_pages(corpus, SCHEME, page_size=page_size))
    overview = next(p for p in pages if isinstance(p, TimelinePage))
    return overview, [p for p in pages if isinstance(p, TimelinePeriodPage)]


def test_a_small_timeline_stays_one_page() -> None:
    corpus = Corpus.build([_dated("a", "2019-03-01", "2018"), _dated("b", "2020-05-02")])
    overview, periods = _timeline_pages(corpus, page_size=1)  # 10 entries per period: 3 fit
    assert overview.periods == () and periods == []


def test_a_large_timeline_gets_a_page_per_year_and_a_crowded_year_one_per_month() -> None:
    briefings = [_dated(f"a{n}", f"2019-{1 + n % 3:02d}-1{n % 9}") for n in range(12)]  # 12 in 2019
    briefings += [
        _dated("b0", "2020-06-01", "2019", "2019-W10", "2020-W01", "1945-05-08"),
        _dated("b1", "2021-01-01", "2020-02"),
    ]
    corpus = Corpus.build(briefings)
    overview, pages = _timeline_pages(corpus, page_size=1)  # 10 entries per period
    keys = [p.period.key for p in pages if p.period]
    # 2019 holds 14 entries: split into months, its date with no month on the year's own page;
    # the week of 2019-03-04 in March; the first week of 2020 (from 30 December 2019) in 2020
    assert keys == ["1945", "2019", "2019-01", "2019-02", "2019-03", "2020", "2021"]
    assert [p.key for p in overview.periods] == keys
    by_key = {p.period.key: p.period for p in pages if p.period}
    assert [b.slug for b in by_key["2020"].briefings] == ["b0"]
    assert sorted(e.value for e in by_key["2020"].events) == ["2020-02", "2020-W01"]
    assert [e.value for e in by_key["2019-03"].events] == ["2019-W10"]
    # every briefing and every date is on exactly one period's page
    assert sum(len(p.briefings) for p in by_key.values()) == len(briefings)
    assert sum(len(p.events) for p in by_key.values()) == len(corpus.dated_events())
    assert [(p.src_uri, p.previous, p.next) for p in pages][:2] == [
        ("timeline/1945.md", None, "2019"),
        ("timeline/2019.md", "1945", "2019-01"),
    ]
    assert pages[-1].next is None


def test_undated_briefings_are_on_the_overview_only() -> None:
    briefings = [_dated(f"a{n}", f"20{10 + n}-01-01") for n in range(12)]
    undated = briefing("u", "Rien.", title="Sans date")
    corpus = Corpus.build([*briefings, undated])
    assert all(undated not in p.briefings for p in timeline_periods(corpus, 10))
    overview, _ = _timeline_pages(corpus, page_size=1)
    site, links = _site(corpus), _links(corpus, "timeline/")
    assert "Sans date" in view_of(overview, site, links).render()["content"]


def _site(corpus: Corpus) -> SiteData:
    return SiteData(corpus, SiteOptions(), fingerprints={b.slug: b.slug for b in corpus.briefings})


def _links(corpus: Corpus, url: str) -> Links:
    urls = {p.src_uri: p.src_uri[: -len(".md")] + "/" for p in plan_pages(corpus, SCHEME, page_size=1)}
    return Links(url, urls=urls, scheme=SCHEME, entities=corpus.entities)


def _keys(corpus: Corpus) -> dict[str, str | None]:
    pages = [
        p for p in plan_pages(corpus, SCHEME, page_size=1) if isinstance(p, TimelinePage | TimelinePeriodPage)
    ]
    site = _site(corpus)
    return {p.src_uri: view_of(p, site, _links(corpus, p.src_uri[:-3] + "/")).key for p in pages}


def test_a_period_page_changes_with_what_it_shows_and_only_then() -> None:
    briefings = [_dated(f"a{n}", f"20{10 + n}-01-01", f"20{10 + n}-06") for n in range(8)]
    keys = _keys(Corpus.build(briefings))
    assert len(keys) == 9  # the overview and eight years

    # the text of a briefing edited, its title and dates alone: no timeline page changes
    edited = list(briefings)
    edited[2] = replace(
        briefings[2], article=replace(briefings[2].article, text=briefings[2].article.text + " Fin.")
    )
    assert _keys(Corpus.build(edited)) == keys

    # a title changed: the period it is published in, and the periods of its dates
    retitled = list(briefings)
    retitled[2] = replace(briefings[2], article=replace(briefings[2].article, title="Nouveau titre"))
    changed = {uri for uri, key in _keys(Corpus.build(retitled)).items() if key != keys[uri]}
    assert changed == {"timeline/2012.md"}

    # a briefing moved to another year: both years, the overview (its counts), and their
    # neighbours' links stay as they were
    moved = list(briefings)
    moved[2] = replace(briefings[2], article=replace(briefings[2].article, date="2015-02-02"))
    changed = {uri for uri, key in _keys(Corpus.build(moved)).items() if key != keys[uri]}
    assert changed == {"timeline.md", "timeline/2012.md", "timeline/2015.md"}


def test_a_period_page_shows_its_entries_only_escaped_with_links_to_its_neighbours() -> None:
    briefings = [_dated(f"a{n}", f"20{10 + n}-01-01", f"20{10 + n}-06") for n in range(8)]
    briefings[3] = _dated("a3", "2013-01-01", "2013-06", title="<script>alert(1)</script>")
    corpus = Corpus.build(briefings)
    _, pages = _timeline_pages(corpus, page_size=1)
    page = next(p for p in pages if p.src_uri == "timeline/2013.md")
    content = view_of(page, _site(corpus), _links(corpus, "timeline/2013/")).render()["content"]
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in content and "<script>" not in content
    assert 'href="../../briefings/a3/"' in content and "A2" not in content and "A4" not in content
    assert 'rel="prev" href="../2012/"' in content and 'rel="next" href="../2014/"' in content
    assert 'href="../"' in content  # all periods
    assert "<h1>Timeline: 2013</h1>" in content


def test_week_one_that_starts_in_december_stays_in_its_year() -> None:
    corpus = Corpus.build([_dated(f"a{n}", "2020-01-06", "2020-W01") for n in range(6)])
    periods = timeline_periods(corpus, 5)
    assert [p.key for p in periods] == ["2020-01"]
