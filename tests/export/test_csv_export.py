"""Tests of reader/export/csv_export.py (through export_session, fmt="csv")."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from reader.export import export_session
from reader.export.csv_export import COLUMNS
from reader.model.note import Note
from reader.model.session import Session
from tests.export.conftest import Exporter


@pytest.fixture
def rows(session: Session, export_text: Exporter) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(export_text(session, "csv"))))


def test_file_starts_with_a_utf8_bom(session: Session, tmp_path: Path) -> None:
    export_session(session, tmp_path / "x.csv", "csv")
    assert (tmp_path / "x.csv").read_bytes().startswith(b"\xef\xbb\xbf")


def test_header_row_names_the_columns(session: Session, export_text: Exporter) -> None:
    assert export_text(session, "csv").splitlines()[0] == ",".join(COLUMNS)


def test_one_row_an_entry(rows: list[dict[str, str]]) -> None:
    assert [r["match"] or r["kind"] for r in rows] == ["manual-1", "m1", "m2", "note", "only_a"]


def test_row_has_both_passages(rows: list[dict[str, str]]) -> None:
    assert (rows[1]["a_text"], rows[1]["b_text"]) == (
        "Russia and North Korea agreed on Wednesday to help each other",
        "The two countries pledged on June 19 to provide military assistance",
    )


def test_row_has_note_and_tags(rows: list[dict[str, str]]) -> None:
    assert (rows[3]["note"], rows[3]["tags"]) == (
        "Only AP gives the length as five hours.",
        "check this; only here",
    )


def test_rows_name_both_articles(rows: list[dict[str, str]]) -> None:
    assert (rows[0]["a_title"], rows[0]["b_title"]) == (
        "Putin and Kim sign defence pact",
        "North Korea and Russia strike mutual defence deal",
    )


def test_multiline_note_stays_in_one_cell(session: Session, export_text: Exporter) -> None:
    s = session.edit_note("n2", text='line one\nline two, "quoted"')
    rows = list(csv.DictReader(io.StringIO(export_text(s, "csv"))))
    assert rows[3]["note"] == 'line one\nline two, "quoted"'


def test_formula_like_text_is_defused(session: Session, export_text: Exporter) -> None:
    s = session.add_note(Note("n3", '=HYPERLINK("x")', match_id="m2"))
    rows = list(csv.DictReader(io.StringIO(export_text(s, "csv"))))
    assert rows[2]["note"] == '\'=HYPERLINK("x")'


def test_control_characters_in_a_note_are_replacement_characters(
    session: Session, export_text: Exporter
) -> None:
    """Pasted from a terminal: a NUL ends the cell in some spreadsheets, an escape
    sequence recolours the terminal that prints the file; tab and line breaks stay."""
    s = session.edit_note("n2", text="Seen \x1b[31mred\x1b[0m\tin the log\x00\nsecond line")
    rows = list(csv.DictReader(io.StringIO(export_text(s, "csv"))))
    assert rows[3]["note"] == "Seen \ufffd[31mred\ufffd[0m\tin the log\ufffd\nsecond line"


def test_a_loose_claim_is_marked_in_a_column_of_its_own(
    loose: Session, export_text: Exporter
) -> None:
    assert COLUMNS[-3:] == ("closest", "loose", "wording")  # appended: older columns kept
    rows = list(csv.DictReader(io.StringIO(export_text(loose, "csv"))))
    marked = {r["score"]: r["loose"] for r in rows if r["kind"] == "claim"}
    assert marked == {"0.62": "yes", "0.9": ""}
