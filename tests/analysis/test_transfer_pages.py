"""A fact-checker's transfer pair (tests/data/pages/transfer_*): a tabloid ("a club-record
£85m (€99m), plus £10m in add-ons", "a five-year deal", "£300,000 a week", "eclipses the
£80m Castlebrook paid for ... Jordan Aske in 2019", "a 15% sell-on clause") and a wire
("85 million pounds", "about 100 million euros", "a further 10 million pounds in
variables", "a contract until 2030", "18 million euros a year after tax", "the 80
million pounds paid for Jordan Aske", "15 percent of any future sale"), aligned by both
methods: one fee in two currencies and two wages of two periods are no discrepancy; the
contract's end, a five-year deal of July 2026 against "until 2030", is one."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.model import Alignment
from tests.page_pairs import figure_pairs, shown_discrepancies
from tests.transfer_pages import transfer_alignment

CONTRACT = "five-year deal (to 2031) vs until 2030"


@pytest.fixture(scope="module", params=["lexical", "semantic"])
def transfer(request: pytest.FixtureRequest, data_dir: Path) -> Alignment:
    return transfer_alignment(data_dir, request.param)


# was no match: "85 million pounds" counted "pound" (a weight?), "£85m" sterling
def test_the_fee_in_pounds_told_in_words_is_one_figure(transfer: Alignment) -> None:
    assert ("£85m", "85 million") in figure_pairs(transfer)


def test_the_previous_record_in_pounds_is_one_figure(transfer: Alignment) -> None:
    assert ("£80m", "80 million") in figure_pairs(transfer)


def test_the_add_ons_are_one_figure(transfer: Alignment) -> None:
    assert ("£10m", "10 million") in figure_pairs(transfer)


# guards: the fee in euros converted on the day, the weekly wage against the yearly one
def test_the_fee_in_two_currencies_is_no_discrepancy(transfer: Alignment) -> None:
    assert not [d for d in shown_discrepancies(transfer) if "million" in d or "£" in d]


def test_only_the_contract_s_end_may_be_at_odds(transfer: Alignment) -> None:
    assert set(shown_discrepancies(transfer)) <= {CONTRACT}


# was no discrepancy: a term of years was never set against the year a contract runs to
def test_the_contract_s_end_is_the_discrepancy_on_words(data_dir: Path) -> None:
    assert shown_discrepancies(transfer_alignment(data_dir, "lexical")) == [CONTRACT]


# was no match: the tabloid's "No 9 shirt" was part of a name, the wire's "number 9 shirt"
# a count of nine shirts
def test_the_shirt_s_number_is_one_identifier(transfer: Alignment) -> None:
    assert ("No 9", "number 9") in figure_pairs(transfer)
