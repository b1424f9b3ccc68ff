"""A temperature below zero told with its sign or "minus" is read negative
(reader.analysis.figures.signed_temperatures): "-14C" was 14C, so "lows of -16C" were 61F
and met no "low of 3 degrees" in Fahrenheit; a hyphen of a range or a word is no sign."""

from __future__ import annotations

import pytest

from reader.analysis.figures.signed_temperatures import signed_start
from tests.analysis.sentence_pairs import details, feats, figure_labels


def _figures(text: str) -> list[tuple[str, str]]:
    return [(m.surface, m.key) for m in feats(text).numbers if m.kind == "number"]


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Forecasts show lows of -16C on Thursday night.", ("-16", "num:-16")),
        ("Temperatures fell to −14°C overnight.", ("-14", "num:-14")),  # the minus sign
        ("It was minus 14 degrees Celsius at dawn.", ("minus 14", "num:-14")),
        ("Lows near minus 5 degrees are expected.", ("minus 5", "num:-5")),
        ("The airport recorded a low (-3F) on Monday.", ("-3", "num:-3")),
    ],
)
def test_a_temperature_below_zero_is_read_with_its_sign(text: str, figure: tuple[str, str]) -> None:
    assert _figures(text) == [figure]


@pytest.mark.parametrize(
    "text",
    [
        "Highs of 10-14C are expected.",  # a range
        "A 24-degree slope.",  # a word's hyphen
        "The index fell -5 points and 3C.",  # no temperature after the first
        "Growth was minus 0.3% in the quarter.",  # a signed rate is not read here
    ],
)
def test_a_hyphen_or_minus_before_no_temperature_is_no_sign(text: str) -> None:
    assert all(not key.startswith("num:-") for _, key in _figures(text))


def test_the_sign_opens_the_figure_s_span() -> None:
    text = "lows of -16C on Thursday"
    assert signed_start(text, 9, 11) == 8


def test_a_low_below_zero_in_celsius_is_the_low_in_fahrenheit() -> None:
    a = feats("It was 7 degrees Fahrenheit at the airport.")
    b = feats("It was -14C at the airport.")
    assert figure_labels(a, b) == ["7 degrees Fahrenheit ≈ -14C (converted: 7°F is -13.9°C)"]


def test_a_low_below_zero_set_against_one_above_is_a_discrepancy() -> None:
    assert details(
        "Temperatures fell to 7 degrees Fahrenheit at the airport.",
        "Temperatures fell to 14C at the airport.",
    ) == ["7 degrees Fahrenheit vs 14C (14°C is 57.2°F)"]
