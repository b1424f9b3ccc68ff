"""A length told in decades ("four decades", "drei Jahrzehnte") is a length of years, a
round one: it agrees with a count of years it rounds (up to half a decade off) and
disagrees with one further off (reader.analysis.times.durations)."""

from __future__ import annotations

import pytest

from reader.analysis.times.durations import durations
from tests.analysis.sentence_pairs import details, feats


def test_decades_are_read_as_years() -> None:
    (told,) = durations(feats("He taught there for four decades."))
    assert told.mention.key == f"num:{40 * 12 * 30 * 24 * 60:g}"


@pytest.mark.parametrize(
    ("a", "b", "language", "detail"),
    [
        ("He taught at Brackenmoor for four decades.", "He taught at Brackenmoor for 25 years.",
         None, "four decades vs 25 years"),
        ("It was the worst flood in four decades.", "It was the worst flood in 25 years.",
         None, "four decades vs 25 years"),
        ("She served two decades in the senate.", "She served 12 years in the senate.",
         None, "two decades vs 12 years"),
        ("Er lehrte dort vier Jahrzehnte lang.", "Er lehrte dort 25 Jahre lang.",
         "German", "vier Jahrzehnte vs 25 Jahre"),
    ],
)  # fmt: skip
def test_decades_disagree_with_years_they_do_not_round(
    a: str, b: str, language: str | None, detail: str
) -> None:
    assert details(a, b, language) == [detail]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("He taught at Brackenmoor for four decades.", "He taught at Brackenmoor for 43 years."),
        ("He taught at Brackenmoor for four decades.", "He taught at Brackenmoor for 36 years."),
        ("It was the worst flood in four decades.", "It was the worst flood in 40 years."),
        ("After four decades of war, peace came.", "After 43 years of war, peace came."),
        ("The decades-long feud ended.", "The 40-year feud ended."),
    ],
)  # fmt: skip
def test_decades_agree_with_the_years_they_round(a: str, b: str) -> None:
    assert details(a, b) == []
