"""A fact-checker's phone-launch pair (tests/data/pages/gadget_*): a US tech site's
hands-on ("$999 with 256GB", "The 512GB model costs $1,199 and the 1TB model $1,399",
"5,000mAh", "6.7-inch", "200 grams", "48-megapixel", "Wi-Fi 7", "last year's Nova 8 Pro")
and a British paper's report ("£899 in the UK and €1,049 in the eurozone, and starts at
$999 in the US", "with 1TB of storage, costs $1,499", "4,800mAh", "17cm (6.7in)", "7
ounces", "48 megapixels") on one invented phone launch, aligned by both methods: the 1TB
model's price and the battery's capacity are the two real discrepancies; the prices in
pounds and euros, and the rest told in other units, agree."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.model import Alignment
from tests.gadget_pages import launch_alignment
from tests.page_pairs import figure_pairs, shown_discrepancies


@pytest.fixture(scope="module", params=["lexical", "semantic"])
def launch(request: pytest.FixtureRequest, data_dir: Path) -> Alignment:
    return launch_alignment(data_dir, request.param)


# was "$1,199 vs $1,499" too (the 512GB model's price against the 1TB model's), and no
# battery: "5,000mAh" and "4,800mAh" were names, as "the 76ers" is
def test_the_top_model_s_price_and_the_battery_are_the_discrepancies(launch: Alignment) -> None:
    assert shown_discrepancies(launch) == ["$1,399 vs $1,499", "5,000mAh vs 4,800mAh"]


# were no matches: "1TB" and "6.7in" names, "7 ounces" counted ounces no conversion knew,
# "48 megapixels" against "48-megapixel" shown as "48 · 48"
@pytest.mark.parametrize(
    "pair",
    [
        ("1TB", "1TB"),
        ("6.7-inch", "6.7in"),
        ("200 grams", "7 ounces"),
        ("48-megapixel", "48 megapixels"),
    ],
)
def test_the_specifications_agree(launch: Alignment, pair: tuple[str, str]) -> None:
    assert pair in figure_pairs(launch)


# was "7 · 7": "Wi-Fi 7" a count of seven
def test_no_model_s_number_is_a_count(launch: Alignment) -> None:
    assert [p for p in figure_pairs(launch) if p[0] in ("7", "8", "9", "4")] == []


# was "7 · 7" (a count of seven); by the sentence model the two sentences are no longer
# linked (the shared count of seven had linked them: docs/alignment.md)
def test_the_standard_is_one_name_shared(data_dir: Path) -> None:
    assert ("Wi-Fi 7", "Wi-Fi 7") in figure_pairs(launch_alignment(data_dir, "lexical"))
