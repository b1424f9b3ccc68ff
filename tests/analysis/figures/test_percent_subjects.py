"""Percentages of a results story: the turnout is no party's share, and a poll's figure
before the vote is not the result; two shares, two turnouts, two polls still disagree."""

from __future__ import annotations

import pytest

from reader.analysis.figures.percent_subjects import (
    CHANGE,
    POLL,
    RATING,
    TURNOUT,
    percent_subject,
)
from tests.analysis.sentence_pairs import details, feats

_POLL_A = (
    "A final poll by Meridian Research, published a week before the vote, had put the"
    " alliance at 48% and the Civic Union at 46%."
)


@pytest.mark.parametrize(
    ("sentence", "subject"),
    [
        ("Turnout was 64%, the commission said.", TURNOUT),
        ("Some 63.8 percent of voters cast a ballot, the commission said.", TURNOUT),
        ("Turnout in Port Selden was 67 percent.", TURNOUT),
        ("Turnout was 64%, the commission said, against 58% in 2020.", TURNOUT),
        (_POLL_A, POLL),
        ("Polls had put the alliance at 48 percent.", POLL),
        ("The alliance won 52.3% of the vote.", ""),
        ("Voters went to the polls and gave the alliance 52.3%.", ""),
        ("The alliance won 52.3%, more than polls had predicted.", ""),
        ("It did better than the polls: 52.3%.", ""),
        # a company's results (tests/data/pages/results_*): margins of a kind, changes
        ("Gross margin was 61.4%, compared with 59.8% a year earlier.", "margin gross"),
        ("Gross margin widened to 61.4 per cent, from 59.8 per cent.", "margin gross"),
        ("It reported an operating margin of 18.2%.", "margin operating"),
        ("Revenue rose 12 per cent to $4.2bn.", CHANGE),
        ("Revenue was $4.21 billion, an increase of 12% compared with a year ago.", CHANGE),
        ("Revenue of $4.21 billion, up 12% year over year.", CHANGE),
        ("Profit fell by 8% to $512m.", CHANGE),
        ("It posted a 12% rise in revenue.", CHANGE),
        ("The unit now makes up 44 per cent of revenue.", ""),
        ("Its share of revenue rose to 44%.", ""),
        ("The alliance won by a margin of 4%.", ""),
        # a poll's story (tests/data/pages/poll_*): a poll told after its figures, ratings
        ("Okafor leads Lindqvist 42% to 38%, according to a new Brightline Research poll.",
         POLL),
        ("Okafor has 42%, a Brightline survey found.", POLL),
        ("Okafor has 42%, the commission said.", ""),
        ("Okafor's favorability rating stands at 47 percent.", RATING),
        ("Okafor's favorability rating stands at 47 percent, against 44 percent for Lindqvist.",
         RATING),
        ("Her approval rating fell to 38%.", RATING),
    ],
)  # fmt: skip
def test_what_a_percentage_is_of(sentence: str, subject: str) -> None:
    f = feats(sentence)
    pct = [m for m in f.numbers if m.key.startswith("pct:")][-1]
    assert percent_subject(f, pct) == subject


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # the election pair (tests/data/pages/election_*), lexical links
        ("Turnout was 64% in Veloria, the commission said.",
         "In Veloria, the alliance won 41 per cent of the vote and 62 seats."),
        ("Turnout was 64%, the commission said, against 58% in 2020.",
         "Four years ago, in 2020, the alliance won 41 per cent of the vote and 62 seats."),
        (_POLL_A, "\"The alliance may have 52 per cent, but it has no mandate,\" said Civic"
         " Union deputy leader Paul Varga."),
        (_POLL_A, "With all districts counted, the alliance had 53.2 percent of the vote,"
         " Meridian Research said."),
    ],
)  # fmt: skip
def test_a_turnout_or_a_poll_is_not_read_against_a_share(a: str, b: str) -> None:
    assert details(a, b) == []


@pytest.mark.parametrize(
    ("a", "b", "detail"),
    [
        ("Turnout in Port Selden reached 71%.", "Turnout in Port Selden was 67 percent.",
         "71% vs 67 percent"),
        ("In Veloria, 64% of voters cast a ballot.", "Turnout in Veloria was 61 percent.",
         "64% vs 61 percent"),
        (_POLL_A, "A Meridian Research survey a week before the vote put the alliance at 49"
         " percent.", "48% vs 49 percent"),
        ("The Veloria alliance won 52.3% of the vote.",
         "The Veloria alliance had 53.2 percent of the vote.", "52.3% vs 53.2 percent"),
    ],
)  # fmt: skip
def test_two_of_one_thing_still_disagree(a: str, b: str, detail: str) -> None:
    assert details(a, b) == [detail]


