"""The analyst's corrections: `briefings/<slug>.yml` per briefing and `briefings/sources.yml`.

Reading validates the YAML node by node, so every mistake of a file is reported at once with its
line, and the valid parts still apply. Applying needs the article text, the knowledge base and
the machine's mentions and claims; it returns them corrected, with a `Correction` for everything
the analyst changed, so pages and the export can tell the machine's work from the analyst's.

Claims come from `briefings.sourcing` and are handled by duck typing: frozen dataclasses with
`start`, `end`, `text`, `source` (`id`, `name`, `kind`), `stance`, `reliability`, `credibility`
and `reasons`, changed with `dataclasses.replace`.
"""

from __future__ import annotations

import difflib
import hashlib
import re
import unicodedata
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, fields, replace
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, TypeVar

import yaml
from yaml.constructor import SafeConstructor
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from .model import (
    CREDIBILITY_GRADES,
    ENTITY_LABELS,
    RELIABILITY_GRADES,
    SOURCE_KINDS,
    STANCES,
    AppliedOverlay,
    Correction,
    CorrectionTarget,
    EntityMention,
    InputError,
)
from .text import SLUG_PATTERN, display_path, slugify

if TYPE_CHECKING:
    from .knowledge import KnowledgeBase

#: Files of the editorial folder that are not per-briefing overlays.
NOT_OVERLAYS = frozenset({"entities.yml", "entities.yaml", "sources.yml", "sources.yaml"})
OVERLAY_SUFFIXES = (".yml", ".yaml")

EntityAction = Literal["add", "remove", "relabel", "link"]
#: Entity corrections apply in this order, whatever the order of the file: what is removed
#: first cannot hide an addition, and what is added can then be relabelled or linked.
ENTITY_ACTIONS: tuple[EntityAction, ...] = ("remove", "add", "relabel", "link")
_ENTITY_KEYS: dict[str, tuple[str, ...]] = {
    "add": ("text", "label", "id", "occurrence", "reason"),
    "remove": ("text", "occurrence", "reason"),
    "relabel": ("text", "label", "occurrence", "reason"),
    "link": ("text", "id", "occurrence", "reason"),
}
_OVERLAY_KEYS = ("title", "summary", "notes", "entities", "claims")
_TITLE_KEYS = ("text", "reason")
_CLAIM_KEYS = ("match", "occurrence", "source", "grade", "stance", "hide", "reason")
_SOURCE_KEYS = ("id", "name", "kind")
_GRADE_KEYS = ("reliability", "credibility")
_RATING_KEYS = ("id", "name", "reliability", "kind", "reason")
_CREDIBILITY = tuple(str(grade) for grade in CREDIBILITY_GRADES)

#: Hints for keys written in the wrong place.
_MISPLACED = {
    **dict.fromkeys(ENTITY_ACTIONS, "entity corrections go under `entities:`"),
    **dict.fromkeys(("match", "grade", "hide", "stance"), "claim corrections are items of `claims:`"),
    "sources": "source ratings across briefings go in briefings/sources.yml",
    "label": "a label is set with `add` or `relabel`",
    "id": "an entity id is set with `add` or `link`",
    **dict.fromkeys(
        ("reliability", "credibility"),
        "put it under `grade:`, e.g. `grade: {reliability: B, credibility: 2}`",
    ),
}
_MISPLACED_IN_GRADE = {"reason": "put `reason:` on the claim entry itself, next to `match:`"}

_YAML_TAG = "tag:yaml.org,2002:"
#: Node tags a plain data file needs; anything else (`!!python/object`, `!!binary`, custom tags)
#: is rejected before any value is read, so no tag is ever constructed.
_SAFE_TAGS = frozenset(
    _YAML_TAG + name for name in ("str", "int", "float", "bool", "null", "timestamp", "map", "seq")
)
_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'", "‘": "'"})
_T = TypeVar("_T")
_WORD = re.compile(r"\w{4,}")  # words that say something, for "did you mean" hints


# --- Data ------------------------------------------------------------------------------------------


class OverlayError(InputError):
    """A mistake in an editorial file (`briefings/<slug>.yml`, `briefings/sources.yml`)."""

    def __init__(self, path: str, line: int | None, message: str, hint: str = "") -> None:
        super().__init__(path, message, line=line, hint=hint)


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

    def matches(self, source: Any) -> bool:
        if self.id is not None:
            return bool(getattr(source, "id", None) == self.id)
        return _fold(str(getattr(source, "name", ""))) == _fold(self.name or "")


# --- Public API ------------------------------------------------------------------------------------


def find_overlays(folder: Path) -> list[Path]:
    """The per-briefing overlay files of the editorial folder, sorted."""
    if not folder.is_dir():
        return []
    return sorted(
        path
        for path in folder.iterdir()
        if path.is_file()
        and path.suffix.lower() in OVERLAY_SUFFIXES
        and path.name.lower() not in NOT_OVERLAYS
        and not path.name.startswith(".")
    )


