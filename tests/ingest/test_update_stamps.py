"""Tests of reader/ingest/update_stamps.py: an update's time written as text, and the
times the extractor dropped put back."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from reader.ingest.update_stamps import is_update_stamp, may_hold_stamps, with_stamps
from tests.ingest.live_pages import LIVE_TICKER_DE
from tests.ingest.page_files import dimmed, paragraph_lines, read_page

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
16:32 UTC+02:00
16:32 UTC+2
16.32 GMT+2
10:32 GMT-5
16:32 CEST
16.32 CET
10.32 EST
10:32 EDT
15:32 BST
16.32 MEZ
16:32 Uhr (MESZ)
2024-06-20 00:40 UTC+2
21:02 UTC+5:30
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
3.45 et 4.10
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


# The German ticker's stamps ("12.12.2023 • 14:32 Uhr", in <div>s the extractor drops)
# written with a zone, as live pages in six languages write them
_TICKER_STAMP = re.compile(r"12\.12\.2023\n• (\d\d):(\d\d) Uhr")
ZONED_FORMS = [
    "{h}:{m} UTC+1",  # English, an international site's
    "{h}.{m} GMT+1",  # English, a British paper's
    "{h}.{m} Uhr (MEZ)",  # German
    "{h}h{m} (UTC+01:00)",  # French
    "a las {h}:{m} CET",  # Spanish
    "alle {h}.{m} CET",  # Italian
    "às {h}h{m} GMT+1",  # Portuguese
]


def _zoned_ticker(form: str) -> str:
    return _TICKER_STAMP.sub(lambda m: form.format(h=m[1], m=m[2]), LIVE_TICKER_DE)


@pytest.mark.parametrize("form", ZONED_FORMS)
def test_a_live_page_s_times_with_a_zone_are_put_back_and_dimmed(tmp_path: Path, form: str) -> None:
    doc = read_page(tmp_path, _zoned_ticker(form))
    times = [
        form.format(h=h, m=m) for h, m in (("14", "32"), ("12", "48"), ("10", "05"), ("07", "12"))
    ]
    lines = paragraph_lines(doc)
    assert [line for line in lines if line in times] == times
    assert set(times) <= dimmed(doc)
