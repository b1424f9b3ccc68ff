"""An order of magnitude in words ("dozens", "hundreds", "thousands", read as 24, 200 and
2,000) is no figure to match a count by (reader/analysis/mentions.py): "Tens of thousands
of people marched" and "Some 2,000 people marched" were a Numbers match "thousands ·
2,000", though the two tell crowds ten times apart."""

from __future__ import annotations

import pytest

from tests.analysis.sentence_pairs import feats, figure_labels

MARCHED = "people marched through Korveny on Saturday."


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Tens of thousands", "Some 2,000"),
        ("Thousands of", "Some 2,000"),
        ("Thousands of", "About 2,000"),
        ("Hundreds of thousands of", "Some 2,000"),
        ("Dozens of", "Some 24"),
    ],
)
def test_an_order_of_magnitude_matches_no_count(a: str, b: str) -> None:
    assert figure_labels(feats(f"{a} {MARCHED}"), feats(f"{b} {MARCHED}")) == []


def test_an_order_of_magnitude_matches_itself() -> None:
    told = f"Thousands of {MARCHED}"
    assert figure_labels(feats(told), feats(told)) == ["Thousands"]
