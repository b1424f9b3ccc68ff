"""File > Print Preview…: the pages File > Print… prints, laid out by the PDF export's own
code, shown before printing; its Print button goes to File > Print…'s dialog (and so to
the exporter's queue), and the page setup it cannot honour is not offered."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrintDialog, QPrintPreviewDialog, QPrintPreviewWidget
from pytestqt.qtbot import QtBot

from reader.export import render_export
from reader.model.session import Session
from reader.ui.print_preview import HIDDEN, preview_action
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
