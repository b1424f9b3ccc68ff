"""A poll's shares are each a candidate's: "Okafor leads Lindqvist 42% to 38%", "55%
support Okafor"; two candidates' shares never compare, and a race's two shares make the
lead a report tells by its size."""

from __future__ import annotations

import pytest

from reader.analysis.figures.race_shares import races, share_owner
from tests.analysis.sentence_pairs import details, feats, shared_figures


def _races(text: str) -> list[tuple[str, str, str | None, str | None]]:
    return [(r.first.surface, r.second.surface, r.leader, r.other) for r in races(feats(text))]


@pytest.mark.parametrize(
    ("text", "race"),
    [
        (
            "Margaret Okafor leads Daniel Lindqvist 42% to 38% among likely voters.",
            ("42%", "38%", "margaret okafor", "daniel lindqvist"),
        ),
        (
            "Lindqvist leads among voters 65 and older, 51% to 36%.",
            ("51%", "36%", "lindqvist", None),
        ),
        (
            "Okafor trails Lindqvist 38 per cent to 42 per cent.",
            ("38 per cent", "42 per cent", "okafor", "lindqvist"),
        ),
    ],
)
def test_a_race_s_shares_are_read_with_their_candidates(
    text: str, race: tuple[str, str, str | None, str | None]
) -> None:
    assert _races(text) == [race]


@pytest.mark.parametrize(
    "text",
    [
        "The minister raised the top rate from 45% to 47% on Saturday.",
        "Okafor leads the field, while turnout may reach 60% to 65%.",
        "Okafor 42%, Lindqvist 38%.",
    ],
)
def test_no_race_without_a_verb_of_leading(text: str) -> None:
    assert _races(text) == []


@pytest.mark.parametrize(
    ("text", "share", "owner"),
    [
        ("Among voters under 30, 55% support Okafor and 29% support Lindqvist.", "55%", "okafor"),
        (
            "Among voters under 30, 55% support Okafor and 29% support Lindqvist.",
            "29%",
            "lindqvist",
        ),
        ("Some 29 per cent of likely voters back Mr Lindqvist.", "29 per cent", "lindqvist"),
        ("Okafor leads Lindqvist 42% to 38%.", "38%", "lindqvist"),
        ("Turnout was 64%, Okafor said.", "64%", None),
    ],
)
def test_whose_share(text: str, share: str, owner: str | None) -> None:
    f = feats(text)
    (m,) = [m for m in f.numbers if m.surface == share]
    assert share_owner(f, m) == owner


# was "51% vs 55 per cent" and "36% vs 55 per cent": Lindqvist's share among older voters
# against Okafor's among younger ones
def test_two_candidates_shares_do_not_compare() -> None:
    assert (
        details(
            "Lindqvist leads among voters 65 and older, 51% to 36%.",
            "Among voters under 30, 55 per cent back Ms Okafor, while Mr Lindqvist is ahead"
            " by 15 points among those aged 65 and over.",
        )
        == []
    )


# was none: the leader's 42% had the led candidate's name nearest before it
def test_one_candidate_s_shares_disagree() -> None:
    assert details(
        "Okafor leads Lindqvist 42% to 38% among likely voters, according to a new"
        " Brightline Research poll.",
        "The Brightline Research survey puts Ms Okafor, the Progressive Alliance candidate,"
        " on 41 per cent and Mr Lindqvist on 38 per cent.",
    ) == ["42% vs 41 per cent"]


# was no match: "15 points" had no partner
def test_a_lead_matches_the_two_shares() -> None:
    assert shared_figures(
        "Lindqvist leads among voters 65 and older, 51% to 36%.",
        "Mr Lindqvist is ahead by 15 points among those aged 65 and over.",
    ) == [("51% to 36%", "15")]


def test_a_lead_of_another_size_is_no_match() -> None:
    assert (
        shared_figures(
            "Lindqvist leads among voters 65 and older, 51% to 36%.",
            "Mr Lindqvist is ahead by 12 points among those aged 65 and over.",
        )
        == []
    )
