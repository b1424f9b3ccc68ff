"""Tests of reader/analysis/times/date_keys.py: one key per day of the year."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from reader.analysis.times.date_keys import date_key, day_key


def test_a_date_key_writes_month_and_day_in_two_digits() -> None:
    assert date_key(6, 9) == "date:06-09"


@given(st.dates())
def test_a_day_s_key_is_its_month_and_day_whatever_its_year(day: date) -> None:
    assert day_key(day) == date_key(day.month, day.day) == day_key(day.replace(year=2000))
