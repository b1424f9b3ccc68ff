"""The one worker abstraction: run a function off the GUI thread, one generation at a time.

``TaskRunner.start(fn)`` runs ``fn(progress, is_cancelled)`` on a private QThreadPool and
returns a generation number. Starting another task cancels the running one (its
``is_cancelled`` turns True) and its result, if it still arrives, is discarded: only the
latest generation reaches ``finished`` / ``errored``.
"""

from __future__ import annotations

import contextlib
import os
import sys
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from reader import regex_cache

Progress = Callable[[float], None]
IsCancelled = Callable[[], bool]
Task = Callable[[Progress, IsCancelled], Any]


# Mild: against programs in the window's own scheduling group (the same session's
# autogroup, or cgroup) a niced worker loses CPU too, not only to the GUI thread. The
# 100,000-character pair with a busy program beside it on 2 cores: matched in 11.3 s at
# nice 5, 9.9 s at 2, 8.9 s at 0, the longest GUI stall while matching 86, 71, 99 ms
# (medians of 8); on a quiet machine, or against programs of other groups, the niceness
# changes neither (6.0-6.1 s, 110-115 ms).
WORKER_NICENESS = 2


def lower_thread_priority() -> None:
    """Let the GUI thread win the CPU over the worker (Linux: nice is per thread).

    Threads started from here inherit the niceness: the aligner's model runs (onnxruntime
    runs each on the thread that calls it) and any program a task starts.
    """
    if sys.platform != "linux":
        return
    with contextlib.suppress(OSError):  # not allowed here: the worker keeps its priority
        tid = threading.get_native_id()
        current = os.getpriority(os.PRIO_PROCESS, tid)
        if current < WORKER_NICENESS:
            os.setpriority(os.PRIO_PROCESS, tid, WORKER_NICENESS)


class _Relay(QObject):
    """Lives in the GUI thread; the worker thread emits through it (queued)."""

    done = Signal(int, object)
    failed = Signal(int, object)
    progressed = Signal(int, float)


class _Job(QRunnable):
    def __init__(self, generation: int, fn: Task, relay: _Relay, runner: TaskRunner) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._generation = generation
        self._fn = fn
        self._relay = relay
        self._runner = runner

    def run(self) -> None:
        lower_thread_priority()
        gen = self._generation
        try:
            result = self._fn(
                lambda f: self._relay.progressed.emit(gen, float(f)),
                lambda: self._runner.is_stale(gen),
            )
        except BaseException as exc:
            self._relay.failed.emit(gen, exc)
        else:
            self._relay.done.emit(gen, result)
        # the patterns the task compiled (the first alignment's most of all), kept now
        # rather than when the window closes: a window that is killed keeps them too
        regex_cache.save()


class TaskRunner(QObject):
    """Runs one task at a time off the GUI thread.

    Signals:
        started(int): a task of this generation started.
        progressed(float): the current task reported progress in [0, 1].
        finished(object): the current task returned this result.
        errored(object): the current task raised this exception.
    """

    started = Signal(int)
    progressed = Signal(float)
    finished = Signal(object)
    errored = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(2)
        self._lock = threading.Lock()
        self._generation = 0
        self._running = False
        self._relay = _Relay(self)
        self._relay.done.connect(self._on_done)
        self._relay.failed.connect(self._on_failed)
        self._relay.progressed.connect(self._on_progress)

    @property
    def generation(self) -> int:
        return self._generation

    def is_running(self) -> bool:
        return self._running

    def is_stale(self, generation: int) -> bool:
        with self._lock:
            return generation != self._generation

    def start(self, fn: Task) -> int:
        with self._lock:
            self._generation += 1
            gen = self._generation
        self._running = True
        self._pool.start(_Job(gen, fn, self._relay, self))
        self.started.emit(gen)
        return gen

    def cancel(self) -> None:
        """Cancel the running task; its result will be discarded."""
        with self._lock:
            self._generation += 1
        self._running = False

    def wait(self, msecs: int = -1) -> bool:
        """Block until every started task returned (for shutdown and tests)."""
        return self._pool.waitForDone(msecs)

    def active_threads(self) -> int:
        return self._pool.activeThreadCount()

    @Slot(int, object)
    def _on_done(self, gen: int, result: object) -> None:
        if gen == self._generation:
            self._running = False
            self.finished.emit(result)

    @Slot(int, object)
    def _on_failed(self, gen: int, exc: object) -> None:
        if gen == self._generation:
            self._running = False
            self.errored.emit(exc)

    @Slot(int, float)
    def _on_progress(self, gen: int, fraction: float) -> None:
        if gen == self._generation:
            self.progressed.emit(fraction)
