"""The export (corpus/export.py): the same bytes however it is made, and under `make serve` only
the lines of changed briefings made again."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from briefings.cache import briefing_fingerprint
from briefings.corpus import export as export_module
from briefings.corpus.export import ExportLines, export_bytes, export_json, export_json_lines
from briefings.model import Briefing

from ..factories import briefing, mention


def briefings() -> list[Briefing]:
    texts = ["Emmanuel Macron à Séoul.", "Olaf Scholz à Bruxelles : « unie ».", "Кириллица — 東京 😀."]
    made = []
    for number, text in enumerate(texts):
        surface = text.split(" à ")[0] if " à " in text else text[:5]
        made.append(briefing(f"b{number}", text, mentions=[mention(text, surface, "PER", f"e{number}")]))
    return made


def test_the_export_is_one_briefing_per_line_in_utf8() -> None:
    found = briefings()
    data = export_bytes(found)
    assert data == export_json(found).encode("utf-8")
    lines = data.decode("utf-8").split("\n")
    assert lines[0] == "[" and lines[-2:] == ["]", ""] and len(lines) == len(found) + 3
    assert [entry["slug"] for entry in json.loads(data)] == ["b0", "b1", "b2"]
    assert "😀" in data.decode("utf-8")  # not escaped: ensure_ascii=False
    assert export_bytes([]) == b"[]\n" and export_bytes(found[:1]).count(b"\n") == 3
    assert export_json_lines(found) == "".join(line.removesuffix(",") + "\n" for line in lines[1:-2])


def test_serve_makes_again_only_the_lines_of_changed_briefings(monkeypatch: pytest.MonkeyPatch) -> None:
    made: list[str] = []
    real = export_module._export_line

    def counting(found: Briefing) -> bytes:
        made.append(found.slug)
        return real(found)

    monkeypatch.setattr(export_module, "_export_line", counting)
    lines = ExportLines()
    found = briefings()
    assert export_bytes(found, lines, briefing_fingerprint) == export_bytes(found)
    made.clear()
    edited = replace(found[1], article=replace(found[1].article, title="Titre corrigé"))
    found[1] = edited
    again = export_bytes(found, lines, briefing_fingerprint)
    assert made == ["b1"]  # the others' lines kept; an edit's fingerprint differs: made again
    made.clear()
    assert again == export_bytes(found) and b"Titre corrig\xc3\xa9" in again
    assert made == ["b0", "b1", "b2"]
    made.clear()
    export_bytes(found[:2], lines, briefing_fingerprint)  # b2 deleted: its line forgotten
    export_bytes(found, lines, briefing_fingerprint)
    assert made == ["b2"]
