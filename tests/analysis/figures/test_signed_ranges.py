"""A range whose ends are signed by a country's dollar ("between C$4,000 and C$4,500",
"A$", "NZ$", "HK$", "S$") is a range as "between $4,000 and $4,500" is
(reader/analysis/figures/parts_and_ranges.py): its ends count nothing another article's
count could contradict, and each keeps its currency, so that it pairs with none in
another."""

from __future__ import annotations

import pytest

from tests.analysis.sentence_pairs import details, shared_figures, sums

_RENT = "Rents in the city rose to {} a month last year."


# were sums of their currency, each end of the range read as a count
@pytest.mark.parametrize("sign", ["C$", "A$", "NZ$", "HK$", "S$"])
def test_the_ends_of_a_range_signed_by_a_country_s_dollar_count_nothing(sign: str) -> None:
    told = _RENT.format(f"between {sign}4,000 and {sign}4,500")
    assert [unit for _, _, unit in sums(told)] == ["", ""]


@pytest.mark.parametrize("sign", ["C$", "HK$"])
def test_the_ends_of_a_range_told_with_to_count_nothing(sign: str) -> None:
    told = _RENT.format(f"{sign}4,000 to {sign}4,500")
    assert [unit for _, _, unit in sums(told)] == ["", ""]


# was "C$4,500 vs C$4,800", where "$4,500" and "$4,800" were none
def test_two_ranges_in_canadian_dollars_are_no_discrepancy_as_two_in_us_ones() -> None:
    a = _RENT.format("between C$4,000 and C$4,500")
    b = _RENT.format("between C$4,000 and C$4,800")
    assert details(a, b) == []


# guards (pass on main too): the same range told two ways is one, and a range in
# Canadian dollars pairs with none in US or Australian ones
def test_a_range_in_canadian_dollars_still_pairs_with_itself_told_with_to() -> None:
    a = _RENT.format("between C$4,000 and C$4,500")
    b = _RENT.format("C$4,000 to C$4,500")
    assert shared_figures(a, b) == [("C$4,000", "C$4,000"), ("C$4,500", "C$4,500")]


@pytest.mark.parametrize("other", ["$", "A$"])
def test_a_range_keeps_its_currency_on_both_ends(other: str) -> None:
    a = _RENT.format("between C$4,000 and C$4,500")
    b = _RENT.format(f"between {other}4,000 and {other}4,500")
    assert shared_figures(a, b) == []
