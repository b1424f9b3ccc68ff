"""A length of one unit told with "a" and no figure (reader/analysis/times/one_unit_lengths.py):
"offered a year of free credit monitoring", "for a year", "lasted a week", "a year-long
inquiry" are lengths of one unit, one length with "12 months", "seven days", "a 12-month
inquiry", and disagree with another length; "a year ago", "once a year", "in a year",
"for a year or two" are none."""

from __future__ import annotations

import pytest

from reader.analysis.times.durations import durations
from tests.analysis.sentence_pairs import details, feats, figure_labels, shared_figures

_DAY = 1440
_MINUTES = {"week": 7 * _DAY, "month": 30 * _DAY, "year": 360 * _DAY, "decade": 3600 * _DAY}


def _lengths(text: str) -> list[tuple[str, str]]:
    """Each length ``text`` tells, as written, and its key."""
    return [(d.mention.surface, d.mention.key) for d in durations(feats(text))]


# were no length: "a year" was no figure
@pytest.mark.parametrize(
    ("text", "surface", "unit"),
    [
        ("Orrin will offer affected customers a year of free credit monitoring.", "a year", "year"),
        ("Customers who sign up get a year's free subscription.", "a year", "year"),
        ("The plant was shut for a year while it was rebuilt.", "a year", "year"),
        ("The plant was shut for a full year.", "a full year", "year"),
        ("The strike lasted a week.", "a week", "week"),
        ("It took a month to build the bridge.", "a month", "month"),
        ("She spent a decade in exile.", "a decade", "decade"),
        ("He was sentenced to a year in prison.", "a year", "year"),
        ("The port was closed by a weeklong strike.", "weeklong", "week"),
        ("Ministers ordered a year-long inquiry.", "year-long", "year"),
    ],
)
def test_a_unit_told_with_a_where_it_is_a_length_is_one_of_it(
    text: str, surface: str, unit: str
) -> None:
    assert _lengths(text) == [(surface, f"num:{_MINUTES[unit]:g}")]


# other lengths, moments and rates told with "a year"
@pytest.mark.parametrize(
    "text",
    [
        "The inquiry began a year ago.",
        "A year earlier, the plant had closed.",
        "The plant closed a year after the crash.",
        "A year on, nothing has changed.",
        "Inspections happen once a year.",
        "The fee is $50 a year.",
        "The plant will reopen in a year.",
        "The plant must reopen within a year.",
        "The plant was shut for a year or two.",
        "The plant was shut for more than a year.",
        "It was a year of turmoil.",
        "He drove a year-old car.",
    ],
)
def test_a_year_that_is_no_length_of_one_is_read_as_none(text: str) -> None:
    assert _lengths(text) == []


def test_a_year_and_a_half_stays_one_and_a_half() -> None:
    assert _lengths("The plant was shut for a year and a half.") == [
        ("a year and a half", f"num:{1.5 * _MINUTES['year']:g}")
    ]


def test_a_year_long_inquiry_tells_a_kind_of_inquiry() -> None:
    (d,) = durations(feats("Ministers ordered a year-long inquiry."))
    assert d.mention.qualifier


def test_a_year_long_ban_is_the_ban_s_length() -> None:
    (d,) = durations(feats("The athlete was handed a year-long ban."))
    assert not d.mention.qualifier


# were no match
@pytest.mark.parametrize(
    ("a", "b", "shown"),
    [
        ("Orrin will offer customers a year of free credit monitoring.",
         "Orrin will offer customers 12 months of free credit monitoring.",
         "a year ≈ 12 months (same length)"),
        ("The plant was shut for a year.", "The plant was shut for 12 months.",
         "a year ≈ 12 months (same length)"),
        ("The strike lasted a week.", "The strike lasted seven days.",
         "a week ≈ seven days (same length)"),
        ("Ministers ordered a year-long inquiry.", "Ministers ordered a 12-month inquiry.",
         "year-long ≈ 12-month (same length)"),
    ],
)  # fmt: skip
def test_a_length_of_one_unit_is_one_with_it_told_in_another(a: str, b: str, shown: str) -> None:
    assert figure_labels(feats(a), feats(b)) == [shown]


# were no discrepancy
@pytest.mark.parametrize(
    ("a", "b", "detail"),
    [
        ("The strike lasted a week.", "The strike lasted 10 days.", "a week vs 10 days"),
        ("Orrin will offer customers a year of free credit monitoring.",
         "Orrin will offer customers two years of free credit monitoring.",
         "a year vs two years"),
    ],
)  # fmt: skip
def test_a_length_of_one_unit_disagrees_with_another(a: str, b: str, detail: str) -> None:
    assert details(a, b) == [detail]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The drought lasted a decade.", "The drought lasted 12 years."),  # a round count
        ("The inquiry began a year ago.", "The inquiry began 18 months ago."),
        ("Inspections happen once a year.", "Inspections happen every six months."),
    ],
)
def test_a_decade_rounded_or_a_year_that_is_no_length_is_no_discrepancy(a: str, b: str) -> None:
    assert details(a, b) == []


# months and years converted already: a guard
def test_a_two_year_contract_is_24_months() -> None:
    assert shared_figures(
        "The union accepted a two-year contract.", "The contract runs for 24 months."
    ) == [("two", "24")]


# were no match: one unit told with "a" and with a figure, the same unit on both sides
@pytest.mark.parametrize(
    ("a", "b", "shown"),
    [
        ("Orrin will offer customers a year of free credit monitoring.",
         "Orrin will offer customers one year of free credit monitoring.",
         "a year ≈ one year (same length)"),
        ("The strike lasted one week.", "The strike lasted a week.",
         "one week ≈ a week (same length)"),
    ],
)  # fmt: skip
def test_a_length_told_with_a_and_with_one_is_one_length(a: str, b: str, shown: str) -> None:
    assert figure_labels(feats(a), feats(b)) == [shown]


# told alike with "a" on both sides: no figure to show
def test_a_year_told_alike_with_a_is_no_figure_match() -> None:
    text = "The plant was shut for a year."
    assert figure_labels(feats(text), feats(text)) == []
