"""Counts of one thing told by two nouns (reader/analysis/figures/one_thing_nouns.py):
jobs, roles, posts and positions; employees, staff and the people a company employs;
homes, houses, dwellings and properties. A noun that may count something else ("12
positions" of a chess game, "40 posts" of a fence, a material's "12 properties") is read
so only where its sentence tells of that thing."""

from __future__ import annotations

import pytest

from tests.analysis.sentence_pairs import details, shared_figures


# were no match: each noun counted its own thing
@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Aldmoor said it would cut about 2,500 jobs.", "About 2,500 roles would go, it said."),
        ("The bank will cut 2,500 posts.", "The bank will cut 2,500 positions."),
        ("The bank will axe 2,500 jobs.", "The bank said 2,500 positions would be axed."),
        ("Corvane employs 41,000 people.", "Corvane has 41,000 employees."),
        ("Corvane has 41,000 staff.", "Corvane has 41,000 employees."),
        ("The fire destroyed 200 homes.", "The fire destroyed 200 houses."),
        ("The flood damaged 300 homes.", "The flood damaged 300 properties."),
        ("Linden will build 350 homes.", "Linden will build 350 dwellings."),
    ],
)
def test_two_nouns_of_one_thing_are_one_figure(a: str, b: str) -> None:
    figure = next(w for w in a.split() if w[0].isdigit())
    assert (figure, figure) in shared_figures(a, b)


# were no discrepancy: two nouns, so two things
@pytest.mark.parametrize(
    ("a", "b", "detail"),
    [
        (
            "Aldmoor plans to cut about 2,500 jobs after the deal.",
            "Aldmoor plans to cut about 3,000 roles after the deal.",
            "2,500 vs 3,000",
        ),
        ("The bank will cut 2,500 posts.", "The bank will cut 3,000 positions.", "2,500 vs 3,000"),
        (
            "Corvane employs 41,000 people worldwide.",
            "Corvane employs 45,000 staff worldwide.",
            "41,000 vs 45,000",
        ),
        (
            "Corvane has a workforce of 41,000 workers.",
            "Corvane has 45,000 employees.",
            "41,000 vs 45,000",
        ),
        (
            "The fire in Linden destroyed 200 homes.",
            "The fire in Linden destroyed 250 houses.",
            "200 vs 250",
        ),
        (
            "The storm in Linden flooded 200 homes.",
            "The storm in Linden flooded 250 properties.",
            "200 vs 250",
        ),
    ],
)
def test_two_nouns_of_one_thing_that_differ_are_a_discrepancy(a: str, b: str, detail: str) -> None:
    assert details(a, b) == [detail]


# guards: a noun that counts something else where its sentence tells no such thing
@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Carlsen studied 12 positions before the game.", "Carlsen had 14 jobs before the game."),
        ("Workers replaced 40 posts along the fence.", "Workers fixed 45 jobs along the fence."),
        ("The alloy has 12 properties that matter.", "The alloy has 14 houses that matter."),
        (
            "Carlsen studied 12 positions before the game.",
            "Carlsen studied 14 posts before the game.",
        ),
        # a toll of people is no count of staff, nor are strikers all of them
        (
            "The blast at Corvane killed 12 people.",
            "The blast at Corvane killed 12 employees and 3 others.",
        ),
        ("At Corvane, 2,000 workers went on strike.", "Corvane has 45,000 employees."),
    ],
)
def test_a_noun_of_something_else_is_no_discrepancy(a: str, b: str) -> None:
    assert details(a, b) == []


def test_positions_in_a_game_are_not_jobs() -> None:
    a, b = "Carlsen studied 12 positions before the game.", "Carlsen had 12 jobs before the game."
    assert ("12", "12") not in shared_figures(a, b)


def test_properties_left_without_power_are_still_customers() -> None:
    a = "The storm left 2 million customers without power."
    b = "The storm left 2 million properties without power."
    assert ("2 million", "2 million") in shared_figures(a, b)
