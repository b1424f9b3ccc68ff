"""One length of time told in two units by two linked sentences
(reader/analysis/times/length_partners.py): a British court report's "jailed for 12
years" and a US wire's "sentenced to 144 months" (tests/data/pages/court_*) are one
figure, a rough Numbers match whose evidence says "converted"; lengths that differ, or
told in other frames, are none."""

from __future__ import annotations

import pytest

from reader.analysis.mentions import link_mentions
from tests.analysis.sentence_pairs import feats, shared_figures


@pytest.mark.parametrize(
    ("a", "b", "figures"),
    [
        ("He was jailed for 12 years.", "He was sentenced to 144 months in prison.",
         ("12", "144")),
        ("Prosecutors had asked for 15 years.", "Prosecutors had sought 180 months.",
         ("15", "180")),
        ("His lawyer argued for five years.", "His attorney asked for 60 months.",
         ("five", "60")),
        ("The ban lasts two weeks.", "The ban lasts 14 days.", ("two", "14")),
        ("The talks lasted 48 hours.", "The talks lasted two days.", ("48", "two")),
    ],
)  # fmt: skip
def test_one_length_told_in_two_units_is_one_figure(
    a: str, b: str, figures: tuple[str, str]
) -> None:
    assert shared_figures(a, b) == [figures]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("He was jailed for 12 years.", "He was sentenced to 150 months in prison."),
        ("The ban lasts four weeks.", "The ban lasts one month."),
        # a length against a distance from another moment
        ("The talks lasted two days.", "The talks ended 48 hours later."),
    ],
)
def test_lengths_apart_or_told_in_other_frames_are_no_figure_shared(a: str, b: str) -> None:
    assert shared_figures(a, b) == []


def test_the_evidence_says_the_length_was_converted() -> None:
    a, b = "He was jailed for 12 years.", "He was sentenced to 144 months in prison."
    (link,) = link_mentions([feats(a)], [feats(b)], {0: [0]}, {0: [0]})
    assert (link.rounded, link.label) == (
        True,
        "12 years ≈ 144 months (converted: 12 years is 144 months)",
    )


def test_a_figure_matched_elsewhere_still_takes_its_length_in_another_unit() -> None:
    headline, lead = "A dozen years for a fraud", "The man was sentenced to 144 months."
    jailed = "A man was jailed for 12 years."
    links = link_mentions([feats(jailed)], [feats(headline), feats(lead)], {0: [0, 1]}, {})
    assert sorted((x.a.surface, x.b.surface) for x in links) == [("12", "144"), ("12", "dozen")]