def load_overlays(
    folder: Path, *, slugs: Collection[str], root: Path | None = None
) -> tuple[dict[str, Overlay], list[OverlayError]]:
    """Every overlay of `folder` by slug, and every mistake found in them.

    A file whose name matches no briefing is an error (and is still checked, so that renaming
    it is the only fix left).
    """
    overlays: dict[str, Overlay] = {}
    errors: list[OverlayError] = []
    for path in find_overlays(folder):
        overlay, file_errors = load_overlay(path, root=root)
        if path.stem not in slugs:
            shown = display_path(path, root)
            close = difflib.get_close_matches(path.stem, sorted(slugs), n=1, cutoff=0.6)
            hint = (
                f"did you mean '{close[0]}'? rename the file to {close[0]}{path.suffix}"
                if close
                else "name the file after the briefing's slug: <slug>.yml, the slug being the seed's "
                "file name in lower case with dashes, or its front matter `slug:`"
            )
            errors.append(OverlayError(shown, None, f"no briefing has the slug '{path.stem}'", hint))
        elif overlay is not None:
            overlays[path.stem] = overlay
        errors.extend(file_errors)
    return overlays, errors


def load_overlay(path: Path, *, root: Path | None = None) -> tuple[Overlay | None, list[OverlayError]]:
    """Read one overlay file. None when nothing of it can be used (unreadable, not YAML)."""
    reader = _Reader(display_path(path, root))
    raw, root_node = reader.read(path)
    if raw is None:
        return None, reader.errors
    overlay = Overlay(slug=path.stem, path=reader.path, digest=hashlib.sha256(raw).hexdigest())
    if root_node is None:  # an empty file is an overlay that changes nothing
        return overlay, reader.errors
    top = reader.mapping(
        root_node,
        _OVERLAY_KEYS,
        "the overlay",
        hints=_MISPLACED,
        example=f"its keys are {', '.join(_OVERLAY_KEYS)} (see the how-to)",
    )
    if top is None:
        return None, reader.sorted_errors()
    _read_title(reader, top.get("title"), overlay)
    overlay.summary = reader.text(top.get("summary"), "`summary`") or ""
    overlay.notes = reader.text(top.get("notes"), "`notes`") or ""
    if "entities" in top:
        overlay.entities = _read_entities(reader, top["entities"])
    if "claims" in top:
        overlay.claims = [
            claim
            for node in reader.items(top["claims"], "`claims`")
            if (claim := reader.entry(_read_claim, node)) is not None
        ]
    return overlay, reader.sorted_errors()


def load_source_ratings(
    path: Path, *, root: Path | None = None
) -> tuple[dict[str, SourceRating], list[OverlayError]]:
    """The ratings of `briefings/sources.yml` by key (the source id, or "name:" + its name)."""
    if not path.is_file():
        return {}, []
    reader = _Reader(display_path(path, root))
    raw, root_node = reader.read(path)
    if raw is None or root_node is None:
        return {}, reader.errors
    top = reader.mapping(
        root_node, ("sources",), "the file", example="start it with `sources:` and list the sources under it"
    )
    ratings: dict[str, SourceRating] = {}
    for node in reader.items((top or {}).get("sources"), "`sources`"):
        rating = reader.entry(_read_rating, node)
        if rating is None:
            continue
        if rating.key in ratings:
            first = ratings[rating.key].line
            reader.error(
                node,
                f"source '{rating.id or rating.name}' is rated twice",
                f"keep one; the first one (line {first}) is used",
            )
            continue
        ratings[rating.key] = rating
    return ratings, reader.sorted_errors()


def apply_overlay(
    overlay: Overlay | None,
    *,
    text: str,
    mentions: Sequence[EntityMention],
    claims: Sequence[Any],
    kb: KnowledgeBase,
    ratings: Mapping[str, SourceRating] | None = None,
) -> tuple[AppliedOverlay, list[OverlayError]]:
    """The briefing's mentions and claims with the overlay and the source ratings applied.

    `overlay` is None for a briefing without an overlay file (source ratings still apply).
    Corrections that cannot apply (text not in the article, unknown id, no such claim) are
    reported and skipped; the others apply.
    """
    overlay = overlay or Overlay(slug="", path="")
    applier = _Applier(overlay, text, kb)
    corrected_mentions = applier.correct_mentions(list(mentions))
    corrected_claims, hidden, used = applier.correct_claims(list(claims), ratings or {})
    corrections = applier.corrections
    if overlay.title is not None:
        corrections.insert(
            0,
            Correction(
                "briefing", "title", None, None, overlay.title, "title replaced",
                overlay.title_reason, overlay.path, overlay.title_line,
            ),
        )  # fmt: skip
    applied = AppliedOverlay(
        mentions=corrected_mentions,
        claims=corrected_claims,
        hidden=frozenset(hidden),
        corrections=corrections,
        title=overlay.title,
        summary=overlay.summary,
        notes=overlay.notes,
        ratings_used=frozenset(used),
    )
    return applied, sorted(applier.errors, key=lambda error: error.line or 0)


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
            hint = f"did you mean '{close[0]}'?" if close else "the export lists each claim's `source.id`"
            message = f"no claim has the source id '{rating.id}'"
        else:
            names = sorted(set(sources.values()))
            close = difflib.get_close_matches(rating.name or "", names, n=1, cutoff=0.6)
            hint = f"did you mean '{close[0]}'?" if close else "write the name as the briefing shows it"
            message = f"no claim has the source named '{rating.name}'"
        errors.append(OverlayError(rating.path, rating.line, message, hint))
    return errors


