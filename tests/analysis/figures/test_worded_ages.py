"""Ages told in English words, and a person's age after "of", are ages: "a six-year-old
boy", "aged six", "a boy of six" (reader/analysis/figures/worded_ages.py)."""

from __future__ import annotations

import pytest

from tests.analysis.sentence_pairs import details, feats, shared_figures


def _ages(text: str) -> list[tuple[str, str]]:
    return [(m.surface, m.key) for m in feats(text).numbers if m.unit_word == "age"]


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("The youngest was a six-year-old boy.", ("six-year-old", "age:6")),
        ("The twenty-seven-year-old man was rescued.", ("twenty-seven-year-old", "age:27")),
        ("She was six years old.", ("six years old", "age:6")),
        ("A girl aged six survived.", ("aged six", "age:6")),
        ("The youngest, a boy of six, died.", ("six", "age:6")),
        ("A woman of 40 who lives nearby saw it.", ("40", "age:40")),
    ],
)
def test_an_age_in_words_or_after_of_is_an_age(text: str, age: tuple[str, str]) -> None:
    assert _ages(text) == [age]


@pytest.mark.parametrize(
    "text",
    [
        "He was a man of two minds about it.",
        "He is a father of six.",  # his children
        "She gave birth to a baby of 4.5kg.",
        "He served six years in prison.",
    ],
)
def test_a_count_after_a_person_or_of_years_is_no_age(text: str) -> None:
    assert _ages(text) == []


def test_a_count_after_an_age_stays_a_count() -> None:
    text = "Eight children, the youngest a boy of six, and six women died."
    assert [(m.key, m.unit_word) for m in feats(text).numbers] == [
        ("num:8", "children"),
        ("age:6", "age"),
        ("num:6", "women"),
    ]


def test_one_age_told_in_words_and_after_of_is_one_figure() -> None:
    a, b = "The youngest was a six-year-old boy.", "The youngest was a boy of six."
    assert shared_figures(a, b) == [("six-year-old", "six")]


def test_two_ages_told_in_words_disagree() -> None:
    a, b = "Among the dead was a six-year-old boy.", "Among the dead was a boy of eight."
    assert details(a, b) == ["six-year-old vs eight"]
