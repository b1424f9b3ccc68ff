"""A number that tells which one (reader.analysis.figures.numbered_names), however
written ("No 9", "No. 9", "number 9", "#9"), is one identifier: two outlets' ways of telling
it match; no count to compare. And a magnitude hyphened before its figure ("a
magnitude-6.8 quake", reader.analysis.figures.figure_names) is a quake's magnitude, no
name."""

from __future__ import annotations

import pytest

from reader.analysis.mentions import link_mentions
from tests.analysis.sentence_pairs import details, feats, shared_figures

SHIRT = "Varga will wear the number 9 shirt."


@pytest.mark.parametrize("told", ["No 9", "No. 9", "#9"])
def test_a_number_told_two_ways_is_one_identifier(told: str) -> None:
    assert shared_figures(f"Varga will wear the {told} shirt.", SHIRT) == [(told, "number 9")]


def test_two_numbers_are_no_match_and_no_discrepancy() -> None:
    a = "Varga will wear the No 9 shirt at Castlebrook."
    b = "Varga will wear the number 10 shirt at Castlebrook."
    assert shared_figures(a, b) == []
    assert details(a, b) == []


def test_a_number_counts_nothing() -> None:
    assert [(m.key, m.unit_word) for m in feats(SHIRT).numbers] == [("no:9", "")]
    assert shared_figures(SHIRT, "Varga bought 9 shirts.") == []


def test_a_number_matches_only_in_linked_sentences() -> None:
    a, b = feats("Varga will wear the No 9 shirt."), feats(SHIRT)
    assert [m for m in link_mentions([a], [b], {}, {}) if m.kind == "number"] == []


def test_a_magnitude_hyphened_before_its_figure_is_the_quake_s() -> None:
    a = "A magnitude-6.8 quake struck the coast of Tarvessa."
    assert shared_figures(a, "A magnitude 6.8 earthquake struck the coast of Tarvessa.") == [
        ("6.8", "6.8")
    ]


def test_a_magnitude_hyphened_before_its_figure_is_compared() -> None:
    a = "A magnitude-6.8 quake struck the coast of Tarvessa."
    b = "A magnitude 7.1 earthquake struck the coast of Tarvessa."
    assert details(a, b) == ["6.8 vs 7.1"]


def test_a_designation_is_still_a_name() -> None:
    assert feats("Police seized an AK-47 on Tuesday.").numbers == []
