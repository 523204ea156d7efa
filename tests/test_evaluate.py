"""ROUGE protocols match rouge-score and the ROUGE-1.5.5 pooling they document."""

from __future__ import annotations

import pytest
from rouge_score import rouge_scorer

from storyline.evaluate import score_duc, score_multinews


def test_multinews_f1_equals_rouge_score() -> None:
    summary = "The cats were sitting on the mats. Dogs barked loudly at night."
    reference = "A cat sat on the mat while the dogs were barking all night."
    ours = score_multinews(summary, [reference])
    theirs = rouge_scorer.RougeScorer(["rouge1", "rouge2"], use_stemmer=True).score(
        reference, summary
    )
    assert ours.rouge1 == pytest.approx(100 * theirs["rouge1"].fmeasure)
    assert ours.rouge2 == pytest.approx(100 * theirs["rouge2"].fmeasure)


def test_duc_recall_pools_matches_over_references() -> None:
    # ref A: 4 unigrams, 2 match; ref B: 2 unigrams, 2 match -> pooled 4/6.
    score = score_duc("storm hits coast", ["storm hits the town", "storm hits"])
    assert score.rouge1 == pytest.approx(100 * 4 / 6)
    # bigrams: A has 3 (1 match: storm hits), B has 1 (1 match) -> 2/4.
    assert score.rouge2 == pytest.approx(100 * 2 / 4)


def test_duc_counts_only_the_first_100_words() -> None:
    long = "filler " * 100 + "storm"
    assert score_duc(long, ["storm"]).rouge1 == 0.0
    assert score_duc("storm " + long, ["storm"]).rouge1 == 100.0
