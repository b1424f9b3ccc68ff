"""A day and an hour told with "a" and no figure, where each is a length
(reader/analysis/times/one_unit_lengths.py), as "a year" is: "shut for a day" is one
length with "shut for 24 hours", "an hour-long meeting" one kind with "a 60-minute
meeting"; "a day after", "once a day", "$5 a day", "an hour later" are no lengths, nor
"a day of mourning" called for or "a day's pay" given."""

from __future__ import annotations

import pytest

from reader.analysis.times.durations import durations
from tests.analysis.sentence_pairs import details, feats, figure_labels


def _lengths(text: str) -> list[tuple[str, str]]:
    """Each length ``text`` tells, as written, and its key in minutes."""
    return [(d.mention.surface, d.mention.key) for d in durations(feats(text))]


# were no length: "a day", "an hour" were no figure
@pytest.mark.parametrize(
    ("text", "surface", "minutes"),
    [
        ("The plant was shut for a day.", "a day", 1440),
        ("The strike lasted a day.", "a day", 1440),
        ("It took a day to clear the road.", "a day", 1440),
        ("Police held him for an hour.", "an hour", 60),
        ("The talks lasted an hour.", "an hour", 60),
        ("The unions called a day-long strike.", "day-long", 1440),
        ("Ministers held an hour-long meeting.", "hour-long", 60),
    ],
)
def test_a_day_or_an_hour_told_where_it_is_a_length_is_one_of_it(
    text: str, surface: str, minutes: int
) -> None:
    assert _lengths(text) == [(surface, f"num:{minutes}")]


# guards (pass on main too, as no day was read): moments, rates, a guess, a bound, what a
# day is of, a day's pay
@pytest.mark.parametrize(
    "text",
    [
        "A day after the crash, police came.",
        "The pills are taken once a day.",
        "Parking costs $5 a day.",
        "An hour later, police came.",
        "The road was closed for an hour or two.",
        "The talks lasted more than an hour.",
    ],
)
def test_a_day_or_an_hour_that_is_no_length_stays_none(text: str) -> None:
    assert _lengths(text) == []


def test_a_day_called_for_is_no_length() -> None:
    assert _lengths("Unions called for a day of mourning.") == []


def test_a_day_s_pay_given_is_no_length() -> None:
    assert _lengths("Staff will get a day's pay.") == []


# were no match
@pytest.mark.parametrize(
    ("a", "b", "shown"),
    [
        ("The plant was shut for a day.", "The plant was shut for 24 hours.",
         "a day ≈ 24 hours (same length)"),
        ("Ministers held an hour-long meeting.", "Ministers held a 60-minute meeting.",
         "hour-long ≈ 60-minute (same length)"),
        ("The talks lasted an hour.", "The talks lasted one hour.",
         "an hour ≈ one hour (same length)"),
    ],
)  # fmt: skip
def test_a_day_or_an_hour_is_one_length_with_it_told_by_a_figure(
    a: str, b: str, shown: str
) -> None:
    assert figure_labels(feats(a), feats(b)) == [shown]


# was no discrepancy
def test_a_day_disagrees_with_another_length() -> None:
    assert details("The plant was shut for a day.", "The plant was shut for two days.") == [
        "a day vs two days"
    ]
