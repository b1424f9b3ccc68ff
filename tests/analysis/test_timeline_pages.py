"""A fact-checker's timeline pair (tests/data/pages/timeline_*): an explainer's timeline
entries, each dated by the date heading it, linked to the story's sentences that tell
them in prose, the one date that disagrees flagged ("April 2019 vs 2018"), a date against
the weekday of a known week not; a <dl>'s dated terms kept at the head of their entries,
not dimmed as datelines."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.analysis.correction_notes import only_passages
from reader.model import Alignment, MatchKind
from tests.page_pairs import figure_pairs, matched_pairs, shown_discrepancies
from tests.timeline_pages import timeline_alignment, timeline_documents


@pytest.fixture(scope="module", params=["lexical", "semantic"])
def timeline(request: pytest.FixtureRequest, data_dir: Path) -> Alignment:
    return timeline_alignment(data_dir, request.param)


# was missed: the entry's date heads it ("- April 2019 – ..."), read as a span's bound
# and given only the words "main contractor"
def test_the_contractor_s_collapse_is_a_date_discrepancy(timeline: Alignment) -> None:
    assert "April 2019 vs 2018" in shown_discrepancies(timeline)


# "30 November 2026" against "on Monday" in a story of Tuesday, December 1: one day
def test_no_other_discrepancy_is_shown(timeline: Alignment) -> None:
    assert shown_discrepancies(timeline) == ["April 2019 vs 2018"]


def test_the_entries_link_to_the_story_s_sentences(timeline: Alignment) -> None:
    claims = matched_pairs(timeline, MatchKind.CLAIM)
    linked = {a[:20] for a, b in claims if b.startswith("Halvern Construction, the original")}
    assert "- April 2019 – The m" in linked
    drummond = "- January 2021 – Drummond Civil Engineering takes over"
    assert any(a.startswith(drummond) and b.startswith("Drummond Civil") for a, b in claims)


# was "- January 2021" a line of its own, dimmed as a dateline, and "- Drummond Civil
# Engineering takes over the contract ..." an entry with no date
def test_the_dated_terms_head_their_entries_undimmed(data_dir: Path) -> None:
    a, _ = timeline_documents(data_dir)
    lines = a.text.split("\n\n")
    assert "- 2020 – The site stands empty for eleven months" in a.text
    assert any(ln.startswith("- January 2021 – Drummond Civil") for ln in lines)
    assert "- January 2021" not in lines and "- 14 September 2023" not in lines
    dimmed = " ".join(a.slice(s) for s in a.boilerplate)
    assert "January 2021" not in dimmed and "2020" not in dimmed


# was "| Date | Event |", the table's header row, a passage only in A
def test_the_table_s_header_row_is_no_passage_only_in_a(timeline: Alignment) -> None:
    only = [timeline.a.slice(p.span) for p in only_passages(timeline) if p.side == "a"]
    assert "| Date | Event |" not in only
    assert "| March 2025 | The opening, set for December 2025, is put back by a year. |" in only


# was "January 2021 · January 2021" and "2021 · 2021", and "January 2021, 2021" shared
def test_a_date_with_its_month_is_one_figure_pair(timeline: Alignment) -> None:
    figures = figure_pairs(timeline)
    assert ("January 2021", "January 2021") in figures
    assert ("2021", "2021") not in figures
    shared = [m.evidence for m in timeline.matches if "Drummond Civil Engineering" in m.evidence]
    assert shared and all("2021" not in ev for ev in shared)  # "January 2021" only
