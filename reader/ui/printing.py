"""File > Print… (Ctrl+P): the notes and matches on paper, as the PDF export lays them out.

Qt's print dialog chooses the printer, the copies, the pages and the sides; the job runs
on the exporter's queue (``reader.ui.exporter``, off the GUI thread, in turn with the
exports, waited for when the window closes): the PDF export is made, in a process of its
own when it is long, then handed to the print queue (:mod:`reader.export.printing`), or
written where the dialog's "Print to File" says, cut to the pages and copies chosen.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter

from reader.export.printing import PrintRequest
from reader.model.session import Session
from reader.ui.exporter import PRINT
from reader.ui.print_job import PrintJob
from reader.ui.print_preview import PreviewJob, PrintPreview
from reader.ui.session_actions import insert_after, make_action

if TYPE_CHECKING:  # the controller creates this helper
    from reader.ui.session_controller import SessionController

SIDES = {
    QPrinter.DuplexMode.DuplexNone: "one-sided",
    QPrinter.DuplexMode.DuplexLongSide: "two-sided-long-edge",
    QPrinter.DuplexMode.DuplexShortSide: "two-sided-short-edge",
}


def print_job(session: Session, printer: QPrinter) -> PrintJob:
    """The job that prints ``session`` as the dialog set ``printer`` up."""
    request = print_request(printer, session)
    if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat:
        return PrintJob(session, printer.outputFileName(), PRINT, request=request, to_file=True)
    where = request.printer or "the default printer"
    return PrintJob(session, where, PRINT, request=request)


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
        insert_after(controller.actions.file_menu, controller.actions.export, self.action)
        window.addAction(self.action)
        self.action.triggered.connect(self.dialog)
        controller.session_changed.connect(lambda s: self.action.setEnabled(s is not None))
        self.action.setEnabled(controller.session() is not None)
        exporter = controller.files.exporter
        exporter.printed.connect(self._printed)
        exporter.print_failed.connect(self._failed)
        self.preview = PrintPreview(controller, self)  # File > Print Preview…, after Print…

    def dialog(self) -> QPrintDialog | None:
        """Ask where and how to print (None: no pair open); prints once accepted."""
        if self._ctl.session() is None:
            return None
        self.printer.setOutputFileName(self.file_proposed())
        dialog = QPrintDialog(self.printer, self._ctl.window)
        dialog.setWindowTitle("Print notes and matches")
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintToFile, True)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintCurrentPage, False)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintSelection, False)
        dialog.accepted.connect(lambda: self.print_on(self.printer))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)  # as QDialog.open()
        dialog.show()
        return dialog

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
        job = print_job(session, printer)
        if job.to_file and not job.path:
            self._ctl.status("Name the PDF file to print to.")
            return False
        self._ctl.files.exporter.start(job)
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
