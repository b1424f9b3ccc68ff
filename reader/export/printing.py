"""Printing an export: the PDF export's pages handed to the system's print queue (Qt-free).

On Linux, Qt prints by making a PDF and giving it to CUPS; Crossread makes the same PDF
as File > Export (``reader.export``, in a process of its own when it is long, so the
window never waits) and gives it to CUPS through its ``lp`` command, with the choices
made in the print dialog (:class:`PrintRequest`). ``lp`` returns once the job is queued.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from reader.export import ExportError

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
    pages: tuple[int, int] | None = None  # first and last page, from 1 (None: all)
    sides: str = ""  # one of SIDES, or "" for the printer's default
    title: str = ""

    def __post_init__(self) -> None:
        if self.copies < 1:
            raise ValueError(f"copies must be at least 1, not {self.copies}")
        if self.pages is not None and not 1 <= self.pages[0] <= self.pages[1]:
            raise ValueError(f"not a page range: {self.pages}")
        if self.sides and self.sides not in SIDES:
            raise ValueError(f"sides must be one of {SIDES}, not {self.sides!r}")


def lp_command(pdf: Path, request: PrintRequest, lp: str = "lp") -> list[str]:
    """The ``lp`` command line that queues ``pdf`` as ``request`` asks."""
    command = [lp]
    if request.printer:
        command += ["-d", request.printer]
    if request.copies > 1:
        command += ["-n", str(request.copies)]
    if request.pages is not None:
        first, last = request.pages
        command += ["-P", f"{first}-{last}" if last != first else str(first)]
    if request.sides:
        command += ["-o", f"sides={request.sides}"]
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
