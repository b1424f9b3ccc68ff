"""A day that ends the period a figure is counted over ("86 new cases in the week to June
16", "in the seven days to Sunday", "the week ending Saturday") against another single day
of a linked sentence ("As of Tuesday, 1,240 cases"): the day a tally was drawn up, not when
what it counts happened, so no discrepancy (reader.analysis.conflicts.date_conflicts
.period_end)."""

from __future__ import annotations

from datetime import date

import pytest

from reader.analysis.conflicts.discrepancies import conflicts
from reader.analysis.features import UnitFeatures, extract
from reader.analysis.times.told_days import told_days
from reader.analysis.units import Unit
from reader.ingest.normalize import fold
from reader.model import Span

THURSDAY_JUNE_20 = date(2024, 6, 20)
AS_OF = "As of Tuesday, 1,240 cases had been confirmed, 86 of them in the past week."


def details(a: str, b: str) -> list[str]:
    return [c.detail for c in conflicts(_feats(a), _feats(b))]


def _feats(text: str) -> UnitFeatures:
    f = extract(Unit(0, Span(0, len(text)), text, fold(text)))
    f.days = told_days(f, THURSDAY_JUNE_20)
    return f


# were "Tuesday (June 18) vs June 16" and "Tuesday vs Sunday"
@pytest.mark.parametrize(
    "b",
    [
        "The institute reported 86 new confirmed cases in the week to June 16.",
        "The institute reported 86 new confirmed cases in the week ending June 16.",
        "The institute reported 86 new confirmed cases in the seven days to Sunday.",
        "The institute reported 86 new confirmed cases in the week through Sunday.",
    ],
)
def test_a_period_s_end_is_not_at_odds_with_a_tally_s_day(b: str) -> None:
    assert details(AS_OF, b) == []


# the guards: a single day of what happened is still compared
def test_a_day_told_of_the_report_itself_still_disagrees() -> None:
    b = "The institute reported 86 new confirmed cases on June 16."
    assert details(AS_OF, b) == ["Tuesday (June 18) vs June 16"]


def test_two_weekdays_of_what_happened_still_disagree() -> None:
    a = "The first patient died on Tuesday in Durnholt."
    b = "The first patient died on Sunday in Durnholt."
    assert details(a, b) == ["Tuesday vs Sunday"]


def test_the_ends_of_two_periods_still_disagree() -> None:
    a = "The institute counted 86 new cases in the seven days to Sunday."
    b = "The institute counted 86 new cases in the seven days to Monday."
    assert details(a, b) == ["Sunday vs Monday"]
