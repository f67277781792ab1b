"""The claim-evaluation metrics of bench/claim_metrics.py, on small hand-made spans (no model)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

_PATH = Path(__file__).resolve().parents[2] / "bench" / "claim_metrics.py"
_SPEC = importlib.util.spec_from_file_location("claim_metrics", _PATH)
assert _SPEC is not None and _SPEC.loader is not None
metrics = importlib.util.module_from_spec(_SPEC)
sys.modules.setdefault("claim_metrics", metrics)
_SPEC.loader.exec_module(metrics)


def test_char_coverage_is_the_share_of_gold_characters_covered():
    assert metrics.char_coverage((10, 20), (10, 20)) == 1.0
    assert metrics.char_coverage((10, 20), (15, 40)) == pytest.approx(0.5)
    assert metrics.char_coverage((10, 20), (0, 13)) == pytest.approx(0.3)
    assert metrics.char_coverage((10, 20), (20, 30)) == 0.0  # touching, not overlapping
    assert metrics.char_coverage((10, 10), (0, 30)) == 0.0  # empty gold
    # a long prediction that swallows the gold span covers all of it
    assert metrics.char_coverage((10, 20), (0, 100)) == 1.0


def test_thresholds_decide_the_matches():
    gold = [(0, 100), (200, 250)]
    predicted = [(0, 30), (205, 250)]  # 30 % of the first, 90 % of the second
    assert metrics.ggt_pairs(gold, predicted, 0.3) == [(0, 0), (1, 1)]
    assert metrics.ggt_pairs(gold, predicted, 0.8) == [(1, 1)]
    assert metrics.ggt_pairs(gold, [(0, 29)], 0.3) == []


def test_matching_is_one_to_one_and_prefers_the_better_cover():
    gold = [(0, 50)]
    predicted = [(0, 20), (0, 45)]  # both cover ≥ 30 %; the second covers more
    assert metrics.ggt_pairs(gold, predicted, 0.3) == [(0, 1)]
    # one prediction spanning two gold quotes matches only one of them
    assert len(metrics.ggt_pairs([(0, 10), (20, 30)], [(0, 30)], 0.3)) == 1


def test_a_preferred_pair_wins_over_a_better_cover():
    gold = [(0, 50)]
    predicted = [(0, 50), (0, 20)]
    right_speaker = {(0, 1)}
    pairs = metrics.ggt_pairs(gold, predicted, 0.3, prefer=lambda i, j: (i, j) in right_speaker)
    assert pairs == [(0, 1)]


def test_prf():
    assert metrics.prf(3, 4, 6) == pytest.approx((0.5, 0.75, 0.6))
    assert metrics.prf(0, 4, 0) == (0.0, 0.0, 0.0)
    assert metrics.prf(0, 0, 0) == (0.0, 0.0, 0.0)


def test_scores_from_matches_on_a_small_document():
    gold = [(0, 40), (50, 90), (100, 120)]
    predicted = [(0, 38), (60, 90), (130, 140), (100, 104)]
    low = metrics.ggt_pairs(gold, predicted, 0.3)
    high = metrics.ggt_pairs(gold, predicted, 0.8)
    assert low == [(0, 0), (1, 1)]  # (100, 104) covers 20 % of the third gold quote
    assert high == [(0, 0)]  # (60, 90) covers 75 % of the second
    assert metrics.prf(len(low), len(gold), len(predicted)) == pytest.approx((0.5, 2 / 3, 4 / 7))
    assert metrics.prf(len(high), len(gold), len(predicted))[2] == pytest.approx(2 / 7)


def test_token_metrics():
    assert metrics.token_coverage({1, 2, 3, 4}, {3, 4, 5}) == 0.5
    assert metrics.dice({1, 2, 3, 4}, {3, 4, 5}) == pytest.approx(4 / 7)
    assert metrics.dice(set(), set()) == 0.0


def test_radar_de_parite_reference_figures():
    assert metrics.RADAR_DE_PARITE == {"f1@0.3": 81.7, "f1@0.8": 72.6, "speaker": 80.4}
    assert metrics.GGT_THRESHOLDS == (0.3, 0.8)
