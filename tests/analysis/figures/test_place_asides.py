"""Places told aside of someone named before them (reader/analysis/figures/place_asides.py):
a hometown ("Smith, 42, of Leeds,", "a 42-year-old from Leeds, England,") or the place of
an earlier clause's act ("was sentenced at the federal court in Hartford, Connecticut,")
owns no count told after it, so a court report's counts compare (tests/data/pages/court_*);
a place opening the figure's clause, in it, set off by a comma alone or told before anyone
is named still does."""

from __future__ import annotations

import pytest

from reader.analysis.figures.place_asides import place_asides
from tests.analysis.sentence_pairs import details, feats


def _asides(sentence: str, figure: str) -> list[str]:
    f = feats(sentence)
    (m,) = [x for x in f.numbers if x.surface == figure]
    return sorted(sentence[s.start : s.end] for s in place_asides(f, f.names, m))


@pytest.mark.parametrize(
    ("sentence", "figure", "places"),
    [
        ("Owen Thirlby, a 42-year-old from Leeds, England, was convicted in August on three"
         " of five counts of wire fraud.", "three", ["England", "Leeds"]),
        ("Owen Thirlby, 42, of Headingley, was sentenced at the federal court in Hartford,"
         " Connecticut, on Tuesday, after a jury found him guilty of four counts of wire"
         " fraud.", "four", ["Connecticut", "Hartford", "Headingley"]),
    ],
)  # fmt: skip
def test_a_hometown_and_the_place_of_an_earlier_act_are_told_aside(
    sentence: str, figure: str, places: list[str]
) -> None:
    assert _asides(sentence, figure) == places


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("In Mexico, 12 people died after Storm Ana.", "12"),
        ("Storm Ana killed 12 people in Mexico.", "12"),
        ("Storm Ana, in Mexico, killed 12 people.", "12"),
        ("Floods in Mexico, which killed 12 people, followed Storm Ana.", "12"),
        ("Priya Raman, chief executive of Norvane, said revenue rose 12%.", "12%"),
    ],
)
def test_a_place_of_the_figure_s_own_clause_or_set_off_alone_is_not_aside(
    sentence: str, figure: str
) -> None:
    assert _asides(sentence, figure) == []


# the court pair's verdict: four counts against three of five, each sentence naming a
# place nearer its figure than the man convicted (was silent: "connecticut" and "england"
# read as whose counts they were)
def test_two_court_reports_disagree_on_the_counts_of_a_verdict() -> None:
    assert details(
        "Owen Thirlby, 42, of Headingley, was sentenced at the federal court in Hartford,"
        " Connecticut, on Tuesday, after a jury found him guilty of four counts of wire fraud"
        " in August.",
        "Owen Thirlby, a 42-year-old from Leeds, England, was convicted in August on three of"
        " five counts of wire fraud after an eight-day trial.",
    ) == ["four vs three"]


@pytest.mark.parametrize(
    ("a", "b", "found"),
    [
        ("Jane Smith, 42, of Leeds, was jailed for 12 years on Friday.",
         "Jane Smith, a 42-year-old from Leeds, England, was sentenced to 15 years in prison.",
         ["12 vs 15"]),
        # two places of two tolls, each set off alone: kept apart
        ("Storm Ana, in Mexico, killed 12 people.", "Storm Ana, in Guatemala, killed 15 people.",
         []),
    ],
)  # fmt: skip
def test_a_british_court_report_s_hometown_owns_no_count(a: str, b: str, found: list[str]) -> None:
    assert details(a, b) == found


# a name right after another and "of" tells of that other (tests/data/pages/marathon_*)
def test_a_name_after_another_and_of_is_told_aside() -> None:
    sentence = "Bernard Cheruiyot of Kenya completed the podium in 2:04:30."
    assert _asides(sentence, "2:04:30") == ["Kenya"]


def test_a_race_time_after_a_runner_of_a_country_compares() -> None:
    a = "Kenya's Bernard Cheruiyot took third place in Lakemont in 2:04:03."
    b = "Bernard Cheruiyot of Kenya completed the Lakemont podium in 2:04:30."
    assert details(a, b) == ["2:04:03 vs 2:04:30"]
