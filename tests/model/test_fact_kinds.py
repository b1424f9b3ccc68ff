"""reader.model.fact_kinds: a discrepancy of two clock times is told as a time."""

from __future__ import annotations

import pytest

from reader.model.fact_kinds import told_kind


@pytest.mark.parametrize(
    "detail",
    [
        "10:44 a.m. EDT vs 14:46 UTC",
        "14:46 UTC vs 10:44 a.m. EDT",
        "1.30pm vs 2pm",
        "1432 GMT vs 14:40 UTC",
        "7.30 vs 7.45",
    ],
)
def test_two_clock_times_are_a_time(detail: str) -> None:
    assert told_kind("date", detail) == "time"


@pytest.mark.parametrize(
    ("kind", "detail"),
    [
        ("date", "June 18 vs June 19"),
        ("date", "Tuesday vs 15 September"),
        ("date", "9:32 a.m. vs Sunday"),
        ("number", "2:04:03 vs 2:04:30"),
        ("number", "10:44 vs 10:46"),
        ("quote", "“at 10:44” vs “at 10:46”"),
    ],
)
def test_other_kinds_and_dates_are_as_kept(kind: str, detail: str) -> None:
    assert told_kind(kind, detail) == kind
