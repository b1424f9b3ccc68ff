"""Exports written off the GUI thread.

A PDF of a long pair takes seconds to tens of seconds (Qt lays out hundreds of pages and
keeps each entry on one), a Markdown file of one tens of milliseconds: either way the
window keeps answering meanwhile. A long PDF is laid out in a process of its own
(``export_process``), since Qt holds Python's lock while it lays out. Exports run one
after another on the one worker abstraction (``reader.ui.worker``); one asked for while
another is being written waits its turn, so every export asked for is written and
reported. Closing the window waits for them, the window open and painting
(``unsaved_guard``); only with no event loop left to report them does
:meth:`Exporter.finish` block for the one being written.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Collection
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from reader.errors import ReaderError
from reader.export import export_session
from reader.model.session import Session
from reader.ui.export_process import OWN_PROCESS_CHARS, export_in_own_process, session_chars
from reader.ui.worker import IsCancelled, Progress, TaskRunner

PRINT = "print"  # the format of a print job (reader.ui.print_job.PrintJob)


@dataclass(frozen=True, slots=True)
class ExportJob:
    """One export: the session as it was when asked for, where, in which format; ``keep``:
    the ids of the matches the Matches panel showed then, when only those were asked for
    (with the matches carrying a note)."""

    session: Session
    path: str
    fmt: str
    only_annotated: bool = False
    keep: Collection[str] | None = None

    def __call__(self, _progress: Progress, _cancelled: IsCancelled) -> ExportJob:
        if self.fmt == "pdf" and session_chars(self.session) >= OWN_PROCESS_CHARS:
            export_in_own_process(self.session, self.path, self.only_annotated, self.keep)
        else:
            export_session(self.session, self.path, self.fmt, self.only_annotated, keep=self.keep)
        return self


class Exporter(QObject):
    """Writes exports in the background, one at a time.

    Signals:
        exported(str, str): the export was written (path, format).
        export_failed(str): it could not be made or written (a reader-facing message).
        printed(object): a print job (``fmt`` "print", :mod:`reader.ui.printing`) was
            queued on its printer or written to its file (the job).
        print_failed(str): it could not be (a reader-facing message).
        idle(): every export asked for is written or failed, and reported (not emitted
            by :meth:`finish`, whose caller knows).
    """

    exported = Signal(str, str)
    export_failed = Signal(str)
    printed = Signal(object)
    print_failed = Signal(str)
    idle = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runner = TaskRunner(self)
        self.runner.finished.connect(self._finished)
        self.runner.errored.connect(self._errored)
        self._waiting: deque[ExportJob] = deque()
        self._writing: ExportJob | None = None

    def start(self, job: ExportJob) -> None:
        """Write ``job`` once the exports asked for before it are written."""
        self._waiting.append(job)
        self._next()

    def is_busy(self) -> bool:
        return self.runner.is_running() or bool(self._waiting)

    def unwritten(self) -> list[str]:
        """The files of the exports asked for and not yet written, in turn."""
        writing = self._writing if self.runner.is_running() else None
        return [job.path for job in (writing, *self._waiting) if job is not None]

    def finish(self, msecs: int = -1) -> bool:
        """Block until the export being written is, and report nothing more (the
        window is closing); those waiting their turn are not started."""
        self._waiting.clear()
        self._writing = None
        done = self.runner.wait(msecs)
        self.runner.cancel()  # its result, still on its way, is dropped
        return done

    def _next(self) -> None:
        if self.runner.is_running():  # a slot of exported or export_failed started one
            return
        if self._waiting:
            self._writing = self._waiting.popleft()
            self.runner.start(self._writing)
        else:
            self._writing = None
            self.idle.emit()

    def _finished(self, job: object) -> None:
        if isinstance(job, ExportJob) and job.fmt == PRINT:
            self.printed.emit(job)
        elif isinstance(job, ExportJob):
            self.exported.emit(job.path, job.fmt)
        self._next()

    def _errored(self, exc: object) -> None:
        printing = self._writing is not None and self._writing.fmt == PRINT
        if isinstance(exc, ReaderError):
            text = exc.message
        else:
            text = f"{'Printing failed' if printing else 'The export could not be made'}: {exc}."
        (self.print_failed if printing else self.export_failed).emit(text)
        self._next()
