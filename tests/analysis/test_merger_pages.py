"""A fact-checker's takeover pair (tests/data/pages/merger_*): a financial wire in dollars
("$54.20 a share in cash, or about $18.7 billion", "an enterprise value of about $21.3
billion", "$600 million of annual cost savings", "a $560 million break fee", "U.S. Federal
Trade Commission") and a London business paper in pounds with dollars in brackets
("£14.8bn ($18.7bn)", "£16.9bn", "£475mn a year", "a break fee of £443mn", "the FTC"),
aligned by both methods: each sum the paper converts at the rate it tells is the wire's;
the rival's bid, the share move and the premium to Friday's close are no discrepancy;
the premium to the 30-day average, 37% against 43 per cent, is one."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.model import Alignment
from tests.merger_pages import merger_alignment
from tests.page_pairs import entity_pairs, figure_pairs, shown_discrepancies

PREMIUM = "37% vs 43 per cent"


@pytest.fixture(scope="module", params=["lexical", "semantic"])
def merger(request: pytest.FixtureRequest, data_dir: Path) -> Alignment:
    return merger_alignment(data_dir, request.param)


def test_the_premium_to_the_average_is_the_one_discrepancy(merger: Alignment) -> None:
    assert shown_discrepancies(merger) == [PREMIUM]


def test_the_equity_value_and_the_price_a_share_are_one_figure(merger: Alignment) -> None:
    pairs = figure_pairs(merger)
    assert ("$18.7 billion", "$18.7bn") in pairs
    assert ("$54.20", "$54.20") in pairs


# was no match: sums in dollars and in pounds were never compared, though the paper tells
# the rate it converts at ("£14.8bn ($18.7bn)"); "£475mn" and "£443mn" read 475 and 443
@pytest.mark.parametrize(
    "pair",
    [
        ("$21.3 billion", "£16.9bn"),  # the enterprise value
        ("$2.6 billion", "£2bn"),  # the net debt
        ("$600 million", "£475mn"),  # the cost savings
        ("$12 billion", "£9.5bn"),  # the new debt
        ("$560 million", "£443mn"),  # the break fee
        ("$9.8 billion", "£7.8bn"),  # last year's revenue
    ],
)
def test_a_sum_converted_at_the_rate_the_pair_tells_is_one_figure(
    merger: Alignment, pair: tuple[str, str]
) -> None:
    assert pair in figure_pairs(merger)


# guards: the rival's bid a share against its total, the share move against the premium
def test_the_rival_bid_is_no_figure_of_this_one(merger: Alignment) -> None:
    assert not [p for p in figure_pairs(merger) if "$47.50" in p or "£13bn" in p]


# was no match: the wire's "U.S. Federal Trade Commission" and the paper's "FTC"
def test_the_regulator_named_in_full_is_its_acronym(merger: Alignment) -> None:
    assert ("U.S. Federal Trade Commission", "FTC") in entity_pairs(merger)


def test_the_competition_authority_named_in_full_is_its_acronym(merger: Alignment) -> None:
    assert ("Competition and Markets Authority", "CMA") in entity_pairs(merger)


# was a passage only in B: the paywall's offer ("Keep reading for just £1 for 4 weeks")
def test_the_paywall_s_offer_is_no_passage_only_in_b(merger: Alignment) -> None:
    assert not [s for s in merger.only_b if "Keep reading" in merger.b.slice(s)]


# was no match: the wire's "cut about 2,500 jobs" and the paper's "about 2,500 roles
# would go" count one thing (reader.analysis.figures.one_thing_nouns)
def test_jobs_and_roles_are_one_figure(merger: Alignment) -> None:
    assert ("2,500", "2,500") in figure_pairs(merger)


# was "Quennell" and "Co", two names on each side
def test_a_firm_named_with_an_ampersand_is_one_entity(merger: Alignment) -> None:
    assert ("Quennell & Co", "Quennell & Co") in entity_pairs(merger)
