"""A fact-checker's poll pair (tests/data/pages/poll_*): a pollster's release ("Okafor
leads Lindqvist 42% to 38%", a results table of "41.6", "37.9", a methodology box of
"1,012 likely voters", "plus or minus 3.1 percentage points") and a newspaper's story
("41 per cent", "leads by 4 points", "just over 1,000", "1,102 likely voters", "±3.1"),
aligned by both methods: the paper's 41 per cent and its 1,102 voters are the two real
discrepancies; the rest, told in other words, agrees."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.model import Alignment, Document
from tests.page_pairs import figure_pairs, shown_discrepancies
from tests.poll_pages import poll_alignment, poll_documents


@pytest.fixture(scope="module", params=["lexical", "semantic"])
def poll(request: pytest.FixtureRequest, data_dir: Path) -> Alignment:
    return poll_alignment(data_dir, request.param)


@pytest.fixture(scope="module")
def release(data_dir: Path) -> Document:
    return poll_documents(data_dir)[0]


def _lines(doc: Document) -> list[str]:
    return [doc.slice(p) for p in doc.paragraphs]


# was none: the leader's 42% had the led candidate's name nearest before it, and the
# release's poll was told after its figures ("according to a new ... poll")
def test_the_paper_s_rounded_share_is_a_discrepancy(poll: Alignment) -> None:
    assert "42% vs 41 per cent (poll)" in shown_discrepancies(poll)


# was none: the methodology box, an <aside>, was dropped with its sample
def test_the_paper_s_sample_is_a_discrepancy(poll: Alignment) -> None:
    assert "1,012 vs 1,102 voters" in shown_discrepancies(poll)


# was "51% vs 55 per cent", "36% vs 55 per cent" (one candidate's share among older
# voters against the other's among younger ones), and "47 percent vs 55 per cent", "44
# percent vs 55 per cent" (a favorability rating against a share)
# the third, the table's row against the paper's 41 per cent (41.6 vs 41):
# tests/analysis/test_table_row_reading.py
def test_no_other_discrepancy(poll: Alignment) -> None:
    shown = shown_discrepancies(poll)
    assert not [d for d in shown if "55 per cent" in d]
    assert len(shown) == 3


# was no match: "ahead by 15 points" had no partner
def test_a_lead_matches_its_two_shares(poll: Alignment) -> None:
    assert ("51% to 36%", "15") in figure_pairs(poll)


def test_the_lead_the_margin_and_the_undecided_agree(poll: Alignment) -> None:
    pairs = figure_pairs(poll)
    assert ("four-point", "4") in pairs
    assert ("3.1 percentage points", "3.1 percentage points") in pairs
    assert ("3.1 percentage points", "3.1") in pairs
    assert ("9%", "nine per cent") in pairs


# was ("today", "Friday"): the poll's question, "If the election ... were held today"
def test_the_question_s_today_is_no_date(poll: Alignment) -> None:
    assert not [p for p in figure_pairs(poll) if p[0] == "today"]


def test_the_methodology_box_is_read(release: Document) -> None:
    text = release.text
    assert "among a sample of 1,012 likely voters" in text
    assert "plus or minus 3.1 percentage points at the 95% confidence level" in text


# was "| If the election ... (likely voters, %) | | | |" and "|---|---|---|---|" twice
def test_the_table_reads_as_a_browser_shows_it(release: Document) -> None:
    lines = _lines(release)
    assert (
        "If the election for governor were held today, for whom would you vote? "
        "(likely voters, %)" in lines
    )
    assert "| Margaret Okafor (Progressive Alliance) | 41.6 | 39.8 | +1.8 |" in lines
    assert not [line for line in lines if "---" in line]
