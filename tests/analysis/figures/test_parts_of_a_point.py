"""A rate's move told as a part of a point in words ("a quarter point", "half a
percentage point", "three-quarters of a point") is a figure of points: one with "0.25
percentage points" and, converted, "25 basis points"; a different move is a discrepancy
(reader.analysis.figures.worded_magnitudes, unit_conversions). "Five percentage points"
is no "5 percent"."""

from __future__ import annotations

import pytest

from tests.analysis.sentence_pairs import details, feats, shared_figures

QUARTER = "The bank raised its rate by a quarter point on Thursday."


def _figures(sentence: str) -> list[tuple[str, str, str]]:
    return [(m.surface, m.key, m.unit_word) for m in feats(sentence).numbers]


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        (QUARTER, ("a quarter", "num:0.25", "point")),
        ("The bank made a quarter-point cut.", ("a quarter", "num:0.25", "point")),
        ("Rates rose by half a percentage point.", ("half a", "num:0.5", "point")),
        ("Rates rose three-quarters of a point.", ("three-quarters of a", "num:0.75", "point")),
        ("Support rose five percentage points.", ("five", "num:5", "point")),
    ],
)
def test_a_part_of_a_point_is_a_figure_of_points(
    sentence: str, figure: tuple[str, str, str]
) -> None:
    assert _figures(sentence) == [figure]


@pytest.mark.parametrize(
    "sentence",
    ["The Lakers led at the quarter point of the season.", "A quarter of the homes burned."],
)
def test_a_quarter_of_no_point_moved_is_no_figure(sentence: str) -> None:
    assert _figures(sentence) == []


def test_a_quarter_of_a_million_is_still_a_quarter_of_a_million() -> None:
    assert _figures("A quarter of a million people marched.")[0][1] == "num:250000"


@pytest.mark.parametrize(
    ("b", "shared"),
    [
        ("The bank raised its rate by 0.25 percentage points on Thursday.", ("a quarter", "0.25")),
        ("The bank raised its rate by 25 basis points on Thursday.", ("a quarter", "25")),
        ("The bank made a quarter-point increase on Thursday.", ("a quarter", "a quarter")),
    ],
)
def test_a_quarter_point_is_the_same_move_told_otherwise(b: str, shared: tuple[str, str]) -> None:
    assert shared_figures(QUARTER, b) == [shared]
    assert details(QUARTER, b) == []


@pytest.mark.parametrize(
    ("b", "detail"),
    [
        ("The bank raised its rate by 50 basis points on Thursday.",
         "a quarter point vs 50 basis points (50 basis points is 0.5 percentage points)"),
        ("The bank raised its rate by half a percentage point on Thursday.",
         "a quarter point vs half a percentage point"),
        ("The bank made a half-point increase on Thursday.", "a quarter point vs a half-point"),
    ],
)  # fmt: skip
def test_another_move_is_a_discrepancy(b: str, detail: str) -> None:
    assert details(QUARTER, b) == [detail]
