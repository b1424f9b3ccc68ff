"""A share told as a fraction in words and as a percentage
(reader/analysis/figures/fraction_words.py): "Two-thirds of his victims" and "About 67% of
the victims" (tests/data/pages/court_*) are one figure, rounded, a rough Numbers match; a
fraction far from the percentage, an ordinal or "half an hour" is none, and no
discrepancy is told of a fraction."""

from __future__ import annotations

import pytest

from reader.analysis.figures.fraction_words import fractions
from reader.analysis.mentions import link_mentions
from tests.analysis.sentence_pairs import details, feats, shared_figures


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("Two-thirds of his victims were over 70.", [("Two-thirds", "pct:66.6667")]),
        ("Three quarters of the homes were flooded.", [("Three quarters", "pct:75")]),
        ("A third of the homes were flooded.", [("A third", "pct:33.3333")]),
        ("Half of the voters stayed home.", [("Half", "pct:50")]),
        ("one-fifth of the budget", [("one-fifth", "pct:20")]),
        ("It cuts the risk of a heart attack by a third.", [("a third", "pct:33.3333")]),
        ("He waited half an hour.", []),
        ("A third man was arrested.", []),
        ("He was convicted on the third of five counts.", []),
        ("The fifth of July was calm.", []),
    ],
)  # fmt: skip
def test_what_fractions_in_words_are_read(text: str, read: list[tuple[str, str]]) -> None:
    assert [(m.surface, m.key) for m in fractions(feats(text))] == read


@pytest.mark.parametrize(
    ("a", "b", "figures"),
    [
        ("Two-thirds of his victims were over 70, prosecutors said.",
         "About 67% of the victims were 70 or older.", ("Two-thirds", "67%")),
        ("Three-quarters of the homes were flooded.", "Some 74 percent of the homes were flooded.",
         ("Three-quarters", "74 percent")),
        # either side
        ("About 67% of the victims were 70 or older.",
         "Two-thirds of his victims were over 70, prosecutors said.", ("67%", "Two-thirds")),
    ],
)  # fmt: skip
def test_a_fraction_and_the_percentage_it_rounds_are_one_figure(
    a: str, b: str, figures: tuple[str, str]
) -> None:
    assert (figures[0], figures[1]) in shared_figures(a, b)


def test_the_evidence_says_the_figure_is_rounded() -> None:
    a = "Two-thirds of his victims were over 70, prosecutors said."
    b = "About 67% of the victims were 70 or older."
    links = link_mentions([feats(a)], [feats(b)], {0: [0]}, {0: [0]})
    (link,) = [x for x in links if x.a.surface == "Two-thirds"]
    assert (link.rounded, link.label) == (True, "Two-thirds ≈ 67% (rounded)")


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Two-thirds of his victims were over 70.", "About 60% of the victims were over 70."),
        ("Nearly half of the patients were treated.", "About 40% of the patients were treated."),
    ],
)
def test_a_fraction_far_from_the_percentage_is_no_figure_and_no_discrepancy(a: str, b: str) -> None:
    assert [x for x in shared_figures(a, b) if x[0] != "70"] == []
    assert details(a, b) == []


# "by a third" was no fraction (neither hyphened nor "of"), and a third lay 3.3 points
# from "30 percent", outside ROUGHLY: the study pair's headlines shared no figure
def test_a_change_by_a_third_is_thirty_percent_told_round() -> None:
    a = "A daily pill cuts the risk of a heart attack by a third, a study finds."
    b = "Those on the pill were 30 percent less likely to have a heart attack."
    assert ("a third", "30 percent") in shared_figures(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("It cut the risk by a quarter.", "It cut the risk by 30%."),
        ("It cut the risk by a third.", "It cut the risk by 40 percent."),
        ("It cut the risk by a third.", "It cut the risk by 29%."),
    ],
)
def test_a_fraction_beyond_a_round_percentage_s_rounding_is_no_figure(a: str, b: str) -> None:
    assert shared_figures(a, b) == []
