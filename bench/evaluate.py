"""Score entity annotation on every gold set, in one run.

Sets (bench/eval_sets.py): the dev gold of the seeds, the real unseen dev half and test half, and
the synthetic set written for the evaluation. Systems, on the same normalised texts: our pipeline
through `briefings annotate` (the public contract), with the project's settings and with no
knowledge base; the raw `fr_core_news_md` model; and a naive baseline (the raw model's names
plus regular expressions for dates and figures). Reports precision, recall and F1 per label,
strict (same span) and lenient (overlapping span, same label).

    python bench/evaluate.py                  # print the tables
    python bench/evaluate.py --write          # also write bench/results/entities.md
    python bench/evaluate.py --set unseen-dev --errors ORG   # our misses and false alarms
"""

from __future__ import annotations

import argparse
import difflib
import re
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from eval_sets import CONFIGS, MODEL, ROOT, EvalSet, annotate_sets, select

LABELS = ("PER", "ORG", "LOC", "MISC", "DATE", "QUANTITY")
SCORED = (*LABELS, "NORP")
GOLD_MARKUP = re.compile(r"\[\[(.+?)\|([A-Z]+)\]\]")
OUTPUT = ROOT / "bench" / "results" / "entities.md"


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
    """Move gold offsets onto `text` (the export's normalised body), which may differ slightly."""
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
            strict, lenient = match(g, p, lenient=False), match(g, p, lenient=True)
            for key in (label, "ALL") if label in LABELS else (label,):
                # overall F1 leaves NORP out: the raw model has no such label
                counts[key].gold += len(g)
                counts[key].predicted += len(p)
                counts[key].strict += strict
                counts[key].lenient += lenient
    return counts


# --- the raw model and the naive baseline (spaCy only) -------------------------------------------------

_MONTHS = "janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre"
_DAYS = "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
_DATE = re.compile(
    rf"\b(?:(?:{_DAYS})\s+)?\d{{1,2}}(?:er)?\s+(?:{_MONTHS})(?:\s+\d{{4}})?\b"
    rf"|\b(?:{_MONTHS})\s+\d{{4}}\b|\b(?:{_DAYS})\b|\b(?:1[5-9]|20)\d\d\b|\baujourd['’]hui\b|\bhier\b",
    re.IGNORECASE,
)
_NUMBER_WORDS = "deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|vingt|trente|cent|mille"
_QUANTITY = re.compile(
    rf"\b(?:\d+(?:[  .,]\d+)*|(?:{_NUMBER_WORDS}))(?:\s*(?:%|€|\$)|\s+(?:millions?|milliards?)"
    rf"(?:\s+d['’]\w+|\s+de\s+\w+)?|\s+\w+)?",
    re.IGNORECASE,
)


def raw_model(texts: Sequence[str]) -> list[list[Entity]]:
    import spacy

    nlp = spacy.load(MODEL)
    return [
        [Entity(e.start_char, e.end_char, e.label_ if e.label_ in LABELS else "MISC") for e in doc.ents]
        for doc in nlp.pipe(texts)
    ]


def naive_baseline(texts: Sequence[str], raw: Sequence[list[Entity]]) -> list[list[Entity]]:
    """The raw model's names, plus dates and then figures found by regular expressions where
    nothing was found yet."""
    out = []
    for text, names in zip(texts, raw, strict=True):
        found = list(names)
        for label, pattern in (("DATE", _DATE), ("QUANTITY", _QUANTITY)):
            for m in pattern.finditer(text):
                start, end = m.start(), m.end()
                if any(e.start < end and start < e.end for e in found):
                    continue
                found.append(Entity(start, end, label))
        out.append(sorted(found, key=lambda e: e.start))
    return out


# --- reporting -----------------------------------------------------------------------------------------


