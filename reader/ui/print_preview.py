"""File > Print Preview…: the pages File > Print… prints, before they are printed.

Qt's QPrintPreviewDialog shows pages painted on a printer; they are painted here by the
PDF export's own layout (``reader.ui.pdf_export``: A4 at the export's resolution, 2 cm
margins, entries kept whole), so the preview has the pages of the PDF export and of a
print, page for page. Its Print button opens File > Print…'s dialog, so a print from the
preview is made as any other, on the exporter's queue off the GUI thread; its page
setup and orientation buttons are hidden, since the export's pages are always A4
portrait.

The preview is laid out and painted on the GUI thread, as Qt's preview asks for every
page at once, painted, when it opens: for the sample pair (11 pages) that takes 75 ms,
for a 2 x 100,000-character pair with 300 notes (186 pages) 0.9-1.1 s, under a busy
cursor and a status bar message. (The PDF export avoids this stall in a process of its
own; a preview cannot: its pages are painted in this one.)
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

from reader.export import print_html
from reader.model.session import Session
from reader.ui.pdf_export import RESOLUTION_DPI, paint_export, set_a4_pages
from reader.ui.session_actions import insert_after, make_action

if TYPE_CHECKING:  # the controller creates this helper
    from reader.ui.printing import Printing
    from reader.ui.session_controller import SessionController

HIDDEN = ("Page setup", "Portrait", "Landscape")  # the export's pages are A4 portrait


def preview_printer() -> QPrinter:
    """A printer laying pages out as the PDF export's writer does (it prints nothing:
    the preview's Print button goes to File > Print…)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setResolution(RESOLUTION_DPI)
    set_a4_pages(printer)
    return printer


def preview_action(dialog: QPrintPreviewDialog, text: str) -> QAction | None:
    """The action of ``dialog``'s tool bar named ``text`` (in Qt's words, translated)."""
    name = QCoreApplication.translate("QPrintPreviewDialog", text)
    return next((a for a in dialog.findChildren(QAction) if a.text() == name), None)


@contextmanager
def busy_cursor() -> Iterator[None]:
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QGuiApplication.restoreOverrideCursor()


class PrintPreview(QObject):
    """The Print Preview action and its dialog."""

    def __init__(self, controller: SessionController, printing: Printing) -> None:
        super().__init__(controller)
        self._ctl = controller
        self._printing = printing
        window = controller.window
        self.action = make_action(
            window, "Print Pre&view…", [], "See the pages Print… makes, before printing them"
        )
        insert_after(controller.actions.file_menu, printing.action, self.action)
        window.addAction(self.action)
        self.action.triggered.connect(self.dialog)
        controller.session_changed.connect(lambda s: self.action.setEnabled(s is not None))
        self.action.setEnabled(controller.session() is not None)
        self.printer: QPrinter | None = None  # the printer of the preview open

    def dialog(self) -> QPrintPreviewDialog | None:
        """Show the pages the session on screen prints as (None: no pair open)."""
        session = self._ctl.session()
        if session is None:
            return None
        self.printer = preview_printer()  # kept: the dialog does not own it
        dialog = QPrintPreviewDialog(self.printer, self._ctl.window)
        dialog.setWindowTitle("Print preview: notes and matches")
        dialog.paintRequested.connect(lambda printer: self.paint(session, printer))
        for text in HIDDEN:
            action = preview_action(dialog, text)
            if action is not None:
                action.setVisible(False)
        printing = preview_action(dialog, "Print")
        if printing is not None:  # File > Print…'s dialog and queue, not Qt's own print
            printing.triggered.disconnect()
            printing.triggered.connect(lambda: self._print(dialog))
        dialog.finished.connect(dialog.deleteLater)
        dialog.resize(self._ctl.window.size() * 0.9)
        dialog.open()  # window-modal; the pages are laid out (paint) as it shows
        return dialog

    def paint(self, session: Session, printer: QPrinter) -> None:
        """Paint ``session``'s pages on the preview's ``printer``, as the export does."""
        bar = self._ctl.window.statusBar()
        bar.showMessage("Laying out the pages…")
        bar.repaint()
        with busy_cursor():
            paint_export(print_html(session)[0], printer)
        bar.clearMessage()

    def _print(self, dialog: QPrintPreviewDialog) -> None:
        dialog.accept()
        self._printing.dialog()
