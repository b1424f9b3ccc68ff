"""Tests of reader/analysis/figures/match_scores.py: a match's result is one figure of its
sentence ("2-1"), of a kind (a match's, a shootout's, two legs'), matched with the same
result and with no count sharing one of its figures."""

from __future__ import annotations

import pytest

from tests.analysis.sentence_pairs import feats, shared_figures


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
