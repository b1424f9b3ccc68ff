"""Percentages of a results story: the turnout is no party's share, and a poll's figure
before the vote is not the result; two shares, two turnouts, two polls still disagree."""

from __future__ import annotations

import pytest

from reader.analysis.figures.percent_subjects import POLL, TURNOUT, percent_subject
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
