"""Sums told in two currencies at the rate the pair itself tells
(reader/analysis/figures/told_rates.py): beside "£14.8bn ($18.7bn)", "$600 million" and
"£475mn" are one sum, a rough Numbers match whose evidence says "converted"; with no rate
told, sums of two currencies are never matched."""

from __future__ import annotations

import pytest

from reader.analysis.figures.told_rates import told_rates
from reader.analysis.mentions import link_mentions
from tests.analysis.sentence_pairs import feats

RATE = "The deal values Corvane at £14.8bn ($18.7bn)."


def _labels(a: str, b: str, told: str = RATE) -> list[str]:
    """The figure matches of sentence ``a`` linked to ``b``, B telling ``told`` too."""
    fa, fb = [feats(a)], [feats(told), feats(b)]
    links = link_mentions(fa, fb, {0: [1]}, {1: [0]})
    return [x.label for x in links if x.kind == "number"]


def test_a_sum_in_brackets_tells_the_rate_both_ways() -> None:
    rates = told_rates([feats(RATE)])
    assert rates["gbp", "usd"] == [pytest.approx(18.7 / 14.8)]
    assert rates["usd", "gbp"] == [pytest.approx(14.8 / 18.7)]


@pytest.mark.parametrize(
    "text",
    [
        "It paid $54.20 (£42.90) a share.",
        "It paid £85m (€99m) for the striker.",
        "Net debt stood at £2bn (about $2.5bn).",
    ],
)
def test_a_price_and_its_conversion_tell_a_rate(text: str) -> None:
    assert len(told_rates([feats(text)])) == 2


@pytest.mark.parametrize(
    "text",
    [
        "It paid £85m and €99m in two deals.",  # no brackets
        "It paid $54.20 ($52.10 on Friday).",  # one currency
        "It paid £85m (a record) and then $99m.",
    ],
)
def test_sums_not_converted_in_brackets_tell_no_rate(text: str) -> None:
    assert not told_rates([feats(text)])


@pytest.mark.parametrize(
    ("a", "b", "label"),
    [
        (
            "Aldmoor expects $600 million of annual cost savings.",
            "Aldmoor expects cost savings of £475mn a year.",
            "$600 million ≈ £475mn (converted at the rate told,"
            " $1 = £0.791: $600 million is £475mn)",
        ),
        (
            "Aldmoor would pay a $560 million break fee.",
            "Aldmoor would owe a break fee of £443mn.",
            "$560 million ≈ £443mn (converted at the rate told,"
            " $1 = £0.791: $560 million is £443mn)",
        ),
        (
            "It includes $2.6 billion of net debt.",
            "It includes net debt of about £2bn.",
            "$2.6 billion ≈ £2bn (converted at the rate told,"
            " $1 = £0.791: $2.6 billion is £2.06bn)",
        ),
    ],
)
def test_a_sum_converted_at_the_told_rate_is_one_figure(a: str, b: str, label: str) -> None:
    assert _labels(a, b) == [label]


def test_a_sum_at_another_rate_is_no_figure() -> None:
    a = "Aldmoor expects $600 million of annual cost savings."
    assert _labels(a, "Aldmoor expects cost savings of £600mn a year.") == []


def test_with_no_rate_told_two_currencies_are_never_matched() -> None:
    a = "Aldmoor expects $600 million of annual cost savings."
    b = "Aldmoor expects cost savings of £475mn a year."
    assert _labels(a, b, told="The deal was announced on Monday.") == []
