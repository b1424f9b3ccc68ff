"""Tests of reader/analysis/figures/match_scores.py: a match's result is one figure of its
sentence ("2-1"), of a kind (a match's, a shootout's, two legs'), matched with the same
result and with no count sharing one of its figures."""

from __future__ import annotations

import pytest

from tests.analysis.sentence_pairs import details, feats, shared_figures


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("Harwick won 2-1 on Saturday.", [("2-1", "score:2-1")]),
        ("They were beaten 3-2 on penalties.", [("3-2", "score:3-2/penalties")]),
        ("It beat Dunmore 4-3 on aggregate.", [("4-3", "score:4-3/aggregate")]),
        ("It beat Dunmore 4-3 over two legs.", [("4-3", "score:4-3/aggregate"), ("two", "num:2")]),
        ("Rovers won a 5-4 shootout.", [("5-4", "score:5-4/penalties")]),
        # no result: a range, a season
        ("Between 10-15 people were hurt.", [("10", "num:10"), ("15", "num:15")]),
    ],
)
def test_a_result_is_one_figure_of_its_kind(text: str, read: list[tuple[str, str]]) -> None:
    assert [(m.surface, m.key) for m in feats(text).numbers] == read


@pytest.mark.parametrize(
    ("a", "b", "pairs"),
    [
        ("Harwick won 2-1 on Saturday.", "Harwick recorded a 2-1 victory on Saturday.",
         [("2-1", "2-1")]),
        ("Rovers beat Dunmore Town 4-3 on aggregate in the semi-finals.",
         "It beat Dunmore Town 4-3 over two legs.", [("4-3", "4-3")]),
        # a count sharing a figure of a result, a result sharing one of another
        ("Kestrel Bay have lost two finals in four years.",
         "Harwick reached the final by beating Dunmore Town 4-3 over two legs.", []),
        ("Harwick last won the cup in 1998, beating Ashgrove 3-0.",
         "Harwick reached the final by beating Dunmore Town 4-3.", []),
    ],
)  # fmt: skip
def test_a_result_is_matched_with_the_same_result_only(
    a: str, b: str, pairs: list[tuple[str, str]]
) -> None:
    assert shared_figures(a, b) == pairs


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("The Senate passed the bill by a vote of 52 to 48.", "52 to 48"),
        ("Senate passes $1.2 trillion water bill 52-48", "52-48"),
        ("MPs voted 52 votes to 48 to back the motion.", "52 votes to 48"),
        (
            "It passed with 52 senators in favour and 48 against.",
            "52 senators in favour and 48 against",
        ),
        ("Democrats pushed the bill through the chamber late Saturday, 52-48.", "52-48"),
    ],
)
def test_a_vote_s_tally_however_told_is_one_score(text: str, read: str) -> None:
    assert [(m.surface, m.key) for m in feats(text).numbers if m.key.startswith("score:")] == [
        (read, "score:52-48")
    ]


def test_a_tally_in_words_matches_the_tally_with_a_dash() -> None:
    a = "The Senate passed the water bill by a vote of 52 to 48."
    b = "The Senate passed the water bill 52-48."
    assert shared_figures(a, b) == [("52 to 48", "52-48")]


def test_two_tallies_of_one_vote_are_a_discrepancy() -> None:
    a = "The Senate passed the water bill by a vote of 52 to 48 on Saturday."
    b = (
        "The Senate passed the water bill on Saturday, 51-49, with 51 senators in favour"
        " and 49 against."
    )
    assert details(a, b) == ["52 to 48 vs 51-49"]


@pytest.mark.parametrize(
    "text", ["Children aged 10 to 15 were hurt.", "About 10 to 15 people voted."]
)
def test_a_range_is_no_tally(text: str) -> None:
    assert not [m for m in feats(text).numbers if m.key.startswith("score:")]
