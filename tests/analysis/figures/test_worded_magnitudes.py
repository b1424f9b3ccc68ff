"""Figures told in words with a magnitude and a part of one (reader/analysis/figures/
worded_magnitudes.py): "half a million", "two and a half million", "a million", "half a
dozen" are one figure each, which the other article may give in digits; told loosely
("like a million suns") one is an order of magnitude, and counts nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.analysis.sentence_pairs import details, feats, shared_figures
from tests.storm_pages import number_words, storm_alignment


def _figures(text: str) -> list[tuple[str, str, str]]:
    """The figures of ``text``: as written, their key and what they count."""
    return [(m.surface, m.key, m.unit_word) for m in feats(text).numbers]


@pytest.mark.parametrize(
    ("text", "surface", "key"),
    [
        ("A million people marched on Sunday.", "A million", "num:1e+06"),
        ("Half a million people fled the city.", "Half a million", "num:500000"),
        ("A half-million people fled the city.", "A half-million", "num:500000"),
        ("a half million people fled the city", "a half million", "num:500000"),
        ("Half a billion people watched.", "Half a billion", "num:5e+08"),
        ("A quarter of a million people fled.", "A quarter of a million", "num:250000"),
        ("a quarter-million people fled", "a quarter-million", "num:250000"),
        ("Three-quarters of a million people fled.", "Three-quarters of a million", "num:750000"),
        ("One and a half million people fled.", "One and a half million", "num:1.5e+06"),
        ("two-and-a-half million people fled", "two-and-a-half million", "num:2.5e+06"),
        ("Twenty-two and a half million people", "Twenty-two and a half million", "num:2.25e+07"),
        ("A million and a half people fled.", "A million and a half", "num:1.5e+06"),
        ("Half a dozen people were hurt.", "Half a dozen", "num:6"),
        ("a half-dozen people were hurt", "a half-dozen", "num:6"),
    ],
)  # fmt: skip
def test_a_figure_told_with_a_magnitude_and_a_part_is_one_figure(
    text: str, surface: str, key: str
) -> None:
    assert _figures(text) == [(surface, key, "peopl")]


def test_money_so_told_is_an_amount_of_its_currency() -> None:
    assert _figures("half a billion dollars") == [("half a billion", "num:5e+08", "usd")]


@pytest.mark.parametrize(
    "text",
    ["It shone like a million suns.", "I told him a million times.", "one in a million chances"],
)
def test_a_million_told_loosely_counts_nothing(text: str) -> None:
    assert [(m.surface, m.unit_word) for m in feats(text).numbers] == [("a million", "")]


@pytest.mark.parametrize(
    ("a", "b", "shared"),
    [
        ("Half a million people fled the city on Sunday.",
         "About 500,000 people fled the city on Sunday.", ("Half a million", "500,000")),
        ("Two and a half million people fled the city.",
         "Some 2.5 million people fled the city.", ("Two and a half million", "2.5 million")),
        ("A million people marched on Sunday.",
         "1 million people marched on Sunday.", ("A million", "1 million")),
        ("Half a dozen people were hurt in the blast.",
         "Six people were hurt in the blast.", ("Half a dozen", "Six")),
    ],
)  # fmt: skip
def test_a_figure_in_words_shares_its_value_with_one_in_digits(
    a: str, b: str, shared: tuple[str, str]
) -> None:
    assert shared_figures(a, b) == [shared]


def test_half_a_dozen_is_six_not_a_dozen() -> None:
    a = "Half a dozen people were hurt in the blast."
    assert details(a, "12 people were hurt in the blast.") == ["Half a dozen vs 12"]


def test_the_storm_pairs_two_million_is_matched(data_dir: Path) -> None:
    assert ("two million", "2 million") in number_words(storm_alignment(data_dir))
