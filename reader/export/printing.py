"""Printing an export: the PDF export's pages handed to the system's print queue (Qt-free).

On Linux, Qt prints by making a PDF and giving it to CUPS; Crossread makes the same PDF
as File > Export (``reader.export``, in a process of its own when it is long, so the
window never waits) and gives it to CUPS through its ``lp`` command, with the choices
made in the print dialog (:class:`PrintRequest`). ``lp`` returns once the job is queued.
The dialog's Print to File gets the same choices from :func:`write_chosen_pages`: the
pages of the ranges, copies times, collated or not, in the order asked, cut out of the
export by pypdf.
"""

from __future__ import annotations

import io
import os
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from reader.export import ExportError
from reader.session.atomic import atomic_write
from reader.session.store import describe

if TYPE_CHECKING:  # imported when pages are chosen: it costs the start of every run else
    from pypdf import PdfReader

LP_TIMEOUT_S = 60
NO_LP = (
    "Crossread prints through CUPS, and its lp command is missing here (on Debian or "
    "Ubuntu: sudo apt install cups-client). File > Export notes… as PDF makes the same "
    "pages, to print from another program."
)
SIDES = ("one-sided", "two-sided-long-edge", "two-sided-short-edge")


@dataclass(frozen=True, slots=True)
class PrintRequest:
    """Where and how to print: a CUPS queue and the dialog's choices."""

    printer: str
    copies: int = 1
    pages: tuple[tuple[int, int], ...] = ()  # ranges: first and last page, from 1 (): all
    sides: str = ""  # one of SIDES, or "" for the printer's default
    title: str = ""
    collate: bool = True  # copies one after another (1 2 3 1 2 3), else 1 1 2 2 3 3
    reverse: bool = False  # the last page first

    def __post_init__(self) -> None:
        if self.copies < 1:
            raise ValueError(f"copies must be at least 1, not {self.copies}")
        if any(not 1 <= first <= last for first, last in self.pages):
            raise ValueError(f"not page ranges: {self.pages}")
        if self.sides and self.sides not in SIDES:
            raise ValueError(f"sides must be one of {SIDES}, not {self.sides!r}")


def lp_command(pdf: Path, request: PrintRequest, lp: str = "lp") -> list[str]:
    """The ``lp`` command line that queues ``pdf`` as ``request`` asks."""
    command = [lp]
    if request.printer:
        command += ["-d", request.printer]
    if request.copies > 1:
        command += ["-n", str(request.copies), "-o", f"collate={str(request.collate).lower()}"]
    if request.pages:
        command += ["-P", page_ranges(request.pages)]
    if request.sides:
        command += ["-o", f"sides={request.sides}"]
    if request.reverse:
        command += ["-o", "outputorder=reverse"]
    if request.title:
        command += ["-t", request.title]
    return [*command, "--", str(pdf)]


def send_to_printer(pdf: Path, request: PrintRequest) -> None:
    """Queue ``pdf`` on ``request.printer``. Raises ExportError with what went wrong."""
    lp = shutil.which("lp")
    if lp is None:
        raise ExportError(NO_LP)
    where = f"the printer {request.printer}" if request.printer else "the default printer"
    try:
        done = subprocess.run(
            lp_command(pdf, request, lp),
            capture_output=True,
            text=True,
            timeout=LP_TIMEOUT_S,
            env={**os.environ, "LC_ALL": "C"},  # its messages, as the reader reads them here
            check=False,
        )
    except subprocess.TimeoutExpired:
        raise ExportError(f"The print queue did not answer within {LP_TIMEOUT_S} s.") from None
    except OSError as exc:
        raise ExportError(f"The print queue could not be reached: {exc.strerror}.") from None
    if done.returncode != 0:
        said = (done.stderr or done.stdout).strip().splitlines()
        reason = said[-1].removeprefix("lp: ") if said else f"lp exited with {done.returncode}"
        raise ExportError(f"Could not print on {where}: {reason.rstrip('.')}.")


def page_ranges(ranges: tuple[tuple[int, int], ...]) -> str:
    """Page ranges as a print dialog and ``lp -P`` write them: "1-3,5"."""
    return ",".join(str(first) if first == last else f"{first}-{last}" for first, last in ranges)


def chosen_pages(count: int, request: PrintRequest) -> list[int]:
    """The pages (from 0) of a document of ``count`` pages that ``request`` prints, in the
    order printed: its ranges cut at the last page (all pages without any), reversed if
    asked, ``copies`` times, collated (1 2 3 1 2 3) or not (1 1 2 2 3 3). ExportError
    when every range starts after the last page."""
    ranges = request.pages or ((1, count),)
    pages = [page for first, last in ranges for page in range(first - 1, min(last, count))]
    if not pages:
        raise ExportError(
            f"Nothing was printed: the notes and matches fill {count} "
            f"page{'' if count == 1 else 's'}, and the pages chosen ({page_ranges(ranges)}) "
            "come after the last one."
        )
    if request.reverse:
        pages.reverse()
    if request.collate:
        return pages * request.copies
    return [page for page in pages for _ in range(request.copies)]


def _read_pdf(pdf: Path) -> PdfReader:
    from pypdf import PdfReader

    try:
        return PdfReader(pdf)
    except Exception as exc:  # pypdf raises many kinds on a damaged file
        raise ExportError(f"The pages to print could not be read: {exc}.") from None


def check_chosen_pages(pdf: Path, request: PrintRequest) -> None:
    """ExportError when ``request`` prints none of the PDF file ``pdf``'s pages."""
    chosen_pages(len(_read_pdf(pdf).pages), request)


def write_chosen_pages(pdf: Path, request: PrintRequest, path: str | os.PathLike[str]) -> None:
    """Write to ``path``, atomically, the pages of the PDF file ``pdf`` that ``request``
    prints (:func:`chosen_pages`); ExportError, and nothing written, when there are none
    or the file cannot be written."""
    reader = _read_pdf(pdf)
    pages = chosen_pages(len(reader.pages), request)
    if pages == list(range(len(reader.pages))):
        data = pdf.read_bytes()  # the export as it is
    else:
        from pypdf import PdfWriter

        writer = PdfWriter()
        for page in pages:
            writer.add_page(reader.pages[page])
        if reader.metadata is not None:
            writer.add_metadata(dict(reader.metadata))
        out = io.BytesIO()
        writer.write(out)
        data = out.getvalue()
    try:
        atomic_write(path, data)
    except OSError as exc:
        raise ExportError(f"Could not print to {path}: {describe(exc)}.") from None
