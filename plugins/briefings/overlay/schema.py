"""The analyst's corrections as data: what one overlay or one source rating says, and its error."""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal

from ..model import InputError, Source

EntityAction = Literal["add", "remove", "relabel", "link"]
#: Entity corrections apply in this order, whatever the order of the file: what is removed
#: first cannot hide an addition, and what is added can then be relabelled or linked.
ENTITY_ACTIONS: tuple[EntityAction, ...] = ("remove", "add", "relabel", "link")
#: Curly apostrophes as the article's straight one: same length, so offsets carry over.
APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'", "‘": "'"})


class OverlayError(InputError):
    """A mistake in an editorial file (`briefings/<slug>.yml`, `briefings/sources.yml`)."""


@dataclass(frozen=True)
class EntityCorrection:
    """One item under `entities: add/remove/relabel/link`."""

    action: EntityAction
    text: str
    label: str | None = None
    id: str | None = None
    occurrence: int | None = None  # 1-based, counted in the article text; None: every one
    reason: str = ""
    line: int = 0
    lines: Mapping[str, int] = field(default_factory=dict, compare=False)  # key → line


@dataclass(frozen=True)
class SourceChange:
    """A claim's new source; fields left out keep the machine's value."""

    id: str | None = None
    name: str | None = None
    kind: str | None = None


@dataclass(frozen=True)
class ClaimCorrection:
    """One item under `claims:`: which claim (`match`), and what changes."""

    match: str
    occurrence: int | None = None  # 1-based among the claims that contain `match`
    source: SourceChange | None = None
    reliability: str | None = None
    credibility: int | None = None
    stance: str | None = None
    hide: bool | None = None
    reason: str = ""
    line: int = 0
    lines: Mapping[str, int] = field(default_factory=dict, compare=False)


@dataclass
class Overlay:
    """The valid part of one `briefings/<slug>.yml`."""

    slug: str
    path: str  # as shown in messages
    digest: str = ""  # sha256 of the file's bytes
    title: str | None = None
    title_reason: str = ""
    title_line: int = 0
    summary: str = ""  # Markdown
    notes: str = ""  # Markdown
    entities: list[EntityCorrection] = field(default_factory=list)
    claims: list[ClaimCorrection] = field(default_factory=list)


@dataclass(frozen=True)
class SourceRating:
    """One item of `briefings/sources.yml`: a source's reliability (and kind) in every briefing."""

    key: str  # the id, or "name:" + the folded name
    id: str | None = None
    name: str | None = None
    reliability: str | None = None
    kind: str | None = None
    reason: str = ""
    path: str = ""
    line: int = 0

    def matches(self, source: Source) -> bool:
        if self.id is not None:
            return source.id == self.id
        return fold(source.name) == fold(self.name or "")


def normalise(text: str) -> str:
    """As article text is: NFC, one space between words, straight apostrophes."""
    return " ".join(unicodedata.normalize("NFC", text).split()).translate(APOSTROPHES)


def fold(text: str) -> str:
    """`normalise`d and case-folded: how a correction's words are matched."""
    return normalise(text).casefold()