def table(systems: dict[str, dict[str, Counts]]) -> str:
    names = list(systems)
    lines = [
        "| label | gold | " + " | ".join(f"{n}: strict P / R / F1 · **lenient F1**" for n in names) + " |",
        "|---|---:|" + "---|" * len(names),
    ]
    for label in (*SCORED, "ALL"):
        gold = systems[names[0]][label].gold
        cells = []
        for name in names:
            counts = systems[name][label]
            if label == "NORP" and counts.predicted == 0 and name in ("raw md", "naive baseline"):
                cells.append("— (no such label)")
                continue
            p, r, f = counts.scores(lenient=False)
            cells.append(f"{p:.2f} / {r:.2f} / {f:.2f} · **{counts.scores(lenient=True)[2]:.2f}**")
        shown = "overall (without NORP)" if label == "ALL" else label
        lines.append(f"| {shown} | {gold} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def summary(results: dict[str, dict[str, dict[str, Counts]]], sets: Sequence[EvalSet]) -> str:
    systems = list(next(iter(results.values())))
    lines = [
        "| set | gold mentions | " + " | ".join(systems) + " |",
        "|---|---:|" + "---:|" * len(systems),
    ]
    for s in sets:
        per_system = results[s.key]
        gold = per_system[systems[0]]["ALL"].gold
        cells = [f"{per_system[name]['ALL'].scores(lenient=True)[2]:.2f}" for name in systems]
        lines.append(f"| {s.name} | {gold} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--set", action="append", dest="sets", help="only this set (repeatable)")
    parser.add_argument("--write", action="store_true", help=f"write {OUTPUT.relative_to(ROOT)}")
    parser.add_argument("--output", type=Path, default=OUTPUT)
    parser.add_argument(
        "--note", default="", help="a line for the report, e.g. which copy of the package ran"
    )
    parser.add_argument("--errors", metavar="LABEL", help="list our misses and false alarms for LABEL")
    parser.add_argument("--config", choices=list(CONFIGS), default="no-kb", help="with --errors")
    args = parser.parse_args(argv)

    sets = [s for s in select(args.sets) if s.stems("entities")]  # (seeds-more has claim gold only)
    configs = [args.config] if args.errors else list(CONFIGS)
    exports = annotate_sets(sets, "entities", configs)
    results: dict[str, dict[str, dict[str, Counts]]] = {}
    for s in sets:
        stems = s.stems("entities")
        first = exports[configs[0]][s.key]
        texts = [export["text"] for export in first]
        gold = []
        for stem, text in zip(stems, texts, strict=True):
            gold_text, entities = parse_gold((s.gold / "entities" / f"{stem}.txt").read_text("utf-8"))
            aligned = align(gold_text, text, entities)
            if len(aligned) != len(entities):
                print(
                    f"warning: {s.name}: {stem}: {len(entities) - len(aligned)} gold entities not aligned",
                    file=sys.stderr,
                )
            gold.append(aligned)
        ours = {
            config: [
                [Entity(e["start"], e["end"], e["label"]) for e in ex["entities"]]
                for ex in exports[config][s.key]
            ]
            for config in configs
        }
        if args.errors:
            for stem, text, g, p in zip(stems, texts, gold, ours[configs[0]], strict=True):
                g_spans = {(e.start, e.end) for e in g if e.label == args.errors}
                p_spans = {(e.start, e.end) for e in p if e.label == args.errors}
                for start, end in sorted(g_spans - p_spans):
                    print(f"{stem}: missed   {text[start:end]!r}")
                for start, end in sorted(p_spans - g_spans):
                    print(f"{stem}: spurious {text[start:end]!r}")
            continue
        raw = raw_model(texts)
        systems = {CONFIGS[c]: score(zip(gold, ours[c], strict=True)) for c in configs}
        systems["raw md"] = score(zip(gold, raw, strict=True))
        systems["naive baseline"] = score(zip(gold, naive_baseline(texts, raw), strict=True))
        results[s.key] = systems
    if args.errors:
        return 0

    parts = [
        "# Entity annotation: measured",
        "",
        "`make eval` (`python bench/evaluate.py`), one run over every set. Our pipeline is run "
        "through `briefings annotate` (the JSON export); *no knowledge base* means a scratch "
        "`mkdocs.yml` with `default_knowledge_base: false` and an empty editorial folder. *raw md*: "
        f"`{MODEL}` alone (it has no DATE, QUANTITY or NORP label). *naive baseline*: raw md plus "
        "regular expressions for dates and figures. Lenient: overlapping span, same label; strict: "
        "same span.",
        *(["", args.note] if args.note else []),
        "",
        "## Overall lenient F1 (without NORP)",
        "",
        summary(results, sets),
    ]
    for s in sets:
        gold_total = results[s.key][CONFIGS[configs[0]]]["ALL"].gold
        parts += [
            "",
            f"## {s.name}",
            "",
            f"{len(s.stems('entities'))} articles, {gold_total} gold mentions without NORP. {s.note}",
            "",
            table(results[s.key]),
        ]
    report = "\n".join(parts) + "\n"
    print(report)
    if args.write:
        args.output.parent.mkdir(parents=True, exist_ok=True)
        args.output.write_text(report, encoding="utf-8")
        print(f"wrote {args.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
