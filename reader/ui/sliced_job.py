"""Long GUI-thread work cut into slices, so the window keeps answering meanwhile.

Some work has to run on the GUI thread (Qt text documents are not thread-safe) but can
take half a second on a long article. A ``SlicedJob`` runs it as a generator of small
steps: the first slice at once, then one slice per event-loop turn (a zero-interval
timer shared by every job, which take turns), each ending once ``budget_ms`` has
passed; input, painting and other timers run between slices. A step that yields True
says the next step may be long: the slice ends there unless it has barely begun (so a
long step gets a slice of its own, and a short job still runs in one go). Starting a
new job cancels the unfinished one; ``flush`` runs what is left at once (for code, and
tests, that need the result now).
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Generator
from contextlib import suppress

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

SLICE_MS = 25.0  # a slice's time budget (0: one step per slice)

Steps = Generator[bool, None, None]
STEP = False  # what a step yields: the end of an ordinary step
LONG_STEP_NEXT = True  # ... or: the next step may be long, start it in a new slice
BEGUN = 0.2  # the part of the budget after which a slice has more than barely begun


class SlicedJob(QObject):
    """Runs one generator of steps at a time, a slice per event-loop turn.

    Signals:
        finished(): the job ran its last step (never emitted for a cancelled job).
    """

    finished = Signal()

    def __init__(self, parent: QObject, budget_ms: float | None = None) -> None:
        super().__init__(parent)
        self.budget_ms = SLICE_MS if budget_ms is None else budget_ms
        self._steps: Steps | None = None

    def start(self, steps: Steps, now: bool = True) -> None:
        """Cancel the current job and start ``steps``: its first slice now, or with
        ``now`` False in a turn of its own, like the rest."""
        self.cancel()
        self._steps = steps
        if now:
            self.run_slice()
        else:
            turns().wait(self)

    def cancel(self) -> None:
        turns().drop(self)
        steps, self._steps = self._steps, None
        if steps is not None:
            steps.close()

    def pending(self) -> bool:
        """True while a started job has steps left."""
        return self._steps is not None

    def flush(self) -> None:
        """Run the rest of the current job now."""
        turns().drop(self)
        steps = self._steps
        if steps is not None:
            deque(steps, maxlen=0)  # exhaust the generator
            self._done(steps)

    def run_slice(self) -> None:
        """Run steps until the budget is spent; wait for another turn if some are left."""
        steps = self._steps
        if steps is None:
            return
        start = time.perf_counter()
        budget = self.budget_ms / 1000
        for long_next in steps:
            used = time.perf_counter() - start
            if used >= budget or (long_next and used >= budget * BEGUN):
                turns().wait(self)
                return
        self._done(steps)

    def _done(self, steps: Steps) -> None:
        if self._steps is steps:
            self._steps = None
            self.finished.emit()


class Turns(QObject):
    """The jobs waiting for a slice, served one per event-loop turn in turn: two panes
    building at once take turns instead of holding each turn for two slices."""

    def __init__(self, parent: QObject | None) -> None:
        super().__init__(parent)
        self._waiting: deque[SlicedJob] = deque()
        self._timer = QTimer(self)
        self._timer.setObjectName("sliced_job_turns")
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._next)

    def wait(self, job: SlicedJob) -> None:
        if job not in self._waiting:
            self._waiting.append(job)
        if not self._timer.isActive():
            self._timer.start()

    def drop(self, job: SlicedJob) -> None:
        with suppress(ValueError):
            self._waiting.remove(job)
        if not self._waiting:
            self._timer.stop()

    def waiting(self) -> int:
        return len(self._waiting)

    def _next(self) -> None:
        if self._waiting:
            job = self._waiting.popleft()
            if shiboken6.isValid(job):  # not deleted with its owner meanwhile
                job.run_slice()
        if self._waiting:
            self._timer.start()


def turns() -> Turns:
    """The application's one Turns (made on first use, owned by the application)."""
    app = QCoreApplication.instance()
    found = app.findChild(Turns) if app is not None else None
    return found if isinstance(found, Turns) else Turns(app)
