"""A fact-checker's wildfire pair (tests/data/pages/wildfire_*): a US local paper ("12,400
acres", "about 30 miles (48 km) northeast of Alder Falls", "Winds of 20 to 25 mph, with
gusts up to 45 mph", "210 homes and 40 outbuildings", "More than 1,100 firefighters") and
a Canadian wire ("some 6,500 hectares", "48 kilometres north-east", "Winds of 30 to 40
km/h, gusting to 72 km/h", "250 structures", "More than a thousand personnel"), aligned by
both methods: the area burned is the one real discrepancy; the rest, told in two systems
of units or in parts, agrees."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.model import Alignment, DiscrepancyKind, MatchKind
from tests.page_pairs import matched_pairs, shown_discrepancies
from tests.wildfire_pages import figure_pairs, wildfire_alignment


@pytest.fixture(scope="module", params=["lexical", "semantic"])
def wildfire(request: pytest.FixtureRequest, data_dir: Path) -> Alignment:
    return wildfire_alignment(data_dir, request.param)


# lexical: "48 km" north-east of a town was compared with a gust "of 72 km/h"
def test_a_distance_is_never_at_odds_with_a_wind_speed(wildfire: Alignment) -> None:
    assert not [d for d in shown_discrepancies(wildfire) if "km/h" in d and "48" in d]


# lexical: "about 30 miles (48 km)" was matched with the "30" of "30 to 40 km/h"
def test_a_distance_is_never_matched_with_a_wind_speed(wildfire: Alignment) -> None:
    assert not [(a, b) for a, b in figure_pairs(wildfire) if "miles" in a and b == "30"]


# was no match: the first figure of a range had no unit
def test_the_first_figures_of_two_ranges_of_speeds_are_one_speed(wildfire: Alignment) -> None:
    assert ("20", "30") in figure_pairs(wildfire)


# semantic: A's "was 15% contained Thursday morning", loosely linked to B's "started ...
# on Tuesday", was "Thursday vs Tuesday"; each paper tells both days alike elsewhere
def test_two_days_each_told_alike_in_another_link_are_no_discrepancy(
    wildfire: Alignment,
) -> None:
    assert not [d for d in wildfire.discrepancies if d.kind is DiscrepancyKind.DATE]


def test_the_speeds_and_the_first_day_s_area_agree_once_converted(wildfire: Alignment) -> None:
    pairs = figure_pairs(wildfire)
    assert ("45 mph", "72 km/h") in pairs
    assert ("3,000 acres", "1,200 hectares") in pairs


def test_homes_and_outbuildings_adding_up_to_the_structures_are_no_discrepancy(
    wildfire: Alignment,
) -> None:
    assert not [d for d in shown_discrepancies(wildfire) if "250" in d or "1,100" in d]


def test_the_area_burned_differs_once_converted(data_dir: Path) -> None:
    semantic = wildfire_alignment(data_dir, "semantic")
    shown = "12,400 acres vs 6,500 hectares (6,500 hectares is 16,100 acres)"
    assert shown in shown_discrepancies(semantic)


# the wire's "More coverage: Wildfire season 2026" link was a passage only in B
def test_a_link_to_more_coverage_is_not_the_wire_s_own_passage(wildfire: Alignment) -> None:
    assert not [s for s in wildfire.only_b if "More coverage" in wildfire.b.slice(s)]


# was ("Fire", "Fire"): the service of "Fire Chief Ramona Ellery", read as a name
def test_the_chief_s_service_is_no_entity(wildfire: Alignment) -> None:
    entities = matched_pairs(wildfire, MatchKind.ENTITY)
    assert ("Fire", "Fire") not in entities
    assert ("Ramona Ellery", "Ramona Ellery") in entities
