"""Autosave for the window's session: a few seconds after each change, and on quit.

Qt-free work lives in ``reader.session.autosave``; this module adds the single-shot timer,
writes off the GUI thread in turn with the other session files (``session_writer``) and
turns failures into a status-bar message (a failed autosave never drops the session,
which stays in memory).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from reader.errors import SessionError
from reader.model.session import Session
from reader.session import autosave
from reader.ui.session_writer import FileJob, SessionWriter

DELAY_MS = 3000


class Autosaver(QObject):
    """Writes the session returned by ``current`` a few seconds after :meth:`changed`.

    Signals:
        autosaved(object): the autosave file was written (its Path).
        autosave_failed(str): writing it failed (reader-facing message).
    """

    autosaved = Signal(object)
    autosave_failed = Signal(str)

    def __init__(
        self,
        current: Callable[[], Session | None],
        writer: SessionWriter,
        parent: QObject | None = None,
        origin: Callable[[], str | None] = lambda: None,
        as_written: Callable[[Session], Callable[[], Session]] = lambda s: lambda: s,
    ):
        super().__init__(parent)
        self._current = current
        # the session as a save writes it, made on the writer's thread (the fingerprints
        # of an older session's files: ArticleUpdating.as_written)
        self._as_written = as_written
        self._origin = origin  # the session file the work is on (None: none yet)
        self.writer = writer
        self._running = False
        self.timer = QTimer(self)
        self.timer.setObjectName("autosave_timer")
        self.timer.setSingleShot(True)
        self.timer.setInterval(DELAY_MS)
        self.timer.timeout.connect(lambda: self.write_now())

    def start(self) -> None:
        """Mark this process as running (so a crash leaves a recoverable autosave)."""
        try:
            autosave.mark_running()
        except SessionError as exc:
            self.autosave_failed.emit(exc.message)
            return
        self._running = True

    def changed(self) -> None:
        """The session changed: (re)start the countdown to the next autosave."""
        self.timer.start()

    def write_now(self, then: Callable[[Path | None], object] | None = None) -> None:
        """Write the autosave now (stopping the countdown), off the GUI thread; ``then``
        gets its path once written, or None when nothing was written."""
        self.timer.stop()
        session, origin = self._current(), self._origin()
        if session is None:
            if then is not None:
                then(None)
            return

        def done(path: object) -> None:
            assert isinstance(path, Path)
            self._running = True
            self.autosaved.emit(path)
            if then is not None:
                then(path)

        def failed(text: str) -> None:
            self.autosave_failed.emit(f"Autosave failed: {text}")
            if then is not None:
                then(None)

        to_write = self._as_written(session)
        self.writer.start(
            FileJob(lambda: autosave.write_autosave(to_write(), origin=origin), done, failed)
        )

    def saved(self) -> None:
        """The session was saved to the reader's file: no autosave is due, and the one
        written before goes (a crash now has nothing unsaved to offer), after any
        autosave still being written."""
        self.timer.stop()
        self.writer.start(FileJob(autosave.drop_autosave, lambda _r: None, lambda _t: None))

    def clean_exit(self) -> None:
        """Quit cleanly: stop the timer, finish the writes under way, remove this run's
        autosave and marker."""
        self.timer.stop()
        self.writer.finish()
        if not self._running:
            return
        try:
            autosave.mark_clean_exit()
        except SessionError as exc:
            self.autosave_failed.emit(exc.message)
        self._running = False

    def stop(self) -> None:
        """Stop the countdown without writing (shutdown without a clean exit)."""
        self.timer.stop()

    @staticmethod
    def recoverable() -> Path | None:
        """An autosave left by a crashed run, if any."""
        return autosave.find_recoverable()

    def discard(self, path: Path) -> None:
        try:
            autosave.discard(path)
        except SessionError as exc:
            self.autosave_failed.emit(exc.message)
