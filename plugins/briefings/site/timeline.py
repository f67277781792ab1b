"""The timeline split into periods: a page per year, or per month of a crowded year.

One page listing every briefing and every dated event grows with the archive (megabytes at a
few thousand seeds), and any edit to a title or a date made the whole of it again. Split into
periods, a page shows what happened in its period only, so an edit makes again the periods it
touches. A small site keeps its one page.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from ..corpus import Corpus, DatedEvent
from ..model import Briefing


@dataclass(frozen=True)
class TimelinePeriod:
    """A year ("2019") or a month ("2019-03"), and what is dated in it, in time order."""

    key: str
    briefings: tuple[Briefing, ...]  # published in the period
    events: tuple[DatedEvent, ...]  # dates mentioned that fall in it

    @property
    def size(self) -> int:
        return len(self.briefings) + len(self.events)


def published(corpus: Corpus) -> tuple[list[Briefing], list[Briefing]]:
    """The dated briefings in time order, and the undated ones."""
    dated = sorted((b for b in corpus.briefings if b.article.date), key=lambda b: (b.article.date, b.slug))
    return dated, [b for b in corpus.briefings if not b.article.date]


def timeline_periods(corpus: Corpus, size: int) -> list[TimelinePeriod]:
    """The periods of the timeline when it holds more than `size` entries (briefings and dated
    events), in time order; none when one page holds it. A year of more than `size` entries is
    split into months (a date of that year with no month, such as "2019", keeps a page of its
    own, keyed by the year)."""
    dated, _ = published(corpus)
    events = corpus.dated_events()
    if len(dated) + len(events) <= size:
        return []
    by_year: dict[str, tuple[list[Briefing], list[DatedEvent]]] = defaultdict(lambda: ([], []))
    for briefing in dated:
        by_year[_year(briefing.article.date or "")][0].append(briefing)
    for event in events:
        by_year[_year(event.value)][1].append(event)
    periods = []
    for year in sorted(by_year):
        year_briefings, year_events = by_year[year]
        if len(year_briefings) + len(year_events) <= size:
            periods.append(TimelinePeriod(year, tuple(year_briefings), tuple(year_events)))
            continue
        by_month: dict[str, tuple[list[Briefing], list[DatedEvent]]] = defaultdict(lambda: ([], []))
        for briefing in year_briefings:
            by_month[_month(briefing.article.date or "")][0].append(briefing)
        for event in year_events:
            by_month[_month(event.value)][1].append(event)
        # the year's own page (dates with no month) comes first, as "2019" sorts before "2019-01"
        periods += [TimelinePeriod(key, tuple(b), tuple(e)) for key, (b, e) in sorted(by_month.items())]
    return periods


def _year(value: str) -> str:
    return value[:4]


def _month(value: str) -> str:
    """ "2019-03" for a day or a month of March 2019, the month of its Monday for a week
    ("2019-W10"), the year alone for a year."""
    if "-W" in value:
        year, week = value.split("-W")
        try:
            monday = dt.date.fromisocalendar(int(year), int(week[:2]), 1)
        except ValueError:
            return year
        # week 1 may start in December: it stays in its own year
        return f"{year}-{monday.month:02d}" if monday.year == int(year) else f"{year}-01"
    return value[:7]
