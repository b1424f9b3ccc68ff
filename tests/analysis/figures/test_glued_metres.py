"""An "m" glued to a figure is a metre where it sizes a thing or an extent ("the 20m
fishing boat", "5m high"), never a million (reader/analysis/figures/glued_metres.py)."""

from __future__ import annotations

import pytest

from tests.analysis.sentence_pairs import feats, shared_figures


def _counted(text: str) -> list[tuple[str, str]]:
    return [(m.surface, m.unit_word) for m in feats(text).numbers if m.kind == "number"]


@pytest.mark.parametrize(
    "text",
    [
        "About 150 people were on board the 20m fishing boat when it set out.",
        "A 20m yacht sank off the cape.",
        "The boat was 20m long.",
        "They found a 20m-long hull.",
        "The wave was 20m high.",
        "The wreck lies 20m below the surface.",
    ],
)
def test_an_m_sizing_a_thing_or_an_extent_is_a_metre(text: str) -> None:
    assert ("20", "metr") in _counted(text)


@pytest.mark.parametrize(
    "text",
    [
        "20m people live there.",  # a million people
        "The 20m people who live there vote.",
        "It was a 20m euro deal.",  # a sum
        "The 20m who signed were ignored.",
        "It signed a 20m contract extension in 2024.",
    ],
)
def test_an_m_of_people_a_sum_or_a_plural_is_no_metre(text: str) -> None:
    assert ("20", "metr") not in _counted(text)


def test_a_sum_glued_to_its_sign_stays_a_million() -> None:
    assert [m.key for m in feats("The club paid £20m for him.").numbers] == ["num:2e+07"]


def test_a_length_told_in_metres_and_glued_is_one_figure() -> None:
    a, b = "The 20-metre boat overturned.", "The 20m fishing boat overturned."
    assert shared_figures(a, b) == [("20", "20")]
