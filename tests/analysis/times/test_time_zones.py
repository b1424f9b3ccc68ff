"""Clock times told in two zones by two linked sentences: one moment shown as a Numbers
match ("1852 GMT ≈ 1:52 p.m. ET (converted: 1852 GMT is 1:52 p.m. ET)"), two moments as
a discrepancy ("9 a.m. JST vs 0300 GMT (9 a.m. JST is 00:00 GMT)"); "ET" standard or
summer time by the article's date; no comparison of a zoned time with local time, a time
with no zone or an ambiguous zone ("IST")."""

from __future__ import annotations

from datetime import date

import pytest

from reader.analysis.conflicts.discrepancies import conflicts
from reader.analysis.times.time_zones import zone_offsets
from tests.analysis.sentence_pairs import dated, figure_labels

WINTER = date(2026, 12, 2)  # a Wednesday: "Tuesday" is the day before
SUMMER = date(2026, 7, 15)


def _details(a: str, b: str, published: date | None = WINTER) -> list[str]:
    return [c.detail for c in conflicts(dated(a, published), dated(b, published))]


def _labels(a: str, b: str, published: date | None = WINTER) -> list[str]:
    return figure_labels(dated(a, published), dated(b, published))


@pytest.mark.parametrize(
    ("a", "b", "label"),
    [
        ("The quake struck at 1852 GMT Tuesday.", "The quake hit at 1:52 p.m. ET Tuesday.",
         "1852 GMT ≈ 1:52 p.m. ET (converted: 1852 GMT Tuesday is 1:52 p.m. ET Tuesday)"),
        # local time told with its zone in one sentence: the zoned time compares
        ("The quake struck at 3:52 a.m. local time (1852 GMT Tuesday).",
         "The quake hit at 1:52 p.m. ET Tuesday.",
         "1852 GMT ≈ 1:52 p.m. ET (converted: 1852 GMT Tuesday is 1:52 p.m. ET Tuesday)"),
        ("The plane landed at 14:30 GMT.", "The plane landed at 9:30 a.m. EST.",
         "14:30 GMT ≈ 9:30 a.m. EST (converted: 14:30 GMT is 9:30 a.m. EST)"),
        ("The blast happened at 0300 UTC.", "The blast happened at 4 a.m. CET.",
         "0300 UTC ≈ 4 a.m. CET (converted: 0300 UTC is 4 a.m. CET)"),
        ("Polls closed at 10 p.m. BST.", "Polls closed at 2100 GMT.",
         "10 p.m. BST ≈ 2100 GMT (converted: 10 p.m. BST is 21:00 GMT)"),
        ("The quake struck at 9 a.m. JST.", "The quake hit at 0000 GMT.",
         "9 a.m. JST ≈ 0000 GMT (converted: 9 a.m. JST is 00:00 GMT)"),
        ("The missile was launched at 1852Z.", "The missile was launched at 1:52 p.m. EST.",
         "1852Z ≈ 1:52 p.m. EST (converted: 1852Z is 1:52 p.m. EST)"),
    ],
)  # fmt: skip
def test_one_moment_in_two_zones_is_a_converted_match(a: str, b: str, label: str) -> None:
    assert _labels(a, b) == [label]


def test_et_is_daylight_time_in_a_summer_article() -> None:
    a, b = "The quake struck at 1752 GMT.", "The quake hit at 1:52 p.m. ET."
    assert _labels(a, b, SUMMER) == [
        "1752 GMT ≈ 1:52 p.m. ET (converted: 1752 GMT is 1:52 p.m. ET)"
    ]


def test_et_is_standard_time_in_a_winter_article() -> None:
    a, b = "The quake struck at 1752 GMT.", "The quake hit at 1:52 p.m. ET."
    assert _details(a, b, WINTER) == ["1752 GMT vs 1:52 p.m. ET (1752 GMT is 12:52 p.m. ET)"]


# an undated article's ET is EST or EDT: no match, and no discrepancy within the hour
def test_et_of_an_undated_article_is_compared_with_an_hour_s_slack() -> None:
    a, b = "The quake struck at 1752 GMT.", "The quake hit at 1:52 p.m. ET."
    assert (_labels(a, b, None), _details(a, b, None)) == ([], [])


# one clock reading in two zones that make two moments: was a match ("18:52")
def test_one_reading_in_two_zones_apart_is_no_match() -> None:
    assert _labels("The quake struck at 18:52 GMT.", "The quake hit at 6:52 p.m. EST.") == []


@pytest.mark.parametrize(
    ("a", "b", "detail"),
    [
        ("The quake struck at 9 a.m. JST.", "The quake hit at 0300 GMT.",
         "9 a.m. JST vs 0300 GMT (9 a.m. JST is 00:00 GMT)"),
        # the days told beside them: one clock, a day apart
        ("The quake struck at 1852 GMT Tuesday.", "The quake hit at 1:52 p.m. ET Wednesday.",
         "1852 GMT Tuesday vs 1:52 p.m. ET Wednesday"
         " (1852 GMT Tuesday is 1:52 p.m. ET Tuesday)"),
    ],
)  # fmt: skip
def test_two_moments_in_two_zones_are_a_discrepancy(a: str, b: str, detail: str) -> None:
    assert _details(a, b) == [detail]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # IST is India's, Ireland's or Israel's time: compared with no other zone
        ("The quake struck at 11 a.m. IST.", "The quake hit at 0900 GMT."),
        # a time with no zone, or in local time, against a zoned one
        ("The meeting began at 3 p.m.", "The meeting began at 2000 GMT."),
        ("The quake struck at 3:52 a.m. local time.", "The quake hit at 1:52 p.m. ET."),
    ],
)  # fmt: skip
def test_a_time_of_no_known_zone_is_not_compared(a: str, b: str) -> None:
    assert (_labels(a, b), _details(a, b)) == ([], [])


@pytest.mark.parametrize(
    ("zone", "published", "offsets"),
    [
        ("et", WINTER, (-300,)),
        ("et", SUMMER, (-240,)),
        ("et", None, (-300, -240)),
        ("pt", date(2026, 3, 8), (-420,)),  # the second Sunday of March
        ("pt", date(2026, 3, 7), (-480,)),
        ("british time", SUMMER, (60,)),
        ("edt", WINTER, (-240,)),  # as told, whatever the date
        ("jst", None, (540,)),
        ("ist", None, ()),
        ("", None, ()),
    ],
)
def test_zone_offsets(zone: str, published: date | None, offsets: tuple[int, ...]) -> None:
    assert zone_offsets(zone, published) == offsets