def digest(paths: Iterable[Path]) -> str:
    """One sha256 over the names and bytes of editorial files; a missing file counts too."""
    hasher = hashlib.sha256()
    for path in sorted(paths):
        hasher.update(path.name.encode() + b"\0")
        try:
            hasher.update(path.read_bytes())
        except OSError:
            hasher.update(b"\0missing")
        hasher.update(b"\0")
    return hasher.hexdigest()


# --- Reading YAML nodes ----------------------------------------------------------------------------


class _Reader:
    """Reads one YAML file node by node and collects every error instead of stopping at one.

    Each reading method returns None (or an empty list) for a node it cannot use, after
    reporting why; `entry` drops a whole list item when any part of it was wrong.
    """

    def __init__(self, path: str) -> None:
        self.path = path
        self.errors: list[OverlayError] = []
        self.failures = 0  # values that could not be read, including rejected tags
        self._rejected: set[int] = set()

    def read(self, path: Path) -> tuple[bytes | None, Node | None]:
        """The file's bytes and its node tree; (None, None) when it cannot be parsed."""
        try:
            raw = path.read_bytes()
        except OSError as error:
            self.errors.append(OverlayError(self.path, None, f"cannot be read ({error.strerror})"))
            return None, None
        try:
            source = raw.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            line = raw[: error.start].count(b"\n") + 1
            self.errors.append(
                OverlayError(self.path, line, "is not valid UTF-8", "re-save the file as UTF-8")
            )
            return None, None
        try:
            # compose only builds nodes; values are read from them below, tags are never run
            root = yaml.compose(source, Loader=yaml.SafeLoader)
        except yaml.YAMLError as error:
            mark = getattr(error, "problem_mark", None)
            problem = getattr(error, "problem", None) or "invalid YAML"
            self.errors.append(
                OverlayError(
                    self.path,
                    mark.line + 1 if mark is not None else None,
                    f"is not valid YAML ({problem})",
                    "check the indentation, and quote text that contains ': ' or starts with "
                    "a quote, '*', '&', '!', '%', '@' or '`'",
                )
            )
            return None, None
        if root is not None:
            self._reject_tags(root)
        return raw, root

    def sorted_errors(self) -> list[OverlayError]:
        return sorted(self.errors, key=lambda error: error.line or 0)

    def error(self, node: Node | None, message: str, hint: str = "") -> None:
        self.failures += 1
        self.errors.append(OverlayError(self.path, _line(node) or None, message, hint))

    def entry(self, read: Callable[[_Reader, Node], _T | None], node: Node) -> _T | None:
        """`read(self, node)`, or None when anything in the item was wrong."""
        failures = self.failures
        result = read(self, node)
        return result if self.failures == failures else None

    # Each method below takes the value node of a key (None when the key is absent).

    def mapping(
        self,
        node: Node | None,
        keys: Sequence[str],
        what: str,
        *,
        hints: Mapping[str, str] = {},
        example: str = "",
    ) -> dict[str, Node] | None:
        """Known keys → value nodes; keys with an empty value are left out."""
        if node is None or not self._usable(node):
            return None
        if not isinstance(node, MappingNode):
            self.error(
                node, f"{what} must be a mapping of `key: value` lines, not {_describe(node)}", example
            )
            return None
        result: dict[str, Node] = {}
        for key_node, value_node in node.value:
            if not self._usable(key_node):
                continue
            key = key_node.value if isinstance(key_node, ScalarNode) else None
            if not isinstance(key, str):
                self.error(key_node, f"a key of {what} must be a word, not {_describe(key_node)}")
            elif key not in keys:
                hint = hints.get(key) or _suggest(key, keys, "known keys")
                self.error(key_node, f"unknown key '{key}' in {what}", hint)
            elif key in result:
                self.error(key_node, f"'{key}' appears twice in {what}", "keep only one")
            elif not _is_null(value_node):
                result[key] = value_node
        return result

    def items(self, node: Node | None, what: str) -> list[Node]:
        if node is None or not self._usable(node):
            return []
        if not isinstance(node, SequenceNode):
            self.error(
                node,
                f"{what} must be a list, not {_describe(node)}",
                "start each item on its own line with '- '",
            )
            return []
        return list(node.value)

    def text(self, node: Node | None, what: str) -> str | None:
        if node is None or not self._usable(node):
            return None
        if not isinstance(node, ScalarNode):
            self.error(
                node,
                f"{what} must be text, not {_describe(node)}",
                "write it after the colon, or as a block after '|'",
            )
            return None
        return str(node.value)  # the text as written: `text: 2024` is "2024"

    def flag(self, node: Node | None, what: str) -> bool | None:
        if node is None or not self._usable(node):
            return None
        if isinstance(node, ScalarNode) and node.tag == _YAML_TAG + "bool":
            return bool(SafeConstructor().construct_object(node))
        self.error(node, f"{what} must be true or false, not {_describe(node)}")
        return None

    def count(self, node: Node | None, what: str) -> int | None:
        """A whole number from 1 up."""
        if node is None or not self._usable(node):
            return None
        if isinstance(node, ScalarNode) and node.tag == _YAML_TAG + "int":
            number = int(SafeConstructor().construct_object(node))
            if number >= 1:
                return number
            self.error(node, f"{what} must be 1 or more, not {number}", "occurrences count from 1")
            return None
        self.error(node, f"{what} must be a whole number, not {_describe(node)}")
        return None

    def choice(self, node: Node | None, choices: Sequence[str], what: str) -> str | None:
        if node is None or not self._usable(node):
            return None
        if not isinstance(node, ScalarNode):
            self.error(node, f"{what} must be one of {', '.join(choices)}, not {_describe(node)}")
            return None
        value = str(node.value).strip()
        if value in choices:
            return value
        self.error(
            node, f"{what} '{value}' is not one of {', '.join(choices)}", _suggest(value, choices, "one of")
        )
        return None

    def slug(self, node: Node | None, what: str) -> str | None:
        value = self.text(node, what)
        if value is None or SLUG_PATTERN.fullmatch(value):
            return value
        self.error(
            node,
            f"{what} '{value}' is not an id",
            f"ids are lower-case letters, digits and dashes, e.g. '{slugify(value) or 'my-id'}'",
        )
        return None

    def _usable(self, node: Node) -> bool:
        if id(node) in self._rejected:
            self.failures += 1  # already reported; still spoils its entry
            return False
        return True

    def _reject_tags(self, root: Node) -> None:
        seen: set[int] = set()
        stack = [root]
        while stack:
            node = stack.pop()
            if id(node) in seen:  # an alias shares its anchor's node
                continue
            seen.add(id(node))
            if node.tag not in _SAFE_TAGS:
                self._rejected.add(id(node))
                tag = node.tag.replace(_YAML_TAG, "!!")
                self.errors.append(
                    OverlayError(
                        self.path,
                        _line(node),
                        f"YAML tag '{tag}' is not allowed",
                        "editorial files hold only text, numbers, true/false, lists and mappings; "
                        "remove the tag",
                    )
                )
            elif isinstance(node, MappingNode):
                stack.extend(part for pair in node.value for part in pair)
            elif isinstance(node, SequenceNode):
                stack.extend(node.value)


