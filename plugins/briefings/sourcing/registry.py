"""The registries of frames (one rule per attribution pattern) and the order they run in."""

# Two kinds of frame, registered by name as spaCy registers its functions:
#
# - a *document frame* reads the whole document and returns the claims it finds; it also sees
#   what the frames before it found (a colon already used by a verb cue is not a new claim);
# - a *cue frame* reads one reporting verb (a `CueSite`) and returns its claims, or None when the
#   verb is not its pattern; the first frame that answers decides, even with no claim, because
#   the patterns exclude each other ("a été émise par X" is a passive, never a plain cue).
#
# The frames register themselves when `briefings.sourcing.frames` is imported.

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from .clauses import cue_site
from .context import Context, CueSite, Found
from .groups import VerbGroup

DocumentFrame = Callable[[Context, list[Found]], list[Found]]
CueFrame = Callable[[Context, CueSite], "list[Found] | None"]
_D = TypeVar("_D", bound=DocumentFrame)
_C = TypeVar("_C", bound=CueFrame)

document_frames: dict[str, DocumentFrame] = {}
cue_frames: dict[str, CueFrame] = {}

#: The document frames, in the order they run: each sees the claims of those before it.
DOCUMENT_FRAMES = (
    "verb_cues",
    "preposition",
    "corroborated",
    "noun",
    "backward",
    "quotation_noun",
    "no_comment",
    "colon",
    "attitude",
    "interview",
    "standalone_quote",
    "quoted_sequel",
)
#: The cue frames, in the order they are tried on each reporting verb.
CUE_FRAMES = (
    "own_words",
    "corroboration",
    "learned",
    "aside",
    "estimate",
    "incise",
    "passive",
    "participle",
    "narrative",
    "verb",
)


def document_frame(name: str) -> Callable[[_D], _D]:
    """Register a document frame under `name`."""

    def register(frame: _D) -> _D:
        document_frames[name] = frame
        return frame

    return register


def cue_frame(name: str) -> Callable[[_C], _C]:
    """Register a cue frame under `name`."""

    def register(frame: _C) -> _C:
        cue_frames[name] = frame
        return frame

    return register


def find_all(ctx: Context, names: tuple[str, ...] = DOCUMENT_FRAMES) -> list[Found]:
    """The claims of every document frame in `names`, in their order."""
    found: list[Found] = []
    for name in names:
        found.extend(document_frames[name](ctx, found))
    return found


def claims_of_cue(ctx: Context, group: VerbGroup, names: tuple[str, ...] = CUE_FRAMES) -> list[Found]:
    """The claims of one reporting verb: those of the first cue frame that answers."""
    site = cue_site(ctx, group)
    for name in names:
        claims = cue_frames[name](ctx, site)
        if claims is not None:
            return claims
    return []
