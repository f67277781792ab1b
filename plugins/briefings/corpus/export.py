"""The export: every briefing's annotation as JSON (the same data the pages show), one briefing
per line, byte-identical for identical inputs."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence

from ..model import Briefing


def export_json(briefings: Sequence[Briefing]) -> str:
    """The export as one JSON array, a briefing per line (json's C encoder does not indent, and
    a thousand briefings take seconds in the Python one)."""
    return export_bytes(briefings).decode("utf-8")


def export_bytes(
    briefings: Sequence[Briefing],
    lines: ExportLines | None = None,
    fingerprint: Callable[[Briefing], str] = str,
) -> bytes:
    """`export_json`, in UTF-8. With `lines`, the lines of briefings unchanged since the last
    export are not made again (`serve`).

    Bytes, not text: an archive's export is tens of MB, and a str joined from lines of several
    kinds (Latin-1 and wider characters) is converted as it is copied, then encoded again to be
    written and digested; bytes are copied once and written and digested as they are."""
    if lines is None:
        made = [_export_line(b) for b in briefings]
    else:
        made = [lines.line(b, fingerprint(b)) for b in briefings]
        lines.forget_unused()
    if not made:
        return b"[]\n"
    pieces = [b"[\n"]
    for line in made:  # the whole copied once (a join, then brackets added, copies it thrice)
        pieces += (line, b",\n")
    pieces[-1] = b"\n]\n"
    return b"".join(pieces)


class ExportLines:
    """Export lines by briefing fingerprint, kept across `mkdocs serve` rebuilds."""

    def __init__(self) -> None:
        self._lines: dict[str, bytes] = {}
        self._used: dict[str, bytes] = {}

    def line(self, briefing: Briefing, key: str) -> bytes:
        line = self._lines.get(key)
        if line is None:
            line = _export_line(briefing)
        self._used[key] = line
        return line

    def forget_unused(self) -> None:
        self._lines, self._used = self._used, {}


def export_json_lines(briefings: Sequence[Briefing]) -> str:
    """The export as JSON lines (one briefing per line, nothing around them): an archive's export
    can be read, split and concatenated line by line."""
    return "".join(_export_line(b).decode("utf-8") + "\n" for b in briefings)


def _export_line(briefing: Briefing) -> bytes:
    return json.dumps(briefing.to_export(), ensure_ascii=False).encode("utf-8")