def _line(node: Node | None) -> int:
    return node.start_mark.line + 1 if node is not None else 0


def _is_null(node: Node) -> bool:
    return isinstance(node, ScalarNode) and node.tag == _YAML_TAG + "null"


def _describe(node: Node) -> str:
    if isinstance(node, MappingNode):
        return "a mapping"
    if isinstance(node, SequenceNode):
        return "a list"
    shown = _shorten(str(node.value), 40)
    kind = node.tag.removeprefix(_YAML_TAG)
    if kind == "null":
        return "an empty value"
    if kind in ("int", "float"):
        return f"the number {shown}"
    if kind == "bool":
        return f"'{shown}' (true/false)"
    return f"the text '{shown}'"


def _suggest(word: str, choices: Iterable[str], known: str) -> str:
    """ "did you mean 'relabel'?", or the list of what is allowed."""
    choices = list(choices)
    by_fold = {choice.casefold(): choice for choice in choices}
    close = difflib.get_close_matches(word, choices, n=1, cutoff=0.6)
    if word.casefold() in by_fold:
        return f"did you mean '{by_fold[word.casefold()]}'?"
    if close:
        return f"did you mean '{close[0]}'?"
    return f"{known}: {', '.join(choices)}"


# --- The schema ------------------------------------------------------------------------------------


def _read_title(reader: _Reader, node: Node | None, overlay: Overlay) -> None:
    if node is None:
        return
    if isinstance(node, MappingNode):
        keys = reader.mapping(node, _TITLE_KEYS, "`title`") or {}
        overlay.title = reader.text(keys.get("text"), "`title: text`")
        overlay.title_reason = reader.text(keys.get("reason"), "`title: reason`") or ""
        if "text" not in keys:
            reader.error(
                node, "`title` has no `text`", "write `title: New title`, or `text:` and `reason:` under it"
            )
    else:
        overlay.title = reader.text(node, "`title`")
    overlay.title_line = _line(node)


