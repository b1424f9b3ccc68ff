"""Tests of reader/analysis/times/date_keys.py: one key per day of the year."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from reader.analysis.times.date_keys import date_key, day_key, is_date_key


def test_a_date_key_writes_month_and_day_in_two_digits() -> None:
    assert date_key(6, 9) == "date:06-09"


@given(st.dates())
def test_a_day_s_key_is_its_month_and_day_whatever_its_year(day: date) -> None:
    assert day_key(day) == date_key(day.month, day.day) == day_key(day.replace(year=2000))


@given(st.dates())
def test_a_day_s_key_is_known_for_one(day: date) -> None:
    assert is_date_key(day_key(day))


def test_a_year_s_key_is_no_day_s() -> None:
    assert not is_date_key("year:2024")
