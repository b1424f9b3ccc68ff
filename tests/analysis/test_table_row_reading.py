"""A table's rows read with their header (reader.analysis.table_reading, told_rows,
figures/table_cells, figures/table_columns), on the poll pair (tests/data/pages/poll_*:
a pollster's results table against a paper's story) and a storm pair of its own
(tests/data/pages/tablerows_*: a civil protection agency's casualty table by region
against a paper's story), aligned by both methods."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.analysis.table_reading import table_reading
from reader.analysis.units import document_units
from reader.ingest.load import load_document
from reader.model import Alignment, MatchKind
from tests.page_pairs import aligned_pages, matched_pairs, shown_discrepancies
from tests.poll_pages import poll_alignment, poll_documents

REPORT = "tablerows_agency_report.html"
STORY = "tablerows_daily_story.html"


@pytest.fixture(scope="module", params=["lexical", "semantic"])
def poll(request: pytest.FixtureRequest, data_dir: Path) -> Alignment:
    return poll_alignment(data_dir, request.param)


@pytest.fixture(scope="module", params=["lexical", "semantic"])
def storm(request: pytest.FixtureRequest, data_dir: Path) -> Alignment:
    return aligned_pages(data_dir, REPORT, STORY, request.param)


def _partners(al: Alignment, row: str) -> list[str]:
    """The sentences of B the claims of A's row starting with ``row`` link to."""
    return [b for a, b in matched_pairs(al, MatchKind.CLAIM) if a.startswith(row)]


def test_a_row_is_read_against_its_header(data_dir: Path) -> None:
    release = poll_documents(data_dir)[0]
    read = [u.read for u in document_units(release) if u.text.startswith("| Margaret")]
    assert read == [
        "Margaret Okafor (Progressive Alliance): Nov. 1-4 41.6%, Oct. 4-7 39.8%, Change +1.8"
    ]


def test_a_markdown_table_is_read_so(tmp_path: Path) -> None:
    path = tmp_path / "results.md"
    path.write_text(
        "# Results\n\nThe count ended on Sunday.\n\n"
        "| Party | Seats | Share (%) |\n|---|---|---|\n"
        "| Alliance | 52 | 41.2 |\n| Union | 40 | 35.9 |\n",
        encoding="utf-8",
    )
    rows = table_reading(load_document(path))
    assert sorted(r.read for r in rows.values() if not r.header) == [
        "Alliance: Seats 52, Share (%) 41.2%",
        "Union: Seats 40, Share (%) 35.9%",
    ]


# was none (semantic: a name and bare figures), or "| Daniel Lindqvist ..." alone (lexical)
def test_a_poll_s_row_links_to_its_sentence(poll: Alignment) -> None:
    for row in ("| Margaret Okafor", "| Daniel Lindqvist"):
        assert [b for b in _partners(poll, row) if "on 41 per cent" in b]
    assert [b for b in _partners(poll, "| Rosa Delacroix") if "on 8 per cent" in b]


# was none: the row's 41.6 was a bare figure, no share of a poll
def test_a_row_s_share_is_compared_with_the_sentence_s(poll: Alignment) -> None:
    shown = shown_discrepancies(poll)
    assert "41.6 vs 41 per cent (poll)" in shown
    assert not [d for d in shown if d.startswith("39.8")]  # October's, not this poll's


# was the lexical link of "| Another candidate | 3.1 | 4.0 |" with "leads by 4 points ...
# plus or minus 3.1 percentage points", on the two bare figures
def test_a_row_of_bare_figures_links_to_nothing(poll: Alignment) -> None:
    assert not _partners(poll, "| Another candidate")


def test_a_header_row_links_to_nothing(poll: Alignment, storm: Alignment) -> None:
    assert not _partners(poll, "| Candidate")
    assert not _partners(storm, "| Region")  # was linked, lexical


def test_a_casualty_row_links_to_its_region_s_sentence(storm: Alignment) -> None:
    assert _partners(storm, "| Northern Highlands") == [
        "The Northern Highlands were the hardest hit, with 12 dead and 40 injured."
    ]
    assert [b for b in _partners(storm, "| Lakeshore") if b.startswith("Lakeshore counted")]
    # was none, semantic
    assert [b for b in _partners(storm, "| Eastvale") if b.startswith("In Eastvale")]


# was linked, both methods: "9" injured in Port Aubin against "nine people died" in
# Eastvale (and the river Aubin)
def test_a_row_links_no_sentence_of_another_subject(storm: Alignment) -> None:
    assert not _partners(storm, "| Port Aubin")


# was none: the row's 8 counted nothing; now 8 under "Dead"
def test_a_row_s_count_is_compared_with_the_sentence_s(storm: Alignment) -> None:
    assert shown_discrepancies(storm) == ["8 vs nine dead"]
