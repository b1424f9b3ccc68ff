"""Prices of a product's variants, each named by a measure (reader.analysis.figures
.variant_prices): on main "The 512GB model costs $1,199 and the 1TB model $1,399" against
"The top model, with 1TB of storage, costs $1,499" gave "$1,199 vs $1,499" beside the one
real "$1,399 vs $1,499"."""

from __future__ import annotations

import pytest

from tests.analysis.sentence_pairs import details


@pytest.mark.parametrize(
    ("a", "b", "found"),
    [
        (
            "The 512GB model costs $1,199 and the 1TB model $1,399.",
            "The top model, with 1TB of storage, costs $1,499 in the US.",
            ["$1,399 vs $1,499"],
        ),
        (
            "It costs $1,199 for 512GB and $1,399 for 1TB.",
            "The top model, with 1TB of storage, costs $1,499 in the US.",
            ["$1,399 vs $1,499"],
        ),
        (
            "The 6.1-inch model costs $799 and the 6.7-inch model $999.",
            "The 6.1-inch model costs $849.",
            ["$799 vs $849"],
        ),
    ],
)
def test_a_price_is_compared_with_the_price_of_its_variant(
    a: str, b: str, found: list[str]
) -> None:
    assert details(a, b) == found


def test_a_price_without_a_variant_compares_with_any() -> None:
    assert details(
        "The Nova 9 Pro starts at $999 with 256GB of storage.",
        "The Nova 9 Pro starts at $1,099 in the US.",
    ) == ["$999 vs $1,099"]
