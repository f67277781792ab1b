"""Resolve DATE mentions to ISO values (YYYY, YYYY-MM or YYYY-MM-DD) against a publication date."""

from __future__ import annotations

import datetime as dt
import re

from ..text import YEAR_PATTERN
from .vocabulary import vocabulary


def resolve_date(text: str, published: str | None, language: str = "fr") -> str | None:
    """The ISO value of a date expression, or None when it cannot be placed in time: "demain"
    written on 9999-12-31 or "hier" on 0001-01-01 has no date, nor has a publication date that is
    not one."""
    try:
        return _resolve(text, published, language)
    except (ValueError, OverflowError):
        return None


def _resolve(text: str, published: str | None, language: str) -> str | None:
    vocab = vocabulary(language)
    lowered = text.lower().replace("’", "'")
    anchor = dt.date.fromisoformat(published) if published else None
    year_match = re.search(rf"\b({YEAR_PATTERN})\b", lowered)
    year = int(year_match.group(1)) if year_match else None
    month = next((n for name, n in vocab.months.items() if re.search(rf"\b{name}\b", lowered)), None)
    day_match = re.match(rf"(?:\w+\s+)?({re.escape(vocab.first_day)}|\d{{1,2}})\s", lowered)
    later = any(word in lowered for word in vocab.next_words)  # "lundi prochain"
    if month is not None:
        if year is None and anchor is not None:
            # "mi-janvier" written in March means the January before
            year = anchor.year if month <= anchor.month else anchor.year - 1
            if later:
                year = anchor.year if month > anchor.month else anchor.year + 1  # the next one
        if year is None:
            return None
        if day_match:
            day = 1 if day_match.group(1) == vocab.first_day else int(day_match.group(1))
            try:
                return dt.date(year, month, day).isoformat()
            except ValueError:
                return f"{year:04d}-{month:02d}"
        return f"{year:04d}-{month:02d}"
    if year is not None:
        return f"{year:04d}"
    if anchor is None:
        return None
    for name, weekday in vocab.weekdays.items():
        if lowered.startswith(name):
            back = (anchor.weekday() - weekday) % 7
            if later:
                return (anchor + dt.timedelta(days=(weekday - anchor.weekday()) % 7 or 7)).isoformat()
            return (anchor - dt.timedelta(days=back)).isoformat()
    for phrase, offset in vocab.relative.items():
        if lowered == phrase.replace("’", "'"):
            return _shift(anchor, offset or {})
    return None


def _shift(anchor: dt.date, offset: dict[str, int]) -> str | None:
    if "days" in offset:
        return (anchor + dt.timedelta(days=offset["days"])).isoformat()
    if "weeks" in offset:
        monday = anchor - dt.timedelta(days=anchor.weekday()) + dt.timedelta(weeks=offset["weeks"])
        return f"{monday.isocalendar().year:04d}-W{monday.isocalendar().week:02d}"
    if "months" in offset:
        index = anchor.year * 12 + anchor.month - 1 + offset["months"]
        return dt.date(index // 12, index % 12 + 1, 1).isoformat()[:7]  # years 1–9999 only
    if "years" in offset:
        return f"{dt.date(anchor.year + offset['years'], 1, 1).year:04d}"  # years 1–9999 only
    return None
