"""Tests of reader/analysis/linking/claim_scores.py: a claim's score and the contextual
similarity it was linked on."""

from __future__ import annotations

import pytest

from reader.analysis.linking.claim_scores import claim_score, contextual_strength


@pytest.mark.parametrize(("strength", "score"), [(0.16, 0.5), (0.42, 0.8)])
def test_a_claims_score_maps_its_similarity(strength: float, score: float) -> None:
    assert claim_score(strength) == pytest.approx(score)


@pytest.mark.parametrize("strength", [0.0, 0.1, 0.16, 0.304, 0.5])
def test_the_similarity_a_score_stands_for_is_the_one_it_came_from(strength: float) -> None:
    assert contextual_strength(claim_score(strength)) == pytest.approx(strength)


def test_a_full_score_stands_for_the_least_similarity_that_reaches_it() -> None:
    least = contextual_strength(1.0)
    assert claim_score(least) == pytest.approx(1.0) and claim_score(least - 0.01) < 1.0
