"""What is not the article: the dateline, promotional lines, credits, the closing signature."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import cache

from ..language import available_languages, bundle
from ..model import RelatedLink
from .segments import Segment

#: A trailing line of at most this many words, without sentence punctuation, is a signature.
SIGNATURE_MAX_WORDS = 3
#: A heading glued to its paragraph has at most this many words.
GLUED_HEADING_MAX_WORDS = 12


@dataclass
class Lexicon:
    months: dict[str, int]
    promotional: list[tuple[str, str]]
    credits: list[re.Pattern[str]]
    sentence_openers: frozenset[str]


@cache
def load_lexicon(language: str) -> Lexicon:
    # a language without a bundle is cleaned as French (the language of the packaged bundle)
    entry = bundle(language if language in available_languages() else "fr").data("cleaning.yml")
    return Lexicon(
        months={name: number for number, name in enumerate(entry["months"], start=1)},
        # longest prefixes first, so "nous vous recommandons" wins over "recommandons"
        promotional=sorted(entry["promotional_prefixes"].items(), key=lambda kv: -len(kv[0])),
        credits=[re.compile(pattern, re.I) for pattern in entry["credit_patterns"]],
        sentence_openers=frozenset(entry["sentence_openers"]),
    )


@dataclass
class Cleaned:
    body: list[Segment] = field(default_factory=list)
    date: str | None = None
    credits: list[str] = field(default_factory=list)
    related: list[RelatedLink] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    signature: list[str] = field(default_factory=list)


def clean(segments: list[Segment], *, lexicon: Lexicon) -> Cleaned:
    cleaned = Cleaned()
    for segment in segments:
        if segment.kind == "paragraph":
            if not cleaned.body and cleaned.date is None:
                segment = _take_dateline(segment, cleaned, lexicon)
                if not segment.text:
                    continue
            if _take_promotional(segment.text, cleaned, lexicon) or _take_credit(
                segment.text, cleaned, lexicon
            ):
                continue
            heading, segment = _split_glued_heading(segment, lexicon)
            if heading is not None:
                cleaned.body.append(heading)
        cleaned.body.append(segment)
    _take_signature(cleaned)
    return cleaned


def _take_dateline(segment: Segment, cleaned: Cleaned, lexicon: Lexicon) -> Segment:
    months = "|".join(lexicon.months)
    match = re.match(rf"(\d{{1,2}})(?:er)?\s+({months})\s+(\d{{4}})\s*\.?\s*[-–—]+\s*", segment.text, re.I)
    if not match:
        return segment
    day, month, year = int(match[1]), lexicon.months[match[2].lower()], int(match[3])
    try:
        cleaned.date = dt.date(year, month, day).isoformat()
    except ValueError:
        return segment
    cleaned.removed.append(match.group(0).strip())
    return segment.cut(match.end(), len(segment.text)).normalised()


def _take_promotional(text: str, cleaned: Cleaned, lexicon: Lexicon) -> bool:
    kind, rest = _promotional_prefix(text, lexicon)
    if kind is None:
        return False
    # "Nous recommandons : VIDÉO : …" is a video: the innermost prefix says what it is
    inner_kind, inner_rest = _promotional_prefix(rest, lexicon)
    if inner_kind is not None:
        kind, rest = inner_kind, inner_rest
    cleaned.related.append(RelatedLink(text=rest, kind=kind))
    cleaned.removed.append(text)
    return True


def _promotional_prefix(text: str, lexicon: Lexicon) -> tuple[str | None, str]:
    lowered = text.lower()
    for prefix, kind in lexicon.promotional:
        if lowered.startswith(prefix):
            rest = text[len(prefix) :]
            match = re.match(r"\s*:\s*", rest)
            if match and len(rest) > match.end():
                return kind, rest[match.end() :]
    return None, text


def _take_credit(text: str, cleaned: Cleaned, lexicon: Lexicon) -> bool:
    if len(text) > 120 or not any(pattern.fullmatch(text) for pattern in lexicon.credits):
        return False
    cleaned.credits.append(text.rstrip(". "))
    cleaned.removed.append(text)
    return True


def _split_glued_heading(segment: Segment, lexicon: Lexicon) -> tuple[Segment | None, Segment]:
    """Split "Soldats nord-coréens en RussieLa Corée du Nord a…" into a heading and its paragraph."""
    for match in re.finditer(r"(?<=[a-zà-öø-ÿ)])([A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]*)(?=[\s'’])", segment.text):
        prefix, opener = segment.text[: match.start()], match.group(1)
        words = prefix.split()
        if len(words) > GLUED_HEADING_MAX_WORDS:
            break
        if (
            opener in lexicon.sentence_openers
            and len(words) >= 2
            and len(words[-1]) >= 4
            and prefix[:1].isupper()
            and not re.search(r"[.!?;:,«»\"]", prefix)
            and len(segment.text) - match.start() >= 40
        ):
            heading = segment.cut(0, match.start()).normalised()
            heading.kind, heading.level = "heading", 2
            return heading, segment.cut(match.start(), len(segment.text)).normalised()
    return None, segment


def _take_signature(cleaned: Cleaned) -> None:
    """Trailing one-to-three-word lines ("ORP", "excelsior") are a byline and the publisher."""
    while len(cleaned.body) > 1 and len(cleaned.signature) < 3:
        last = cleaned.body[-1]
        words = last.text.split()
        if (
            last.kind != "paragraph"
            or len(words) > SIGNATURE_MAX_WORDS
            or re.search(r"[.!?:;»\"]$|\d", last.text)
        ):
            break
        cleaned.body.pop()
        cleaned.signature.insert(0, last.text)
        cleaned.removed.append(last.text)
