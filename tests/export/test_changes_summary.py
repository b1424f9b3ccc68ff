"""Tests of reader/export/changes_summary.py: the header's sentence on what differs
between the two articles, on one wire story as two outlets ran it (tests/data/pages)."""

from __future__ import annotations

import pytest

from reader.analysis import align
from reader.ingest import load_document
from reader.model.note import Note
from reader.model.session import Session
from tests.export.conftest import Exporter
from tests.wire_copies import GAZETTE
from tests.wire_copies import wire_copies as wire_alignment


@pytest.fixture
def wire_copies() -> Session:
    return Session(wire_alignment())


def _summary(text: str) -> str:
    return next(line for line in text.splitlines() if line.startswith("What differs:"))


def test_the_header_names_the_discrepancy_and_the_passages_only_one_reports(
    wire_copies: Session, export_text: Exporter
) -> None:
    said = _summary(export_text(wire_copies, "md"))
    assert said.startswith("What differs: 1 discrepancy (23 vs 25); ")
    # B's headline ("Texas flood death toll rises to 25 ...") is linked to A's
    assert said.endswith("; 4 passages only in A and 1 only in B.")


def test_the_header_counts_the_matches_worded_differently_and_word_for_word(
    wire_copies: Session, export_text: Exporter
) -> None:
    said = _summary(export_text(wire_copies, "md"))
    assert "4 are worded differently and 11 word for word the same" in said


def test_two_copies_of_one_article_are_said_to_differ_in_nothing(export_text: Exporter) -> None:
    doc = load_document(GAZETTE)
    said = _summary(export_text(Session(align(doc, doc, method="lexical")), "md"))
    assert said.startswith("What differs: no discrepancy; ")
    assert " 0 are worded differently " in said
    assert said.endswith("0 passages only in A and 0 only in B.")


def test_only_annotated_passages_leave_the_passages_only_one_reports_uncounted(
    wire_copies: Session, export_text: Exporter
) -> None:
    noted = wire_copies.add_note(Note("n1", "Toll updated", match_id="m1"))
    said = _summary(export_text(noted, "md", only_annotated=True))
    assert "only in A" not in said
