"""Sentence pairs that give two of the same telling figures gain a bonus below the link
floor (reader/analysis/linking/told_figures.py): the results release's "GAAP net income
was $512 million, ..., a decrease of 8% ..." and the business story's "Profit fell 8% to
$512m ..." are one claim, with the sentence model and on words alone."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.analysis.linking.told_figures import figure_pairs
from reader.model import MatchKind
from tests.analysis.sentence_pairs import feats
from tests.results_pages import results_alignment

RELEASE = (
    "GAAP net income was $512 million, or $1.23 per diluted share, a decrease of 8% "
    "compared with $557 million, or $1.31 per diluted share, in the third quarter of "
    "fiscal 2025."
)
STORY = "Profit fell 8% to $512m as the company booked $148m in charges for closing data centres."


def test_two_figures_written_alike_make_a_pair() -> None:
    assert figure_pairs([feats(RELEASE)], [feats(STORY)]) == {(0, 0)}


@pytest.mark.parametrize(
    "b",
    [
        # one figure only
        "Profit fell to $512m as the company booked charges for closing data centres.",
        # a year and a small count besides: seldom telling
        "In 2025 the company closed three data centres and cut 8% of its staff.",
        # other values
        "Profit fell 9% to $515m as the company booked $148m in charges.",
    ],
    ids=["one figure", "a year and a count", "other values"],
)
def test_fewer_than_two_telling_figures_make_no_pair(b: str) -> None:
    assert figure_pairs([feats(RELEASE)], [feats(b)]) == set()


def test_small_whole_numbers_are_no_telling_figures() -> None:
    a = "Three people died and two were injured when the bus overturned."
    b = "Two police officers and three firefighters were at the scene."
    assert figure_pairs([feats(a)], [feats(b)]) == set()


def test_two_percentages_are_telling() -> None:
    a = "Turnout rose to 71% from 64% four years ago."
    b = "Some 71 percent voted, against 64 percent last time."
    assert figure_pairs([feats(a)], [feats(b)]) == {(0, 0)}


@pytest.mark.parametrize("method", ["lexical", "semantic"])
def test_the_release_s_net_income_is_linked_to_the_story_s_profit(
    data_dir: Path, method: str
) -> None:
    result = results_alignment(data_dir, method)
    text_a, text_b = result.a.text, result.b.text
    linked = {
        (text_a[m.a.start : m.a.end][:20], text_b[m.b.start : m.b.end][:11])
        for m in result.matches
        if m.kind is MatchKind.CLAIM
    }
    assert ("GAAP net income was ", "Profit fell") in linked
