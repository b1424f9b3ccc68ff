"""A fact-checker's earthquake pair (tests/data/pages/quake_*): an Asian wire ("A
magnitude 6.8 earthquake", "3:52 a.m. local time (1852 GMT Tuesday)", "a depth of 10
km", "45 km (28 miles) southwest of ... Korvane", "first measured the quake at magnitude
7.1 before revising it to 6.8", "the death toll stood at 31, with 118 people injured",
"At least 140 buildings") and a US paper ("A 6.8-magnitude earthquake", "1:52 p.m. ET
Tuesday", "a shallow depth of 6 miles", "about 28 miles southwest of Korvane", "initially
put the magnitude at 7.1 and later lowered it to 6.8", "22 people had been confirmed dead
and about 120 injured", "Some 140 buildings", the U.S. Geological Survey's 6.7), aligned
by both methods: the dead by 6 p.m. are the one real discrepancy; the rest, told in other
units, zones or words, or revised on both sides, agrees."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.analysis.correction_notes import correction_notes
from reader.model import Alignment
from tests.page_pairs import entity_pairs, figure_pairs, shown_discrepancies
from tests.quake_pages import quake_alignment


@pytest.fixture(scope="module", params=["lexical", "semantic"])
def quake(request: pytest.FixtureRequest, data_dir: Path) -> Alignment:
    return quake_alignment(data_dir, request.param)


# was "118 vs 22 people": the injured against the paper's dead, "confirmed dead" unread
def test_the_dead_by_six_are_the_one_discrepancy(quake: Alignment) -> None:
    assert shown_discrepancies(quake) == ["31 vs 22 dead"]


# the magnitude first measured, put right since, against another agency's (magnitudes
# now compare: a guard)
def test_a_revised_magnitude_is_at_odds_with_nothing(quake: Alignment) -> None:
    assert not [d for d in shown_discrepancies(quake) if "7.1" in d or "6.7" in d]


# was no match: "magnitude 6.8" counted quakes, "6.8-magnitude" qualified the quake
def test_the_magnitude_told_two_ways_is_one_figure(quake: Alignment) -> None:
    leads = [
        (quake.a.slice(m.a), quake.b.slice(m.b))
        for m in quake.matches
        if m.a.start < quake.a.text.find("killing") and m.b.start < quake.b.text.find("shook")
    ]
    assert ("6.8", "6.8") in leads


# was a correction note: the wire's notice of a story updated through the day
def test_a_live_story_s_update_notice_is_no_correction(quake: Alignment) -> None:
    assert not correction_notes(quake.a)


def test_the_depth_agrees_once_converted(quake: Alignment) -> None:
    assert ("10 km", "6 miles") in figure_pairs(quake)


# was no match: the wire's "1852 GMT Tuesday" and the paper's "1:52 p.m. ET Tuesday"
def test_the_quake_s_time_in_two_zones_is_one_moment(quake: Alignment) -> None:
    assert ("1852 GMT", "1:52 p.m. ET") in figure_pairs(quake)


def test_the_institute_is_one_name_with_its_initials(quake: Alignment) -> None:
    pairs = entity_pairs(quake)
    assert ("National Institute of Geology and Seismology",) * 2 in pairs
    assert ("NIGS", "NIGS") in pairs


def test_no_figure_told_two_ways_is_at_odds(quake: Alignment) -> None:
    told = ("118", "120", "140", "45", "28", "10 ", "40", "5.4", "3:52", "1:52")
    assert not [d for d in shown_discrepancies(quake) if any(f in d for f in told)]


# was no match: "More than 40 aftershocks" against the Ledger's "Dozens of aftershocks" (24)
def test_dozens_of_aftershocks_hold_more_than_forty(quake: Alignment) -> None:
    assert ("40", "Dozens") in figure_pairs(quake)
