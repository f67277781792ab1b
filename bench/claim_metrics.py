"""Matching and scoring functions for claim evaluation: pure Python, no model, no project code.

Two families of matches between gold and predicted claim contents (spans of the same text):

- ours (token based): *loose* when the predicted content covers ≥ 30 % of the gold content's word
  tokens, *tight* when the Dice coefficient of the two token sets is ≥ 0.5;
- GenderGapTracker style (character based, as in the GGT and Radar de Parité evaluations): a
  predicted quote matches a gold quote when it covers at least a given share (0.3, 0.8) of the
  gold quote's characters.

Every matching is one to one: candidate pairs are taken greedily, best first.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

Interval = tuple[int, int]

GGT_THRESHOLDS = (0.3, 0.8)
#: Published French figures of Radar de Parité (GenderGapTracker for French news):
#: quote F1 at 0.3 and 0.8 character coverage, and speaker accuracy, in %.
RADAR_DE_PARITE = {"f1@0.3": 81.7, "f1@0.8": 72.6, "speaker": 80.4}


def char_overlap(a: Interval, b: Interval) -> int:
    """Number of characters two half-open intervals share."""
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def char_coverage(gold: Interval, predicted: Interval) -> float:
    """Share of the gold interval's characters that the predicted interval covers (0 for an
    empty gold interval)."""
    length = gold[1] - gold[0]
    return char_overlap(gold, predicted) / length if length > 0 else 0.0


def greedy_pairs(
    n_gold: int,
    n_predicted: int,
    accept: Callable[[int, int], bool],
    rank: Callable[[int, int], tuple] = lambda i, j: (),
) -> list[tuple[int, int]]:
    """One-to-one matching: every accepted (gold, predicted) pair, sorted by `rank` (smaller
    first), taken greedily while both sides are free."""
    candidates = sorted(
        ((rank(i, j), i, j) for i in range(n_gold) for j in range(n_predicted) if accept(i, j)),
        key=lambda c: (c[0], c[1], c[2]),
    )
    used_gold: set[int] = set()
    used_predicted: set[int] = set()
    pairs = []
    for _, i, j in candidates:
        if i not in used_gold and j not in used_predicted:
            used_gold.add(i)
            used_predicted.add(j)
            pairs.append((i, j))
    return sorted(pairs)


def ggt_pairs(
    gold: Sequence[Interval],
    predicted: Sequence[Interval],
    threshold: float,
    prefer: Callable[[int, int], bool] | None = None,
) -> list[tuple[int, int]]:
    """GenderGapTracker-style matches: a predicted span matches a gold span when it covers at
    least `threshold` of the gold span's characters. Among candidates, pairs for which
    `prefer(i, j)` holds (e.g. the speaker is right) come first, then higher coverage."""
    return greedy_pairs(
        len(gold),
        len(predicted),
        lambda i, j: char_coverage(gold[i], predicted[j]) >= threshold,
        lambda i, j: (
            not (prefer(i, j) if prefer else False),
            -char_coverage(gold[i], predicted[j]),
        ),
    )


def prf(matched: int, n_gold: int, n_predicted: int) -> tuple[float, float, float]:
    """Precision, recall and F1 of `matched` one-to-one matches."""
    precision = matched / n_predicted if n_predicted else 0.0
    recall = matched / n_gold if n_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def token_coverage(gold: set[int], predicted: set[int]) -> float:
    """Share of the gold token set that the predicted token set covers."""
    return len(gold & predicted) / len(gold) if gold else 0.0


def dice(a: set[int], b: set[int]) -> float:
    return 2 * len(a & b) / (len(a) + len(b)) if a or b else 0.0
