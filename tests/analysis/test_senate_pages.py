"""A fact-checker's Senate vote pair (tests/data/pages/senate_*): a wire ("passed ... by a
vote of 52 to 48", the headline's "52-48", "Two Republicans joined all Democrats", "S.
1190", "Section 4(b)", "H.R. 4821", "$1.2 trillion over 10 years", "Sen. Maria Ortega
(D-N.M.)") and a political site ("51-49, with 51 senators in favour and 49 against",
"Three Republicans", "$120 billion a year for a decade", "Ortega, a New Mexico
Democrat"), aligned by both methods: the tally and the Republicans crossing are the
discrepancies; a bill's and a section's numbers are names, no counts."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.model import Alignment
from tests.page_pairs import entity_pairs, figure_pairs, quoted, shown_discrepancies
from tests.senate_pages import senate_alignment


@pytest.fixture(scope="module", params=["lexical", "semantic"])
def senate(request: pytest.FixtureRequest, data_dir: Path) -> Alignment:
    return senate_alignment(data_dir, request.param)


def test_the_republicans_crossing_are_a_discrepancy(senate: Alignment) -> None:
    assert "Two vs Three Republicans" in shown_discrepancies(senate)


# was no discrepancy: "passes ... bill 52-48" (a decimal point, "$1.2", read as the end of
# the clause of "passes"), "by a vote of 52 to 48" and "pushed ... through the chamber
# late Saturday, 51-49" no tally (the lexical method links the two leads too loosely for
# a told value: only the semantic one shows it)
def test_the_tally_52_48_is_told_against_51_49(data_dir: Path) -> None:
    shown = shown_discrepancies(senate_alignment(data_dir, "semantic"))
    assert shown == ["52-48 vs 51-49", "52 to 48 vs 51-49", "Two vs Three Republicans"]


def test_nothing_else_is_a_discrepancy(senate: Alignment) -> None:
    assert all("vs 51-49" in d or "Republicans" in d for d in shown_discrepancies(senate))


# was ("4", "4"): "Section 4(b)" read as four of something
@pytest.mark.parametrize("name", ["Section 4(b)", "H.R. 4821"])
def test_a_section_and_a_bill_number_are_names(senate: Alignment, name: str) -> None:
    assert (name, name) in figure_pairs(senate)
    assert ("4", "4") not in figure_pairs(senate)


def test_ten_years_are_a_decade(senate: Alignment) -> None:
    assert ("10 years", "a decade") in figure_pairs(senate)


# was None: "Ortega, a New Mexico Democrat who wrote the bill, told colleagues on the floor
# that every family “deserves ...”" ("wrote" in the apposition ended it)
def test_ortega_s_quotation_in_b_is_hers(senate: Alignment) -> None:
    assert ('"deserves to turn on the tap w', "Ortega") in quoted(senate, "b")


# was ("R-Maine", "R-Maine") and ("R-Alaska", "R-Alaska"): the senators' tags read as
# entities of their own, "Maine" and "Alaska"
def test_a_party_and_state_tag_is_no_entity(senate: Alignment) -> None:
    shown = {words for pair in entity_pairs(senate) for words in pair}
    assert not shown & {"R-Maine", "R-Alaska", "Maine", "Alaska", "N.M.", "R-Minn."}
    assert ("Howard Brisco", "Howard Brisco") in entity_pairs(senate)


# was no match: a total over a span and a rate a year are one sum told two ways
def test_a_total_over_ten_years_is_its_rate_a_year(senate: Alignment) -> None:
    assert ("$1.2 trillion", "$120 billion") in figure_pairs(senate)
    shown = [m.evidence[0] for m in senate.matches if "$120 billion" in m.evidence[0]]
    assert shown == [
        "$1.2 trillion ≈ $120 billion a year (converted: $1.2 trillion over 10 years is "
        "$120 billion a year)"
    ]
