"""A fact-checker's labour strike pair (tests/data/pages/strike_*): a business wire ("a pay
offer of 14% over three years", "5% in 2027, 5% in 2028 and 4% in 2029", "an earlier 9%
offer", "seeking 20%", "about 4,000 of its members", "78% of members voted to walk out on
a 64% turnout", "38 container ships", "$25 million a day") and a local evening paper
("worth 14 per cent over three years", "4,100 members", "1,950 of the 2,500 members who
voted", "a turnout of 71 per cent", "38 vessels", "$125 million so far", "the NCS"),
aligned by both methods: the offer's years against its total, the demand against the
offer, the earlier offer, the union's count against the employers', a day's cost against
the total are no discrepancy; the ballot's turnout, 64% against 71 per cent, is one."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.model import Alignment
from tests.page_pairs import entity_pairs, figure_pairs, shown_discrepancies
from tests.strike_pages import strike_alignment

TURNOUT = "64% vs 71 per cent (turnout)"


@pytest.fixture(scope="module", params=["lexical", "semantic"])
def strike(request: pytest.FixtureRequest, data_dir: Path) -> Alignment:
    return strike_alignment(data_dir, request.param)


# was also "78% vs 71 per cent (turnout)": the share voting to strike read as the turnout
# told after it ("78% of members voted to walk out on a 64% turnout")
def test_the_turnout_is_the_one_discrepancy(strike: Alignment) -> None:
    assert shown_discrepancies(strike) == [TURNOUT]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("14%", "14 per cent"),  # the offer over three years
        ("4%", "4 per cent"),  # its third year
        ("9%", "9 per cent"),  # the earlier offer
        ("20%", "20 per cent"),  # the union's demand
        ("$31.40", "$31.40"),  # the hourly wage
        ("December 1", "Tuesday"),  # the day the strike began
    ],
)
def test_the_offers_the_demand_the_wage_and_the_start_agree(
    strike: Alignment, a: str, b: str
) -> None:
    assert (a, b) in figure_pairs(strike)


def test_the_offer_s_years_are_each_the_other_s(strike: Alignment) -> None:
    assert figure_pairs(strike).count(("5%", "5 per cent")) == 2


# was no match: "38 container ships" counted ships, "38 vessels" vessels
def test_the_ships_waiting_are_the_vessels_waiting(strike: Alignment) -> None:
    assert ("38", "38") in figure_pairs(strike)


# was "Dock" and "Harbour Workers' Union", "Carrowick Port Employers" and "Association"
@pytest.mark.parametrize(
    "name", ["Dock and Harbour Workers' Union", "Carrowick Port Employers' Association"]
)
def test_the_union_and_the_employers_are_each_one_name(strike: Alignment, name: str) -> None:
    assert (name, name) in entity_pairs(strike)


def test_the_conciliation_service_named_in_full_is_its_acronym(strike: Alignment) -> None:
    assert ("National Conciliation Service", "NCS") in entity_pairs(strike)


# was no match: "about 4,000 of its members" counted nothing (the semantic method links
# the two sentences; the lexical one links A's to B's opening, which tells no count)
def test_the_union_s_count_is_the_other_s_rounded(data_dir: Path) -> None:
    assert ("4,000", "4,100") in figure_pairs(strike_alignment(data_dir, "semantic"))


def test_the_union_s_count_is_not_set_against_the_employers(strike: Alignment) -> None:
    assert not [p for p in figure_pairs(strike) if "2,800" in p or "3,000" in p]


# were no match: "1,950 of the 2,500" counted nothing (reader.analysis.figures.count_shares)
def test_the_members_voting_to_strike_are_the_share_of_the_ballot(strike: Alignment) -> None:
    assert ("78%", "1,950 of the 2,500") in figure_pairs(strike)
