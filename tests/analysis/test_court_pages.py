"""A fact-checker's court pair (tests/data/pages/court_*): a British paper's report of a
fraud sentencing ("jailed for 12 years", "Thirlby, 42, of Headingley", "found him guilty
of four counts", "Judge Miriam Castellano told him", "Two-thirds of his victims", "£1.4m")
and a US wire's ("sentenced ... to 144 months", "a dozen years", "a 42-year-old from
Leeds, England", "convicted ... on three of five counts", "U.S. District Judge Miriam
Castellano", "About 67% of the victims", "$1.8 million"), aligned by both methods: the
counts are the one real discrepancy; the sentence, the sentences asked for, the ages and
the share of old victims, told apart, are one figure each."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.model import Alignment, MatchKind
from reader.session.match_wording import wording_line
from tests.court_pages import court_alignment
from tests.page_pairs import figure_pairs


@pytest.fixture(scope="module", params=["lexical", "semantic"])
def court(request: pytest.FixtureRequest, data_dir: Path) -> Alignment:
    return court_alignment(data_dir, request.param)


def _evidence(al: Alignment, said: str) -> list[str]:
    return [m.evidence[0] for m in al.matches if m.evidence and said in m.evidence[0]]


# "found him guilty of four counts" against "convicted ... on three of five counts": was
# silent (the nearest names before the figures, "Connecticut" and "England", read as whose
# counts they were; "three" read as counting nothing, "five" as the counts)
def test_the_two_reports_disagree_on_the_counts_of_the_verdict_alone(court: Alignment) -> None:
    assert [d.detail for d in court.discrepancies] == ["four vs three"]


# was nothing: the lengths in years and in months were never matched
def test_the_sentence_and_those_asked_for_in_years_and_months_are_one_figure_each(
    court: Alignment,
) -> None:
    assert _evidence(court, "(converted") == [
        "12 years ≈ 144 months (converted: 12 years is 144 months)",
        "15 years ≈ 180 months (converted: 15 years is 180 months)",
        "five years ≈ 60 months (converted: 5 years is 60 months)",
    ]


def test_a_dozen_years_is_twelve_years(court: Alignment) -> None:
    assert ("12 years", "dozen years") in figure_pairs(court)


# the figures of a length matched as one told in another unit were the digits alone
# ("144 · 12", "60 · five"): each match now spans the figure and its unit
def test_a_length_told_in_two_units_shows_each_figure_with_its_unit(court: Alignment) -> None:
    figures = figure_pairs(court)
    assert ("12 years", "144 months") in figures
    assert ("five years", "60 months") in figures


def test_the_share_of_old_victims_as_a_fraction_and_a_percentage_is_one_figure(
    court: Alignment,
) -> None:
    assert _evidence(court, "(rounded)") == ["Two-thirds ≈ 67% (rounded)"]


def test_the_ages_told_either_way_are_one_figure_each(court: Alignment) -> None:
    figures = figure_pairs(court)
    assert ("42", "42-year-old") in figures
    assert ("84", "84-year-old") in figures


# was "“U” only in B · “S. District Judge Miriam Castellano told Thirlby ...” only in B"
def test_the_judge_s_title_is_one_stretch_of_words_only_in_b(court: Alignment) -> None:
    (match,) = [
        m
        for m in court.matches
        if m.kind is MatchKind.CLAIM and "U.S. District" in court.b.slice(m.b)
    ]
    assert wording_line(court.a.slice(match.a), court.b.slice(match.b)) == (
        "Words differ: “Judge Miriam Castellano told him” only in A · “U.S. District Judge"
        " Miriam Castellano told Thirlby before handing down the sentence” only in B"
    )


# semantic: was linked to "The FBI's New Haven field office led the investigation with help
# from British police" (0.015 of its own, the rest context); lexical never linked it
def test_the_detective_s_quotation_is_only_in_the_british_report(court: Alignment) -> None:
    only = [court.a.slice(s) for s in court.only_a]
    assert any(text.startswith("Detective Inspector Sarah Holroyd said") for text in only)


# the paper's "Connecticut" and "UK", the wire's "HARTFORD, Conn." and "Britain": were no
# entity match
@pytest.mark.parametrize(
    "pair", [("Connecticut", "Conn"), ("UK", "Britain"), ("United States", "US")]
)
def test_a_place_each_writes_its_own_way_is_one_entity(
    court: Alignment, pair: tuple[str, str]
) -> None:
    named = {(court.a.slice(m.a), court.b.slice(m.b)) for m in court.matches}
    assert pair in named
