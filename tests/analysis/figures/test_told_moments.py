"""A running figure told as it stood by a moment ("By Tuesday, 12 people had died")
compares only with one told by the same moment or by none (reader/analysis/figures/
told_moments.py): "By Tuesday, 12" and "By Friday, 40" are both right."""

from __future__ import annotations

import pytest

from reader.analysis.figures.told_moments import moment_told
from tests.analysis.sentence_pairs import details, feats


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("By Tuesday, 12 people had died in the valley, officials said.",
         "By Friday, 40 people had died in the valley, officials said."),
        ("As of Monday night, 12 people were missing.", "As of Thursday, 40 people were missing."),
        ("The storm had destroyed 120 homes by midday.",
         "The storm had destroyed 300 homes by nightfall."),
        ("By June 3, the flood had killed 12 people.",
         "By June 6, the flood had killed 40 people."),
        ("The toll had reached 12 by 10 a.m.", "The toll had reached 40 by 6 p.m."),
        ("By the evening, 58 people had died.", "By midday, 41 people had died."),
    ],
)  # fmt: skip
def test_figures_told_by_two_moments_are_no_discrepancy(a: str, b: str) -> None:
    assert details(a, b) == []


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("By Tuesday, 12 people had died in the valley.",
         "By Tuesday, 14 people had died in the valley."),
        ("By Tuesday night, 12 people had died.", "By Tuesday night, 14 people had died."),
        ("By Tuesday, 12 people had died in the valley.", "Floods killed 14 people in the valley."),
    ],
)  # fmt: skip
def test_figures_told_by_one_moment_or_none_still_differ(a: str, b: str) -> None:
    assert details(a, b) == ["12 vs 14"]


@pytest.mark.parametrize(
    ("sentence", "moment"),
    [
        ("By Tuesday, 12 people had died.", "tuesday"),
        ("By late Tuesday night, 12 people had died.", "tuesday night"),
        ("As of 3 June, 12 people had died.", "3 june"),
        ("The toll had reached 12 by 3 p.m.", "3 pm"),
        ("By the end of the week, 12 people had died.", "the end of the week"),
        ("Twelve people died on Tuesday.", None),
        # another clause's moment is not the figure's
        ("Rescuers hope to finish by Friday, and 12 people are missing.", None),
    ],
)
def test_the_moment_a_figure_is_told_by(sentence: str, moment: str | None) -> None:
    f = feats(sentence)
    assert moment_told(f, f.numbers[0]) == moment


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("By Tuesday, 12 people had died in the valley, officials said.",
         "By Friday, 12 people had died in the valley, officials said."),
        ("By June 3, the flood had killed 12 people.",
         "By June 6, the flood had killed 12 people."),
        ("The toll had reached 12 by 10 a.m.", "The toll had reached 12 by 6 p.m."),
    ],
)  # fmt: skip
def test_the_moments_two_counts_are_told_by_are_no_discrepancy(a: str, b: str) -> None:
    assert details(a, b) == []


@pytest.mark.parametrize(
    ("a", "b", "detail"),
    [
        # a deadline is no count's moment
        ("The bridge will reopen by Tuesday.", "The bridge will reopen by Friday.",
         "Tuesday vs Friday"),
        ("The flood hit the valley on Tuesday, killing 12 people.",
         "The flood hit the valley on Friday, killing 12 people.", "Tuesday vs Friday"),
    ],
)  # fmt: skip
def test_other_days_still_differ(a: str, b: str, detail: str) -> None:
    assert details(a, b) == [detail]
