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

from ..i18n import say
from ..model import CREDIBILITY_GRADES, ENTITY_LABELS, RELIABILITY_GRADES, SOURCE_KINDS, STANCES, Message
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
    **dict.fromkeys(ENTITY_ACTIONS, say("overlay_errors.in_entities")),
    **dict.fromkeys(("match", "grade", "hide", "stance"), say("overlay_errors.in_claims")),
    "sources": say("overlay_errors.in_sources_file"),
    "label": say("overlay_errors.label_where"),
    "id": say("overlay_errors.id_where"),
    **dict.fromkeys(("reliability", "credibility"), say("overlay_errors.in_grade")),
}
_MISPLACED_IN_GRADE = {"reason": say("overlay_errors.reason_where")}

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
                say("overlay_errors.rename", slug=close[0], name=close[0] + path.suffix)
                if close
                else say("overlay_errors.name_after_slug")
            )
            errors.append(OverlayError(shown, say("overlay_errors.no_slug", slug=path.stem), hint=hint))
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
        say("input.the_overlay"),
        hints=_MISPLACED,
        example=say("overlay_errors.overlay_keys", keys=", ".join(_OVERLAY_KEYS)),
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
        root_node, ("sources",), say("input.the_file"), example=say("overlay_errors.sources_example")
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
                say("overlay_errors.rated_twice", source=rating.id or rating.name or ""),
                say("overlay_errors.rated_twice_hint", line=str(first)),
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
            reader.error(node, say("overlay_errors.title_no_text"), say("overlay_errors.title_no_text_hint"))
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
            example=say("overlay_errors.entities_example"),
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
    what = say("input.item_of", what=f"`entities: {action}`")
    keys = reader.mapping(node, _ENTITY_KEYS[action], what, hints=_MISPLACED)
    if keys is None:
        return None
    required = {"add": ("text",), "remove": ("text",), "relabel": ("text", "label"), "link": ("text", "id")}
    for key in required[action]:
        if key not in keys:
            reader.error(node, say("overlay_errors.no_key", what=what, key=key), _example(action))
    if action == "add" and "label" not in keys and "id" not in keys:
        reader.error(node, say("overlay_errors.add_needs_label", what=what), _example(action))
    text = reader.text(keys.get("text"), "`text`")
    if text is not None and not text.strip():
        reader.error(keys["text"], say("overlay_errors.empty", key="text"), _example(action))
    return EntityCorrection(
        action=action,
        text=text or "",
        label=reader.choice(keys.get("label"), ENTITY_LABELS, say("input.label")),
        id=reader.slug(keys.get("id"), "`id`"),
        occurrence=reader.count(keys.get("occurrence"), "`occurrence`"),
        reason=reader.text(keys.get("reason"), "`reason`") or "",
        line=line_of(node),
        lines={key: line_of(value) for key, value in keys.items()},
    )


def _example(action: EntityAction) -> Message:
    return say(f"overlay_errors.example_{action}")


def _read_claim(reader: _OverlayReader, node: Node) -> ClaimCorrection | None:
    what = say("input.item_of", what="`claims`")
    keys = reader.mapping(node, _CLAIM_KEYS, what, hints=_MISPLACED)
    if keys is None:
        return None
    if "match" not in keys:
        reader.error(
            node, say("overlay_errors.no_key", what=what, key="match"), say("overlay_errors.match_example")
        )
    if not {"source", "grade", "stance", "hide"} & set(keys):
        reader.error(
            node, say("overlay_errors.changes_nothing", what=what), say("overlay_errors.changes_nothing_hint")
        )
    source = None
    if "source" in keys:
        source_keys = reader.mapping(keys["source"], _SOURCE_KEYS, "`source`")
        if source_keys is not None and not source_keys:
            reader.error(
                keys["source"],
                say("overlay_errors.empty", key="source"),
                say("overlay_errors.source_empty_hint"),
            )
        source_keys = source_keys or {}
        source = SourceChange(
            id=reader.slug(source_keys.get("id"), say("input.source_key", key="id")),
            name=reader.text(source_keys.get("name"), say("input.source_key", key="name")),
            kind=reader.choice(source_keys.get("kind"), SOURCE_KINDS, say("input.source_kind")),
        )
    grade: dict[str, Node] = {}
    if "grade" in keys:
        grade = reader.mapping(keys["grade"], _GRADE_KEYS, "`grade`", hints=_MISPLACED_IN_GRADE) or {}
        if not grade:
            reader.error(
                keys["grade"], say("overlay_errors.grade_empty"), say("overlay_errors.grade_example")
            )
    credibility = reader.choice(grade.get("credibility"), _CREDIBILITY, say("input.credibility"))
    match = reader.text(keys.get("match"), "`match`")
    if match is not None and not match.strip():
        reader.error(
            keys["match"], say("overlay_errors.empty", key="match"), say("overlay_errors.quote_claim")
        )
    return ClaimCorrection(
        match=match or "",
        occurrence=reader.count(keys.get("occurrence"), "`occurrence`"),
        source=source,
        reliability=reader.choice(grade.get("reliability"), RELIABILITY_GRADES, say("input.reliability")),
        credibility=int(credibility) if credibility else None,
        stance=reader.choice(keys.get("stance"), STANCES, say("input.stance")),
        hide=reader.flag(keys.get("hide"), "`hide`"),
        reason=reader.text(keys.get("reason"), "`reason`") or "",
        line=line_of(node),
        lines={key: line_of(value) for key, value in keys.items()},
    )


def _read_rating(reader: _OverlayReader, node: Node) -> SourceRating | None:
    what = say("input.item_of", what="`sources`")
    keys = reader.mapping(node, _RATING_KEYS, what)
    if keys is None:
        return None
    if ("id" in keys) == ("name" in keys):
        reader.error(node, say("overlay_errors.id_or_name", what=what), say("overlay_errors.id_or_name_hint"))
    if "reliability" not in keys and "kind" not in keys:
        reader.error(
            node, say("overlay_errors.rates_nothing", what=what), say("overlay_errors.rates_nothing_hint")
        )
    source_id = reader.slug(keys.get("id"), "`id`")
    name = reader.text(keys.get("name"), "`name`")
    return SourceRating(
        key=source_id or "name:" + fold(name or ""),
        id=source_id,
        name=name,
        reliability=reader.choice(keys.get("reliability"), RELIABILITY_GRADES, say("input.reliability")),
        kind=reader.choice(keys.get("kind"), SOURCE_KINDS, say("input.source_kind")),
        reason=reader.text(keys.get("reason"), "`reason`") or "",
        path=reader.path,
        line=line_of(node),
    )
