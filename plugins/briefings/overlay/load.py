"""Reading `briefings/<slug>.yml` and `briefings/sources.yml` through the YAML schema reader.

Every mistake of a file is reported at once with its line, and the valid parts still apply.
"""

from __future__ import annotations

import difflib
import hashlib
from collections.abc import Collection, Iterable
from functools import partial
from pathlib import Path

from yaml.nodes import MappingNode, Node

from ..model import CREDIBILITY_GRADES, ENTITY_LABELS, RELIABILITY_GRADES, SOURCE_KINDS, STANCES
from ..text import display_path
from ..yamlschema import Reader, line_of
from .schema import (
    ENTITY_ACTIONS,
    ClaimCorrection,
    EntityAction,
    EntityCorrection,
    Overlay,
    OverlayError,
    SourceChange,
    SourceRating,
    fold,
)

#: Files of the editorial folder that are not per-briefing overlays.
NOT_OVERLAYS = frozenset({"entities.yml", "entities.yaml", "sources.yml", "sources.yaml"})
OVERLAY_SUFFIXES = (".yml", ".yaml")

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

_OverlayReader = Reader[OverlayError]


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
            errors.append(OverlayError(shown, f"no briefing has the slug '{path.stem}'", hint=hint))
        elif overlay is not None:
            overlays[path.stem] = overlay
        errors.extend(file_errors)
    return overlays, errors


def load_overlay(path: Path, *, root: Path | None = None) -> tuple[Overlay | None, list[OverlayError]]:
    """Read one overlay file. None when nothing of it can be used (unreadable, not YAML)."""
    reader = Reader(display_path(path, root), OverlayError)
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
    reader = Reader(display_path(path, root), OverlayError)
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


def _read_title(reader: _OverlayReader, node: Node | None, overlay: Overlay) -> None:
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
    overlay.title_line = line_of(node)


def _read_entities(reader: _OverlayReader, node: Node) -> list[EntityCorrection]:
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


def _read_entity(reader: _OverlayReader, node: Node, *, action: EntityAction) -> EntityCorrection | None:
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
        line=line_of(node),
        lines={key: line_of(value) for key, value in keys.items()},
    )


def _example(action: EntityAction) -> str:
    return {
        "add": "e.g. `- {text: Koursk, label: LOC}`",
        "remove": "e.g. `- {text: Soldats nord-coréens}`",
        "relabel": "e.g. `- {text: Maison Blanche, label: ORG}`",
        "link": "e.g. `- {text: Séoul, id: coree-du-sud}`",
    }[action]


def _read_claim(reader: _OverlayReader, node: Node) -> ClaimCorrection | None:
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
        line=line_of(node),
        lines={key: line_of(value) for key, value in keys.items()},
    )


def _read_rating(reader: _OverlayReader, node: Node) -> SourceRating | None:
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
        key=source_id or "name:" + fold(name or ""),
        id=source_id,
        name=name,
        reliability=reader.choice(keys.get("reliability"), RELIABILITY_GRADES, "reliability"),
        kind=reader.choice(keys.get("kind"), SOURCE_KINDS, "source kind"),
        reason=reader.text(keys.get("reason"), "`reason`") or "",
        path=reader.path,
        line=line_of(node),
    )