# A company's results (tests/data/pages/results_*): a margin of one kind is not another's,
# nor a rate of growth a share
@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Operating margin was 18.2%.",
         "Gross margin widened to 61.4 per cent, from 59.8 per cent a year earlier."),
        ("Revenue of $4.21 billion, up 12% year over year; cloud revenue up 24%.",
         "Sales at its cloud services unit jumped 24 per cent, and the unit now makes up 44"
         " per cent of revenue."),
        ("Norvane's revenue rose 12% in the quarter.",
         "Norvane's gross margin was 61.4% in the quarter."),
    ],
)  # fmt: skip
def test_a_margin_or_a_change_is_not_read_against_another_percentage(a: str, b: str) -> None:
    assert details(a, b) == []


@pytest.mark.parametrize(
    ("a", "b", "detail"),
    [
        ("Gross margin was 61.4%.", "Gross margin widened to 64.1 per cent.",
         "61.4% vs 64.1 per cent"),
        ("Cloud revenue rose 24% in the quarter.", "Cloud revenue jumped 42 per cent in the"
         " quarter.", "24% vs 42 per cent"),
    ],
)  # fmt: skip
def test_two_margins_of_a_kind_or_two_changes_still_disagree(a: str, b: str, detail: str) -> None:
    assert details(a, b) == [detail]


# A strike ballot (tests/data/pages/strike_*): the turnout told after another percentage
# is that one's; the share before it was read as the turnout too ("78% vs 71 per cent")
@pytest.mark.parametrize(
    ("sentence", "subject"),
    [
        ("In the strike ballot, 78% of members voted to walk out on a 64% turnout.", ""),
        ("Some 78 percent backed the strike, on a turnout of 64 percent.", ""),
        ("Members voted 78% in favour, with turnout at 64%.", ""),
        ("Turnout was 64%, the commission said.", TURNOUT),  # guard: told before
        ("A 64% turnout was the highest yet.", TURNOUT),  # guard: right after
    ],
)  # fmt: skip
def test_a_turnout_told_after_another_percentage_is_that_one_s(sentence: str, subject: str) -> None:
    f = feats(sentence)
    pct = next(m for m in f.numbers if m.key.startswith("pct:"))
    assert percent_subject(f, pct) == subject


def test_a_ballot_s_share_is_not_read_against_the_other_s_turnout() -> None:
    a = "In the strike ballot, 78% of members voted to walk out on a 64% turnout."
    b = (
        "In the ballot, 1,950 of the 2,500 members who voted backed strike action, on a"
        " turnout of 71 per cent."
    )
    assert details(a, b) == ["64% vs 71 per cent"]


# A data breach (tests/data/pages/breach_*): a change told with a hedge before its figure
# (was '': "down more than 7 per cent" was read as no change)
@pytest.mark.parametrize(
    "sentence",
    [
        "Orrin's shares closed down more than 7 per cent.",
        "Profit fell nearly 8% to $512m.",
        "Revenue rose about 12 per cent to $4.2bn.",
    ],
)
def test_a_change_told_with_a_hedge_is_a_change(sentence: str) -> None:
    f = feats(sentence)
    assert percent_subject(f, f.numbers[0]) == CHANGE


# a bound on a percentage that the other's figure keeps is no discrepancy (was "60% vs
# 63.8%"; "rose more than 10%" against "rose 12%" was one with the hedge read as a change)
@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Turnout was more than 60%, the commission said.",
         "Turnout was 63.8%, the commission said."),
        ("Revenue rose more than 10% in the quarter.", "Revenue rose 12% in the quarter."),
        ("Revenue rose less than 10% in the quarter.", "Revenue rose 9.5% in the quarter."),
    ],
)  # fmt: skip
def test_a_percentage_a_bound_keeps_is_no_discrepancy(a: str, b: str) -> None:
    assert details(a, b) == []


@pytest.mark.parametrize(
    ("a", "b", "detail"),
    [
        ("Turnout was more than 60%, the commission said.",
         "Turnout was 58%, the commission said.", "60% vs 58%"),
        ("Revenue rose more than 10% in the quarter.", "Revenue rose 8% in the quarter.",
         "10% vs 8%"),
    ],
)  # fmt: skip
def test_a_percentage_beyond_the_bound_still_disagrees(a: str, b: str, detail: str) -> None:
    assert details(a, b) == [detail]


# an ECB+ turnout (discrepancy_scan): "almost" a percentage reaches a point, not a fifth
def test_a_percentage_told_almost_is_no_other_several_points_off() -> None:
    a = "Authorities said turnout reached 93.87 percent in the election."
    b = "The Central Election Commission said that turnout was almost 90%."
    assert details(a, b) == ["93.87 percent vs 90%"]


# was "47 percent vs 55 per cent": a candidate's rating against a share of a vote
def test_a_rating_is_not_read_against_a_share() -> None:
    assert (
        details(
            "Okafor's favorability rating stands at 47 percent.",
            "Among voters under 30, 55 per cent back Okafor.",
        )
        == []
    )
