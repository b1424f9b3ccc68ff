"""A table's header row as the page marks it (<th>, <thead>), carried through ingest
(``Document.table_heads``, reader.ingest.table_text) and read as a header for certain
by reader.analysis.table_reading; the guess only when the page marks none."""

from __future__ import annotations

from pathlib import Path

from reader.analysis.table_reading import table_reading
from reader.ingest.load import load_document
from reader.model.document import Document

_PROSE = "<p>" + "The council met on Monday to discuss the resignations and what followed. " * 4
_ROWS = (
    "<tr><td>Jones</td><td>Stayed on as adviser</td></tr>"
    "<tr><td>Brown</td><td>Left in 2021</td></tr>"
)


def _load(tmp_path: Path, table: str) -> Document:
    path = tmp_path / "council.html"
    path.write_text(
        f"<html><body><article><h1>Two councillors quit</h1>{_PROSE}</p>{table}"
        f"{_PROSE}</p></article></body></html>",
        encoding="utf-8",
    )
    return load_document(path)


def _headers(doc: Document) -> list[str]:
    rows = table_reading(doc)
    return [doc.slice(p) for p in doc.paragraphs if p.start in rows and rows[p.start].header]


def test_a_th_row_of_data_like_words_is_a_header(tmp_path: Path) -> None:
    doc = _load(tmp_path, f"<table><tr><th>Smith</th><th>Resigned</th></tr>{_ROWS}</table>")
    assert [doc.slice(s) for s in doc.table_heads] == ["| Smith | Resigned |"]
    assert _headers(doc) == ["| Smith | Resigned |"]


def test_a_thead_row_of_td_cells_is_a_header(tmp_path: Path) -> None:
    table = f"<table><thead><tr><td>Smith</td><td>Resigned</td></tr></thead>{_ROWS}</table>"
    assert _headers(_load(tmp_path, table)) == ["| Smith | Resigned |"]


def test_a_first_td_row_of_short_words_is_no_header(tmp_path: Path) -> None:
    doc = _load(tmp_path, f"<table><tr><td>Smith</td><td>Resigned</td></tr>{_ROWS}</table>")
    assert doc.table_heads == ()
    assert _headers(doc) == []


def test_a_table_the_page_marks_no_header_of_is_still_guessed(tmp_path: Path) -> None:
    """One table marks its header (<th>), a second marks none: the second's header is
    guessed, as on a page that marks none."""
    marked = f"<table><tr><th>Smith</th><th>Resigned</th></tr>{_ROWS}</table>"
    guessed = (
        "<table><tr><td>Region</td><td>Dead</td></tr>"
        "<tr><td>Eastvale</td><td>8</td></tr><tr><td>Port Aubin</td><td>2</td></tr></table>"
    )
    doc = _load(tmp_path, f"{marked}{_PROSE}</p>{guessed}")
    assert _headers(doc) == ["| Smith | Resigned |", "| Region | Dead |"]


def test_row_labels_in_th_mark_no_header(tmp_path: Path) -> None:
    table = (
        "<table><tr><td>Region</td><td>Dead</td></tr>"
        "<tr><th>Eastvale</th><td>8</td></tr><tr><th>Port Aubin</th><td>2</td></tr></table>"
    )
    assert _load(tmp_path, table).table_heads == ()


def test_table_heads_in_json_only_when_set(tmp_path: Path) -> None:
    doc = _load(tmp_path, f"<table><tr><th>Smith</th><th>Resigned</th></tr>{_ROWS}</table>")
    data = doc.to_json()
    assert Document.from_json(data).table_heads == doc.table_heads
    plain = _load(tmp_path, f"<table><tr><td>Smith</td><td>Resigned</td></tr>{_ROWS}</table>")
    assert "table_heads" not in plain.to_json()
