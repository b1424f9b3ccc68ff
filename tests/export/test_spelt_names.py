"""A name the two articles spell differently ("Smith" and "Smyth") is said to be, in the
text summary (``crossread align --format text``) and in every export."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from reader.model import MatchKind, Spelling
from reader.model.session import Session
from reader.report import text_summary
from tests.export.conftest import Exporter
from tests.spelt_pair import spelt_alignment

SMITH = "Spelt differently: “John Smith” in A, “John Smyth” in B: check which is right"


@pytest.fixture
def spelt(tmp_path: Path) -> Session:
    """The pair of tests.spelt_pair, in a session."""
    session = Session(spelt_alignment(tmp_path))
    marks = {m.spelling for m in session.alignment.matches if m.kind is MatchKind.ENTITY}
    assert marks == {None, Spelling.LETTERS, Spelling.VOWELS}
    return session


def test_the_text_summary_notes_a_name_spelt_differently(spelt: Session) -> None:
    lines = text_summary(spelt.alignment).splitlines()
    smith = "  John Smith · John Smyth (spelt differently)  (A"
    rashidi = "  Mohammed al-Rashidi · Muhammad Al Rashedi (spelt differently: transliterated)  (A"
    assert any(line.startswith(smith) for line in lines)
    assert any(line.startswith(rashidi) for line in lines)


def test_the_text_summary_leaves_a_name_spelt_alike_unmarked(spelt: Session) -> None:
    lines = text_summary(spelt.alignment).splitlines()
    assert any(line.startswith("  Choe Son Hui · Choe Son-hui  (A") for line in lines)


def test_markdown_heads_the_name_and_gives_both_spellings(
    spelt: Session, export_text: Exporter
) -> None:
    text = export_text(spelt, "md", minor=True)
    assert "Name (spelt differently) · score 0.90" in text
    assert SMITH in text
    assert "Choe Son Hui” in A" not in text


def test_csv_gives_both_spellings_in_the_wording_column(
    spelt: Session, export_text: Exporter
) -> None:
    rows = list(csv.DictReader(io.StringIO(export_text(spelt, "csv", minor=True))))
    by_a = {row["a_text"]: row["wording"] for row in rows if row["kind"] == "entity"}
    assert by_a["John Smith"] == SMITH
    assert by_a["Choe Son Hui"] == ""


def test_html_heads_the_name_spelt_differently(spelt: Session, export_text: Exporter) -> None:
    text = export_text(spelt, "html", minor=True)
    assert "Name</span> &nbsp; spelt differently &nbsp; score 0.90" in text
    assert "Name</span> &nbsp; spelt differently: transliterated &nbsp; score" in text
