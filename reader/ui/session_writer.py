"""Session files read and written off the GUI thread, one after another.

Writing a long pair's session (its JSON, then an atomic write) or reading one back takes
a tenth of a second or more; the window keeps answering meanwhile. Every read and write
of a session file (Save, the autosave, a kept copy of unsaved work, Open) goes through
one queue on the one worker abstraction (``reader.ui.worker``), so they happen in the
order asked for: a later save of a file is never overwritten by an earlier one, and a
file opened just after a save is read as saved. What depends on an outcome (closing the
window after a save, showing a session read at start) follows in the job's ``done`` or
on ``idle``; :meth:`SessionWriter.finish` does what is left at once, only where no event
loop will run to report it (the window closed after the application's loop ended).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Signal

from reader.errors import ReaderError
from reader.ui.worker import IsCancelled, Progress, TaskRunner


def reason(exc: BaseException) -> str:
    """A reader-facing message for what a job raised."""
    if isinstance(exc, ReaderError):
        return exc.message
    return f"The session file could not be read or written: {exc}."


@dataclass(slots=True)
class FileJob:
    """One read or write: ``work`` runs in the worker; then, on the GUI thread, ``done``
    with its result or ``failed`` with a reader-facing message."""

    work: Callable[[], object]
    done: Callable[[object], None]
    failed: Callable[[str], None]
    outcome: tuple[bool, object] | None = field(default=None, init=False)

    def __call__(self, _progress: Progress, _cancelled: IsCancelled) -> FileJob:
        try:
            self.outcome = (True, self.work())
        except Exception as exc:
            self.outcome = (False, exc)
        return self

    def settle(self) -> None:
        """Report the outcome (on the GUI thread)."""
        if self.outcome is None:
            return
        ok, value = self.outcome
        if ok:
            self.done(value)
        else:
            assert isinstance(value, BaseException)
            self.failed(reason(value))


class SessionWriter(QObject):
    """Runs :class:`FileJob` s in the background, one at a time, in the order started.

    Signals:
        idle(): every job started in the background is done and reported (not emitted
            by :meth:`finish`, whose caller knows).
    """

    idle = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runner = TaskRunner(self)
        self.runner.finished.connect(self._finished)
        self._running: FileJob | None = None
        self._waiting: deque[FileJob] = deque()

    def start(self, job: FileJob) -> None:
        """Run ``job`` once the jobs started before it are done."""
        self._waiting.append(job)
        if self._running is None:
            self._next()

    def is_busy(self) -> bool:
        return self._running is not None or bool(self._waiting)

    def finish(self) -> None:
        """Block until every job started is done, each reported, in order (the window
        closes with no event loop left to report them), and its worker thread has
        returned: after reporting a job, the thread still saves the patterns it compiled
        (reader.ui.worker), which a job reported before ``finish`` may not have done."""
        while self.is_busy():
            job = self._running
            if job is not None:
                self.runner.wait()
                self.runner.cancel()  # its result, still on its way, is reported here
                self._running = None
            else:
                job = self._waiting.popleft()
                job(lambda _f: None, lambda: False)
            job.settle()
        self.runner.wait()

    def _next(self) -> None:
        if self._waiting:
            self._running = self._waiting.popleft()
            self.runner.start(self._running)

    def _finished(self, job: object) -> None:
        if job is not self._running or not isinstance(job, FileJob):
            return
        self._running = None
        job.settle()
        if self._running is None:  # settling may have started (and run) another
            self._next()
        if not self.is_busy():
            self.idle.emit()
