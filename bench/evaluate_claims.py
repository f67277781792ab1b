"""Score claim extraction on every gold set, in one run.

Sets (bench/eval_sets.py): the dev gold of the seeds, the real unseen dev half and test half, and
the synthetic set written for the evaluation. Our claims come from the public contract,
`briefings annotate` (the JSON export, docs/export.md), with the project's settings and with no
knowledge base. Gold contents are located in the export's `text` (whitespace and apostrophes
normalised when searching). Gold and predicted claims are matched one to one:

- *loose*: the predicted content covers ≥ 30 % of the gold content's word tokens;
- *tight*: the Dice coefficient of the two token sets is ≥ 0.5;
- *GGT @ 0.3 / @ 0.8*: as in the GenderGapTracker and Radar de Parité evaluations, the predicted
  content covers ≥ 30 % (≥ 80 %) of the gold content's characters; speaker accuracy is measured
  on the matches at 0.3.

On the loose matches: source accuracy (the predicted source and the gold source text share their
head words, case-insensitively, or the same entity or the same mention), F1 of the `hedged` flag,
stance and kind accuracy.

The naive baseline uses `fr_core_news_md` directly: every sentence with a common reporting verb
(a fixed list from the annotation guidelines) is a claim (content: the whole sentence), its
source the nearest PER, ORG or LOC entity of the model in the sentence, hedged when a word is in
the conditional according to the model.

    python bench/evaluate_claims.py              # print the tables
    python bench/evaluate_claims.py --write      # also write bench/results/claims.md
    python bench/evaluate_claims.py --set unseen-dev -v   # list our misses on the dev half
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from claim_metrics import GGT_THRESHOLDS, RADAR_DE_PARITE, dice, ggt_pairs, greedy_pairs, prf, token_coverage
from eval_sets import CONFIGS, MODEL, ROOT, EvalSet, annotate_sets, select

OUTPUT = ROOT / "bench" / "results" / "claims.md"
LOOSE_COVERAGE = 0.3
TIGHT_DICE = 0.5
NAIVE = "Naive baseline (raw md + reporting verbs)"
_TOKEN = re.compile(r"\w+", re.UNICODE)
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'"})
#: Words that are never the head of a source phrase.
_NOT_HEADS = frozenset(
    [
        "le",
        "la",
        "les",
        "l",
        "un",
        "une",
        "des",
        "de",
        "d",
        "du",
        "au",
        "aux",
        "ce",
        "cet",
        "cette",
        "ces",
        "son",
        "sa",
        "ses",
        "leur",
        "leurs",
        "tout",
        "toute",
        "tous",
        "toutes",
        "certains",
        "certaines",
        "plusieurs",
        "quelques",
        "nombreux",
        "nombreuses",
        "même",
        "ancien",
        "ancienne",
        "nouveau",
        "nouvelle",
        "premier",
        "première",
        "ex",
        "m",
        "mme",
        "mlle",
        "mm",
        "dr",
        "pr",
        "et",
        "ni",
        "ou",
    ]
)
_COMPLEMENT = frozenset(["de", "d", "du", "des", "en", "à", "au", "aux", "par", "pour", "dont", "qui"])
#: Reporting verbs of the naive baseline: the cue verbs listed in bench/gold/claims/GUIDELINES.md §1.
REPORTING_LEMMAS = frozenset(
    [
        "dire",
        "déclarer",
        "affirmer",
        "annoncer",
        "ajouter",
        "expliquer",
        "indiquer",
        "préciser",
        "estimer",
        "rapporter",
        "confirmer",
        "nier",
        "démentir",
        "assurer",
        "souligner",
        "avertir",
        "prévenir",
        "reconnaître",
        "révéler",
        "accuser",
        "dénoncer",
        "condamner",
        "conclure",
        "résumer",
        "raconter",
        "souvenir",
    ]
)


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    source: str  # gold: surface text; predicted: display name
    source_texts: tuple[str, ...] = ()  # other texts naming the predicted source
    entity_ids: frozenset[str] = frozenset()
    source_span: tuple[int, int] | None = None  # where the source is mentioned in the text
    hedged: bool = False
    implicit: bool = False
    stance: str = ""
    kind: str = ""


@dataclass
class Scores:
    gold: int = 0
    predicted: int = 0
    loose: int = 0
    tight: int = 0
    sources_right: int = 0
    stances_right: int = 0
    kinds_right: int = 0
    hedge_tp: int = 0
    hedge_fp: int = 0
    hedge_fn: int = 0
    ggt: dict[float, int] = field(default_factory=lambda: dict.fromkeys(GGT_THRESHOLDS, 0))
    ggt_speakers: int = 0
    misses: list[str] = field(default_factory=list)

    _SUMMED = [
        "gold",
        "predicted",
        "loose",
        "tight",
        "sources_right",
        "stances_right",
        "kinds_right",
        "hedge_tp",
        "hedge_fp",
        "hedge_fn",
        "ggt_speakers",
    ]

    def add(self, other: Scores) -> None:
        for name in self._SUMMED:
            setattr(self, name, getattr(self, name) + getattr(other, name))
        for threshold in GGT_THRESHOLDS:
            self.ggt[threshold] += other.ggt[threshold]
        self.misses.extend(other.misses)

    def prf(self, hits: int) -> tuple[float, float, float]:
        return prf(hits, self.gold, self.predicted)

    @property
    def hedge_f1(self) -> str:
        """F1 of the `hedged` flag on matched claims, "n/a" when neither side flagged one: a set
        with no hedged claim measures nothing of hedges."""
        denominator = 2 * self.hedge_tp + self.hedge_fp + self.hedge_fn
        return f"{2 * self.hedge_tp / denominator:.2f}" if denominator else "n/a"

    def share(self, hits: int, of: int) -> float:
        return hits / of if of else 0.0


# --- locating gold contents ---------------------------------------------------------------------------


def _normalised(text: str) -> tuple[str, list[int]]:
    """Text with runs of whitespace as one space and straight apostrophes, and for each of its
    characters the offset in the original."""
    out: list[str] = []
    offsets: list[int] = []
    previous_space = False
    for i, char in enumerate(text.translate(_APOSTROPHES)):
        if char.isspace():
            if previous_space:
                continue
            out.append(" ")
            previous_space = True
        else:
            out.append(char)
            previous_space = False
        offsets.append(i)
    return "".join(out), offsets


def locate(text: str, needle: str, near: Sequence[str] = ()) -> tuple[int, int] | None:
    """Where `needle` occurs in `text`; among several occurrences, the one nearest to one of the
    `near` strings (the gold cue, the source)."""
    haystack, offsets = _normalised(text)
    wanted, _ = _normalised(needle.strip())
    if not wanted:
        return None
    starts = [m.start() for m in re.finditer(re.escape(wanted), haystack)]
    if not starts:
        return None
    anchors = [
        m.start() for word in near if word for m in re.finditer(re.escape(_normalised(word)[0]), haystack)
    ]
    best = min(starts, key=lambda s: min((abs(s - a) for a in anchors), default=0)) if anchors else starts[0]
    end = best + len(wanted)
    return offsets[best], offsets[end - 1] + 1


def tokens_of(text: str, start: int, end: int, index: dict[int, int]) -> set[int]:
    return {index[m.start()] for m in _TOKEN.finditer(text, start, end) if m.start() in index}


def head_words(phrase: str) -> set[str]:
    """Head words of a source phrase: its name words, or its first content word, before any
    complement ("Le rapport final du BEA" → rapport; "Mme Fatou Bensouda" → fatou, bensouda)."""
    words = _TOKEN.findall(phrase.translate(_APOSTROPHES))
    heads: set[str] = set()
    first_content = None
    for position, word in enumerate(words):
        lower = word.lower()
        if lower in _COMPLEMENT and first_content is not None:
            break
        if lower in _NOT_HEADS:
            continue
        if first_content is None:
            first_content = lower
        if word[:1].isupper() and position > 0 or word.isupper():
            heads.add(lower)
    if first_content is not None:
        heads.add(first_content)
    return heads


# --- gold and predictions ------------------------------------------------------------------------------


def gold_spans(path: Path, text: str, entities: Sequence[dict]) -> tuple[list[Span], list[str]]:
    """Gold claims located in `text`; `entities` (the export's) give the gold source's entity."""
    entries = yaml.safe_load(path.read_text("utf-8")) or []
    spans, problems = [], []
    for entry in entries:
        cue = str(entry.get("cue", ""))
        found = locate(text, str(entry["content"]), near=[cue, str(entry.get("source", ""))])
        if found is None:
            problems.append(f"{path.name}: content not found: {entry['content'][:60]!r}")
            continue
        source = str(entry.get("source", ""))
        implicit = source == "(implicit)"
        entity_ids: set[str] = set()
        where = None
        if not implicit:
            where = locate(text, source, near=[str(entry["content"])[:30]])
            if where is not None:
                entity_ids = {
                    e["id"]
                    for e in entities
                    if e["start"] < where[1]
                    and where[0] < e["end"]
                    and e["label"] not in ("DATE", "QUANTITY")
                }
        spans.append(
            Span(
                found[0],
                found[1],
                source,
                (),
                frozenset(entity_ids),
                where,
                bool(entry.get("hedged")),
                implicit,
                str(entry.get("stance", "")),
                str(entry.get("source_kind", "")),
            )
        )
    return spans, problems


def our_spans(export: dict) -> list[Span]:
    """Our claims, from the JSON export."""
    text = export["text"]
    sources = {s["id"]: s for s in export.get("sources", [])}
    spans = []
    for claim in export.get("claims", []):
        source = claim.get("source") or {}
        detail = sources.get(source.get("id"), {})
        texts = [source.get("name") or ""]
        start, end = detail.get("mention_start"), detail.get("mention_end")
        mention = (start, end) if start is not None and end is not None else None
        if mention is not None:
            texts.append(text[mention[0] : mention[1]])
        entity_id = detail.get("entity_id")
        spans.append(
            Span(
                claim["start"],
                claim["end"],
                source.get("name") or "",
                tuple(texts),
                frozenset({entity_id} if entity_id else ()),
                mention,
                bool(claim.get("hedges")),
                mention is None and not detail.get("named", False),
                str(claim.get("stance", "")),
                str(source.get("kind", "")),
            )
        )
    return spans


def naive_spans(doc: Any) -> list[Span]:
    """Every sentence with a reporting verb; the nearest named entity; the model's conditional."""
    spans = []
    for sentence in doc.sents:
        for part in _split_lines(sentence):
            verbs = [t for t in part if t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in REPORTING_LEMMAS]
            if not verbs:
                continue
            verb = verbs[0]
            entities = [
                e
                for e in doc.ents
                if e.label_ in ("PER", "ORG", "LOC") and part.start <= e.start and e.end <= part.end
            ]
            nearest = min(
                entities, key=lambda e: min(abs(e.start - verb.i), abs(e.end - 1 - verb.i)), default=None
            )
            text = part.text.rstrip(" .!?»\n")
            start = part.start_char + (len(part.text) - len(part.text.lstrip()))
            end = part.start_char + len(text)
            hedged = any("Cnd" in t.morph.get("Mood") for t in part)
            where = (nearest.start_char, nearest.end_char) if nearest is not None else None
            name = nearest.text if nearest is not None else ""
            spans.append(Span(start, end, name, (), frozenset(), where, hedged, False))
    return spans


def _split_lines(sentence: Any) -> list[Any]:
    parts, start = [], sentence.start
    for token in sentence:
        if "\n" in token.text or "\n" in token.whitespace_:
            end = token.i if "\n" in token.text else token.i + 1
            if end > start:
                parts.append(sentence.doc[start:end])
            start = token.i + 1
    if start < sentence.end:
        parts.append(sentence.doc[start : sentence.end])
    return [p for p in parts if p.text.strip()]


# --- matching --------------------------------------------------------------------------------------------


def source_right(gold: Span, predicted: Span) -> bool:
    if gold.implicit:
        return predicted.implicit
    if gold.entity_ids and predicted.entity_ids and gold.entity_ids & predicted.entity_ids:
        return True
    if gold.source_span and predicted.source_span:
        (a, b), (c, d) = gold.source_span, predicted.source_span
        if a < d and c < b:
            return True
    wanted = head_words(gold.source)
    return any(wanted & head_words(text) for text in (predicted.source, *predicted.source_texts) if text)


def score(text: str, gold: list[Span], predicted: list[Span], name: str) -> Scores:
    index = {m.start(): n for n, m in enumerate(_TOKEN.finditer(text))}
    gold_tokens = [tokens_of(text, g.start, g.end, index) for g in gold]
    predicted_tokens = [tokens_of(text, p.start, p.end, index) for p in predicted]
    scores = Scores(gold=len(gold), predicted=len(predicted))

    def by_source_then_dice(i: int, j: int) -> tuple:
        return (not source_right(gold[i], predicted[j]), -dice(gold_tokens[i], predicted_tokens[j]))

    loose = greedy_pairs(
        len(gold),
        len(predicted),
        lambda i, j: token_coverage(gold_tokens[i], predicted_tokens[j]) >= LOOSE_COVERAGE,
        by_source_then_dice,
    )
    tight = greedy_pairs(
        len(gold),
        len(predicted),
        lambda i, j: dice(gold_tokens[i], predicted_tokens[j]) >= TIGHT_DICE,
        by_source_then_dice,
    )
    scores.loose, scores.tight = len(loose), len(tight)
    gold_chars = [(g.start, g.end) for g in gold]
    predicted_chars = [(p.start, p.end) for p in predicted]
    for threshold in GGT_THRESHOLDS:
        pairs = ggt_pairs(
            gold_chars, predicted_chars, threshold, prefer=lambda i, j: source_right(gold[i], predicted[j])
        )
        scores.ggt[threshold] = len(pairs)
        if threshold == GGT_THRESHOLDS[0]:
            scores.ggt_speakers = sum(source_right(gold[i], predicted[j]) for i, j in pairs)
    for i, j in loose:
        g, p = gold[i], predicted[j]
        if source_right(g, p):
            scores.sources_right += 1
        else:
            scores.misses.append(
                f"{name}: source {p.source!r} ≠ gold {g.source!r} — {text[g.start : g.end][:50]!r}"
            )
        scores.stances_right += g.stance == p.stance
        scores.kinds_right += g.kind == p.kind
        if g.hedged and p.hedged:
            scores.hedge_tp += 1
        elif p.hedged:
            scores.hedge_fp += 1
            scores.misses.append(f"{name}: hedged but gold is not — {text[g.start : g.end][:50]!r}")
        elif g.hedged:
            scores.hedge_fn += 1
            scores.misses.append(f"{name}: not hedged but gold is — {text[g.start : g.end][:50]!r}")
    matched_gold = {i for i, _ in loose}
    matched_predicted = {j for _, j in loose}
    tight_gold = {i for i, _ in tight}
    for i, g in enumerate(gold):
        if i not in matched_gold:
            scores.misses.append(f"{name}: missed [{g.source}] {text[g.start : g.end][:70]!r}")
        elif i not in tight_gold:
            j = next(j for gi, j in loose if gi == i)
            ours = text[predicted[j].start : predicted[j].end][:50]
            scores.misses.append(
                f"{name}: loose only [{g.source}] gold {text[g.start : g.end][:50]!r} vs {ours!r}"
            )
    for j, p in enumerate(predicted):
        if j not in matched_predicted:
            scores.misses.append(f"{name}: spurious [{p.source}] {text[p.start : p.end][:70]!r}")
    return scores


# --- running ---------------------------------------------------------------------------------------------


def evaluate(
    sets: Sequence[EvalSet], configs: Sequence[str], baseline: bool = True
) -> tuple[dict[str, dict[str, dict[str, Scores]]], list[str]]:
    """{set key: {system: {article: scores}}} and the gold contents that could not be located."""
    exports = annotate_sets(sets, "claims", configs)
    nlp = None
    if baseline:
        import spacy

        nlp = spacy.load(MODEL)
    results: dict[str, dict[str, dict[str, Scores]]] = {}
    problems: list[str] = []
    for s in sets:
        systems: dict[str, dict[str, Scores]] = {}
        for number, stem in enumerate(s.stems("claims")):
            path = s.gold / "claims" / f"{stem}.yml"
            for config in configs:
                export = exports[config][s.key][number]
                text = export["text"]
                gold, missing = gold_spans(path, text, export["entities"])
                if config == configs[0]:
                    problems.extend(f"{s.name}: {m}" for m in missing)
                systems.setdefault(CONFIGS[config], {})[stem] = score(text, gold, our_spans(export), stem)
            if nlp is not None:
                export = exports[configs[0]][s.key][number]
                gold, _ = gold_spans(path, export["text"], export["entities"])
                naive = naive_spans(nlp(export["text"]))
                systems.setdefault(NAIVE, {})[stem] = score(export["text"], gold, naive, stem)
        results[s.key] = systems
    return results, problems


def totals(per_file: dict[str, Scores]) -> Scores:
    total = Scores()
    for scores in per_file.values():
        total.add(scores)
    return total


def table(systems: dict[str, dict[str, Scores]]) -> str:
    rows = [
        "| system | predicted | loose P | loose R | loose F1 | tight F1 | source acc. | hedged F1 | "
        "stance acc. | kind acc. |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for name, per_file in systems.items():
        t = totals(per_file)
        lp, lr, lf = t.prf(t.loose)
        tf = t.prf(t.tight)[2]
        rest = (
            "— | —"
            if name == NAIVE
            else f"{t.share(t.stances_right, t.loose):.2f} | " + (f"{t.share(t.kinds_right, t.loose):.2f}")
        )
        rows.append(
            f"| {name} | {t.predicted} | {lp:.2f} | {lr:.2f} | **{lf:.2f}** | **{tf:.2f}** | "
            f"**{t.share(t.sources_right, t.loose):.2f}** | **{t.hedge_f1}** | {rest} |"
        )
    return "\n".join(rows)


def ggt_table(systems: dict[str, dict[str, Scores]]) -> str:
    low, high = GGT_THRESHOLDS
    rows = [
        f"| system | P @ {low} | R @ {low} | F1 @ {low} | P @ {high} | R @ {high} | F1 @ {high} "
        "| speaker acc. |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for name, per_file in systems.items():
        t = totals(per_file)
        cells = []
        for threshold in GGT_THRESHOLDS:
            p, r, f = t.prf(t.ggt[threshold])
            cells.append(f"{100 * p:.1f} | {100 * r:.1f} | **{100 * f:.1f}**")
        speaker = 100 * t.share(t.ggt_speakers, t.ggt[low])
        rows.append(f"| {name} | " + " | ".join(cells) + f" | **{speaker:.1f}** |")
    rows.append(
        f"| *Radar de Parité, French (published)* | | | *{RADAR_DE_PARITE['f1@0.3']}* | | | "
        f"*{RADAR_DE_PARITE['f1@0.8']}* | *{RADAR_DE_PARITE['speaker']}* |"
    )
    return "\n".join(rows)


def summary(results: dict[str, dict[str, dict[str, Scores]]], sets: Sequence[EvalSet]) -> str:
    low, high = GGT_THRESHOLDS
    rows = [
        f"| set | gold claims | system | loose F1 | tight F1 | source acc. | hedged F1 | GGT F1 @ {low} | "
        f"GGT F1 @ {high} | speaker acc. |",
        "|---|---:|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for s in sets:
        for name, per_file in results[s.key].items():
            t = totals(per_file)
            rows.append(
                f"| {s.name} | {t.gold} | {name} | {t.prf(t.loose)[2]:.2f} | {t.prf(t.tight)[2]:.2f} | "
                f"{t.share(t.sources_right, t.loose):.2f} | {t.hedge_f1} | "
                f"{100 * t.prf(t.ggt[low])[2]:.1f} | {100 * t.prf(t.ggt[high])[2]:.1f} | "
                f"{100 * t.share(t.ggt_speakers, t.ggt[low]):.1f} |"
            )
    return "\n".join(rows)


def per_article(per_file: dict[str, Scores]) -> str:
    rows = [
        "| article | gold | predicted | loose | tight | sources right |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for stem, s in per_file.items():
        rows.append(f"| {stem} | {s.gold} | {s.predicted} | {s.loose} | {s.tight} | {s.sources_right} |")
    return "\n".join(rows)


def report(results: dict[str, dict[str, dict[str, Scores]]], sets: Sequence[EvalSet], note: str = "") -> str:
    low, high = GGT_THRESHOLDS
    parts = [
        "# Claim extraction: measured",
        "",
        "`make eval` (`python bench/evaluate_claims.py`), one run over every set. Our pipeline is run "
        "through `briefings annotate` (the JSON export); *no knowledge base* means a scratch "
        "`mkdocs.yml` with `default_knowledge_base: false` and an empty editorial folder. Loose "
        f"match: the predicted content covers ≥ {LOOSE_COVERAGE:.0%} of the gold content's word "
        f"tokens; tight: token Dice ≥ {TIGHT_DICE}; one to one. Source accuracy, hedged F1, stance "
        "and kind accuracy are measured on the loose matches. GGT: GenderGapTracker-style matching, "
        f"the predicted content covers ≥ {low:.0%} (≥ {high:.0%}) of the gold content's characters; "
        f"speaker accuracy on the matches at {low}. The baseline has no stance and no kind.",
        "",
        "Radar de Parité's published French figures (F1 81.7 at 0.3, 72.6 at 0.8, speaker 80.4 %) "
        "are for quotes on their own French news test set; our gold counts every attributed claim "
        "(paraphrase, *selon*, nominal and implicit attributions too), on other articles. The "
        "comparison shows orders of magnitude, not a ranking on the same data.",
        *([note, ""] if note else []),
        "",
        "## Summary",
        "",
        summary(results, sets),
    ]
    for s in sets:
        systems = results[s.key]
        first = next(iter(systems.values()))
        parts += [
            "",
            f"## {s.name}",
            "",
            f"{sum(x.gold for x in first.values())} gold claims in {len(first)} articles. {s.note}",
            "",
            table(systems),
            "",
            "GenderGapTracker-style (%):",
            "",
            ggt_table(systems),
            "",
            f"Per article ({next(iter(systems))}):",
            "",
            per_article(first),
        ]
    return "\n".join(parts) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", action="append", dest="sets", help="only this set (repeatable)")
    parser.add_argument("--write", action="store_true", help=f"write {OUTPUT.relative_to(ROOT)}")
    parser.add_argument("--output", type=Path, default=OUTPUT)
    parser.add_argument(
        "--note", default="", help="a line for the report, e.g. which copy of the package ran"
    )
    parser.add_argument(
        "--config", choices=[*CONFIGS, "all"], default="all", help="our pipeline's settings (default: both)"
    )
    parser.add_argument("--verbose", "-v", action="store_true", help="list every miss of ours")
    args = parser.parse_args(argv)
    sets = [s for s in select(args.sets) if s.stems("claims")]  # (web6e has entity gold only)
    configs = list(CONFIGS) if args.config == "all" else [args.config]
    results, problems = evaluate(sets, configs)
    for problem in problems:
        print(f"warning: {problem}", file=sys.stderr)
    if args.verbose:
        for s in sets:
            for scores in next(iter(results[s.key].values())).values():
                for miss in scores.misses:
                    print(f"{s.key}: {miss}")
    text = report(results, sets, args.note)
    print(text)
    if args.write:
        args.output.parent.mkdir(parents=True, exist_ok=True)
        args.output.write_text(text, encoding="utf-8")
        print(f"wrote {args.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
