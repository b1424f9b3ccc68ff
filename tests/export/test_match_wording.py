"""The words two matched passages word differently, in the exports (reader/export/entry.py
Entry.wording, written by markdown.py, html.py, docx_export.py, citation.py and
json_export.py): one wire story as two outlets ran it (tests/data/pages)."""

from __future__ import annotations

import csv
import io
import json

import pytest

from reader.export.citation import cite_matches
from reader.model import MatchKind
from reader.model.session import Session
from tests.export.conftest import Exporter
from tests.wire_copies import wire_copies as wire_alignment

TRIMMED = "Words differ: “and we will do it together” only in A · “Mayor Ana” only in A"


@pytest.fixture
def wire_copies() -> Session:
    return Session(wire_alignment())


def _claim_with(session: Session, words: str) -> str:
    """The claim match whose passages both hold ``words``."""
    al = session.alignment
    return next(
        m.id
        for m in al.matches
        if m.kind is MatchKind.CLAIM and words in al.a.slice(m.a) and words in al.b.slice(m.b)
    )


def test_the_markdown_export_names_the_words_a_trimmed_quotation_left_out(
    wire_copies: Session, export_text: Exporter
) -> None:
    md = export_text(wire_copies, "md")
    assert f"\n{TRIMMED}\n" in md


def test_the_markdown_export_says_when_two_passages_are_word_for_word_the_same(
    wire_copies: Session, export_text: Exporter
) -> None:
    md = export_text(wire_copies, "md")
    entry = md[md.index("> Rescue crews") :]
    assert entry[: entry.index("\n## ")].rstrip().endswith("Word for word the same")


def test_the_html_export_names_the_words_that_differ(
    wire_copies: Session, export_text: Exporter
) -> None:
    assert "Words differ: “Mayor” only in B" in export_text(wire_copies, "html")


def test_the_json_export_gives_the_wording_of_a_claim(
    wire_copies: Session, export_text: Exporter
) -> None:
    entries = json.loads(export_text(wire_copies, "json"))["entries"]
    mid = _claim_with(wire_copies, "at a news conference")
    assert next(e for e in entries if e["match"] == mid)["wording"] == TRIMMED


def test_a_copied_match_names_the_words_that_differ(wire_copies: Session) -> None:
    copied = cite_matches(wire_copies, [_claim_with(wire_copies, "at a news conference")])
    assert copied.endswith(TRIMMED)


def test_the_csv_export_gives_the_wording_of_a_claim_in_a_last_column(
    wire_copies: Session, export_text: Exporter
) -> None:
    rows = list(csv.DictReader(io.StringIO(export_text(wire_copies, "csv"))))
    mid = _claim_with(wire_copies, "at a news conference")
    assert next(r for r in rows if r["match"] == mid)["wording"] == TRIMMED


def test_the_csv_export_leaves_the_wording_empty_for_a_passage_only_one_reports(
    wire_copies: Session, export_text: Exporter
) -> None:
    rows = list(csv.DictReader(io.StringIO(export_text(wire_copies, "csv"))))
    assert {r["wording"] for r in rows if r["kind"] in ("only_a", "only_b")} == {""}
