"""A fact-checker's market pair (tests/data/pages/markets_*): a US wire ("was down 968.17
points, or 2.5%, at 38,412.50", "rose 12 basis points to 4.62%", "after 1:30 p.m. ET",
"Federal Reserve Vice Chair Helen Calloway") and a London paper ("shed nearly 1,000
points, closing down 2.5 per cent at 38,421.50", "jumped 0.12 percentage points to 4.62
per cent", "from about 1.30pm New York time", "Helen Calloway, the Fed's vice-chair"),
aligned by both methods: the Dow's closing level is the one real discrepancy; the rest,
told in other words, agrees, and the past days the sell-off is compared with are no
figures of the day."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.model import Alignment
from tests.markets_pages import markets_alignment
from tests.page_pairs import figure_pairs, quoted, shown_discrepancies


@pytest.fixture(scope="module", params=["lexical", "semantic"])
def markets(request: pytest.FixtureRequest, data_dir: Path) -> Alignment:
    return markets_alignment(data_dir, request.param)


# was none: a level told with no unit counted nothing, so never compared
def test_the_dow_s_closing_level_is_the_one_discrepancy(markets: Alignment) -> None:
    assert shown_discrepancies(markets) == ["38,412.50 vs 38,421.50"]


def test_the_points_and_the_percentage_agree(markets: Alignment) -> None:
    pairs = figure_pairs(markets)
    assert ("968.17", "1,000") in pairs
    assert ("2.5%", "2.5 per cent") in pairs


def test_the_s_and_p_s_level_agrees(markets: Alignment) -> None:
    assert ("5,104.33", "5,104.33") in figure_pairs(markets)


def test_basis_points_are_hundredths_of_a_percentage_point(markets: Alignment) -> None:
    assert ("12 basis points", "0.12 percentage points") in figure_pairs(markets)


@pytest.mark.parametrize(
    ("a", "b"),
    [("4.62%", "4.62 per cent"), ("0.4%", "0.4 per cent"), ("$1.0812", "$1.0812"),
     ("$1.2 trillion", "$1.2tn"), ("14%", "14 per cent"), ("7.3%", "7.3 per cent")],
)  # fmt: skip
def test_the_day_s_figures_agree(markets: Alignment, a: str, b: str) -> None:
    assert (a, b) in figure_pairs(markets)


# was no match: "1.30pm" read as a figure 1.3; then "1.30pm" alone, "New York time" no zone
def test_the_clock_time_told_with_a_stop_matches(markets: Alignment) -> None:
    assert ("1:30 p.m. ET", "1.30pm New York time") in figure_pairs(markets)


def test_the_close_s_hour_matches_and_its_gmt_is_no_discrepancy(markets: Alignment) -> None:
    assert ("4 p.m. ET", "4pm") in figure_pairs(markets)
    assert not [d for d in shown_discrepancies(markets) if "pm" in d or "p.m." in d]


# was "Chair Helen Calloway": "Chair" before her given name is her office
def test_the_central_banker_is_the_speaker(markets: Alignment) -> None:
    assert {speaker for _, speaker in quoted(markets, "a")} == {"Helen Calloway"}
    assert ('"We are not yet at the point w', "Helen Calloway") in quoted(markets, "b")


def test_the_past_days_are_no_figures_of_the_day(markets: Alignment) -> None:
    shown = shown_discrepancies(markets)
    assert not [d for d in shown if "2023" in d or "2025" in d or "month" in d]
