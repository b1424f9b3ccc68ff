"""The PDF export (printed through Qt, so a GUI test) names what a discrepancy's figures
count, as the other exports do (tests/export/test_counted_export.py)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from reader.export import render_export
from reader.model.session import Session
from tests.election_pages import election_alignment

pytestmark = pytest.mark.gui

DATA = Path(__file__).resolve().parents[1] / "data"


def test_pdf_names_what_each_figure_counts(qtbot: QtBot) -> None:
    from pypdf import PdfReader

    session = Session(election_alignment(DATA, "lexical"))
    pdf = PdfReader(io.BytesIO(render_export(session, "pdf")))
    text = " ".join(" ".join(page.extract_text().split()) for page in pdf.pages)
    assert "87 vs 85 seats" in text
