"""No note of conversion between two lengths a reader tells one from the other at a
glance (fifty-fifth session, reader.analysis.times.length_partners): "a year ≈ 12 months",
"one week ≈ seven days", "an hour ≈ 60 minutes", "1 Jahr ≈ 12 months" are one length with
nothing to convert; "12 years ≈ 144 months" and "two weeks ≈ 14 days" keep theirs."""

from __future__ import annotations

import pytest

from reader.analysis.mentions import link_mentions
from tests.analysis.sentence_pairs import feats


def _label(a: str, b: str, language: str | None = None) -> str:
    (link,) = link_mentions([feats(a, language)], [feats(b)], {0: [0]}, {0: [0]})
    return link.label


# were "(converted: 1 year is 12 months)", "(converted: 1 week is 7 days)", ...
@pytest.mark.parametrize(
    ("a", "b", "label"),
    [
        ("He was banned for one year.", "He was banned for 12 months.",
         "one year ≈ 12 months (same length)"),
        ("He was banned for a year.", "He was banned for 12 months.",
         "a year ≈ 12 months (same length)"),
        ("The ban lasts one week.", "The ban lasts seven days.",
         "one week ≈ seven days (same length)"),
        ("The talks lasted an hour.", "The talks lasted 60 minutes.",
         "an hour ≈ 60 minutes (same length)"),
        ("The talks lasted one day.", "The talks lasted 24 hours.",
         "one day ≈ 24 hours (same length)"),
    ],
)  # fmt: skip
def test_one_of_a_unit_against_its_count_of_the_next_has_no_note(
    a: str, b: str, label: str
) -> None:
    assert _label(a, b) == label


# was "1 Jahr ≈ 12 months (converted: 1 year is 12 months)"
def test_nor_in_another_language() -> None:
    a, b = "Er wurde für 1 Jahr gesperrt.", "He was banned for 12 months."
    assert _label(a, b, "German") == "1 Jahr ≈ 12 months (same length)"


# the guards (as on main): a conversion that does a sum keeps its note
@pytest.mark.parametrize(
    ("a", "b", "label"),
    [
        ("He was jailed for 12 years.", "He was sentenced to 144 months in prison.",
         "12 years ≈ 144 months (converted: 12 years is 144 months)"),
        ("The ban lasts two weeks.", "The ban lasts 14 days.",
         "two weeks ≈ 14 days (converted: 2 weeks is 14 days)"),
    ],
)  # fmt: skip
def test_a_conversion_that_does_a_sum_keeps_its_note(a: str, b: str, label: str) -> None:
    assert _label(a, b) == label
