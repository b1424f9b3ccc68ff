"""A table's header row of labels ("| Date | Event |") over rows of words and dates, no
figure cells: still a header, no claim and no passage only in one article
(reader.analysis.table_reading)."""

from __future__ import annotations

from pathlib import Path

from reader.analysis.table_reading import table_reading
from reader.ingest.load import load_document


def _headers(tmp_path: Path, table: str) -> list[str]:
    path = tmp_path / "history.md"
    path.write_text(f"# History\n\nWhat happened.\n\n{table}", encoding="utf-8")
    doc = load_document(path)
    return [
        doc.text[p.start : p.end]
        for p in doc.paragraphs
        if p.start in (rows := table_reading(doc)) and rows[p.start].header
    ]


def test_a_row_of_labels_over_dated_entries_is_a_header(tmp_path: Path) -> None:
    table = (
        "| Date | Event |\n|---|---|\n| 2 June 2026 | Inspectors find corrosion. |\n"
        "| 30 November 2026 | The council confirms the delay. |\n"
    )
    assert _headers(tmp_path, table) == ["Date | Event"]


# a first row that tells something (a digit, a sentence) is no label
def test_a_first_row_telling_something_is_no_header(tmp_path: Path) -> None:
    dated = "| 2014 | Approved |\n|---|---|\n| 2016 | Begun |\n| 2019 | Halted |\n"
    told = (
        "| Halvern Construction goes bust | Drummond Civil Engineering takes over |\n"
        "|---|---|\n"
        "| The site stands empty | Work resumes in 2021 |\n"
    )
    assert _headers(tmp_path, dated) == []
    assert _headers(tmp_path, told) == []


# a table of labels only (a list of names in two columns) has no header to tell
def test_a_table_of_labels_only_has_no_header(tmp_path: Path) -> None:
    table = "| Ann Lee | Bo Chan |\n|---|---|\n| Cy Dunn | Di Eve |\n| Ed Fox | Flo Gee |\n"
    assert _headers(tmp_path, table) == []


# a first row of data in short words over rows that say more: no cell names a column
# ("Smith", "Resigned"), or one is a value of its column in a row under it ("Resigned")
def test_a_first_row_of_short_data_is_no_header(tmp_path: Path) -> None:
    names = "| Smith | Resigned |\n| Jones | Stayed on as adviser |\n| Brown | Left in 2021 |\n"
    status = (
        "| Region | Closed |\n|---|---|\n| North | Open again from 2 June |\n| South | Closed |\n"
    )
    assert _headers(tmp_path, names) == []
    assert _headers(tmp_path, status) == []


# labels naming what their columns hold are a header
def test_a_row_naming_its_columns_is_a_header(tmp_path: Path) -> None:
    table = (
        "| Name | Status |\n|---|---|\n| Smith | Resigned in March 2026 |\n"
        "| Jones | Stayed on as adviser |\n"
    )
    assert _headers(tmp_path, table) == ["Name | Status"]
