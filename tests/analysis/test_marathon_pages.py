"""A fact-checker's marathon pair (tests/data/pages/marathon_*): a city paper ("2:02:41",
"1:01:05 at halfway", "by 31 seconds", "by 91 seconds", third in "2:04:03", "2:54 per
kilometre", "$50,000 winner's prize and a $30,000 course-record bonus") and a sports wire
("2:02.41" in its headline, "2hr 2min 41sec", "two hours, two minutes and 41 seconds",
"halfway in 61:05", "half a minute back", "a minute and a half off", third in "2:04:30",
"4:41 per mile", "a total of $80,000") on one invented course record, aligned by both
methods: the third-placed runner's time is the one real discrepancy; the rest, told in
other words, agrees."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.model import Alignment
from tests.marathon_pages import marathon_alignment
from tests.page_pairs import figure_pairs, quoted, shown_discrepancies


@pytest.fixture(scope="module", params=["lexical", "semantic"])
def marathon(request: pytest.FixtureRequest, data_dir: Path) -> Alignment:
    return marathon_alignment(data_dir, request.param)


# was "91 seconds vs a minute and a half", "31 seconds vs a minute and a half" and
# "$50,000 vs $80,000", and no 2:04:03 vs 2:04:30: "2:04:03" was a clock's "2:04" and a
# count "03" (matched to "three years"), "in 2:04:30" after "completing" a deadline, and
# "of Kenya" the owner of Cheruiyot's time
def test_the_third_placed_runner_s_time_is_the_one_discrepancy(marathon: Alignment) -> None:
    assert shown_discrepancies(marathon) == ["2:04:03 vs 2:04:30"]


# was no match: "2:02:41" a clock's "02:02" and a count of 41, "2hr 2min 41sec" nothing,
# "2:02.41" a clock's "02:02" and a count of 0.41
@pytest.mark.parametrize(
    "told", ["2hr 2min 41sec", "two hours, two minutes and 41 seconds", "2:02.41"]
)
def test_the_winning_time_told_four_ways_agrees(marathon: Alignment, told: str) -> None:
    assert ("2:02:41", told) in figure_pairs(marathon)


# was "2:04 · 2:04" and "12 · 12": hours and minutes a clock time, the seconds a count
@pytest.mark.parametrize("time", ["2:04:12", "2:03:12"])
def test_a_race_time_matches_whole(marathon: Alignment, time: str) -> None:
    assert (time, time) in figure_pairs(marathon)


# was no match: "61:05" the time of day 61:05
def test_the_halfway_split_agrees(marathon: Alignment) -> None:
    assert ("1:01:05", "61:05") in figure_pairs(marathon)


def test_no_race_time_is_a_clock_time_or_a_count(marathon: Alignment) -> None:
    torn = [p for p in figure_pairs(marathon) if p[0] in ("2:04", "2:03", "12", "03")]
    assert torn == []


# were "91 seconds vs a minute and a half" and no match: "half a minute" no length
@pytest.mark.parametrize(
    "pair", [("91 seconds", "a minute and a half"), ("31 seconds", "half a minute")]
)
def test_the_margins_agree_rounded(marathon: Alignment, pair: tuple[str, str]) -> None:
    assert pair in figure_pairs(marathon)


# was none: "2:54" and "4:41" two clock times; linked by the sentence model only
def test_the_paces_agree_converted(data_dir: Path) -> None:
    pairs = figure_pairs(marathon_alignment(data_dir, "semantic"))
    assert ("2:54 per kilometre", "4:41 per mile") in pairs


def test_the_distances_agree_converted(marathon: Alignment) -> None:
    pairs = figure_pairs(marathon)
    assert ("42.195 km", "26.2 miles") in pairs
    assert ("35km", "22 miles") in pairs


def test_the_winner_s_quotation_is_his_on_both_sides(marathon: Alignment) -> None:
    assert [who for _, who in quoted(marathon, "b")] == ["Elias Kiptanui"]
    assert [who for _, who in quoted(marathon, "a")] == ["Elias Kiptanui", "Lena Hartwell"]
