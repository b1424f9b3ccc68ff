"""File > Print… (Ctrl+P): the notes and matches on paper, as the PDF export lays them out.

Qt's print dialog chooses the printer, the copies, the pages and the sides; the job runs
on the exporter's queue (``reader.ui.exporter``, off the GUI thread, in turn with the
exports, waited for when the window closes): the PDF export is made, in a process of its
own when it is long, then handed to the print queue (:mod:`reader.export.printing`), or
written where the dialog's "Print to File" says, cut to the pages and copies chosen.

Like File > Export notes…, a print lists every claim and quote match unless the reader
ticks "Only the matches the Matches panel shows (12 of 40)" (reader.ui.shown_matches).
The box sits in the dialog itself, under the printer, where the export dialog has its
boxes, rather than on a tab of Qt's own behind its "Options >>" button (a reader who
filtered would not look there); Print Preview… offers it on its tool bar. The choice is
kept for the next print of this run, as the dialog's are.
"""

from __future__ import annotations

from collections.abc import Collection
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import QCheckBox, QVBoxLayout, QWidget

from reader.export.printing import PrintRequest
from reader.model.session import Session
from reader.ui.exporter import PRINT
from reader.ui.print_job import PrintJob
from reader.ui.print_preview import PreviewJob, PrintPreview
from reader.ui.session_actions import insert_after, make_action
from reader.ui.shown_matches import ShownMatches, kept_ids, only_shown_box, shown_matches

if TYPE_CHECKING:  # the controller creates this helper
    from reader.ui.session_controller import SessionController

SIDES = {
    QPrinter.DuplexMode.DuplexNone: "one-sided",
    QPrinter.DuplexMode.DuplexLongSide: "two-sided-long-edge",
    QPrinter.DuplexMode.DuplexShortSide: "two-sided-short-edge",
}


def print_job(session: Session, printer: QPrinter, keep: Collection[str] | None = None) -> PrintJob:
    """The job that prints ``session`` as the dialog set ``printer`` up (``keep``: the
    only matches to list besides those with a note)."""
    request = print_request(printer, session)
    if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat:
        path = printer.outputFileName()
        return PrintJob(session, path, PRINT, keep=keep, request=request, to_file=True)
    where = request.printer or "the default printer"
    return PrintJob(session, where, PRINT, keep=keep, request=request)


def add_to_print_dialog(dialog: QPrintDialog, box: QCheckBox) -> None:
    """Put ``box`` in Qt's print dialog under its printer; on an option tab of its own
    when the dialog is laid out otherwise."""
    layout = dialog.layout()
    if isinstance(layout, QVBoxLayout) and layout.count() > 1:
        layout.insertWidget(1, box)
        return
    tab = QWidget()
    tab.setWindowTitle("Matches")
    QVBoxLayout(tab).addWidget(box)
    dialog.setOptionTabs([tab])


def print_request(printer: QPrinter, session: Session) -> PrintRequest:
    """What is asked for ``session`` on ``printer``: its printer, copies (collated or
    not), pages (the ranges chosen, "1-3,5" as a CUPS printer's dialog takes them, else
    all), their order and sides; the job named after the two titles."""
    ranged = printer.printRange() == QPrinter.PrintRange.PageRange
    ranges = printer.pageRanges().toRangeList() if ranged else []
    al = session.alignment
    return PrintRequest(
        printer.printerName(),
        copies=max(1, printer.copyCount()),
        pages=tuple((r.from_, r.to) for r in ranges if 0 < r.from_ <= r.to),
        sides=SIDES.get(printer.duplex(), ""),
        title=f"{al.a.title} / {al.b.title}",
        collate=printer.collateCopies(),
        reverse=printer.pageOrder() == QPrinter.PageOrder.LastPageFirst,
    )


class Printing(QObject):
    """The Print action, its dialog and what the status bar says of the job."""

    def __init__(self, controller: SessionController) -> None:
        super().__init__(controller)
        self._ctl = controller
        window = controller.window
        self.action = make_action(
            window, "Prin&t…", ["Ctrl+P"], "Print the notes and matches, as the PDF export"
        )
        self.printer = QPrinter()  # the dialog's choices, kept for the next print
        self.only_shown = False  # only the matches the Matches panel shows, kept too
        insert_after(controller.actions.file_menu, controller.actions.export, self.action)
        window.addAction(self.action)
        self.action.triggered.connect(self.dialog)
        controller.session_changed.connect(lambda s: self.action.setEnabled(s is not None))
        self.action.setEnabled(controller.session() is not None)
        exporter = controller.exports.exporter
        exporter.printed.connect(self._printed)
        exporter.print_failed.connect(self._failed)
        self.preview = PrintPreview(controller, self)  # File > Print Preview…, after Print…

    def dialog(self) -> QPrintDialog | None:
        """Ask where and how to print (None: no pair open); prints once accepted."""
        session = self._ctl.session()
        if session is None:
            return None
        self.printer.setOutputFileName(self.file_proposed())
        dialog = QPrintDialog(self.printer, self._ctl.window)
        dialog.setWindowTitle("Print notes and matches")
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintToFile, True)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintCurrentPage, False)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintSelection, False)
        shown = self.shown(session)
        box = only_shown_box(shown, dialog)
        box.setChecked(self.only_shown and shown.hides_some)
        add_to_print_dialog(dialog, box)
        dialog.accepted.connect(lambda: self._accepted(box))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)  # as QDialog.open()
        dialog.show()
        return dialog

    def shown(self, session: Session) -> ShownMatches:
        """Which of ``session``'s matches the Matches panel shows."""
        return shown_matches(session, self._ctl.window.dock.proxy.accepts)

    def _accepted(self, box: QCheckBox) -> None:
        if box.isEnabled():  # greyed out: the choice made last stays for the next print
            self.only_shown = box.isChecked()
        self.print_on(self.printer)

    def keep(self, session: Session) -> frozenset[str] | None:
        """The ids a print of ``session`` keeps to: those of the matches the Matches
        panel shows, when only those are asked for and it hides some; else None."""
        return kept_ids(session, self._ctl.window.dock.proxy.accepts) if self.only_shown else None

    def file_proposed(self) -> str:
        """The file Print to File proposes: the one chosen last in this run, else a PDF
        beside the saved session named after it, or "crossread-notes.pdf" in the folder
        the reader last chose files in (else the home folder)."""
        chosen = self.printer.outputFileName()
        if chosen and not Path(chosen).is_dir():
            return chosen
        saved = self._ctl.path()
        if saved:
            return str(Path(saved).with_suffix(".pdf"))
        folder = self._ctl.window.settings.open_folder() or str(Path.home())
        return str(Path(folder) / "crossread-notes.pdf")

    def print_on(self, printer: QPrinter) -> bool:
        """Print the session on screen as ``printer`` is set up (False: none open, or a
        file to print to was not named)."""
        session = self._ctl.session()
        if session is None:
            return False
        job = print_job(session, printer, self.keep(session))
        if job.to_file and not job.path:
            self._ctl.status("Name the PDF file to print to.")
            return False
        self._ctl.exports.exporter.start(job)
        where = f"to {job.path}" if job.to_file else f"on {job.path}"
        self._ctl.status(f"Printing {where}…", 0)
        return True

    def _printed(self, job: object) -> None:
        if isinstance(job, PrintJob) and not isinstance(job, PreviewJob):
            done = f"Printed to {job.path}." if job.to_file else f"Sent to {job.path}."
            self._ctl.status(done)

    def _failed(self, text: str) -> None:
        self._ctl.window.statusBar().clearMessage()
        self._ctl.window.report_error("Cannot print", text)
