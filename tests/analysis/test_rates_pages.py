"""A fact-checker's central bank pair (tests/data/pages/rates_*): a financial wire ("raised
its benchmark overnight rate by 25 basis points to a range of 4.50%-4.75%", "Consumer
prices rose 3.4% in October from a year earlier, down from 3.6% in September", growth of
"1.2% next year, down from the 1.5% it forecast in September") and a newspaper ("by a
quarter point to 4.75 per cent", "Inflation stood at 3.7 per cent in October, up from 3.6
per cent in September", "to 1.2 per cent from 1.5 per cent"), aligned by both methods:
October's inflation is the one real discrepancy; the rest, told in other words, agrees."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.model import Alignment
from tests.page_pairs import figure_pairs
from tests.rates_pages import rates_alignment


@pytest.fixture(scope="module", params=["lexical", "semantic"])
def rates(request: pytest.FixtureRequest, data_dir: Path) -> Alignment:
    return rates_alignment(data_dir, request.param)


def _details(al: Alignment) -> list[str]:
    return [d.shown for d in al.discrepancies]


# was none: "Consumer prices rose 3.4% ... from a year earlier" read as a change told of
# an earlier moment, "Inflation stood at 3.7 per cent" as a share
def test_october_s_inflation_is_the_one_discrepancy(rates: Alignment) -> None:
    assert [d for d in _details(rates) if "3.4%" in d] == ["3.4% vs 3.7 per cent (inflation)"]
    assert len(_details(rates)) == 1


# was "1.5% vs 3.7 per cent" (semantic): September's growth forecast against October's
# inflation
def test_a_growth_forecast_is_not_read_against_inflation(rates: Alignment) -> None:
    assert not [d for d in _details(rates) if "1.5%" in d or "1.2%" in d]


def test_the_new_rate_is_the_top_of_the_range(rates: Alignment) -> None:
    assert ("4.75%", "4.75 per cent") in figure_pairs(rates)
    assert not [d for d in _details(rates) if "4.50%" in d or "4.5 " in d]


def test_september_s_inflation_agrees(rates: Alignment) -> None:
    assert ("3.6%", "3.6 per cent") in figure_pairs(rates)


@pytest.mark.parametrize(("a", "b"), [("1.2%", "1.2 per cent"), ("1.5%", "1.5 per cent")])
def test_the_growth_forecasts_agree(rates: Alignment, a: str, b: str) -> None:
    assert (a, b) in figure_pairs(rates)


def test_the_currency_s_move_agrees(rates: Alignment) -> None:
    assert ("0.6%", "0.6 per cent") in figure_pairs(rates)


# was no match: the wire's "voted 7-2" and the paper's "Seven of the nine members ...
# backed the rise" were one score and an unrelated count
def test_the_vote_s_tally_is_its_majority(rates: Alignment) -> None:
    assert ("7-2", "Seven") in figure_pairs(rates)
