"""Sentence pairs that each tell one share of one thing, close in value, gain a bonus
below the link floor (reader/analysis/linking/told_shares.py): the results story's lead
"... won ... with 52.3% of the vote" and the other report's "the alliance had 53.2
percent of the vote" are linked with the sentence model, and the shares they disagree on
reported, as the lexical method did."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.analysis.linking.told_shares import share_pairs
from tests.analysis.sentence_pairs import feats
from tests.election_pages import election_alignment

LEAD = "Elena Marsh's Progressive Alliance won the election with 52.3% of the vote."


def test_two_close_shares_of_the_vote_are_a_pair() -> None:
    b = "With all districts counted, the Progressive Alliance had 53.2 percent of the vote."
    assert share_pairs([feats(LEAD)], [feats(b)]) == {(0, 0)}


@pytest.mark.parametrize(
    "b",
    [
        # the loser's share, far in value
        "The Civic Union and the Progressive Alliance won 47.7 percent of the vote.",
        # the turnout, not a share
        "Some 53.2 percent of voters cast a ballot for the Progressive Alliance.",
        # of another thing
        "The Progressive Alliance had 53.2 percent of the seats.",
        # two percentages
        "The Progressive Alliance had 53.2 percent of the vote, up from 41 percent.",
        # a percentage of nothing told
        "The Progressive Alliance had 53.2 percent.",
        # nothing else shared
        "Officials had counted 53.2 percent of the vote by noon.",
    ],
)  # fmt: skip
def test_shares_of_other_things_or_far_apart_are_no_pair(b: str) -> None:
    assert share_pairs([feats(LEAD)], [feats(b)]) == set()


def test_the_results_story_reports_its_share_with_the_sentence_model(data_dir: Path) -> None:
    al = election_alignment(data_dir, "semantic")
    assert [d.detail for d in al.discrepancies] == [
        "52.3% vs 53.2 percent",
        "87 vs 85",
        "71% vs 67 percent",
    ]
