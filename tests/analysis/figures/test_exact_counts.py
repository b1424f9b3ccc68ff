"""An exact count keeps every digit it is told with (reader/analysis/figures/digit_mentions.py,
count_key): "1,204,331" and "1,204,333" votes are two tallies, not one value of six
significant digits; a figure that six digits tell keeps the key every figure has, and a
count told rounded still agrees with the exact one (rounded_figures, rounded_partners)."""

from __future__ import annotations

import pytest

from tests.analysis.sentence_pairs import details, shared_figures, sums


def test_an_exact_count_keeps_its_seventh_digit() -> None:
    assert sums("The alliance received 1,204,331 votes.") == [("1,204,331", "num:1204331", "vote")]


def test_two_tallies_apart_in_their_last_digit_disagree() -> None:
    a = "The alliance received 1,204,331 votes in the election."
    b = "The alliance received 1,204,333 votes in the election."
    assert details(a, b) == ["1,204,331 vs 1,204,333"]


def test_a_population_apart_in_its_units_is_no_shared_figure() -> None:
    a = "The census counted 12,204,331 residents in the province."
    b = "The census counted 12,204,338 residents in the province."
    assert shared_figures(a, b) == []


@pytest.mark.parametrize(
    ("text", "key"),
    [("The alliance received 1,200,000 votes.", "num:1.2e+06"),
     ("The alliance received 1.1 million votes.", "num:1.1e+06"),
     ("Some 45,500 runners set off.", "num:45500"),
     ("Turnout rose to 3.25 million voters.", "num:3.25e+06")],
)  # fmt: skip
def test_a_figure_six_digits_tell_keeps_the_short_key(text: str, key: str) -> None:
    assert [k for _, k, _ in sums(text)] == [key]


@pytest.mark.parametrize(
    ("a", "b"),
    [("The alliance received 1,204,331 votes.", "The alliance had about 1.2 million votes."),
     ("The alliance received 1,200,000 votes.", "The alliance received 1.2 million votes."),
     ("The alliance received 1,204,331 votes.", "The alliance received 1,204,331 votes.")],
)  # fmt: skip
def test_a_count_told_alike_or_rounded_still_agrees(a: str, b: str) -> None:
    assert details(a, b) == []
    assert len(shared_figures(a, b)) == 1
