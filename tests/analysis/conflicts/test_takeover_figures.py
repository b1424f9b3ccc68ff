"""A takeover's figures that two reports tell of two things, and those they tell of one
thing differently: a premium to the last close against one to an average
(reader/analysis/figures/premium_bases.py), a company's value with its debt against its
value alone (reader/analysis/figures/debt_values.py), a sum in another currency at the
rate the pair tells (reader/analysis/conflicts/rate_conflicts.py)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reader.analysis import align
from reader.analysis.conflicts.rate_conflicts import rate_conflicts
from reader.analysis.figures.told_rates import told_rates
from reader.model import Document
from tests.analysis.sentence_pairs import details, feats

RATES = told_rates([feats("The deal values Corvane at £14.8bn ($18.7bn).")])


# was "31% vs 37 per cent": a premium to Friday's close against one to the 30-day average
@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "The offer is a 31% premium to Corvane's closing price on Friday.",
            "The offer is 37 per cent above Corvane's average price over the past 30 days.",
        ),
        (
            "The price is a premium of 31% to Friday's close.",
            "The price is a 37% premium to the 30-day volume-weighted average price.",
        ),
        (
            "The bid is 45% above the stock's undisturbed price.",
            "The bid is a 31% premium to Friday's closing price.",
        ),
    ],
)
def test_premiums_to_two_prices_are_no_discrepancy(a: str, b: str) -> None:
    assert details(a, b) == []


@pytest.mark.parametrize(
    ("a", "b", "detail"),
    [
        (
            "The offer is a 31% premium to Corvane's closing price on Friday.",
            "The offer is a 34 per cent premium to Corvane's closing price on Friday.",
            "31% vs 34 per cent",
        ),
        (
            "The offer is 37% above its 30-day volume-weighted average price.",
            "It pays a premium of 31 per cent to Friday's close and 43 per cent to its "
            "average over the past 30 days.",
            "37% vs 43 per cent",
        ),
        # a premium whose price one side does not tell still compares
        (
            "The offer is a 31% premium to Friday's close.",
            "The offer is a 34% premium.",
            "31% vs 34%",
        ),
    ],
)
def test_premiums_to_one_price_compare(a: str, b: str, detail: str) -> None:
    assert details(a, b) == [detail]


# was "$18.7 billion vs $21.3bn": the equity value against the value with the debt
@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "The deal values Corvane at $18.7 billion.",
            "Including debt, the deal values Corvane at $21.3bn.",
        ),
        (
            "The deal gives Corvane an equity value of $18.7 billion.",
            "The deal gives Corvane an enterprise value of $21.3bn.",
        ),
        (
            "The deal is worth $21.3 billion including debt.",
            "It includes net debt of $2.6bn.",
        ),
    ],
)
def test_a_value_with_the_debt_and_one_without_are_no_discrepancy(a: str, b: str) -> None:
    assert details(a, b) == []


@pytest.mark.parametrize(
    ("a", "b", "detail"),
    [
        (
            "Including $2.6 billion of net debt, the deal gives Corvane an enterprise value of "
            "about $21.3 billion.",
            "Including net debt, the deal values Corvane at $25bn.",
            "$21.3 billion vs $25bn",
        ),
        (
            "The deal values Corvane at $18.7 billion.",
            "The deal values Corvane at $19.5bn.",
            "$18.7 billion vs $19.5bn",
        ),
    ],
)
def test_two_values_of_one_kind_compare(a: str, b: str, detail: str) -> None:
    assert details(a, b) == [detail]


def _rate_details(a: str, b: str) -> list[str]:
    return [c.detail for c in rate_conflicts(feats(a), feats(b), RATES)]


# was nothing: a sum in dollars against one in pounds, never compared
def test_a_sum_that_differs_at_the_told_rate_is_a_discrepancy() -> None:
    a = "Aldmoor expects $600 million of annual cost savings."
    b = "Aldmoor expects cost savings of £600mn a year."
    assert _rate_details(a, b) == ["$600 million vs £600mn (≈ £475mn at the rate told)"]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # the same sum at the rate
        ("Aldmoor expects $600 million of annual savings.", "It expects savings of £475mn a year."),
        # a price a share against the total
        (
            "The board rejected a $47.50-a-share offer from Tessaly.",
            "The board rebuffed a £13bn approach from Tessaly.",
        ),
        # a yearly sum against a one-off one
        ("It expects $600 million of annual savings.", "It will pay a break fee of £600mn."),
        # the value with the debt against the value alone
        (
            "Including debt, the deal values Corvane at $21.3 billion.",
            "The deal values Corvane at £14.9bn.",
        ),
        # two sums on one side
        (
            "It pays $54.20 a share, or $18.7 billion.",
            "It pays £45 a share.",
        ),
    ],
)
def test_sums_not_told_of_one_thing_at_the_rate_are_no_discrepancy(a: str, b: str) -> None:
    assert _rate_details(a, b) == []


def test_with_no_rate_told_two_currencies_are_never_compared() -> None:
    a = feats("Aldmoor expects $600 million of annual cost savings.")
    b = feats("Aldmoor expects cost savings of £600mn a year.")
    assert rate_conflicts(a, b, {}) == []


# the pair's rate is read from either article, the discrepancy told on the claim's link
def test_an_aligned_pair_tells_a_sum_that_differs_at_its_rate(
    doc: Callable[[str], Document],
) -> None:
    a = doc(
        "Aldmoor agreed to buy Corvane for about $18.7 billion in cash.\n"
        "Aldmoor expects $600 million of annual cost savings by the third year."
    )
    b = doc(
        "Aldmoor has agreed to buy Corvane in a deal that values it at £14.8bn ($18.7bn).\n"
        "Aldmoor expects cost savings of £600mn a year within three years."
    )
    al = align(a, b, method="lexical")
    assert [d.shown for d in al.discrepancies] == [
        "$600 million vs £600mn (≈ £475mn at the rate told)"
    ]
