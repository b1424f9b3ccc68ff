"""A fact-checker's heatwave pair (tests/data/pages/heat_*): a European daily in Celsius
and kilometres ("a record 47.3C (117.1F)", "the previous national record of 46.9C set
in 2019", "5.5C above the July average", "did not fall below 31C overnight", "28 people
had died", "31 wildfires", "35 km north", "4,200 hectares", "highs of 38C") and a US
paper in Fahrenheit and miles, its temperatures mostly "degrees" alone ("117.1 degrees
Fahrenheit (47.3 Celsius)", "the old national mark of 116.4 degrees", "about 10 degrees
above normal", "overnight lows ... near 88 degrees", "34 people had died", "about 30
wildfires", "some 22 miles north", "more than 10,000 acres", "around 100 degrees by
Thursday", a heat index of 120 degrees), aligned by both methods: the ministry's dead on
Tuesday evening are the one real discrepancy; the rest, told in other scales, units or
words, agrees."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.model import Alignment
from tests.heat_pages import heat_alignment
from tests.page_pairs import figure_pairs, shown_discrepancies


@pytest.fixture(scope="module", params=["lexical", "semantic"])
def heat(request: pytest.FixtureRequest, data_dir: Path) -> Alignment:
    return heat_alignment(data_dir, request.param)


def test_the_ministry_s_dead_are_the_one_discrepancy(heat: Alignment) -> None:
    assert shown_discrepancies(heat) == ["28 vs 34 dead"]


def test_the_record_agrees_in_both_scales(heat: Alignment) -> None:
    pairs = figure_pairs(heat)
    assert ("47.3C", "47.3 Celsius") in pairs
    assert ("117.1F", "117.1 degrees Fahrenheit") in pairs


# were no match: the paper's "degrees" alone were no unit
@pytest.mark.parametrize(
    "pair",
    [("46.9C", "116.4 degrees"), ("31C", "88 degrees"), ("38C", "100 degrees")],
)
def test_degrees_alone_are_the_paper_s_fahrenheit(heat: Alignment, pair: tuple[str, str]) -> None:
    assert pair in figure_pairs(heat)


# was no match: 10 F-degrees above normal are 5.6 C-degrees, not a temperature of -12.2C
def test_degrees_above_normal_are_a_difference(heat: Alignment) -> None:
    assert ("5.5C", "10 degrees") in figure_pairs(heat)


# was no match: "about 30" of one digit was no rounding of 31
def test_about_thirty_wildfires_are_the_thirty_one(heat: Alignment) -> None:
    assert ("31", "30") in figure_pairs(heat)


def test_the_fire_agrees_once_converted(heat: Alignment) -> None:
    pairs = figure_pairs(heat)
    assert ("35 km", "22 miles") in pairs
    assert ("4,200 hectares", "10,000 acres") in pairs


# was a paragraph of B, alone "in B": the section the paper runs the story in
def test_the_section_label_is_no_paragraph(heat: Alignment) -> None:
    assert "World" not in [heat.b.slice(p) for p in heat.b.paragraphs]


# was "By Dana K Whitcomb": the extractor drops an initial's dot
def test_the_byline_keeps_the_initial_s_dot(heat: Alignment) -> None:
    assert "By Dana K. Whitcomb" in [heat.b.slice(p) for p in heat.b.paragraphs]


def test_no_temperature_old_record_or_heat_index_is_at_odds(heat: Alignment) -> None:
    told = ("47.3", "117", "46.9", "116.4", "120", "5.5", "10 ", "88", "31C", "38", "100")
    assert not [d for d in shown_discrepancies(heat) if any(f in d for f in told)]


def test_an_earlier_toll_is_at_odds_with_nothing(heat: Alignment) -> None:
    assert not [d for d in shown_discrepancies(heat) if "19" in d]
