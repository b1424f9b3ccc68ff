"""A vote's margin against its tally (reader.analysis.figures.vote_margins): "by four
votes" and "a four-vote margin" are the margin of "52-48", "by two votes" is at odds
with it."""

from __future__ import annotations

import pytest

from tests.analysis.sentence_pairs import details, shared_figures

TALLY = "The Senate passed the water bill 52-48 on Saturday."


# each was no figure shared: "four votes" counts votes, "52-48" is a tally
@pytest.mark.parametrize(
    ("b", "told"),
    [
        ("The Senate passed the water bill by four votes on Saturday.", "four"),
        ("The Senate passed the water bill with a four-vote margin on Saturday.", "four"),
        ("The Senate passed the water bill by a margin of 4 votes on Saturday.", "4"),
    ],
)
def test_a_margin_of_the_tally_is_one_figure(b: str, told: str) -> None:
    assert shared_figures(TALLY, b) == [("52-48", told)]
    assert shared_figures(b, TALLY) == [(told, "52-48")]
    assert details(TALLY, b) == []


# was no discrepancy
@pytest.mark.parametrize(
    ("b", "detail"),
    [
        ("The Senate passed the water bill by two votes on Saturday.", "52-48 vs by two votes"),
        ("The Senate passed the water bill with a two-vote margin on Saturday.",
         "52-48 vs two-vote margin"),
    ],
)  # fmt: skip
def test_another_margin_is_at_odds_with_the_tally(b: str, detail: str) -> None:
    assert details(TALLY, b) == [detail]
    assert details(b, TALLY) == [detail.split(" vs ")[1] + " vs 52-48"]


@pytest.mark.parametrize(
    "b",
    [
        # votes counted, no margin: the tally's own figures, or the votes of another count
        "The Senate passed the water bill by 52 votes to 48 on Saturday.",
        "Four votes were cast by proxy in the Senate on Saturday.",
    ],
)
def test_votes_told_as_no_margin_are_not_set_against_the_tally(b: str) -> None:
    assert not [d for d in details(TALLY, b) if "vote" in d]


# a margin with no "votes" after it, in a sentence about a vote: was no figure shared
@pytest.mark.parametrize(
    "b",
    [
        "The Senate passed the water bill by a margin of four on Saturday.",
        "The water bill won by a margin of four.",
        "The motion was carried by a margin of just 4.",
    ],
)
def test_a_margin_with_no_votes_in_a_vote_is_the_tallys(b: str) -> None:
    assert [a for a, _ in shared_figures(TALLY, b)] == ["52-48"]
    assert details(TALLY, b) == []


def test_another_margin_with_no_votes_is_at_odds_with_the_tally() -> None:
    b = "The bill passed by a margin of two."
    assert details(TALLY, b) == ["52-48 vs by a margin of two"]


@pytest.mark.parametrize(
    "b",
    [
        # no vote told: a game's margin; a ratio; points
        "The team won by a margin of four on Saturday.",
        "The bill passed by a margin of four to one.",
        "The bill passed by a margin of four points.",
    ],
)
def test_a_margin_of_no_vote_is_not_the_tallys(b: str) -> None:
    assert not [d for d in details(TALLY, b) if "margin" in d]
    assert ("52-48", "four") not in shared_figures(TALLY, b)
