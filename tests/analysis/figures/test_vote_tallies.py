"""A vote's tally and the members who cast it (reader.analysis.figures.vote_tallies,
reader.analysis.conflicts.vote_conflicts): "voted 7-2" and "Seven of the nine members
backed the rise" are one figure, "Six of the nine members backed" is at odds with it."""

from __future__ import annotations

import pytest

from tests.analysis.sentence_pairs import details, shared_figures

VOTE = "The Monetary Policy Committee voted 7-2 for the move."


@pytest.mark.parametrize(
    ("b", "told"),
    [
        ("Seven of the nine members of the committee backed the rise.", "Seven"),
        ("Two of the nine members dissented.", "Two"),
    ],
)
def test_a_tally_s_side_counted_of_its_whole_is_one_figure(b: str, told: str) -> None:
    assert shared_figures(VOTE, b) == [("7-2", told)]
    assert shared_figures(b, VOTE) == [(told, "7-2")]


@pytest.mark.parametrize(
    ("b", "detail"),
    [
        ("Six of the nine members of the committee backed the rise.", "7-2 vs Six of 9"),
        ("Three of the nine members dissented.", "7-2 vs Three of 9"),
    ],
)
def test_another_count_of_the_tally_s_whole_is_at_odds(b: str, detail: str) -> None:
    assert details(VOTE, b) == [detail]


def test_the_side_first_is_at_odds_too() -> None:
    assert details("Six of the nine members backed the rise.", VOTE) == ["Six of 9 vs 7-2"]


@pytest.mark.parametrize(
    "b",
    [
        "Six members of the committee backed the rise.",  # of those present?
        "Six of the 12 members backed the rise.",  # another whole
        "Six of the nine members are women.",  # no side told
        "Two members dissented.",
    ],
)
def test_a_count_not_of_the_tally_s_whole_is_neither(b: str) -> None:
    assert details(VOTE, b) == []
    assert shared_figures(VOTE, b) == []


def test_a_match_s_score_is_no_vote() -> None:
    b = "Seven of the nine shots were on target and backed by the crowd."
    assert shared_figures("Arsenal won 7-2 at home.", b) == []


# was [("84", "84"), ("61", "61")], figure by figure: "passed" was no word of a result,
# "84 votes to 61" no tally (figures/worded_tallies)
def test_a_tally_told_in_votes_matches_as_one_tally() -> None:
    pairs = shared_figures("The bill passed 84-61.", "The bill passed by 84 votes to 61.")
    assert pairs == [("84-61", "84 votes to 61")]
