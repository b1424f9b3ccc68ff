"""A margin told by its figure hyphened to "points" counts points (reader/analysis/
figures/hyphened_points.py): "a 4.6-percentage-point lead" is "by 4.6 points", not a kind
of lead; "a 10-point plan", "a 12-year-old", "a 3-2 win", "a 5-mile stretch" are read as
before."""

from __future__ import annotations

import pytest

from tests.analysis.sentence_pairs import details, feats, shared_figures


@pytest.mark.parametrize(
    "text",
    [
        "The alliance finished with a 4.6-percentage-point lead.",
        "The alliance finished with a 4.6 percentage point lead.",
        "The alliance won by 4.6 percentage points.",
        "The alliance had a 4.6-point lead over the Civic Union.",
        "Support fell in a 4.6-point drop.",
    ],
)
def test_a_figure_hyphened_to_points_of_a_margin_counts_points(text: str) -> None:
    assert [(m.surface, m.unit_word, m.qualifier) for m in feats(text).numbers] == [
        ("4.6", "point", False)
    ]


def test_a_percentage_point_is_no_percentage() -> None:
    assert [m.key for m in feats("The party won by 4.6 percentage points.").numbers] == ["num:4.6"]


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("He unveiled a 10-point plan.", ("10", "point", True)),
        ("He hit a three-point shot.", ("three", "point", True)),
        ("A 5-mile stretch was closed.", ("5", "mile", True)),
        ("An eight-year offer was made.", ("eight", "year", True)),
        ("A 12-year-old boy was hurt.", ("12-year-old", "age", False)),
    ],
)  # fmt: skip
def test_other_hyphened_figures_read_as_before(text: str, read: tuple[str, str, bool]) -> None:
    assert [(m.surface, m.unit_word, m.qualifier) for m in feats(text).numbers] == [read]


def test_a_score_counts_nothing_as_before() -> None:
    # one figure, the match's result (reader.analysis.figures.match_scores)
    assert [(m.surface, m.unit_word) for m in feats("They won a 3-2 win.").numbers] == [
        ("3-2", ""),
    ]


def test_a_lead_in_points_is_the_margin_by_points() -> None:
    # the results story (tests/data/pages/election_*)
    a = "Marsh's party beat the Civic Union by 4.6 points, the widest margin since 1998."
    b = "The alliance finished with a 4.6-percentage-point lead over the Civic Union."
    assert shared_figures(a, b) == [("4.6", "4.6")]


def test_two_margins_in_points_disagree() -> None:
    a = "Marsh won by a 4.6-point margin."
    assert details(a, "Marsh won by a 3.2-point margin.") == ["4.6 vs 3.2"]


def test_two_plans_of_points_do_not_disagree() -> None:
    assert details("He unveiled a 10-point plan.", "He unveiled a 12-point plan.") == []
