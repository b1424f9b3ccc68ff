"""A share told as a part of a counted whole and as a percentage ("1,950 of the 2,500
members" and "78% of members": reader/analysis/figures/count_shares.py) is a rough
Numbers match, never a discrepancy."""

from __future__ import annotations

import pytest

from reader.analysis.figures.count_shares import count_wholes
from tests.analysis.sentence_pairs import details, feats, figure_labels, shared_figures

_BALLOT = "In the ballot, 1,950 of the 2,500 members who voted backed strike action."


@pytest.mark.parametrize(
    ("text", "read"),
    [
        (_BALLOT, [("1,950 of the 2,500", 78.0)]),
        ("Some 120 of its 400 staff will lose their jobs.", [("120 of its 400", 30.0)]),
        ("Seven of the nine judges agreed.", [("Seven of the nine", 700 / 9)]),
        ("Of the 2,500 members, 1,950 backed a strike.", []),
        ("He scored 3 goals in 20 games.", []),
    ],
)
def test_what_parts_of_a_whole_are_read(text: str, read: list[tuple[str, float]]) -> None:
    assert [(m.surface, share) for m, share in count_wholes(feats(text))] == read


# were no match: the part and the whole counted nothing of their own
def test_a_part_of_a_whole_and_the_percentage_it_makes_are_one_figure() -> None:
    b = "In the strike ballot, 78% of members who voted backed a walkout."
    assert shared_figures(_BALLOT, b) == [("1,950 of the 2,500", "78%")]


def test_the_evidence_is_the_share_the_part_makes() -> None:
    b = feats("In the strike ballot, 78% of members who voted backed a walkout.")
    assert figure_labels(feats(_BALLOT), b) == ["1,950 of the 2,500 ≈ 78% (share: 78%)"]


def test_the_share_is_read_at_the_percentage_s_precision() -> None:
    a = "Some 71 of the 250 staff at the depot went on strike on Monday."
    b = "At the depot 28.6% of staff went on strike on Monday."
    assert shared_figures(a, b) == []


def test_a_share_read_to_the_percentage_s_decimal_is_one_figure() -> None:
    a = "Some 71 of the 250 staff at the depot went on strike on Monday."
    b = "At the depot 28.4% of staff went on strike on Monday."
    assert shared_figures(a, b) == [("71 of the 250", "28.4%")]


def test_a_part_of_a_whole_far_from_the_percentage_is_no_discrepancy() -> None:
    b = "In the strike ballot, 71% of members who voted backed a walkout."
    assert (shared_figures(_BALLOT, b), details(_BALLOT, b)) == ([], [])
