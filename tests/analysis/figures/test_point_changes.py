"""A rate's change told by its two ends ("from 45% to 47%", "to 1.2% from 1.5%") and by
its size in points ("by two percentage points") is one figure: a rough Numbers match,
never a discrepancy."""

from __future__ import annotations

import pytest

from tests.analysis.sentence_pairs import details, shared_figures

_RAISED = "The minister raised the top rate of income tax {} on Saturday."


# was no match: "two percentage points" counted points, "45%" and "47%" were shares
@pytest.mark.parametrize(
    ("a", "b", "pair"),
    [
        ("from 45% to 47%", "by two percentage points", ("45% to 47%", "two")),
        ("to 47% from 45%", "by 2 points", ("47% from 45%", "2")),
        ("from 1.5% to 1.2%", "by 0.3 percentage points", ("1.5% to 1.2%", "0.3")),
    ],
)
def test_a_change_s_ends_match_its_points(a: str, b: str, pair: tuple[str, str]) -> None:
    assert shared_figures(_RAISED.format(a), _RAISED.format(b)) == [pair]


def test_the_points_match_told_from_either_side() -> None:
    assert shared_figures(
        _RAISED.format("by two percentage points"), _RAISED.format("from 45% to 47%")
    ) == [("two", "45% to 47%")]


def test_points_of_another_size_are_no_match() -> None:
    assert (
        shared_figures(
            _RAISED.format("from 45% to 47%"), _RAISED.format("by three percentage points")
        )
        == []
    )


def test_points_of_another_size_are_no_discrepancy() -> None:
    assert (
        details(_RAISED.format("from 45% to 47%"), _RAISED.format("by three percentage points"))
        == []
    )


def test_two_shares_not_told_as_a_change_are_no_change() -> None:
    assert (
        shared_figures(
            "The top rate is 47% and the basic rate 45% this year.",
            "The top rate rises by two percentage points this year.",
        )
        == []
    )
