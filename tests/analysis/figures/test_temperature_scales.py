"""Temperatures as papers write them (reader/analysis/figures/unit_conversions.py):
"degrees" alone stand for the scale the article writes in ("highs near 117 degrees" in
a paper writing "117.1 degrees Fahrenheit (47.3 Celsius)"), and a temperature told above
or below another ("5.5C above the July average", "10 degrees above normal") is a
difference of temperatures, converted without the scales' offset: 10 F-degrees are 5.6
C-degrees, not -12.2C."""

from __future__ import annotations

import pytest

from reader.analysis.features import UnitFeatures
from reader.analysis.figures.linked_figures import LinkedSentences
from reader.analysis.figures.unit_conversions import (
    article_scale,
    converted_partners,
    measures,
    unit_conflicts,
)
from reader.analysis.figures.written_units import UNITS
from tests.analysis.sentence_pairs import feats

FAHRENHEIT = "The thermometer hit 117.1 degrees Fahrenheit (47.3 Celsius) on Tuesday."
CELSIUS = "Temperatures reached a record 47.3C (117.1F) on Tuesday."


def _scale_word(text: str) -> str | None:
    scale = article_scale([feats("Schools closed early."), feats(text)])
    return None if scale is None else UNITS[scale].word


@pytest.mark.parametrize(
    ("text", "word"),
    [
        (FAHRENHEIT, "fahrenheit"),
        (CELSIUS, "celsius"),
        ("Highs near 117 degrees were forecast.", None),
        ("The fire burned 4,200 hectares.", None),
    ],
)  # fmt: skip
def test_an_article_writes_in_the_scale_of_its_first_temperature(
    text: str, word: str | None
) -> None:
    assert _scale_word(text) == word


def _pairs(fa: list[UnitFeatures], fb: list[UnitFeatures], i: int) -> list[tuple[str, str]]:
    """The figures of sentence ``i`` of ``fa`` and of ``fb`` matched as one value in two
    units."""
    return [
        (ma.surface, mb.surface)
        for ma, mb, _ in converted_partners(LinkedSentences(fa, fb, {i: [i]}))
    ]


def _converted(a: str, b: str) -> list[tuple[str, str]]:
    """The figures of sentence ``a`` (of a Celsius article) and ``b`` (of a Fahrenheit
    one) matched as one value in two units."""
    return _pairs([feats(CELSIUS), feats(a)], [feats(FAHRENHEIT), feats(b)], 1)


# were no match: "degrees" alone were no unit
@pytest.mark.parametrize(
    ("a", "b", "pair"),
    [
        ("It beat the previous record of 46.9C set in 2019.",
         "It broke the old mark of 116.4 degrees, set in 2019.", ("46.9", "116.4")),
        ("The thermometer did not fall below 31C overnight.",
         "Overnight lows stayed near 88 degrees.", ("31", "88")),
        ("Highs of 38C are forecast for Thursday.",
         "Forecasters expect highs of around 100 degrees by Thursday.", ("38", "100")),
    ],
)  # fmt: skip
def test_degrees_alone_are_in_the_article_s_scale(a: str, b: str, pair: tuple[str, str]) -> None:
    assert _converted(a, b) == [pair]


def test_degrees_alone_in_an_article_of_no_scale_are_no_measure() -> None:
    assert measures(feats("Overnight lows stayed near 88 degrees.")) == []


# was no match: "10 degrees" read as a temperature (-12.2C) against a difference
def test_a_difference_of_degrees_is_converted_without_the_offset() -> None:
    a = "Temperatures were running 5.5C above the July average."
    b = "Much of the south was about 10 degrees above normal for July."
    assert _converted(a, b) == [("5.5", "10")]


def _unit_conflicts(fa: UnitFeatures, fb: UnitFeatures) -> list[tuple[str, str]]:
    return [(x.shown, y.shown) for x, y in unit_conflicts(fa, fb)]


# was a discrepancy "5.5C vs 10F": a difference read as a temperature (10F, -12.2C)
def test_a_difference_told_in_two_scales_is_at_odds_with_nothing() -> None:
    fa = feats("Temperatures were 5.5C above normal across the south.")
    fb = feats("Temperatures were 10F above normal across the south.")
    assert _unit_conflicts(fa, fb) == []


def test_a_difference_is_no_temperature() -> None:
    fa = feats("Temperatures were 5.5C above normal across the south.")
    fb = feats("Temperatures hit 42F across the south.")  # 5.5C is 41.9F
    assert _pairs([fa], [fb], 0) == []


# were temperatures: a change told before the figure, or a change named after it
@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Temperatures rose by 3C overnight in the capital.",
         "Temperatures rose about 5 degrees overnight in the capital."),
        ("The mercury was up 3C on Monday in the capital.",
         "The mercury was up 5.4 degrees on Monday in the capital."),
        ("Forecasters expect a drop of 6C by Friday in the capital.",
         "Forecasters expect temperatures to fall 11 degrees by Friday in the capital."),
        ("Forecasters expect a 6C drop by Friday in the capital.",
         "Forecasters expect an 11-degree drop by Friday in the capital."),
    ],
)  # fmt: skip
def test_a_change_of_temperature_is_converted_without_the_offset(a: str, b: str) -> None:
    assert len(_converted(a, b)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Temperatures rose by 3C overnight.",
        "Temperatures fell 4C on Monday.",
        "The forecast is a 3C rise by Friday.",
        "Temperatures dropped by around 7C.",
    ],
)
def test_a_change_of_temperature_is_a_difference(text: str) -> None:
    assert [m.dimension for m in measures(feats(text))] == ["temperature difference"]


@pytest.mark.parametrize(
    "text",
    [
        "Temperatures rose to 45C on Monday.",
        "Highs of up to 45C are expected.",
        "It was 45C by noon.",
    ],
)
def test_a_temperature_reached_is_a_temperature(text: str) -> None:
    assert [m.dimension for m in measures(feats(text))] == ["temperature"]


def test_a_change_told_in_two_scales_is_at_odds_with_nothing() -> None:
    fa = feats("Temperatures fell by 6C overnight across the south.")
    fb = feats("Temperatures fell by 11F overnight across the south.")
    assert _unit_conflicts(fa, fb) == []
