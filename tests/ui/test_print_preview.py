"""File > Print Preview…: the pages File > Print… prints, laid out by the PDF export's own
code, shown before printing; its Print button goes to File > Print…'s dialog (and so to
the exporter's queue), and the page setup it cannot honour is not offered."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtPrintSupport import QPrintDialog, QPrintPreviewDialog, QPrintPreviewWidget
from pytestqt.qtbot import QtBot

from reader.export import render_export
from reader.model.note import Note
from reader.model.session import Session
from reader.ui.export_process import session_chars
from reader.ui.main_window import MainWindow
from reader.ui.print_preview import HIDDEN, NO_VIEWER, PREVIEW_IN_WINDOW_CHARS, preview_action
from reader.ui.session_controller import SessionController
from tests.ui import session_fixtures as fx
from tests.ui.test_printing import file_menu_texts

ctl, data_folder, opened, pair, win = fx.ctl, fx.data_folder, fx.opened, fx.pair, fx.win

pytestmark = pytest.mark.gui


def preview_pages(dialog: QPrintPreviewDialog) -> int:
    """How many pages ``dialog`` shows."""
    widget = dialog.findChild(QPrintPreviewWidget)
    assert widget is not None
    return widget.pageCount()


def test_print_preview_follows_print_in_the_file_menu(ctl: SessionController) -> None:
    texts = file_menu_texts(ctl)
    assert texts[texts.index("Prin&t…") + 1] == "Print Pre&view…"


def test_print_preview_needs_a_pair(ctl: SessionController) -> None:
    assert not ctl.printing.preview.action.isEnabled()
    assert ctl.printing.preview.dialog() is None


def test_print_preview_is_enabled_once_a_pair_is_open(
    ctl: SessionController, opened: Session
) -> None:
    assert ctl.printing.preview.action.isEnabled()


def test_the_preview_shows_the_pages_of_the_pdf_export(
    ctl: SessionController, opened: Session, qtbot: QtBot
) -> None:
    dialog = ctl.printing.preview.dialog()
    assert dialog is not None and dialog.isVisible()
    exported = PdfReader(io.BytesIO(render_export(opened, "pdf")))
    assert len(exported.pages) > 1  # else any layout would do
    assert preview_pages(dialog) == len(exported.pages)
    dialog.reject()


def test_the_previews_print_button_opens_the_print_dialog(
    ctl: SessionController, opened: Session, qtbot: QtBot
) -> None:
    dialog = ctl.printing.preview.dialog()
    assert dialog is not None
    button = preview_action(dialog, "Print")
    assert button is not None
    button.trigger()  # Qt's own would block in a dialog of its own (then paint here)
    assert not dialog.isVisible()
    printing = [d for d in ctl.window.findChildren(QPrintDialog) if d.isVisible()]
    assert [d.windowTitle() for d in printing] == ["Print notes and matches"]
    printing[0].reject()


def test_the_preview_offers_no_page_setup(
    ctl: SessionController, opened: Session, qtbot: QtBot
) -> None:
    dialog = ctl.printing.preview.dialog()
    assert dialog is not None
    hidden = [preview_action(dialog, text) for text in HIDDEN]
    assert all(a is not None and not a.isVisible() for a in hidden)
    dialog.reject()


@pytest.fixture
def long_notes(ctl: SessionController, opened: Session) -> Session:
    """The seed pair with a note long enough that its pages are not previewed in the
    window."""
    room = PREVIEW_IN_WINDOW_CHARS - session_chars(opened) + 1
    noted = opened.add_note(Note.new("A long note. " * (room // 13 + 1), match_id="m1"))
    ctl.change(noted)
    assert session_chars(noted) > PREVIEW_IN_WINDOW_CHARS
    return noted


@pytest.fixture
def viewer(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The files the desktop was asked to show (it shows them: True)."""
    shown: list[str] = []

    def open_url(url: QUrl) -> bool:
        shown.append(url.toLocalFile())
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", open_url)
    return shown


def test_a_long_sessions_preview_opens_in_the_pdf_viewer(
    ctl: SessionController, long_notes: Session, viewer: list[str], qtbot: QtBot
) -> None:
    assert ctl.printing.preview.dialog() is None
    assert not [d for d in ctl.window.findChildren(QPrintPreviewDialog) if d.isVisible()]
    qtbot.waitUntil(lambda: bool(viewer), timeout=60_000)
    exported = PdfReader(io.BytesIO(render_export(long_notes, "pdf")))
    assert len(PdfReader(Path(viewer[0])).pages) == len(exported.pages)


def test_a_long_sessions_preview_is_not_reported_as_printed(
    ctl: SessionController, long_notes: Session, viewer: list[str], qtbot: QtBot
) -> None:
    ctl.printing.preview.dialog()
    qtbot.waitUntil(lambda: bool(viewer), timeout=60_000)
    assert "Printed" not in ctl.window.statusBar().currentMessage()


def test_without_a_pdf_viewer_the_long_preview_says_so(
    ctl: SessionController,
    win: MainWindow,
    long_notes: Session,
    monkeypatch: pytest.MonkeyPatch,
    qtbot: QtBot,
) -> None:
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda _url: False)
    with qtbot.waitSignal(win.error_shown, timeout=60_000) as shown:
        ctl.printing.preview.dialog()
    assert shown.args == ["Cannot show the print preview", NO_VIEWER]
