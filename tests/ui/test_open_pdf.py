"""An article saved as PDF opens in the window like any other: through File > Open pair
(whose dialog lists PDFs) or dropped on the window; a PDF with no text says why."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint
from pytestqt.qtbot import QtBot

from reader.ui.main_window import FILE_FILTER, MainWindow
from tests.pdf_files import pdf_over_the_text_limit
from tests.ui.test_open_pair import ALIGN_TIMEOUT, drop

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parents[2]
PDFS = ROOT / "tests" / "data" / "pdf"
AP = ROOT / "resources/sample/ap-2024-06-20-north-korea-deal-military-assistance.txt"


def test_the_open_dialog_lists_pdfs() -> None:
    assert "*.pdf" in FILE_FILTER.split(";;")[0]


def test_a_pdf_and_a_text_open_as_a_pair(window: MainWindow, qtbot: QtBot) -> None:
    with qtbot.waitSignal(window.alignment_finished, timeout=ALIGN_TIMEOUT):
        drop(window, [str(PDFS / "article.pdf"), str(AP)], QPoint(10, 10))
    al = window.alignment()
    assert al is not None and al.a.title.startswith("Putin, Kim pledge")
    assert any(m.kind.value == "claim" for m in al.matches)


def test_a_scanned_pdf_says_why_it_cannot_be_read(window: MainWindow, qtbot: QtBot) -> None:
    with qtbot.waitSignal(window.alignment_failed, timeout=ALIGN_TIMEOUT) as failed:
        window.open_pair(str(PDFS / "scanned.pdf"), str(AP))
    assert "holds no text to read (a scanned page" in failed.args[0]


def test_a_pdf_over_the_text_limit_opens_when_dropped(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    # a PDF with its pictures may be 50 MB, as "crossread align" reads it; a text only 5
    big = pdf_over_the_text_limit(tmp_path / "with-photos.pdf")
    with qtbot.waitSignal(window.alignment_finished, timeout=ALIGN_TIMEOUT):
        drop(window, [str(big), str(AP)], QPoint(10, 10))
    al = window.alignment()
    assert al is not None and al.a.title.startswith("Putin, Kim pledge")
