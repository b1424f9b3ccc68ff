"""A print job: the PDF export of a session queued on a printer, or written to a file cut
to the pages and copies chosen (reader.ui.printing makes them from the print dialog,
reader.ui.print_preview for the PDF viewer). Runs on the exporter's queue."""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from pathlib import Path

from reader.export.printing import (
    PrintRequest,
    check_chosen_pages,
    send_to_printer,
    write_chosen_pages,
)
from reader.ui.exporter import ExportJob
from reader.ui.worker import IsCancelled, Progress

DEFAULT_PRINTER = PrintRequest("")  # one copy of every page on the default printer


@dataclass(frozen=True, slots=True)
class PrintJob(ExportJob):
    """The PDF export of ``session`` printed as ``request`` asks: queued on its printer
    (``path`` names it, for the status bar), or with ``to_file`` written to ``path`` (the
    dialog's Print to File), holding the pages and copies chosen."""

    request: PrintRequest = DEFAULT_PRINTER
    to_file: bool = False

    def __call__(self, progress: Progress, cancelled: IsCancelled) -> PrintJob:
        with tempfile.TemporaryDirectory(prefix="crossread-print-") as scratch:
            pdf = Path(scratch) / "crossread.pdf"
            made = ExportJob(self.session, str(pdf), "pdf", self.only_annotated, self.keep)
            made(progress, cancelled)
            if self.to_file:
                write_chosen_pages(pdf, self.request, self.path)
            else:
                check_chosen_pages(pdf, self.request)
                send_to_printer(pdf, self.request)
        return self
