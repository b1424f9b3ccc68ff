"""A figure before a military group or a crowd counts its members (reader/analysis/
group_members.py): "a 5,000-strong force" counts what "5,000 troops" or "5,000 soldiers"
count, "a 2,000-strong crowd" what "2,000 people" count, so equal figures are shared and
different ones a discrepancy; nouns of two groups of people, or two groups, stay two
counts (two words for one group, "troops" and "soldiers", are one: test_person_kinds)."""

from __future__ import annotations

import pytest

from tests.analysis.sentence_pairs import details, shared_figures


@pytest.mark.parametrize(
    ("a", "b", "shared"),
    [
        ("Uganda has sent a 5,000-strong force to Mogadishu, the African Union said.",
         "Uganda has sent 5,000 troops to Mogadishu, the African Union said.", "5,000"),
        ("Uganda sent a 5,000-strong army to Mogadishu, the African Union said.",
         "Uganda sent 5,000 soldiers to Mogadishu, the African Union said.", "5,000"),
        ("The 400-strong contingent arrived in Mogadishu on Monday, Amisom said.",
         "The 400 troops arrived in Mogadishu on Monday, Amisom said.", "400"),
        ("Ethiopia will keep its 4,400 Amisom force in Somalia until May.",
         "Ethiopia will keep 4,400 troops in Somalia until May.", "4,400"),
        ("Somalia is defended by a 22,000-strong peacekeeping force, the African Union said.",
         "Somalia is defended by 22,000 peacekeeping troops, the African Union said.", "22,000"),
        ("A 2,000-strong crowd marched on parliament in Athens on Sunday.",
         "Some 2,000 people marched on parliament in Athens on Sunday.", "2,000"),
    ],
)  # fmt: skip
def test_a_group_shares_its_figure_with_its_members(a: str, b: str, shared: str) -> None:
    assert shared_figures(a, b) == [(shared, shared)]


@pytest.mark.parametrize(
    ("a", "b", "detail"),
    [
        ("Uganda has sent a 5,000-strong force to Mogadishu, the African Union said.",
         "Uganda has sent 4,000 troops to Mogadishu, the African Union said.", "5,000 vs 4,000"),
        ("Uganda has sent a 5,000-strong force to Mogadishu, the African Union said.",
         "Uganda has sent 4,000 soldiers to Mogadishu, the African Union said.",
         "5,000 vs 4,000"),
        ("The 400-strong contingent arrived in Mogadishu on Monday, Amisom said.",
         "The 350 soldiers arrived in Mogadishu on Monday, Amisom said.", "400 vs 350"),
        ("A 2,000-strong crowd marched on parliament in Athens on Sunday.",
         "Some 3,000 people marched on parliament in Athens on Sunday.", "2,000 vs 3,000"),
    ],
)  # fmt: skip
def test_a_group_against_another_count_of_its_members_is_reported(
    a: str, b: str, detail: str
) -> None:
    assert details(a, b) == [detail]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # nouns of two groups of people are not one thing; two words for one group,
        # "5,000 troops" against "4,000 soldiers", are (test_person_kinds, forty-fourth
        # session: lexicon.ONE_GROUP_KINDS), not by a group and its members
        ("Uganda has sent 5,000 troops to Mogadishu, the African Union said.",
         "Uganda has sent 4,000 police officers to Mogadishu, the African Union said."),
        # two groups, one of which may be part of the other
        ("Uganda leads the 9,000-strong force in Mogadishu, the African Union said.",
         "Uganda leads a 400-strong contingent in Mogadishu, the African Union said."),
        # a crowd is no count of troops
        ("A 2,000-strong crowd greeted Ugandan troops in Mogadishu on Sunday.",
         "Some 3,000 troops were greeted in Mogadishu on Sunday."),
    ],
)  # fmt: skip
def test_other_counts_of_people_are_not_made_one(a: str, b: str) -> None:
    assert details(a, b) == []


# a utility's customers are the homes and businesses it serves
@pytest.mark.parametrize(
    "served",
    ["homes and businesses", "businesses and homes", "households and businesses", "properties"],
)
def test_customers_share_their_figure_with_the_homes_and_businesses_served(served: str) -> None:
    a = f"More than two million {served} were left without electricity across the state."
    b = "More than 2 million customers were without power across the state on Thursday."
    assert shared_figures(a, b) == [("two million", "2 million")]


def test_customers_and_homes_and_businesses_told_apart_are_a_discrepancy() -> None:
    a = "Some 1.8 million homes and businesses were left without electricity across the state."
    b = "Some 2.4 million customers were without power across the state on Thursday."
    assert details(a, b) == ["1.8 million vs 2.4 million"]


def test_homes_alone_are_some_of_the_customers() -> None:
    a = "Some 1.8 million homes were left without electricity across the state."
    b = "Some 2.4 million customers were without power across the state on Thursday."
    assert details(a, b) == []


# A port strike (tests/data/pages/strike_*): vessels are ships, tankers, boats, so equal
# counts in linked sentences are one figure (was no match: "38 container ships" counted
# ships, "38 vessels" vessels)
@pytest.mark.parametrize("kind", ["container ships", "ships", "tankers", "boats"])
def test_vessels_share_their_figure_with_a_kind_of_vessel(kind: str) -> None:
    a = f"A strike entered its fifth day, with 38 {kind} waiting at anchor."
    b = "By this afternoon 38 vessels were waiting off the harbour mouth."
    assert shared_figures(a, b) == [("38", "38")]


# ECB+ 12_10ecbplus / 12_4ecbplus: some vessels may be others than some ships
def test_vessels_and_ships_told_apart_are_no_discrepancy() -> None:
    a = "Navy's frigate INS Sukanya intercepted 3 pirate ships and seized arms."
    b = "Patrol vessel INS Sukanya was escorting the five merchant vessels through the corridor."
    assert details(a, b) == []


def test_two_kinds_of_vessel_are_not_made_one() -> None:
    a = "A strike entered its fifth day, with 38 ships waiting at anchor."
    b = "A strike entered its fifth day, with 38 boats waiting at anchor."
    assert shared_figures(a, b) == []
