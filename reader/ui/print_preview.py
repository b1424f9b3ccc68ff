"""File > Print Preview…: the pages File > Print… prints, before they are printed.

Qt's QPrintPreviewDialog shows pages painted on a printer; they are painted here by the
PDF export's own layout (``reader.ui.pdf_export``: A4 at the export's resolution, 2 cm
margins, entries and quotations kept whole, headings with them: ``reader.ui.page_breaks``),
so the preview has the pages of the PDF export and of a print, page for page. Its Print
button opens File > Print…'s dialog, so a print from the preview is made as any other, on
the exporter's queue off the GUI thread; its page setup and orientation buttons are
hidden, since the export's pages are always A4 portrait.

Qt's preview asks for every page at once, painted on the GUI thread, when it opens: for
the sample pair (11 pages) that takes 75 ms, and about 7 ms a page more (a
2 x 100,000-character pair with 300 notes, 186 pages: 0.9-1.1 s). So only a session of
up to PREVIEW_IN_WINDOW_CHARS characters (its articles and notes; about 18 pages, a
stall under 150 ms) is previewed in the window, under a busy cursor. A longer one's pages
are made as Print to File makes them, on the exporter's queue off the GUI thread (in a
process of their own when long), and shown in the desktop's PDF viewer, as a preview
outside the window: the window never waits for them.

The tool bar's "Only the matches the Matches panel shows (12 of 40)" box is File >
Print…'s own choice (reader.ui.printing): ticking it lays the pages out again without
the matches the panel hides, and the Print button prints them so. A longer session's
pages follow the choice made last.
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QGuiApplication
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import QToolBar

from reader.export import print_html
from reader.model.session import Session
from reader.ui.export_process import session_chars
from reader.ui.exporter import PRINT
from reader.ui.pdf_export import RESOLUTION_DPI, paint_export, set_a4_pages
from reader.ui.print_job import PrintJob
from reader.ui.session_actions import insert_after, make_action
from reader.ui.shown_matches import only_shown_box

if TYPE_CHECKING:  # the controller creates this helper
    from reader.ui.printing import Printing
    from reader.ui.session_controller import SessionController

HIDDEN = ("Page setup", "Portrait", "Landscape")  # the export's pages are A4 portrait
PREVIEW_IN_WINDOW_CHARS = 16_000
"""The most characters of articles and notes (``export_process.session_chars``) whose
pages are previewed in the window: laying out and painting them there stalls it under
150 ms (measured: 12,600 characters, 13 pages, 90 ms; 20,800, 24 pages, 200 ms)."""
NO_VIEWER = (
    "No program to show PDF files was found. File > Export notes… as PDF writes the same "
    "pages, to open in another program."
)


@dataclass(frozen=True, slots=True)
class PreviewJob(PrintJob):
    """The pages of a session too long to preview in the window, written to ``path`` (a
    scratch file) for the desktop's PDF viewer."""


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
        exporter = controller.exports.exporter
        exporter.printed.connect(self._made)

    def dialog(self) -> QPrintPreviewDialog | None:
        """Show the pages the session on screen prints as (None: no pair open, or a
        session too long to preview in the window: its pages go to the PDF viewer)."""
        session = self._ctl.session()
        if session is None:
            return None
        if session_chars(session) > PREVIEW_IN_WINDOW_CHARS:
            self.outside(session)
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
        self._offer_only_shown(dialog, session)
        dialog.finished.connect(dialog.deleteLater)
        dialog.resize(self._ctl.window.size() * 0.9)
        dialog.open()  # window-modal; the pages are laid out (paint) as it shows
        return dialog

    def _offer_only_shown(self, dialog: QPrintPreviewDialog, session: Session) -> None:
        """Put Print…'s "only the matches shown" box on the tool bar of ``dialog``: each
        change lays the pages out again, and is Print…'s choice too."""
        bar = dialog.findChild(QToolBar)
        if bar is None:
            return
        shown = self._printing.shown(session)
        box = only_shown_box(shown, bar)
        box.setChecked(self._printing.only_shown and shown.hides_some)
        bar.addSeparator()
        bar.addWidget(box)

        def chosen(on: bool) -> None:
            self._printing.only_shown = on
            pages = dialog.findChild(QPrintPreviewWidget)
            if pages is not None:
                pages.updatePreview()

        box.toggled.connect(chosen)

    def outside(self, session: Session) -> PreviewJob:
        """Make ``session``'s pages off the GUI thread, for the desktop's PDF viewer."""
        scratch = Path(tempfile.mkdtemp(prefix="crossread-preview-"))
        out = str(scratch / "print-preview.pdf")
        keep = self._printing.keep(session)
        job = PreviewJob(session, out, PRINT, keep=keep, to_file=True)
        self._ctl.exports.exporter.start(job)
        only = " of the matches the Matches panel shows" if keep is not None else ""
        self._ctl.status(f"Making the pages{only}: they open in your PDF viewer once made…", 0)
        return job

    def _made(self, job: object) -> None:
        if not isinstance(job, PreviewJob):
            return
        self._ctl.window.statusBar().clearMessage()
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(job.path)):
            self._ctl.window.report_error("Cannot show the print preview", NO_VIEWER)

    def paint(self, session: Session, printer: QPrinter) -> None:
        """Paint ``session``'s pages on the preview's ``printer``, as the export does."""
        bar = self._ctl.window.statusBar()
        bar.showMessage("Laying out the pages…")
        bar.repaint()
        with busy_cursor():
            paint_export(print_html(session, keep=self._printing.keep(session))[0], printer)
        bar.clearMessage()

    def _print(self, dialog: QPrintPreviewDialog) -> None:
        dialog.accept()
        self._printing.dialog()