def _read_entities(reader: _Reader, node: Node) -> list[EntityCorrection]:
    sections = (
        reader.mapping(
            node,
            ENTITY_ACTIONS,
            "`entities`",
            hints=_MISPLACED,
            example="its keys are add, remove, relabel and link, each with a list under it",
        )
        or {}
    )
    corrections: list[EntityCorrection] = []
    for action in ENTITY_ACTIONS:  # the order in which they apply
        for item in reader.items(sections.get(action), f"`entities: {action}`"):
            correction = reader.entry(partial(_read_entity, action=action), item)
            if correction is not None:
                corrections.append(correction)
    return corrections


def _read_entity(reader: _Reader, node: Node, *, action: EntityAction) -> EntityCorrection | None:
    what = f"an item of `entities: {action}`"
    keys = reader.mapping(node, _ENTITY_KEYS[action], what, hints=_MISPLACED)
    if keys is None:
        return None
    required = {"add": ("text",), "remove": ("text",), "relabel": ("text", "label"), "link": ("text", "id")}
    for key in required[action]:
        if key not in keys:
            reader.error(node, f"{what} has no `{key}`", _example(action))
    if action == "add" and "label" not in keys and "id" not in keys:
        reader.error(node, f"{what} needs a `label` (or the `id` of a known entity)", _example(action))
    text = reader.text(keys.get("text"), "`text`")
    if text is not None and not text.strip():
        reader.error(keys["text"], "`text` is empty", _example(action))
    return EntityCorrection(
        action=action,
        text=text or "",
        label=reader.choice(keys.get("label"), ENTITY_LABELS, "label"),
        id=reader.slug(keys.get("id"), "`id`"),
        occurrence=reader.count(keys.get("occurrence"), "`occurrence`"),
        reason=reader.text(keys.get("reason"), "`reason`") or "",
        line=_line(node),
        lines={key: _line(value) for key, value in keys.items()},
    )


def _example(action: EntityAction) -> str:
    return {
        "add": "e.g. `- {text: Koursk, label: LOC}`",
        "remove": "e.g. `- {text: Soldats nord-coréens}`",
        "relabel": "e.g. `- {text: Maison Blanche, label: ORG}`",
        "link": "e.g. `- {text: Séoul, id: coree-du-sud}`",
    }[action]


def _read_claim(reader: _Reader, node: Node) -> ClaimCorrection | None:
    what = "an item of `claims`"
    keys = reader.mapping(node, _CLAIM_KEYS, what, hints=_MISPLACED)
    if keys is None:
        return None
    if "match" not in keys:
        reader.error(node, f"{what} has no `match`", 'quote a few words of the claim: `- match: "a annoncé"`')
    if not {"source", "grade", "stance", "hide"} & set(keys):
        reader.error(node, f"{what} changes nothing", "give a `source`, `grade`, `stance` or `hide: true`")
    source = None
    if "source" in keys:
        source_keys = reader.mapping(keys["source"], _SOURCE_KEYS, "`source`")
        if source_keys is not None and not source_keys:
            reader.error(keys["source"], "`source` is empty", "give its `name`, `kind` or `id`")
        source_keys = source_keys or {}
        source = SourceChange(
            id=reader.slug(source_keys.get("id"), "source `id`"),
            name=reader.text(source_keys.get("name"), "source `name`"),
            kind=reader.choice(source_keys.get("kind"), SOURCE_KINDS, "source kind"),
        )
    grade: dict[str, Node] = {}
    if "grade" in keys:
        grade = reader.mapping(keys["grade"], _GRADE_KEYS, "`grade`", hints=_MISPLACED_IN_GRADE) or {}
        if not grade:
            reader.error(
                keys["grade"],
                "`grade` gives neither `reliability` nor `credibility`",
                "e.g. `grade: {reliability: B, credibility: 2}`",
            )
    credibility = reader.choice(grade.get("credibility"), _CREDIBILITY, "credibility")
    match = reader.text(keys.get("match"), "`match`")
    if match is not None and not match.strip():
        reader.error(keys["match"], "`match` is empty", "quote a few words of the claim")
    return ClaimCorrection(
        match=match or "",
        occurrence=reader.count(keys.get("occurrence"), "`occurrence`"),
        source=source,
        reliability=reader.choice(grade.get("reliability"), RELIABILITY_GRADES, "reliability"),
        credibility=int(credibility) if credibility else None,
        stance=reader.choice(keys.get("stance"), STANCES, "stance"),
        hide=reader.flag(keys.get("hide"), "`hide`"),
        reason=reader.text(keys.get("reason"), "`reason`") or "",
        line=_line(node),
        lines={key: _line(value) for key, value in keys.items()},
    )


