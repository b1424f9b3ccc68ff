"""A range's first end with no sign takes the currency named after its second end
(reader/analysis/figures/range_currencies.later_currency): "4,000" of "between 4,000 and
4,500 euros" is a sum in euros, no longer one of no currency that pairs with "$4,000"."""

from __future__ import annotations

import pytest

from tests.analysis.sentence_pairs import numbers, shared_figures


# were "" (no currency) for the first end
@pytest.mark.parametrize(
    "sentence",
    [
        "The bill came to between 4,000 and 4,500 euros.",
        "The bill came to 4,000-4,500 euros.",
        "The bill came to 4,000 to 4,500 euros.",
    ],
)
def test_a_range_s_first_end_takes_the_currency_after_the_second(sentence: str) -> None:
    assert [m.currency for m in numbers(sentence)] == ["eur", "eur"]


# was [("4,000", "$4,000")]
def test_a_range_s_first_end_is_no_sum_of_another_currency() -> None:
    a, b = "The bill came to between 4,000 and 4,500 euros.", "The bill came to at least $4,000."
    assert shared_figures(a, b) == []


# the guards (as on main): it pairs with the same sum in its currency; two figures joined
# by "and" with no "between" are no range
def test_a_range_s_first_end_pairs_with_a_sum_of_its_currency() -> None:
    a, b = "The bill came to between 4,000 and 4,500 euros.", "The bill came to at least €4,000."
    assert shared_figures(a, b) == [("4,000", "€4,000")]


def test_two_figures_joined_by_and_are_no_range() -> None:
    assert numbers("Police counted 4,000 and 4,500 euros went missing.")[0].currency == ""
