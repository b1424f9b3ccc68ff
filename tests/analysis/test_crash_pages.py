"""A fact-checker's air accident pair (tests/data/pages/crash_*): a British paper
("Flight XC4417, a Boeing 737-800", "178 people on board", "about 10,700 metres", "74 km
from Carrowfield", "about 300 km/h", "19:52 GMT", "The Transport Safety Investigation
Board (TSIB)", "Fourteen people were taken to hospital") and a US wire ("Flight 4417",
"The Boeing 737-800", "172 passengers and six crew members", "35,000 feet", "about 40
nautical miles from Carrowfield", "roughly 160 knots", "2:52 p.m. local time", "Nine
people were treated"), aligned by both methods: the injured are the one real discrepancy;
the rest, told in other units, in parts or by initials, agrees."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.model import Alignment, Span
from tests.crash_pages import crash_alignment
from tests.page_pairs import entity_pairs, figure_pairs, shown_discrepancies


@pytest.fixture(scope="module", params=["lexical", "semantic"])
def crash(request: pytest.FixtureRequest, data_dir: Path) -> Alignment:
    return crash_alignment(data_dir, request.param)


def test_the_injured_are_the_one_discrepancy(crash: Alignment) -> None:
    assert shown_discrepancies(crash) == ["Fourteen vs Nine people"]


# was ("800", "800"): the model's variant of "a Boeing 737-800" read as a figure
def test_a_model_s_variant_is_no_figure_match(crash: Alignment) -> None:
    assert not [(a, b) for a, b in figure_pairs(crash) if "800" in a or "800" in b]


# was ("Flight XC4417", "Flight"): the wire's name stopped before the flight's number
def test_the_flight_is_one_name_with_and_without_its_airline_s_code(crash: Alignment) -> None:
    assert ("Flight XC4417", "Flight 4417") in entity_pairs(crash)


# was no match: the paper writes the board by its initials the second time
def test_the_board_s_initials_are_its_name(crash: Alignment) -> None:
    assert ("TSIB", "Transport Safety Investigation Board") in entity_pairs(crash)


# was "Only in B": the wire's link to its live page above the story
def test_a_link_to_the_live_page_is_no_passage(crash: Alignment) -> None:
    at = crash.b.text.find("LIVE UPDATES")
    assert at < 0 or crash.b.is_boilerplate(Span(at, at + len("LIVE UPDATES")))


def test_the_speed_agrees_once_converted(crash: Alignment) -> None:
    assert ("300 km/h", "160 knots") in figure_pairs(crash)


def test_no_figure_of_a_flight_number_or_a_model_is_at_odds(crash: Alignment) -> None:
    figures = ("4417", "737", "178")
    assert not [d for d in shown_discrepancies(crash) if any(f in d for f in figures)]
