"""Tests of reader/ingest/zoned_times.py: a time put back is written in the zone its page
writes its own times in, where the page writes one; with its offset from UTC else."""

from __future__ import annotations

from datetime import datetime

import pytest

from reader.ingest.zoned_times import in_written_zone, moment, zoned_clock


def _when(text: str) -> datetime:
    when = moment(text)
    assert when is not None
    return when


@pytest.mark.parametrize(
    ("iso", "written", "clock"),
    [
        ("2024-01-22T10:42:00Z", [], "10:42 UTC"),
        ("2024-06-19T16:32:00+02:00", [], "16:32 UTC+2"),
        ("2024-06-19T16:32:00", ["GMT"], "16:32"),
        ("2024-01-22T10:42:00Z", ["GMT"], "10:42 GMT"),
        ("2024-06-19T09:05:00+02:00", ["MESZ"], "09:05 MESZ"),
        ("2024-01-22T10:15:00+01:00", ["UTC+01:00"], "10:15 UTC+01:00"),
        ("2024-01-22T10:15:00+01:00", ["GMT+1"], "10:15 GMT+1"),
        ("2024-06-19T10:42:00-04:00", ["ET"], "10:42 ET"),
        ("2024-06-19T10:42:00-04:00", ["EDT"], "10:42 EDT"),
        ("2024-06-19T15:10:00+05:30", ["IST"], "15:10 IST"),
        ("2024-06-19T09:05:00+02:00", ["CET", "CEST"], "09:05 CEST"),
    ],
)
def test_a_time_is_named_as_the_page_names_its_zone(
    iso: str, written: list[str], clock: str
) -> None:
    assert zoned_clock(_when(iso), written) == clock


@pytest.mark.parametrize(
    ("iso", "written", "clock"),
    [
        ("2024-06-19T10:42:00Z", ["BST"], "11:42 BST"),
        ("2024-06-19T09:41:00Z", ["EDT"], "05:41 EDT"),
        ("2024-06-18T23:50:00Z", ["MESZ"], "01:50 MESZ"),
    ],
)
def test_a_time_in_another_zone_is_moved_to_the_page_s(
    iso: str, written: list[str], clock: str
) -> None:
    assert zoned_clock(_when(iso), written) == clock


def test_the_day_moves_with_the_time() -> None:
    moved = in_written_zone(_when("2024-06-18T23:50:00Z"), ["MESZ"])
    assert moved.date().isoformat() == "2024-06-19"


def test_a_zone_of_two_offsets_moves_no_time() -> None:
    """ "ET" is EST or EDT: the time keeps its own offset, written as it is."""
    assert zoned_clock(_when("2024-06-19T09:41:00Z"), ["ET"]) == "09:41 UTC"
