"""A range's second end with no sign is told in the first end's currency
(reader/analysis/figures/range_currencies.py): on main "4,500" of "between $4,000 and
4,500" paired with another article's "€4,500", and "4 million" of "€3-4 million" with
"$4 million", as a sum of no currency; now each pairs only with a sum of its own."""

from __future__ import annotations

import pytest

from tests.analysis.sentence_pairs import shared_figures


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The price was between $4,000 and 4,500.", "The price was up to €4,500."),
        ("The deal is worth €3-4 million.", "The deal is worth up to $4 million."),
        ("The bill came to between 4,000 and 4,500 euros.", "The bill came to up to $4,500."),
    ],
)
def test_a_range_s_second_end_with_no_sign_is_no_sum_of_another_currency(a: str, b: str) -> None:
    assert shared_figures(a, b) == []


# guards (pass on main too): such an end still pairs with a sum in the first's currency
@pytest.mark.parametrize(
    ("a", "b", "shared"),
    [
        ("The price was between $4,000 and 4,500.", "The price was up to $4,500.", "$4,500"),
        ("The deal is worth €3-4 million.", "The deal is worth up to €4 million.", "€4 million"),
    ],
)
def test_a_range_s_second_end_with_no_sign_is_a_sum_of_the_first_s_currency(
    a: str, b: str, shared: str
) -> None:
    assert [other for _, other in shared_figures(a, b)] == [shared]
