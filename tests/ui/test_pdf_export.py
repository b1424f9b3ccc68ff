"""Tests of reader/ui/pdf_export.py: the PDF export, read back with pypdf."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import unicodedata
from pathlib import Path

import pypdf
import pytest
from PySide6.QtWidgets import QApplication

from reader.export import export_session, render_export
from reader.model.session import Session
from reader.session.store import save_session
from tests.session.samples import HOSTILE, hostile_session, sample_session

ROOT = Path(__file__).resolve().parents[2]


def page_text(pdf: bytes) -> str:
    """The text of all pages, blanks collapsed, ligatures (\ufb01 for "fi") undone."""
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    text = " ".join(p.extract_text() for p in reader.pages)
    return " ".join(unicodedata.normalize("NFKC", text).split())


@pytest.fixture
def session() -> Session:
    return sample_session()


@pytest.fixture
def pdf(qapp: QApplication, session: Session) -> bytes:
    return render_export(session, "pdf")


def test_pdf_has_both_titles(pdf: bytes) -> None:
    text = page_text(pdf)
    assert "Putin and Kim sign defence pact" in text and "strike mutual defence deal" in text


def test_pdf_has_both_passages(pdf: bytes) -> None:
    text = page_text(pdf)
    assert "This is a breakthrough" in text and "The summit lasted five hours." in text


def test_pdf_has_the_note(pdf: bytes) -> None:
    assert "Both agree on the pledge; A says Wednesday." in page_text(pdf)


def test_pdf_pages_are_a4(pdf: bytes) -> None:
    box = pypdf.PdfReader(io.BytesIO(pdf)).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)


def test_pdf_title_names_both_articles(pdf: bytes) -> None:
    meta = pypdf.PdfReader(io.BytesIO(pdf)).metadata
    assert meta is not None and meta.title == (
        "Putin and Kim sign defence pact / North Korea and Russia strike mutual defence deal"
    )


def test_markup_in_articles_prints_as_text(qapp: QApplication) -> None:
    assert HOSTILE in page_text(render_export(hostile_session(), "pdf"))


def test_export_session_writes_the_pdf(
    qapp: QApplication, session: Session, tmp_path: Path
) -> None:
    export_session(session, tmp_path / "notes.pdf", "pdf")
    assert (tmp_path / "notes.pdf").read_bytes().startswith(b"%PDF-")


def test_command_line_export_makes_its_own_application(session: Session, tmp_path: Path) -> None:
    save_session(session, tmp_path / "s.crossread")
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    code = "import sys; from reader.export.command import main; main()"
    args = [str(tmp_path / "s.crossread"), "-o", str(tmp_path / "s.pdf")]
    done = subprocess.run([sys.executable, "-c", code, *args], cwd=ROOT, env=env, check=False)
    assert done.returncode == 0 and "five hours" in page_text((tmp_path / "s.pdf").read_bytes())
