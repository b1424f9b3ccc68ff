"""Saved pages read as a reader opens them: written to a file in ``tmp_path`` and loaded
through the real extractor; the lines a document shows and those it dims."""

from __future__ import annotations

from pathlib import Path

from reader.ingest import load_document
from reader.model.document import Document


def read_page(tmp_path: Path, page: str) -> Document:
    """The document of the saved page ``page`` (HTML)."""
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    return load_document(path)


def paragraph_lines(doc: Document) -> list[str]:
    """The paragraphs of ``doc``, a line each."""
    return [doc.slice(p) for p in doc.paragraphs]


def dimmed(doc: Document) -> set[str]:
    """The spans of ``doc`` shown dimmed (boilerplate)."""
    return {doc.slice(b) for b in doc.boilerplate}
