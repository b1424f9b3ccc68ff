"""Tests of reader/ingest/load.py: files -> Document, errors, formats."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from reader.errors import IngestError
from reader.ingest import MAX_BYTES, document_from_text, load_document
from reader.model.document import Document

AP_TITLE = (
    "North Korea says deal between Putin and Kim requires immediate military assistance "
    "in event of war"
)
HANKYOREH_TITLE = "Putin, Kim pledge ‘mutual assistance’ in event of outside aggression"


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_max_bytes_is_five_megabytes() -> None:
    assert MAX_BYTES == 5 * 1024 * 1024


def test_ap_seed_title(seed_b_path: Path) -> None:
    assert load_document(seed_b_path).title == AP_TITLE


def test_hankyoreh_seed_title(seed_a_path: Path) -> None:
    assert load_document(seed_a_path).title == HANKYOREH_TITLE


def test_seed_text_is_the_file_as_written(seed_b_path: Path) -> None:
    doc = load_document(seed_b_path)
    assert doc.text == seed_b_path.read_text(encoding="utf-8")
    assert "\u00a0" in doc.text and "“" in doc.text


def test_hankyoreh_date_from_posted_line(seed_a_path: Path) -> None:
    assert load_document(seed_a_path).date == "2024-06-20"


def test_ap_source_from_credit_line(seed_b_path: Path) -> None:
    assert load_document(seed_b_path).source == "AP"


def test_path_is_kept(seed_a_path: Path) -> None:
    assert load_document(seed_a_path).path == os.fspath(seed_a_path)


def test_utf8_text_file(tmp_path: Path) -> None:
    path = _write(tmp_path, "a.txt", b"Headline here\n\nOne sentence. Two.\n")
    doc = load_document(path)
    assert [doc.slice(s) for s in doc.sentences] == ["Headline here", "One sentence.", "Two."]


def test_document_from_text_returns_document() -> None:
    doc = document_from_text("A title line\nBody text here.")
    assert isinstance(doc, Document)
    assert doc.title == "A title line"


def test_fallback_title_is_file_stem(tmp_path: Path) -> None:
    path = _write(tmp_path, "my-article.txt", b"short.\n")
    assert load_document(path).title == "my-article"


def test_unknown_format_raises() -> None:
    with pytest.raises(IngestError):
        document_from_text("text", fmt="pdf")
