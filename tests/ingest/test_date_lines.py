"""Tests of reader/ingest/date_lines.py's reading of a stamp's zone (``names_zone``); its
date lines are tested with the boilerplate (test_boilerplate.py)."""

from __future__ import annotations

import pytest

from reader.ingest.date_lines import names_zone


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
