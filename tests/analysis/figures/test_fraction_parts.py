"""A part told as a fraction of a whole and as a count
(reader/analysis/figures/fraction_parts.py): "Half of the 40 homes" and "Twenty homes" are
one figure, a rough Numbers match shown by the part it makes; another value, another
noun, a fraction with no whole, or a period ("the first half of 2023") is none, and no
discrepancy is told of it."""

from __future__ import annotations

import pytest

from reader.analysis.figures.fraction_parts import fraction_wholes
from tests.analysis.sentence_pairs import details, feats, figure_labels, shared_figures


@pytest.mark.parametrize(
    ("a", "b", "figures"),
    [
        ("Half of the 40 homes on Alder Street burned.", "Twenty homes on Alder Street burned.",
         ("Half of the 40", "Twenty")),
        ("A third of the 300 staff were laid off on Monday.",
         "The firm laid off 100 staff on Monday.", ("A third of the 300", "100")),
        ("Three-quarters of the 400 homes in the valley lost power.",
         "About 300 homes in the valley lost power.", ("Three-quarters of the 400", "300")),
        ("Two-thirds of the 90 passengers were British.", "Sixty passengers were British.",
         ("Two-thirds of the 90", "Sixty")),
        # a part rounded to the nearest whole: a third of 40 is 13.3
        ("A third of its 40 workers walked out.", "Thirteen workers walked out.",
         ("A third of its 40", "Thirteen")),
        # either side
        ("Twenty homes on Alder Street burned.", "Half of the 40 homes on Alder Street burned.",
         ("Twenty", "Half of the 40")),
    ],
)  # fmt: skip
def test_a_fraction_of_a_whole_and_the_count_it_makes_are_one_figure(
    a: str, b: str, figures: tuple[str, str]
) -> None:
    assert figures in shared_figures(a, b)


def test_the_evidence_says_which_part_the_fraction_makes() -> None:
    labels = figure_labels(
        feats("Half of the 40 homes on Alder Street burned."),
        feats("Twenty homes on Alder Street burned."),
    )
    assert labels == ["Half of the 40 ≈ Twenty (part: 20)"]


def test_the_evidence_tells_a_s_figure_first() -> None:
    labels = figure_labels(
        feats("Twenty homes on Alder Street burned."),
        feats("Half of the 40 homes on Alder Street burned."),
    )
    assert labels == ["Twenty ≈ Half of the 40 (part: 20)"]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # another value
        ("Half of the 40 homes on Alder Street burned.", "Fifteen homes on Alder Street burned."),
        # another noun
        ("Half of the 40 homes on Alder Street burned.", "Twenty cars on Alder Street burned."),
        # no fraction of the whole: the whole is a whole
        ("All 40 homes on Alder Street burned.", "Twenty homes on Alder Street burned."),
        # a period, not a part
        ("In the first half of 2023, 40 homes were sold.", "In 2023, 20 homes were sold."),
    ],
)  # fmt: skip
def test_no_part_is_matched_where_none_is_told(a: str, b: str) -> None:
    assert not [pair for pair in shared_figures(a, b) if pair[1] in ("Fifteen", "Twenty", "20")]


def test_a_fraction_of_another_value_is_no_discrepancy() -> None:
    """Homes burned and homes destroyed may both be right: the fraction is never told
    against a count."""
    assert details("Half of the 40 homes burned.", "Fifteen homes burned.") == []


@pytest.mark.parametrize(
    ("sentence", "read"),
    [
        ("Half of the 40 homes burned.", [("Half of the 40", "num:20", "home")]),
        ("Two-thirds of 90 passengers were British.", [("Two-thirds of 90", "num:60", "passeng")]),
        ("Half of the voters stayed home.", []),
        ("He waited half an hour for the 40 buses.", []),
    ],
)  # fmt: skip
def test_what_fractions_of_a_whole_are_read(
    sentence: str, read: list[tuple[str, str, str]]
) -> None:
    found = [(m.surface, m.key, noun) for m, _, noun in fraction_wholes(feats(sentence))]
    assert found == read
