"""Tests of reader/ingest/date_lines.py's reading of a stamp's zone (``names_zone``); its
date lines are tested with the boilerplate (test_boilerplate.py)."""

from __future__ import annotations

import pytest

from reader.ingest.date_lines import clock_zones, names_zone


@pytest.mark.parametrize(
    ("stamp", "zoned"),
    [
        ("11:05 GMT", True),
        ("11.32 GMT", True),
        ("16:32 UTC+2", True),
        ("16:32 (UTC+02:00)", True),
        ("14.32 Uhr (MESZ)", True),
        ("14h32 CET", True),
        ("a las 14:32 CET", True),
        ("3:45 ET", True),
        ("10:20 Uhr", False),
        ("6:40 a.m.", False),
        ("11h40", False),
        ("às 14h32", False),
        ("3.45 et 4.10", False),
        ("Mis à jour à l'est 14h32", False),
        ("Il est 14h32", False),
    ],
)
def test_a_stamp_names_its_zone_or_not(stamp: str, zoned: bool) -> None:
    assert names_zone(stamp) is zoned


@pytest.mark.parametrize(
    ("text", "zones"),
    [
        ("Wed 19 Jun 2024 11.05 BST", ["BST"]),
        ("10:20 Uhr (MESZ)", ["MESZ"]),
        ("Mis à jour le 19 juin 2024 à 10h15 (UTC+01:00)", ["UTC+01:00"]),
        ("Updated 5:41 AM EDT, Wed June 19, 2024", ["EDT"]),
        ("6.40pm EST", ["EST"]),
        ("5:41 a.m. ET", ["ET"]),
        ("14.32 GMT + 1", ["GMT+1"]),
        ("09:00 CET, 10:00 GMT, 11:00 GMT", ["CET", "GMT"]),
        ("a las 14:32 CET", ["CET"]),
        ("às 14h32 GMT+1", ["GMT+1"]),
        ("alle 14.32 CEST", ["CEST"]),
    ],
)
def test_the_zones_written_after_clock_times_are_read_as_written(
    text: str, zones: list[str]
) -> None:
    assert clock_zones(text) == zones


@pytest.mark.parametrize(
    "text", ["10:20 Uhr", "Il est 14h32", "3.45 et 4.10", "The GMT deadline", "6:40 a.m."]
)
def test_times_with_no_zone_after_them_write_none(text: str) -> None:
    assert clock_zones(text) == []
