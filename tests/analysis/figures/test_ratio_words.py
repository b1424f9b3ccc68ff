"""A share told as a ratio in words (reader/analysis/figures/fraction_words.py): "Three in
five cases were in children under five" is 60% of them, "one in four were adults" a
quarter (tests/data/pages/outbreak_*); such a ratio and the percentage or the fraction
the other sentence tells it by are a rough Numbers match, never a discrepancy."""

from __future__ import annotations

import pytest

from reader.analysis.figures.fraction_words import fractions
from tests.analysis.sentence_pairs import details, feats, figure_labels, shared_figures


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("Three in five cases were in children.", [("Three in five", "pct:60")]),
        ("One in every four patients was an adult.", [("One in every four", "pct:25")]),
        ("1 in 10 people caught it.", [("1 in 10", "pct:10")]),
        ("Nine out of 10 voters agreed.", [("Nine out of 10", "pct:90")]),
        ("He scored one in five minutes.", []),
        ("They won two in 2019.", []),
        ("Five in four is no share.", []),
    ],
)  # fmt: skip
def test_what_ratios_in_words_are_read(text: str, read: list[tuple[str, str]]) -> None:
    assert [(m.surface, m.key) for m in fractions(feats(text))] == read


# were no match: a ratio in words was read as no share
def test_a_ratio_and_the_percentage_it_tells_are_one_figure() -> None:
    a = "Children under five account for 60% of cases, the institute said."
    b = "Three in five cases were in children under five, the institute said."
    assert ("60%", "Three in five") in shared_figures(a, b)


def test_a_ratio_and_the_fraction_it_tells_are_one_figure() -> None:
    a = "A quarter of cases were in adults, the institute said."
    b = "One in four cases were in adults, the institute said."
    assert ("A quarter", "One in four") in shared_figures(a, b)


# was "A quarter ≈ One in four (rounded)": neither is rounded from the other
def test_a_ratio_and_the_fraction_of_its_value_are_the_same_share() -> None:
    a = feats("A quarter of cases were in adults, the institute said.")
    b = feats("One in four cases were in adults, the institute said.")
    assert figure_labels(a, b) == ["A quarter ≈ One in four (same share)"]


def test_a_fraction_near_the_other_s_value_is_rounded() -> None:
    a = feats("A third of cases were in adults, the institute said.")
    b = feats("Three in ten cases were in adults, the institute said.")
    assert figure_labels(a, b) == ["A third ≈ Three in ten (rounded)"]


def test_two_fractions_of_one_value_are_one_figure() -> None:
    a = "A quarter of cases were in adults, the institute said."
    b = "One quarter of cases were in adults, the institute said."
    assert ("A quarter", "One quarter") in shared_figures(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Three in five cases were in children.", "About 70% of cases were in children."),
        ("One in four cases were adults.", "A third of cases were adults."),
    ],
)
def test_a_ratio_far_from_the_other_share_is_no_figure_and_no_discrepancy(a: str, b: str) -> None:
    assert shared_figures(a, b) == []
    assert details(a, b) == []
