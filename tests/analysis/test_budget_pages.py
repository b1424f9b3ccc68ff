"""A fact-checker's budget pair (tests/data/pages/budget_*): the Brannholm Gazette (A:
"Kr1.42 trillion", "Kr110bn", "2027-28", "from 45% to 47%") and Harbourline Wire (B:
"1,420 billion crowns ($131 billion)", "110 billion crowns ($10.1 billion)", "the year
starting April 1", "two percentage points") on one invented budget of Ostrevia, aligned
by both methods: education's allocation is the one real discrepancy; the rest, told in
other words and another currency's brackets, agrees."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.model import Alignment
from tests.budget_pages import budget_alignment
from tests.page_pairs import entity_pairs, figure_pairs, shown_discrepancies


@pytest.fixture(scope="module", params=["lexical", "semantic"])
def budget(request: pytest.FixtureRequest, data_dir: Path) -> Alignment:
    return budget_alignment(data_dir, request.param)


# was none: "Kr74bn" was no figure (a letter glued before it), so A's allocations in
# crowns were never read against B's
def test_education_s_allocation_is_the_one_discrepancy(budget: Alignment) -> None:
    assert shown_discrepancies(budget) == ["Kr74bn vs 71 billion"]


# was no match: "Kr1.42 trillion" against "1,420 billion crowns"
@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Kr1.42 trillion", "1,420 billion"),
        ("Kr1.31 trillion", "1,310 billion"),
        ("Kr1.36 trillion", "1,360 billion"),
    ],
)
def test_the_totals_agree_in_trillions_and_billions(budget: Alignment, a: str, b: str) -> None:
    assert (a, b) in figure_pairs(budget)


@pytest.mark.parametrize(
    ("a", "b"),
    [("Kr110bn", "110 billion"), ("Kr98bn", "98 billion"), ("Kr212bn", "212 billion")],
)
def test_the_deficit_and_allocations_agree_in_bn_and_billion(
    budget: Alignment, a: str, b: str
) -> None:
    assert (a, b) in figure_pairs(budget)


def test_the_top_rate_s_threshold_agrees(budget: Alignment) -> None:
    assert ("Kr1.2m", "1.2 million") in figure_pairs(budget)


@pytest.mark.parametrize(("a", "b"), [("3.1%", "3.1%"), ("3.8%", "3.8%")])
def test_this_year_s_and_last_year_s_deficit_shares_agree(
    budget: Alignment, a: str, b: str
) -> None:
    assert (a, b) in figure_pairs(budget)


def test_debt_is_not_read_against_the_deficit(budget: Alignment) -> None:
    assert ("64.5%", "64.5%") in figure_pairs(budget)
    assert not [d for d in shown_discrepancies(budget) if "64.5%" in d]


def test_five_years_of_infrastructure_are_not_read_against_one_year_s(budget: Alignment) -> None:
    assert not [d for d in shown_discrepancies(budget) if "150" in d or "30 billion" in d]


def test_last_year_s_deficit_is_not_read_against_this_year_s(budget: Alignment) -> None:
    assert not [d for d in shown_discrepancies(budget) if "128" in d]


# was "28" and "27", counts read from "2027-28" and "2026-27"
def test_a_fiscal_year_s_second_year_is_no_figure(budget: Alignment) -> None:
    assert not [a for a, _ in figure_pairs(budget) if a in ("27", "28", "29")]


@pytest.mark.parametrize(("a", "b"), [("1.9%", "1.9%"), ("2.2%", "2.2%"), ("2.4%", "2.4%")])
def test_the_forecasts_for_two_years_and_inflation_agree(budget: Alignment, a: str, b: str) -> None:
    assert (a, b) in figure_pairs(budget)


def test_the_budget_office_s_acronym_is_its_name(budget: Alignment) -> None:
    assert ("PBO", "Parliamentary Budget Office") in entity_pairs(budget)


def test_the_vote_s_date_agrees(budget: Alignment) -> None:
    assert ("17 December", "Dec. 17") in figure_pairs(budget)


# was no match: "two percentage points" against the two ends of the rise
def test_the_two_point_rise_is_the_rise_from_45_to_47(budget: Alignment) -> None:
    assert ("45% to 47%", "two percentage points") in figure_pairs(budget)
