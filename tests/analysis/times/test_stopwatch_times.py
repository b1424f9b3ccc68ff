"""Lengths told as a stopwatch tells them (reader/analysis/times/stopwatch_times.py): a
race's "2:02:41", "61:05", "2hr 2min 41sec" and "two hours, two minutes and 41 seconds"
each one length in minutes, not a clock time and a count; a pace read as nothing; a
three-part time told as a moment still a clock's."""

from __future__ import annotations

import pytest

from reader.analysis.times.durations import durations
from tests.analysis.sentence_pairs import details, feats, shared_figures


def _told(text: str) -> list[tuple[str, str, str]]:
    return [(m.surface, m.kind, m.key) for m in feats(text).numbers]


@pytest.mark.parametrize(
    ("text", "surface", "minutes"),
    [
        ("Kiptanui won the race in 2:02:41.", "2:02:41", "122.683"),
        ("He went through halfway in 1:01:05.", "1:01:05", "61.0833"),
        ("He reached halfway in 61:05.", "61:05", "61.0833"),
        ("He finished the 26.2 miles in 2hr 2min 41sec.", "2hr 2min 41sec", "122.683"),
        ("She won in 2h 19m 48s on Sunday.", "2h 19m 48s", "139.8"),
        ("He won the 10,000m in 27min 45sec.", "27min 45sec", "27.75"),
        ("He finished two hours, two minutes and 41 seconds after the start.",
         "two hours, two minutes and 41 seconds", "122.683"),
    ],
)  # fmt: skip
def test_a_race_time_is_one_length(text: str, surface: str, minutes: str) -> None:
    assert (surface, "number", f"num:{minutes}") in _told(text)


def test_a_race_time_is_no_clock_time_and_no_count() -> None:
    assert _told("Kiptanui won the race in 2:02:41.") == [("2:02:41", "number", "num:122.683")]


def test_a_race_time_is_a_length_taken_whatever_the_verb() -> None:
    (d,) = durations(feats("Cheruiyot completed the podium in 2:04:30."))
    assert (d.mention.surface, d.frame) == ("2:04:30", "")


@pytest.mark.parametrize(
    ("text", "pace"),
    [("Kiptanui averaged 2:54 per kilometre.", ("2:54 per kilometre", "pace", "pace:km:174")),
     ("He held 4:41-per-mile pace.", ("4:41-per-mile", "pace", "pace:mile:281")),
     ("She ran 3:05/km for the first half.", ("3:05/km", "pace", "pace:km:185"))],
)  # fmt: skip
def test_a_pace_is_one_pace_no_clock_time(text: str, pace: tuple[str, str, str]) -> None:
    assert _told(text) == [pace]


@pytest.mark.parametrize(
    ("text", "minutes"),
    [("Kiptanui set a Lakemont Marathon record of 2:02.41.", "122.683"),
     ("She won the half marathon in 1:05.30.", "65.5")],
)  # fmt: skip
def test_hours_minutes_and_seconds_after_a_stop_in_a_marathon(text: str, minutes: str) -> None:
    assert [m.key for m in feats(text).numbers] == [f"num:{minutes}"]


def test_minutes_seconds_and_hundredths_elsewhere_are_nothing() -> None:
    assert _told("She won the 800 metres in 1:58.41.") == [("800", "number", "num:800")]


@pytest.mark.parametrize(
    ("text", "key"),
    [("The alarm sounded at 12:30:15, police said.", "time:12:30"),
     ("The alarm sounded 09:32:41 GMT.", "time:09:32"),
     ("The shop opens at 10:15.", "time:10:15")],
)  # fmt: skip
def test_a_moment_stays_a_clock_time(text: str, key: str) -> None:
    assert key in [m.key for m in feats(text).numbers]


def test_one_time_told_two_ways_is_one_figure() -> None:
    a = "Kiptanui won the Lakemont Marathon in 2:02:41 on Sunday."
    b = "Kiptanui won the Lakemont Marathon on Sunday in 2hr 2min 41sec."
    assert ("2:02:41", "2hr 2min 41sec") in shared_figures(a, b)


def test_two_race_times_that_differ_disagree() -> None:
    a = "Kenya's Bernard Cheruiyot took third place in the Lakemont Marathon in 2:04:03."
    b = "Bernard Cheruiyot was third in the Lakemont Marathon in 2:04:30."
    assert details(a, b) == ["2:04:03 vs 2:04:30"]


def test_a_race_time_and_its_seconds_swapped_disagree() -> None:
    a = "Kiptanui won the Lakemont Marathon in 2:02:41."
    b = "Kiptanui won the Lakemont Marathon in 2:02:14."
    assert details(a, b) == ["2:02:41 vs 2:02:14"]
