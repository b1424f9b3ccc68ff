"""Lengths told in months and years (reader/analysis/times/durations.py): months and years
compare exactly ("two years" and "24 months"), days and weeks with months within the 28
to 31 days of a calendar month ("90 days" and "three months")."""

from __future__ import annotations

import pytest

from tests.analysis.sentence_pairs import details


@pytest.mark.parametrize(
    ("language", "a", "b"),
    [
        (None, "Johnson was sentenced to two years in prison for the fraud.",
         "Johnson was sentenced to 24 months in prison for the fraud."),
        (None, "Johnson was sentenced to 18 months in prison for the fraud.",
         "Johnson was sentenced to a year and a half in prison for the fraud."),
        (None, "Johnson was sentenced to two and a half years in prison for the fraud.",
         "Johnson was sentenced to 30 months in prison for the fraud."),
        ("German", "Müller wurde wegen Betrugs zu zwei Jahren Haft verurteilt.",
         "Müller wurde wegen Betrugs zu 24 Monaten Haft verurteilt."),
        ("German", "Müller wurde wegen Betrugs zu eineinhalb Jahren Haft verurteilt.",
         "Müller wurde wegen Betrugs zu 18 Monaten Haft verurteilt."),
        ("French", "Dupont a été condamné à deux ans de prison pour fraude.",
         "Dupont a été condamné à 24 mois de prison pour fraude."),
        ("French", "Dupont a été condamné à un an et demi de prison pour fraude.",
         "Dupont a été condamné à 18 mois de prison pour fraude."),
        ("Spanish", "García fue condenado a dos años de cárcel por fraude.",
         "García fue condenado a 24 meses de cárcel por fraude."),
        ("Italian", "Rossi è stato condannato a due anni di carcere per frode.",
         "Rossi è stato condannato a 24 mesi di carcere per frode."),
        ("Portuguese", "Silva foi condenado a dois anos de prisão por fraude.",
         "Silva foi condenado a 24 meses de prisão por fraude."),
    ],
)  # fmt: skip
def test_one_length_in_years_and_months_agrees(language: str | None, a: str, b: str) -> None:
    assert details(a, b, language) == []


@pytest.mark.parametrize(
    ("language", "a", "b", "detail"),
    [
        (None, "Johnson was sentenced to two years in prison for the fraud.",
         "Johnson was sentenced to 30 months in prison for the fraud.",
         "two years vs 30 months"),
        (None, "Johnson was sentenced to 18 months in prison for the fraud.",
         "Johnson was sentenced to two years in prison for the fraud.",
         "18 months vs two years"),
        ("German", "Müller wurde wegen Betrugs zu zwei Jahren Haft verurteilt.",
         "Müller wurde wegen Betrugs zu 30 Monaten Haft verurteilt.",
         "zwei Jahren vs 30 Monaten"),
        ("French", "Dupont a été condamné à deux ans de prison pour fraude.",
         "Dupont a été condamné à 30 mois de prison pour fraude.", "deux ans vs 30 mois"),
        ("Spanish", "García fue condenado a dos años de cárcel por fraude.",
         "García fue condenado a 30 meses de cárcel por fraude.", "dos años vs 30 meses"),
        ("Italian", "Rossi è stato condannato a due anni di carcere per frode.",
         "Rossi è stato condannato a 30 mesi di carcere per frode.", "due anni vs 30 mesi"),
        ("Portuguese", "Silva foi condenado a dois anos de prisão por fraude.",
         "Silva foi condenado a 30 meses de prisão por fraude.", "dois anos vs 30 meses"),
    ],
)  # fmt: skip
def test_two_lengths_in_years_and_months_disagree(
    language: str | None, a: str, b: str, detail: str
) -> None:
    assert details(a, b, language) == [detail]


def test_two_lengths_in_years_disagree_as_figures() -> None:
    a = "Johnson was sentenced to two years in prison for the fraud."
    b = "Johnson was sentenced to three years in prison for the fraud."
    assert details(a, b) == ["two vs three"]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The strike at the Renault plant lasted three months.",
         "The strike at the Renault plant lasted 90 days."),
        ("The strike at the Renault plant lasted two months.",
         "The strike at the Renault plant lasted eight weeks."),
        ("The strike at the Renault plant lasted one year.",
         "The strike at the Renault plant lasted 52 weeks."),
        ("The strike at the Renault plant lasted six weeks.",
         "The strike at the Renault plant lasted 42 days."),
    ],
)  # fmt: skip
def test_a_length_in_days_within_the_months_agrees(a: str, b: str) -> None:
    assert details(a, b) == []


@pytest.mark.parametrize(
    ("a", "b", "detail"),
    [
        ("The strike at the Renault plant lasted three months.",
         "The strike at the Renault plant lasted 60 days.", "three months vs 60 days"),
        ("The strike at the Renault plant lasted two months.",
         "The strike at the Renault plant lasted six weeks.", "two months vs six weeks"),
        ("The strike at the Renault plant lasted six weeks.",
         "The strike at the Renault plant lasted 40 days.", "six weeks vs 40 days"),
    ],
)  # fmt: skip
def test_a_length_in_days_beyond_the_months_disagrees(a: str, b: str, detail: str) -> None:
    assert details(a, b) == [detail]


def test_a_figure_listed_before_a_length_in_years_gives_its_value() -> None:
    # ECB+ 10_1/10_4: the "eight" of the list is the other's "Eight years"
    a = (
        "I can't tell you which answer, eight, 10, 12 years from now would have been "
        "better for the organization."
    )
    assert details(a, '"Eight years is a very long time in baseball and everywhere else."') == []


def test_a_length_in_years_after_a_list_still_disagrees_with_another() -> None:
    a = (
        "I can't tell you which answer, eight, 10, 12 years from now would have been "
        "better for the organization."
    )
    b = '"Nine years is a very long time in baseball and everywhere else."'
    assert details(a, b) == ["12 vs Nine"]


def test_a_length_in_years_hyphened_to_its_noun_in_a_headline_counts_nothing() -> None:
    # ECB+ 10_3/10_9: the "Eight-Year Offer" of one club, the "seven years" of another
    a = "Boston Makes Teixeira an Eight-Year Offer"
    assert details(a, "Boston offered Teixeira a contract for seven years.") == []


def test_two_lengths_in_years_of_one_offer_disagree() -> None:
    a = "Boston offered Teixeira a contract for eight years."
    b = "Boston offered Teixeira a contract for seven years."
    assert details(a, b) == ["eight vs seven"]
