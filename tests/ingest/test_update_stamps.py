"""Tests of reader/ingest/update_stamps.py: an update's time written as text, and the
times the extractor dropped put back."""

from __future__ import annotations

import pytest

from reader.ingest.update_stamps import is_update_stamp, may_hold_stamps, with_stamps

STAMPS = """
14:32
11.32 GMT
6:40 a.m.
14:32 Uhr
14.32 Uhr
12.12.2023 • 14:32 Uhr
14 h 32
14h32
a las 14:32
alle ore 14:32
às 14h32
Tue 12 Dec 2023 14.58 GMT
"""
# the page's own stamp, a date alone, a number, prose
NOT_STAMPS = """
Stand: 12.12.2023 14:32 Uhr
Updated 14:32 GMT
Mis à jour à 14 h 32
12.12.2023
12 December 2023
3.45
Le 12 h 30 est parti à l'heure
"""


@pytest.mark.parametrize("line", STAMPS.strip().splitlines())
def test_an_update_s_time_is_a_stamp(line: str) -> None:
    assert is_update_stamp(line)


@pytest.mark.parametrize("line", NOT_STAMPS.strip().splitlines())
def test_a_page_s_stamp_a_date_or_prose_is_no_update_s_time(line: str) -> None:
    assert not is_update_stamp(line)


PAGE = [
    "Selenskyj in Washington",
    "Stand: 12.12.2023 14:32 Uhr",
    "Der Präsident ist eingetroffen.",
    "12.12.2023 • 14:32 Uhr",
    "Selenskyj gelandet",
    "Er trifft Biden.",
    "12.12.2023 • 12:48 Uhr",
    "Kreml äußert sich",
    "Peskow sagte etwas.",
    "12.12.2023 • 10:05 Uhr",
    "Die EU berät.",
]
EXTRACTED = [
    "Selenskyj in Washington",
    "Der Präsident ist eingetroffen.",
    "Selenskyj gelandet",
    "Er trifft Biden.",
    "Kreml äußert sich",
    "Peskow sagte etwas.",
    "Die EU berät.",
]


def test_each_dropped_stamp_is_put_back_before_the_line_it_stood_before() -> None:
    """Every line of the page but its own "Stand:" line, which is no update's."""
    assert with_stamps(EXTRACTED, PAGE) == [line for line in PAGE if line != PAGE[1]]


def test_a_stamp_the_extractor_kept_is_not_put_back_twice() -> None:
    kept = with_stamps(EXTRACTED, PAGE)
    assert with_stamps(kept, PAGE) == kept


def test_fewer_stamps_than_a_live_page_holds_change_nothing() -> None:
    """A story may set a time alone on a line or two (a timeline); a live page has many."""
    assert with_stamps(EXTRACTED, PAGE[:8]) == EXTRACTED


def test_a_stamp_before_a_line_the_extractor_left_out_is_not_put_back() -> None:
    lines = [line for line in EXTRACTED if line != "Kreml äußert sich"]
    assert "12.12.2023 • 12:48 Uhr" not in with_stamps(lines, PAGE)


def test_a_page_with_few_clock_times_is_not_read_again() -> None:
    assert not may_hold_stamps("<p>At 14:32 the train left; at 15:10 it arrived.</p>")
    assert may_hold_stamps("<div>14:32</div><div>12:48</div><div>10 h 05</div>")