def _read_rating(reader: _Reader, node: Node) -> SourceRating | None:
    what = "an item of `sources`"
    keys = reader.mapping(node, _RATING_KEYS, what)
    if keys is None:
        return None
    if ("id" in keys) == ("name" in keys):
        reader.error(
            node,
            f"{what} needs either an `id` or a `name`",
            "the source's id, or its name as the briefing page shows it",
        )
    if "reliability" not in keys and "kind" not in keys:
        reader.error(node, f"{what} rates nothing", "give a `reliability` (A to F) or a `kind`")
    source_id = reader.slug(keys.get("id"), "`id`")
    name = reader.text(keys.get("name"), "`name`")
    return SourceRating(
        key=source_id or "name:" + _fold(name or ""),
        id=source_id,
        name=name,
        reliability=reader.choice(keys.get("reliability"), RELIABILITY_GRADES, "reliability"),
        kind=reader.choice(keys.get("kind"), SOURCE_KINDS, "source kind"),
        reason=reader.text(keys.get("reason"), "`reason`") or "",
        path=reader.path,
        line=_line(node),
    )


# --- Applying --------------------------------------------------------------------------------------


class _Applier:
    """Applies one overlay to one article's mentions and claims, collecting what changed."""

    def __init__(self, overlay: Overlay, text: str, kb: KnowledgeBase) -> None:
        self.overlay = overlay
        self.text = text
        self.searchable = text.translate(_APOSTROPHES)  # same length: offsets carry over
        self.kb = kb
        self.corrections: list[Correction] = []
        self.errors: list[OverlayError] = []

    def error(self, line: int, message: str, hint: str = "") -> None:
        self.errors.append(OverlayError(self.overlay.path, line or None, message, hint))

    def record(
        self,
        target: CorrectionTarget,
        action: str,
        span: Any,
        detail: str,
        reason: str,
        line: int,
        *,
        path: str | None = None,
        claim: int | None = None,
    ) -> None:
        """Note a change of `span` (the mention or claim after it; `claim` is its index)."""
        path = path or self.overlay.path
        self.corrections.append(
            Correction(target, action, span.start, span.end, span.text, detail, reason, path, line, claim)
        )

    # Entities

    def correct_mentions(self, mentions: list[EntityMention]) -> list[EntityMention]:
        mentions = sorted(mentions, key=lambda m: (m.start, m.end))
        for correction in self.overlay.entities:
            spans = self._spans(correction)
            if correction.id is not None and not self._known_id(correction):
                continue
            if spans is None:
                continue
            if correction.action == "add":
                mentions = self._add(mentions, correction, spans)
            else:
                mentions = self._change(mentions, correction, spans)
        return mentions

    def _add(
        self, mentions: list[EntityMention], correction: EntityCorrection, spans: list[tuple[int, int]]
    ) -> list[EntityMention]:
        entity = self.kb.get(correction.id) if correction.id else None
        label = correction.label or (entity.label if entity else "MISC")
        for start, end in spans:
            replaced = [m for m in mentions if m.start < end and start < m.end]
            surface = self.text[start:end]
            added = EntityMention(start, end, surface, label, correction.id or slugify(surface) or "entity")
            mentions = sorted(
                [m for m in mentions if m not in replaced] + [added], key=lambda m: (m.start, m.end)
            )
            detail = f"added as {label}" + (f", linked to '{added.id}'" if correction.id else "")
            if replaced:
                detail += "; replaces " + ", ".join(f"'{m.text}' ({m.label})" for m in replaced)
            self.record("entity", "add", added, detail, correction.reason, correction.line)
        return mentions

    def _change(
        self, mentions: list[EntityMention], correction: EntityCorrection, spans: list[tuple[int, int]]
    ) -> list[EntityMention]:
        wanted = set(spans)
        targets = [m for m in mentions if (m.start, m.end) in wanted]
        if not targets:
            self._not_annotated(mentions, correction, spans)
            return mentions
        result = [m for m in mentions if m not in targets]
        for mention in targets:
            if correction.action == "remove":
                detail = f"removed ({mention.label})"
            elif correction.action == "relabel":
                label = correction.label or mention.label
                value = mention.value if label == mention.label else None  # a value belongs to its label
                detail = f"label {mention.label} → {label}"
                mention = replace(mention, label=label, value=value)
            else:
                detail = f"id '{mention.id}' → '{correction.id}'"
                mention = replace(mention, id=correction.id or mention.id)
            if correction.action != "remove":
                result.append(mention)
            self.record("entity", correction.action, mention, detail, correction.reason, correction.line)
        return sorted(result, key=lambda m: (m.start, m.end))

    def _spans(self, correction: EntityCorrection) -> list[tuple[int, int]] | None:
        """Where `text` occurs in the article (as whole words), narrowed to `occurrence`."""
        wanted = _normalise(correction.text)
        found = [m.span() for m in _whole_words(wanted).finditer(self.searchable)]
        if not found:
            self.error(
                correction.lines.get("text", correction.line),
                f"'{correction.text}' does not occur in the article",
                self._near(wanted),
            )
            return None
        if correction.occurrence is None:
            return found
        if correction.occurrence > len(found):
            times = "once" if len(found) == 1 else f"{len(found)} times"
            self.error(
                correction.lines.get("occurrence", correction.line),
                f"'{correction.text}' occurs {times}, there is no occurrence {correction.occurrence}",
                f"use a number from 1 to {len(found)}, or leave `occurrence` out for every one",
            )
            return None
        return [found[correction.occurrence - 1]]

    def _near(self, wanted: str) -> str:
        """What the analyst probably meant, as the article writes it."""
        other_case = re.search(_whole_words(wanted).pattern, self.searchable, re.IGNORECASE)
        if other_case:
            return f"the article writes '{self.text[other_case.start() : other_case.end()]}'"
        inside = self.searchable.find(wanted)
        if inside >= 0:
            word = re.search(r"\w*" + re.escape(wanted) + r"\w*", self.searchable[max(0, inside - 40) :])
            return f"it only occurs inside the longer word '{word.group(0) if word else wanted}'"
        words = self.searchable.split()
        size = max(1, len(wanted.split()))
        candidates = dict.fromkeys(
            " ".join(words[i : i + size]).strip('.,;:!?«»"()[]') for i in range(len(words))
        )
        close = difflib.get_close_matches(wanted, list(candidates), n=1, cutoff=0.75)
        if close:
            return f"did you mean '{close[0]}'?"
        return "copy the words exactly as the briefing page shows them"

    def _not_annotated(
        self, mentions: list[EntityMention], correction: EntityCorrection, spans: list[tuple[int, int]]
    ) -> None:
        around = [m for m in mentions if any(m.start < end and start < m.end for start, end in spans)]
        if around:
            hint = f"the annotation there is '{around[0].text}'; write that text"
        elif correction.action == "remove":
            hint = "the machine did not annotate it, so there is nothing to remove"
        else:
            hint = f"`add` it first: `- {{text: {correction.text}, label: …}}`"
        where = f" (occurrence {correction.occurrence})" if correction.occurrence else ""
        self.error(
            correction.lines.get("text", correction.line),
            f"'{correction.text}'{where} is not an annotated entity, nothing to {correction.action}",
            hint,
        )

    def _known_id(self, correction: EntityCorrection) -> bool:
        entity_id = correction.id or ""
        if self.kb.get(entity_id) is not None:
            return True
        ids = sorted(self.kb.entities)
        close = difflib.get_close_matches(entity_id, ids, n=3, cutoff=0.6)
        prefix = entity_id.split("-")[0]
        starting = [known for known in ids if known.startswith(prefix)][:5] if prefix else []
        if close:
            hint = "did you mean " + " or ".join(f"'{known}'" for known in close) + "?"
        elif starting:
            hint = f"known ids starting with '{prefix}': " + ", ".join(starting)
        else:
            hint = "add the entity to briefings/entities.yml first"
        self.error(
            correction.lines.get("id", correction.line),
            f"no entity has the id '{entity_id}' in the knowledge base",
            hint,
        )
        return False

    # Claims

    def correct_claims(
        self, claims: list[Any], ratings: Mapping[str, SourceRating]
    ) -> tuple[list[Any], set[int], set[str]]:
        targets = [
            (c, index) for c in self.overlay.claims if (index := self._find_claim(claims, c)) is not None
        ]
        # the analyst's source first, so a rating of the new source applies; an explicit grade
        # last; what this briefing's overlay says wins over the ratings across briefings
        kind_given: set[int] = set()
        for correction, index in targets:
            if correction.source is not None:
                claims[index] = self._change_source(claims[index], correction, index)
                if correction.source.kind:
                    kind_given.add(index)
        used: set[str] = set()
        for index, claim in enumerate(claims):
            rating = next((r for r in ratings.values() if r.matches(claim.source)), None)
            if rating is not None:
                used.add(rating.key)
                claims[index] = self._rate(claim, rating, index, keep_kind=index in kind_given)
        hidden: set[int] = set()
        for correction, index in targets:
            claim = claims[index]
            if correction.reliability or correction.credibility:
                reliability = correction.reliability or claim.reliability
                credibility = correction.credibility or claim.credibility
                reason = "graded by the analyst" + (f": {correction.reason}" if correction.reason else "")
                detail = f"grade {claim.reliability}{claim.credibility} → {reliability}{credibility}"
                claim = _replace(claim, reliability=reliability, credibility=credibility, reasons=(reason,))
                self.record("claim", "grade", claim, detail, correction.reason, correction.line, claim=index)
            if correction.stance:
                detail = f"stance {claim.stance} → {correction.stance}"
                claim = _replace(claim, stance=correction.stance)
                self.record("claim", "stance", claim, detail, correction.reason, correction.line, claim=index)
            if correction.hide:
                hidden.add(index)
                self.record("claim", "hide", claim, "hidden", correction.reason, correction.line, claim=index)
            claims[index] = claim
        return claims, hidden, used

    def _find_claim(self, claims: list[Any], correction: ClaimCorrection) -> int | None:
        wanted = _fold(correction.match)
        in_order = sorted(range(len(claims)), key=lambda i: (claims[i].start, claims[i].end))
        matching = [i for i in in_order if wanted in _fold(claims[i].text)]
        line = correction.lines.get("match", correction.line)
        if not matching:
            self.error(line, f"no claim contains '{correction.match}'", self._closest_claim(claims, wanted))
            return None
        if correction.occurrence is not None:
            if correction.occurrence <= len(matching):
                return matching[correction.occurrence - 1]
            self.error(
                correction.lines.get("occurrence", line),
                f"{len(matching)} claim(s) contain '{correction.match}', "
                f"there is no occurrence {correction.occurrence}",
                f"use a number from 1 to {len(matching)}",
            )
            return None
        if len(matching) > 1:
            self.error(
                line,
                f"'{correction.match}' is in {len(matching)} claims",
                f"quote more words, or add `occurrence:` (1 to {len(matching)}, in the order of the text)",
            )
            return None
        return matching[0]

    @staticmethod
    def _closest_claim(claims: list[Any], wanted: str) -> str:
        if not claims:
            return "this briefing has no claims"
        words = set(_WORD.findall(wanted))
        best = max(claims, key=lambda claim: len(words & set(_WORD.findall(_fold(claim.text)))))
        if words & set(_WORD.findall(_fold(best.text))):
            return f"the closest claim reads '{_shorten(best.text, 80)}'; copy a few words of it"
        starts = ", ".join(f"'{_shorten(claim.text, 30)}'" for claim in claims[:3])
        return f"quote words of what the claim says, as the page shows it; claims here begin {starts}"

    def _change_source(self, claim: Any, correction: ClaimCorrection, index: int) -> Any:
        change = correction.source
        assert change is not None
        old = claim.source
        entity = self.kb.get(change.id) if change.id else None
        name = change.name or (entity.name if entity else None)
        source_id = change.id or (slugify(change.name) if change.name else None)
        kind = change.kind or old.kind
        updates: dict[str, Any] = {"kind": kind}
        if name or source_id:
            updates |= {
                "name": name or old.name,
                "id": source_id or old.id,
                "entity_id": source_id if source_id and self.kb.get(source_id) else None,
                "named": kind != "anonymous",
                # the phrase the machine found named the old source
                "mention_start": None,
                "mention_end": None,
            }
        source = _replace(old, **updates)
        detail = f"source '{old.name}' ({old.kind}) → '{source.name}' ({source.kind})"
        claim = _replace(claim, source=source)
        self.record("claim", "source", claim, detail, correction.reason, correction.line, claim=index)
        return claim

    def _rate(self, claim: Any, rating: SourceRating, index: int, *, keep_kind: bool) -> Any:
        updates: dict[str, Any] = {}
        changes = []
        if rating.kind and rating.kind != claim.source.kind and not keep_kind:
            updates["source"] = _replace(claim.source, kind=rating.kind)
            changes.append(f"source kind {claim.source.kind} → {rating.kind}")
        if rating.reliability and rating.reliability != claim.reliability:
            updates["reliability"] = rating.reliability
            # the credibility reasons stay true; the analyst's reason comes first
            why = f"source rated {rating.reliability} by the analyst" + (
                f": {rating.reason}" if rating.reason else ""
            )
            updates["reasons"] = (why, *claim.reasons)
            changes.append(f"reliability {claim.reliability} → {rating.reliability}")
        if not updates:
            return claim
        claim = _replace(claim, **updates)
        detail = "; ".join(changes)
        self.record(
            "claim", "rating", claim, detail, rating.reason, rating.line, path=rating.path, claim=index
        )
        return claim


def _replace(obj: Any, **changes: Any) -> Any:
    """`dataclasses.replace` with only the fields `obj` has (claims are duck-typed)."""
    names = {f.name for f in fields(obj)}
    return replace(obj, **{key: value for key, value in changes.items() if key in names})


def _normalise(text: str) -> str:
    """As article text is: NFC, one space between words, straight apostrophes."""
    return " ".join(unicodedata.normalize("NFC", text).split()).translate(_APOSTROPHES)


def _fold(text: str) -> str:
    return _normalise(text).casefold()


def _shorten(text: str, size: int) -> str:
    return text if len(text) <= size else text[: size - 1] + "…"


def _whole_words(text: str) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w){re.escape(text)}(?!\w)")
