"""A clock time told in a place's time (reader/analysis/times/city_zones.py): "1.30pm New
York time" is Eastern time, "6.30pm London time" British time, so each compares with a
time told in another zone as a zone's abbreviation would ("1:30 p.m. ET")."""

from __future__ import annotations

from datetime import date

import pytest

from reader.analysis.conflicts.discrepancies import conflicts
from reader.analysis.times.time_zones import zone_offsets
from tests.analysis.sentence_pairs import dated, figure_labels

WINTER = date(2026, 12, 3)
_SELLING = "Selling gathered pace {}, when the Fed's vice-chair told an audience in Chicago."


def _told(a: str, b: str) -> tuple[list[str], list[str]]:
    fa, fb = dated(_SELLING.format(a), WINTER), dated(_SELLING.format(b), WINTER)
    return figure_labels(fa, fb), [c.detail for c in conflicts(fa, fb)]


# were no zone: "New York time" two words, "London time" a zone of no known offset
@pytest.mark.parametrize(
    ("zone", "offsets"),
    [
        ("new york time", (-300,)),
        ("london time", (0,)),
        ("uk time", (0,)),
        ("paris time", (60,)),
        ("tokyo time", (540,)),
        ("hong kong time", (480,)),
    ],
)
def test_a_place_s_time_is_its_zone_s(zone: str, offsets: tuple[int, ...]) -> None:
    assert zone_offsets(zone, WINTER) == offsets


def test_a_place_s_time_in_summer_is_its_zone_s_summer_time() -> None:
    assert zone_offsets("london time", date(2026, 7, 1)) == (60,)


# guards (pass on main too): an unknown place's time, "New York time" against "ET"
def test_a_place_not_listed_is_a_zone_of_no_offset() -> None:
    assert zone_offsets("kyiv time", WINTER) == ()


# were no match: "London time" compared with no zone
@pytest.mark.parametrize(
    ("a", "b", "label"),
    [
        ("after 1:30 p.m. ET", "from about 6.30pm London time",
         "1:30 p.m. ET ≈ 6.30pm London time (converted: 1:30 p.m. ET is 6:30 p.m. London time)"),
        ("after 6:30 p.m. GMT", "from about 1.30pm New York time",
         "6:30 p.m. GMT ≈ 1.30pm New York time"
         " (converted: 6:30 p.m. GMT is 1:30 p.m. New York time)"),
        ("after 7:30 p.m. CET", "from about 6.30pm UK time",
         "7:30 p.m. CET ≈ 6.30pm UK time (converted: 7:30 p.m. CET is 6:30 p.m. UK time)"),
    ],
)  # fmt: skip
def test_one_moment_told_in_a_place_s_time_and_a_zone_matches(a: str, b: str, label: str) -> None:
    assert _told(a, b) == ([label], [])


def test_new_york_time_is_eastern_time() -> None:
    assert _told("after 1:30 p.m. ET", "from about 1.30pm New York time") == (["1:30 p.m. ET"], [])


# were a match and no discrepancy: the place's time was read as no zone
@pytest.mark.parametrize(
    ("a", "b", "detail"),
    [
        ("after 1:30 p.m. ET", "from about 1.30pm London time",
         "after 1:30 p.m. ET vs about 1.30pm London time"),
        ("after 2:30 p.m. ET", "from about 1.30pm New York time",
         "after 2:30 p.m. ET vs about 1.30pm New York time"),
    ],
)  # fmt: skip
def test_two_moments_told_in_a_place_s_time_and_a_zone_disagree(
    a: str, b: str, detail: str
) -> None:
    assert _told(a, b) == ([], [detail])
