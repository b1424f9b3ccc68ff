"""A fact-checker's data-breach pair (tests/data/pages/breach_*): a tech news site ("9.8
million of its 14 million customers", "Up to 2.8 million customers also had passport
numbers exposed", "$1 million in bitcoin", "72 hours", "CVE-2026-31874", "version 4.2.1",
"the National Data Protection Commission", "fell 7.3%") and a national paper's consumer
desk ("Almost 10 million Orrin customers", "about 2.1 million customers", "15 BTC, worth
about $1 million", "three days", "the NDPC", "down more than 7 per cent"), aligned by
both methods: the customers told rounded, the ransom in bitcoin, the deadline in days,
the fine's cap, the day of discovery are no discrepancy; the passports, 2.8 million
against 2.1 million, are one."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.model import Alignment, MatchKind
from tests.breach_pages import breach_alignment
from tests.page_pairs import entity_pairs, figure_pairs, matched_pairs, shown_discrepancies

PASSPORTS = "2.8 million vs 2.1 million customers"


@pytest.fixture(scope="module", params=["lexical", "semantic"])
def breach(request: pytest.FixtureRequest, data_dir: Path) -> Alignment:
    return breach_alignment(data_dir, request.param)


def test_the_passports_are_the_one_discrepancy(breach: Alignment) -> None:
    assert shown_discrepancies(breach) == [PASSPORTS]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Sept. 22", "September 22"),  # the day the intrusion was found
        ("$1 million", "$1 million"),  # the ransom, in bitcoin and "15 BTC"
        ("72 hours", "three days"),  # the deadline to pay
        ("4%", "4 per cent"),  # the fine's cap
    ],
)
def test_the_day_the_ransom_the_deadline_and_the_fine_agree(
    breach: Alignment, a: str, b: str
) -> None:
    assert (a, b) in figure_pairs(breach)


# was no match: "9.8 million of its 14 million customers" counted nothing
def test_the_customers_told_rounded_are_one_figure(breach: Alignment) -> None:
    assert ("9.8 million", "10 million") in figure_pairs(breach)


# was no match: "9.8 million customer records" counted records, not customers
def test_the_headlines_customer_records_are_the_customers(data_dir: Path) -> None:
    assert (
        figure_pairs(breach_alignment(data_dir, "semantic")).count(("9.8 million", "10 million"))
        == 4
    )


# was no match: "down more than 7 per cent" was no change, and a bound of one digit no
# rounding of "7.3%" (the lexical method leaves the two sentences apart)
def test_the_shares_fall_is_the_other_s_bounded(data_dir: Path) -> None:
    assert ("7.3%", "7 per cent") in figure_pairs(breach_alignment(data_dir, "semantic"))


# was no match: "a year" told with "a" was no figure (reader.analysis.times.one_unit_lengths)
def test_the_year_of_credit_monitoring_is_the_other_s_12_months(breach: Alignment) -> None:
    assert ("a year", "12 months") in figure_pairs(breach)


def test_the_version_and_the_cve_are_no_figures_matched(breach: Alignment) -> None:
    assert not [p for p in figure_pairs(breach) if "4.2" in p[0] or "2026-" in p[0]]


def test_the_regulator_named_in_full_is_its_acronym(breach: Alignment) -> None:
    assert ("National Data Protection Commission", "NDPC") in entity_pairs(breach)


@pytest.mark.parametrize("name", ["ShadowKite", "Tomasz Reyes", "Petra Valdane", "Halvorn Labs"])
def test_the_gang_the_researcher_and_the_chief_are_named_alike(
    breach: Alignment, name: str
) -> None:
    assert (name, name) in entity_pairs(breach)


@pytest.mark.parametrize("speaker", ["Petra Valdane", "Tomasz Reyes"])
def test_the_chief_s_and_the_researcher_s_quotations_are_matched(
    breach: Alignment, speaker: str
) -> None:
    quotes = [m for m in breach.matches if m.kind is MatchKind.QUOTE]
    assert any(m.speaker == speaker for m in quotes), matched_pairs(breach, MatchKind.QUOTE)


# was "Lisford": the place after her age taken for the one who said it
def test_the_customer_s_quotation_is_hers(breach: Alignment) -> None:
    assert "Gwen Adair" in {q.speaker for q in breach.quotes_b}
