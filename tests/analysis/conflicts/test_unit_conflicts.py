"""A figure told in two systems of units that differs once converted is a discrepancy
(reader/analysis/conflicts/unit_conflicts.py); one that agrees within the writer's
rounding is none. Two measures of one unit that differ tell each figure with its unit
("12 feet vs 14 feet"), as a converted one does."""

from __future__ import annotations

import pytest

from reader.analysis.conflicts.discrepancies import conflicts
from tests.analysis.sentence_pairs import details, feats, only_conflict


def test_a_speed_that_differs_once_converted_is_a_discrepancy() -> None:
    a = "A gust of 130 mph was recorded at Port Alder airport."
    b = "A gust of 240km/h was recorded at Port Alder airport."
    assert only_conflict(a, b) == ("number", "130 mph vs 240km/h (240 km/h is 149 mph)", True)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # agreeing, rounded: 150 mph is 241.4 km/h; 12 feet 3.66 metres
        ("Delphine came ashore with winds of 150 mph.",
         "Delphine came ashore with winds of 240km/h."),
        ("A storm surge of 12 feet swept through the town.",
         "A 3.7-metre storm surge swept through the town."),
        # a figure and its conversion in brackets tell one value
        ("Winds reached 150 mph.", "Winds reached 240km/h (150mph)."),
        # two speeds in one sentence: which is which is not told
        ("Winds of 150 mph and gusts of 180 mph were recorded.",
         "Winds of 240km/h were recorded."),
        # the very figure on both sides, its unit told loosely on one (ECB+ 12_16/12_17)
        ("It picked up a distress call when it was 13 nautical miles (about 24km) away.",
         "The warship, some 13 miles away, responded to the distress call."),
        # two distances from two places (ECB+ 12_16/12_5)
        ("It picked up a distress call when it was 13 nautical miles (about 24km) from the ship.",
         "It received a distress call from the Gibe around 150 nautical miles east of Aden."),
        # another thing measured
        ("The storm surge reached 12 feet.", "Waves of 6 metres battered the pier."),
    ],
)  # fmt: skip
def test_measures_agreeing_or_not_told_of_one_thing_are_no_discrepancy(a: str, b: str) -> None:
    assert [d for d in details(a, b) if "mph" in d or "km/h" in d or "met" in d] == []


@pytest.mark.parametrize(
    ("a", "b", "detail"),
    [
        ("A storm surge of 12 feet swept through the town.",
         "A storm surge of 14 feet swept through the town.", "12 feet vs 14 feet"),
        ("A storm surge of 3.5 metres swept through the town.",
         "A storm surge of 4 metres swept through the town.", "3.5 metres vs 4 metres"),
        ("The storm dropped 20 inches of rain on Port Alder.",
         "The storm dropped 24 inches of rain on Port Alder.", "20 inches vs 24 inches"),
        # compared as counts are (a close link not needed), told as a converted one is
        ("A gust of 130 mph was recorded.", "A gust of 150 mph was recorded.",
         "130 mph vs 150 mph"),
    ],
)  # fmt: skip
def test_two_measures_of_one_unit_that_differ_tell_each_figure_with_its_unit(
    a: str, b: str, detail: str
) -> None:
    assert only_conflict(a, b) == ("number", detail, False)


def test_a_measure_discrepancy_spans_each_figure_with_its_unit() -> None:
    a = "A storm surge of 12 feet swept through the town."
    b = "A storm surge of 14 feet swept through the town."
    [found] = conflicts(feats(a), feats(b))
    assert (a[found.a.span.start : found.a.span.end], b[found.b.span.start : found.b.span.end]) == (
        "12 feet",
        "14 feet",
    )


def test_a_measure_discrepancy_names_nothing_counted_after_its_values() -> None:
    # the unit is told with each value: "12 feet vs 14 feet", not "... feet" again
    a = "A storm surge of 12 feet swept through the town."
    b = "A storm surge of 14 feet swept through the town."
    [found] = conflicts(feats(a), feats(b))
    assert found.counted == ""
