"""Counts followed by like words but measuring two things (reader/analysis/conflicts/
unit_conflicts.two_dimensions): "48 km" from a town and a gust "of 72 km/h" are a length
and a speed, never a discrepancy."""

from __future__ import annotations

from tests.analysis.sentence_pairs import details


def test_a_length_and_a_speed_are_never_at_odds() -> None:
    a = "The fire broke out about 30 miles (48 km) northeast of Alder Falls."
    b = "Winds of 30 to 40 km/h, gusting to 72 km/h, drove the fire on Wednesday."
    assert details(a, b) == []


def test_two_lengths_in_one_unit_still_differ() -> None:
    a = "The fire broke out 48 km northeast of Alder Falls."
    b = "The fire broke out 72 km northeast of Alder Falls."
    assert details(a, b) == ["48 km vs 72 km"]
