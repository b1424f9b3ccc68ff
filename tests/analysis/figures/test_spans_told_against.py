"""A span a figure is told against or within ("rose 12% from a year earlier", "than a
year ago", "within a year") is no rate: such a figure compares with a figure told
alone; "$4 million a year", "5% a year", "500 cars a day" are rates, no totals
(reader.analysis.figures.count_terms.same_selection)."""

from __future__ import annotations

import pytest

from tests.analysis.sentence_pairs import details


@pytest.mark.parametrize(
    "b",
    ["Revenue rose 15%.", "Revenue rose 15% on the year.", "Revenue rose 15% from a year earlier."],
)
def test_a_change_from_a_year_earlier_compares_with_one_told_alone(b: str) -> None:
    assert details("Revenue rose 12% from a year earlier.", b) == ["12% vs 15%"]


@pytest.mark.parametrize(
    "a",
    [
        "Sales fell 8% from a year ago.",
        "Sales fell 8% from a month earlier.",
        "Sales fell 8% within a year.",
    ],
)
def test_a_span_told_against_or_within_is_no_rate(a: str) -> None:
    assert details(a, "Sales fell 10%.") == ["8% vs 10%"]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("He earns $4 million a year.", "He earns $5 million."),
        ("The economy grew 5% a year.", "The economy grew 12%."),
        ("The economy grew 5% each year.", "The economy grew 12%."),
        ("The plant makes 500 cars a day.", "The plant made 600 cars last month."),
    ],
)
def test_a_rate_is_no_total(a: str, b: str) -> None:
    assert details(a, b) == []


def test_two_rates_compare() -> None:
    assert details("The plant makes 500 cars a day.", "The plant makes 600 cars a day.") == [
        "500 vs 600"
    ]
