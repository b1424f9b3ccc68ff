"""A sum in crowns with its currency glued before it ("Kr1.42 trillion", "Kr98bn",
"kr450") is an amount in crowns, as "1,420 billion crowns" is; a fiscal year or a season
told by its two years ("2027-28", "2008/09") is no count of its second year's digits, and
a span of years told short ("the 2022-24 models") ends in a year, not a count."""

from __future__ import annotations

import pytest

from tests.analysis.sentence_pairs import details, feats, numbers, shared_figures


# was no figure at all: a letter before a digit made "Kr1.42" part of a word
@pytest.mark.parametrize(
    ("text", "key", "surface"),
    [
        ("Total spending will reach Kr1.42 trillion next year.", "num:1.42e+12", "Kr1.42 trillion"),
        ("Defence spending rises 12% to Kr98bn.", "num:9.8e+10", "Kr98bn"),
        ("The top rate is paid on incomes above Kr1.2m.", "num:1.2e+06", "Kr1.2m"),
        ("A ticket costs kr450 at the door.", "num:450", "kr450"),
    ],
)
def test_a_sum_after_kr_is_an_amount_in_crowns(text: str, key: str, surface: str) -> None:
    (m,) = [x for x in numbers(text) if x.key == key]
    assert (m.surface, m.unit_word) == (surface, "kr")


def test_crowns_in_words_are_crowns_of_no_country() -> None:
    (m,) = numbers("The deficit is forecast at 110 billion crowns.")
    assert (m.key, m.unit_word) == ("num:1.1e+11", "kr")


def test_a_name_ending_in_kr_before_a_figure_is_no_sum() -> None:
    assert numbers("The DKr5 prototype was shown.") == []


def test_a_sum_after_kr_matches_the_sum_in_crowns_in_words() -> None:
    assert shared_figures(
        "The deficit will be Kr110bn next year.",
        "The deficit will be 110 billion crowns next year.",
    ) == [("Kr110bn", "110 billion")]


def test_two_allocations_in_crowns_disagree() -> None:
    assert details(
        "Education receives Kr74bn in the budget.",
        "Education receives 71 billion crowns in the budget.",
    ) == ["Kr74bn vs 71 billion"]


def test_a_sum_in_crowns_and_its_dollars_are_no_discrepancy() -> None:
    assert (
        details(
            "Defence spending rises to Kr98bn.",
            "Defense spending rises to $9.0 billion.",
        )
        == []
    )


# was a count of 28 beside the year 2027
@pytest.mark.parametrize(
    "text", ["Spending will reach a record in 2027-28.", "He left after the 2008/09 season."]
)
def test_the_second_year_of_a_fiscal_year_is_no_count(text: str) -> None:
    assert numbers(text) == []


# its end was a count of 23: "the 2022-24 Corsan" is of the years 2022 to 2024
def test_a_range_of_years_not_consecutive_keeps_its_end_as_a_year() -> None:
    keys = [m.key for m in feats("Scores fell between 2019-23 in the survey.").numbers]
    assert keys == ["year:2019", "year:2023"]


def test_a_range_of_years_told_short_is_the_one_told_in_full() -> None:
    a = "The recall includes the 2022-24 Corsan Hybrid."
    b = "Hybrid versions of the 2022 to 2024 Corsan are included."
    assert shared_figures(a, b) == [("2022", "2022"), ("24", "2024")]


def test_a_range_of_years_told_short_differs_from_another_end() -> None:
    a = "The recall includes the 2022-24 Corsan Hybrid."
    b = "Hybrid versions of the 2022 to 2023 Corsan are included."
    assert ("24", "2023") not in shared_figures(a, b)
