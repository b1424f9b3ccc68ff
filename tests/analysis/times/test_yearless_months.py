"""Months told without a year (audit F13): read after their preposition, and compared
when both sentences tell that one time of one act ("began in January" vs "began in
February"); no alarm for two acts or a month told again."""

from __future__ import annotations

import pytest

from reader.analysis.times.yearless_months import yearless_months
from reader.model import DiscrepancyKind
from tests.analysis.sentence_pairs import details, feats, only_conflict


@pytest.mark.parametrize(
    ("a", "b", "language", "detail"),
    [
        ("The trial began in January.", "The trial began in February.", None,
         "January vs February"),
        ("O julgamento começou em janeiro.", "O julgamento começou em fevereiro.",
         "Portuguese", "janeiro vs fevereiro"),
        ("Le procès a commencé en janvier.", "Le procès a commencé en février.", "French",
         "janvier vs février"),
        ("Der Prozess begann im Januar.", "Der Prozess begann im Februar.", "German",
         "Januar vs Februar"),
        ("El juicio comenzó en enero.", "El juicio comenzó en febrero.", "Spanish",
         "enero vs febrero"),
        ("Il processo è iniziato a gennaio.", "Il processo è iniziato a febbraio.", "Italian",
         "gennaio vs febbraio"),
        # against a date of another month
        ("The trial began in January.", "The trial began on February 3.", None,
         "January vs February 3"),
    ],
)  # fmt: skip
def test_two_months_of_one_act(a: str, b: str, language: str | None, detail: str) -> None:
    assert only_conflict(a, b, language) == (DiscrepancyKind.DATE.value, detail, True)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The building was inspected in June.", "The building will reopen in July."),
        ("The trial began in January.", "The trial began in January."),
        ("The trial, which opened in March, began in January.", "The trial began in May."),
    ],
)  # fmt: skip
def test_no_alarm(a: str, b: str) -> None:
    assert details(a, b) == []


def test_a_month_with_a_day_or_year_is_a_date() -> None:
    assert yearless_months(feats("It began in January 2024 and ended in March 3.")) == []


def test_may_the_verb_is_no_month() -> None:
    assert yearless_months(feats("He said the trial in may be delayed.")) == []
