"""What an analyst probably meant: the hints of corrections that cannot apply, and the source
ratings that matched no claim."""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Mapping, Sequence

from ..i18n import say
from ..model import AppliedOverlay, Claim, Message
from ..yamlschema import shorten
from .schema import OverlayError, SourceRating, fold

_WORD = re.compile(r"\w{4,}")  # words that say something, for "did you mean" hints


def unused_ratings(
    ratings: Mapping[str, SourceRating], applied: Iterable[AppliedOverlay]
) -> list[OverlayError]:
    """Ratings that matched no claim of any briefing: most likely a misspelt source."""
    applied = list(applied)
    used: set[str] = set().union(*(result.ratings_used for result in applied))
    sources = {claim.source.id: claim.source.name for result in applied for claim in result.claims}
    errors = []
    for rating in ratings.values():
        if rating.key in used:
            continue
        if rating.id is not None:
            close = difflib.get_close_matches(rating.id, sorted(sources), n=1, cutoff=0.6)
            hint = say("input.did_you_mean", word=close[0]) if close else say("overlay_errors.see_export")
            message = say("overlay_errors.unused_id", id=rating.id)
        else:
            names = sorted(set(sources.values()))
            close = difflib.get_close_matches(rating.name or "", names, n=1, cutoff=0.6)
            hint = say("input.did_you_mean", word=close[0]) if close else say("overlay_errors.name_as_shown")
            message = say("overlay_errors.unused_name", name=rating.name or "")
        errors.append(OverlayError(rating.path, message, line=rating.line, hint=hint))
    return errors


def near_text(wanted: str, text: str, searchable: str) -> Message:
    """What the analyst probably meant by `wanted`, as the article `text` writes it (`searchable`:
    the text with straight apostrophes)."""
    other_case = re.search(whole_words(wanted).pattern, searchable, re.IGNORECASE)
    if other_case:
        return say("overlay_errors.article_writes", text=text[other_case.start() : other_case.end()])
    inside = searchable.find(wanted)
    if inside >= 0:
        word = re.search(r"\w*" + re.escape(wanted) + r"\w*", searchable[max(0, inside - 40) :])
        return say("overlay_errors.inside_word", word=word.group(0) if word else wanted)
    words = searchable.split()
    size = max(1, len(wanted.split()))
    candidates = dict.fromkeys(
        " ".join(words[i : i + size]).strip('.,;:!?«»"()[]') for i in range(len(words))
    )
    close = difflib.get_close_matches(wanted, list(candidates), n=1, cutoff=0.75)
    if close:
        return say("input.did_you_mean", word=close[0])
    return say("overlay_errors.copy_exactly")


def id_hint(entity_id: str, ids: Sequence[str]) -> Message:
    """The known ids (sorted) close to an unknown `entity_id`, or those sharing its first word."""
    close = difflib.get_close_matches(entity_id, ids, n=3, cutoff=0.6)
    prefix = entity_id.split("-")[0]
    starting = [known for known in ids if known.startswith(prefix)][:5] if prefix else []
    if close:
        return say("input.did_you_mean_any", words=tuple(f"'{known}'" for known in close))
    if starting:
        return say("overlay_errors.ids_starting", prefix=prefix, ids=", ".join(starting))
    return say("overlay_errors.add_to_kb")


def closest_claim(claims: list[Claim], wanted: str) -> Message:
    """The claim the analyst probably meant, or how the claims begin."""
    if not claims:
        return say("overlay_errors.no_claims")
    words = set(_WORD.findall(wanted))
    best = max(claims, key=lambda claim: len(words & set(_WORD.findall(fold(claim.text)))))
    if words & set(_WORD.findall(fold(best.text))):
        return say("overlay_errors.closest", text=shorten(best.text, 80))
    starts = ", ".join(f"'{shorten(claim.text, 30)}'" for claim in claims[:3])
    return say("overlay_errors.claims_begin", starts=starts)


def whole_words(text: str) -> re.Pattern[str]:
    """`text` where it is not part of a longer word."""
    return re.compile(rf"(?<!\w){re.escape(text)}(?!\w)")
