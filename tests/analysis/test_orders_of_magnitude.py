"""An order of magnitude in words ("dozens", "hundreds", "thousands", read as 24, 200 and
2,000) is no figure to match a count by (reader/analysis/mentions.py): "Tens of thousands
of people marched" and "Some 2,000 people marched" were a Numbers match "thousands ·
2,000", though the two tell crowds ten times apart."""

from __future__ import annotations

import pytest

from tests.analysis.sentence_pairs import details, feats, figure_labels

MARCHED = "people marched through Korveny on Saturday."


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Tens of thousands", "Some 2,000"),
        ("Thousands of", "Some 2,000"),
        ("Thousands of", "About 2,000"),
        ("Hundreds of thousands of", "Some 2,000"),
        ("Dozens of", "Some 24"),
        ("Millions of", "Some 2 million"),
    ],
)
def test_an_order_of_magnitude_matches_no_count(a: str, b: str) -> None:
    assert figure_labels(feats(f"{a} {MARCHED}"), feats(f"{b} {MARCHED}")) == []


def test_an_order_of_magnitude_matches_itself() -> None:
    told = f"Thousands of {MARCHED}"
    assert figure_labels(feats(told), feats(told)) == ["Thousands"]


@pytest.mark.parametrize(
    ("told", "value"), [("Tens of thousands", "num:20000"), ("Hundreds of thousands", "num:200000")]
)
def test_an_order_of_several_words_is_one_vague_figure(told: str, value: str) -> None:
    found = feats(f"{told} {MARCHED}").numbers
    assert [(m.surface, m.key) for m in found] == [(told, value)]


@pytest.mark.parametrize(
    ("a", "b", "label"),
    [
        ("Tens of thousands of", "More than 40,000", "Tens of thousands ≈ 40,000 (within)"),
        ("Hundreds of thousands of", "Some 300,000", "Hundreds of thousands ≈ 300,000 (within)"),
        ("Dozens of", "More than 40", "Dozens ≈ 40 (within)"),
        ("Millions of", "An estimated 3 million", "Millions ≈ 3 million (within)"),
    ],
)
def test_an_order_of_magnitude_loosely_matches_a_count_inside_it(
    a: str, b: str, label: str
) -> None:
    assert figure_labels(feats(f"{a} {MARCHED}"), feats(f"{b} {MARCHED}")) == [label]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Tens of thousands of", "Police said 12,000"),
        ("Hundreds of thousands of", "Some 40,000"),
        ("Dozens of", "Some 200"),
        ("Millions of", "Some 30 million"),
    ],
)
def test_an_order_of_magnitude_matches_no_count_outside_it(a: str, b: str) -> None:
    assert figure_labels(feats(f"{a} {MARCHED}"), feats(f"{b} {MARCHED}")) == []


def test_an_order_of_magnitude_matches_no_count_of_another_thing() -> None:
    a = feats("Dozens of aftershocks rattled the region.")
    assert figure_labels(a, feats("More than 40 homes collapsed in the region.")) == []


@pytest.mark.parametrize("b", ["Police said 12,000", "Some 2,000", "More than 40,000"])
def test_an_order_of_magnitude_is_at_odds_with_no_count(b: str) -> None:
    assert details(f"Tens of thousands of {MARCHED}", f"{b} {MARCHED}") == []


@pytest.mark.parametrize("b", ["Some 2 million", "Some 30 million", "Some 500,000"])
def test_millions_are_at_odds_with_no_count(b: str) -> None:
    assert details(f"Millions of {MARCHED}", f"{b} {MARCHED}") == []


def test_millions_alone_are_one_vague_figure() -> None:
    found = feats(f"Millions of {MARCHED}").numbers
    assert [(m.surface, m.key) for m in found] == [("Millions", "num:2e+06")]
