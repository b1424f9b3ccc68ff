"""A quake's magnitude (reader/analysis/figures/quake_magnitudes.py), however an outlet
writes it ("magnitude 6.8", "a 6.8-magnitude quake", "put the magnitude at 7.1"), counts
the magnitude: two ways of telling one magnitude match, two magnitudes differ, and the
figure is neither a count of quakes nor a qualifier of the quake."""

from __future__ import annotations

import pytest

from reader.analysis.figures.quake_magnitudes import MAGNITUDE
from tests.analysis.sentence_pairs import details, feats, shared_figures


@pytest.mark.parametrize(
    "text",
    [
        "A magnitude 6.8 earthquake struck Tarvessa on Wednesday.",
        "A 6.8-magnitude earthquake struck Tarvessa on Wednesday.",
        "A 6.8 magnitude earthquake struck Tarvessa on Wednesday.",
        "The institute put the magnitude at 6.8 on Wednesday.",
        "The quake measured 6.8 on the Richter scale.",
    ],
)
def test_the_figure_counts_the_magnitude(text: str) -> None:
    [six_eight] = [m for m in feats(text).numbers if m.key == "num:6.8"]
    assert (six_eight.unit_word, six_eight.qualifier) == (MAGNITUDE, False)


# was no number match: "earthquake" counted against a qualifier of the quake
def test_one_magnitude_told_two_ways_matches() -> None:
    assert shared_figures(
        "A magnitude 6.8 earthquake struck Tarvessa on Wednesday.",
        "A 6.8-magnitude earthquake shook Tarvessa on Wednesday.",
    ) == [("6.8", "6.8")]


# was nothing: a figure hyphened to its noun qualifies it and counts nothing
def test_two_magnitudes_hyphened_differ() -> None:
    assert details(
        "A 6.8-magnitude earthquake struck Tarvessa on Wednesday.",
        "A 7.1-magnitude earthquake struck Tarvessa on Wednesday.",
    ) == ["6.8 vs 7.1"]


# a guard: read as magnitudes, "magnitude 6.8" and "magnitude 7.1" still differ
def test_two_magnitudes_are_no_counts_of_quakes() -> None:
    assert details(
        "A magnitude 6.8 earthquake struck Tarvessa on Wednesday.",
        "A magnitude 7.1 earthquake struck Tarvessa on Wednesday.",
    ) == ["6.8 vs 7.1"]


def test_a_plan_s_points_still_qualify_it() -> None:
    [ten] = feats("Tarvessa announced a 10-point plan.").numbers
    assert ten.qualifier


# was a match of the words after the figures ("el martes"), which no longer count
@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Un terremoto de magnitud 6,1 sacudió el martes el sur de California.", "Spanish"),
        ("Un séisme de magnitude 6,1 a frappé mardi le sud de la Californie.", "French"),
        ("Un terremoto di magnitudo 6,1 ha colpito martedì la California.", "Italian"),
    ],
)
def test_a_magnitude_told_before_in_another_language_counts_it(text: str, language: str) -> None:
    [six_one] = [m for m in feats(text, language).numbers if m.key == "num:6.1"]
    assert six_one.unit_word == MAGNITUDE
