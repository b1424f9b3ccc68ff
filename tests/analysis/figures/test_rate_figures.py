"""Figures of a central bank's rate decision (tests/data/pages/rates_*): inflation however
named ("Consumer prices rose 3.4%", "Inflation stood at 3.7 per cent") is one measure,
told against its year-ago level ("from a year earlier") without being an earlier figure;
the bank's target is no rate measured; a figure set against "the" one before it is of
what that one is of; a move in basis points is one in percentage points."""

from __future__ import annotations

import pytest

from reader.analysis.figures.percent_subjects import CHANGE, percent_subject
from reader.analysis.figures.unit_conversions import converted, measures
from tests.analysis.sentence_pairs import details, feats

# percent_subjects.INFLATION and TARGET, spelt out so that the module runs on a tree
# without them
INFLATION, TARGET = "inflation", "target"

_CPI_A = (
    "Consumer prices rose 3.4% in October from a year earlier, down from 3.6% in September"
    " but well above the bank's 2% target."
)
_CPI_B = (
    "Inflation stood at 3.7 per cent in October, up from 3.6 per cent in September, and"
    " remains far above the 2 per cent target the bank is charged with hitting."
)
_GROWTH_A = (
    "The bank now expects the economy to grow 1.2% next year, down from the 1.5% it"
    " forecast in September, and sees inflation returning to its 2% target by 2028."
)


def _subjects(sentence: str) -> list[str]:
    f = feats(sentence)
    return [percent_subject(f, m) for m in f.numbers if m.key.startswith("pct:")]


@pytest.mark.parametrize(
    ("sentence", "subjects"),
    [
        (_CPI_A, [INFLATION, INFLATION, TARGET]),
        (_CPI_B, [INFLATION, INFLATION, TARGET]),
        ("The consumer price index was up 3.4% in October.", [INFLATION]),
        ("Core inflation eased to 2.9%.", [f"{INFLATION} core"]),
        ("It has a target of 2%.", [TARGET]),
        # a figure set against "the" one before it: was '' (a share)
        (_GROWTH_A, [CHANGE, CHANGE, TARGET]),
    ],
)  # fmt: skip
def test_what_a_rate_decision_s_percentage_is_of(sentence: str, subjects: list[str]) -> None:
    assert _subjects(sentence) == subjects


# was no discrepancy: "rose 3.4%" read as a change (of nothing said) against a share, and
# "from a year earlier" as the 3.4% standing at an earlier moment
def test_inflation_of_one_month_told_two_ways_disagrees() -> None:
    assert details(_CPI_A, _CPI_B) == ["3.4% vs 3.7 per cent"]


def test_inflation_told_alike_agrees() -> None:
    b = _CPI_B.replace("3.7 per cent", "3.4 per cent")
    assert details(_CPI_A, b) == []


# was "1.5% vs 3.7 per cent": last forecast's growth against this month's inflation
def test_a_growth_forecast_is_not_read_against_inflation() -> None:
    assert details(_GROWTH_A, _CPI_B) == []


def test_core_inflation_is_not_read_against_inflation() -> None:
    assert details("Core inflation was 2.9% in October.", "Inflation was 3.4% in October.") == []


def test_a_target_is_not_read_against_a_rate() -> None:
    a = "Inflation was 3.4% in October, well above the 2% target."
    assert details(a, "Inflation was 3.4 per cent in October.") == []


def test_a_rise_on_a_month_earlier_is_told_now() -> None:
    a = "Consumer prices rose 0.3% in October from a month earlier."
    assert details(a, "Consumer prices rose 0.5 per cent in October.") == ["0.3% vs 0.5 per cent"]


def test_a_figure_told_a_year_earlier_is_still_an_earlier_one() -> None:
    b = "Revenue was $3.8 billion a year earlier."
    assert details("Revenue rose to $4.2 billion.", b) == []


# was "25 vs 0.25": a move in basis points against one in percentage points
def test_a_move_in_basis_points_is_one_in_percentage_points() -> None:
    (x,), (y,) = (
        measures(feats("a rise of 25 basis points")),
        measures(feats("a rise of 0.25 percentage points")),
    )
    assert converted(x, y) is True


@pytest.mark.parametrize(
    "b",
    ["The increase of 0.25 percentage points took the rate to 4.75%.",
     "The increase of 25 bps took the rate to 4.75%."],
)  # fmt: skip
def test_one_move_told_in_two_units_is_no_discrepancy(b: str) -> None:
    a = "The bank raised its rate by 25 basis points to 4.75%."
    assert details(a, b) == []


def test_two_moves_still_disagree() -> None:
    a = "The bank raised its rate by 25 basis points to 4.75%."
    b = "The bank raised its rate by 0.5 percentage points to 4.75%."
    assert details(a, b) != []
