"""The ages of a group, told in English (reader/analysis/figures/age_mentions.py): "people
over 50", "the over-50s", "in their 50s, 60s and 70s", "aged 50 to 75" are ages, so that
an age is matched with an age and never with a dose or another count of one value ("people
over 50" and "50 micrograms of vitamin D": tests/data/pages/study_*)."""

from __future__ import annotations

import pytest

from tests.analysis.sentence_pairs import details, feats, shared_figures


def _ages(text: str) -> list[tuple[str, str]]:
    return [(m.surface, m.key) for m in feats(text).numbers if m.key.startswith("age:")]


@pytest.mark.parametrize(
    ("text", "ages"),
    [
        ("It cut the risk in people over 50, the study found.", [("50", "age:50")]),
        ("Adults aged under 18 were left out.", [("18", "age:18")]),
        ("Daily pill cuts risk in over-50s.", [("50", "age:50")]),
        ("People in their 50s, 60s and 70s took part.",
         [("50", "age:50"), ("60", "age:60"), ("70", "age:70")]),
        ("She is in her early 40s.", [("40", "age:40")]),
        ("It enrolled 12,417 adults aged 50 to 75.", [("aged 50", "age:50")]),
    ],
)  # fmt: skip
def test_the_ages_of_a_group_are_ages(text: str, ages: list[tuple[str, str]]) -> None:
    assert _ages(text) == ages


@pytest.mark.parametrize(
    "text",
    [
        "Men over 6 feet tall were measured.",
        "Women over 50% of the staff were nurses.",
        "Workers over 2,000 strong marched.",
        "Turnout among those over 40 percent was low.",
        "Prices rose in the 1990s.",
    ],
)
def test_a_measure_a_share_or_a_decade_of_years_is_no_age(text: str) -> None:
    assert _ages(text) == []


# lexical: "people over 50" was the figure 50 of "50 micrograms of vitamin D a day"
def test_an_age_is_no_dose() -> None:
    a = "A daily vitamin D pill cuts the risk of a heart attack in people over 50."
    b = "The volunteers took 50 micrograms of vitamin D a day or a placebo."
    assert shared_figures(a, b) == []


def test_an_age_of_a_group_is_the_same_age_told_by_decade() -> None:
    a = "The trial gave 12,417 adults aged 50 to 75 vitamin D or a dummy pill."
    b = "People in their 50s, 60s and 70s who took a vitamin D pill had fewer heart attacks."
    assert ("aged 50", "50") in shared_figures(a, b)


def test_a_range_of_ages_and_the_decades_it_spans_are_no_discrepancy() -> None:
    a = "The trial gave 12,417 adults aged 50 to 75 vitamin D or a dummy pill."
    b = "People in their 50s, 60s and 70s who took a vitamin D pill had fewer heart attacks."
    assert details(a, b) == []
