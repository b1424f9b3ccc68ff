"""Saving the session of the :class:`~reader.ui.session_controller.SessionController`
(File > Save, Save as…, and the save answering the question about unsaved work).

The session is written off the GUI thread, in turn with the other session files
(``ctl.writer``); the file it is saved to is asked for through
:mod:`~reader.ui.session_dialogs`. A failure is a ``ReaderError`` shown through
``window.report_error``, and the session in memory stays as it was. A session file
opened with notes this version could not read is copied aside before it is first saved
over.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from reader.model.session import Session
from reader.session.source_files import absolute_path
from reader.session.store import SUFFIX, keep_original, save_session
from reader.ui.session_writer import FileJob

if TYPE_CHECKING:
    from reader.ui.session_controller import SessionController

Saved = Callable[[bool], object]  # told whether a save succeeded (False: the error was shown)


class SessionSaving:
    """Save the controller's session to its file, or to one the reader chooses."""

    def __init__(self, controller: SessionController) -> None:
        self.controller = controller
        # a session file opened with notes left out: copied aside before it is saved over
        self.damaged_original: str | None = None
        # those copied aside already (written by the save jobs, in the worker, in turn)
        self.kept_originals: set[str] = set()
        self._saving_to: tuple[object, str] | None = None  # (pair, path) of the last save

    def save(self, then: Saved | None = None) -> bool:
        """Save to the session's file, or ask for one (Ctrl+S); see :meth:`save_to`."""
        path = self.controller.path()
        session = self.controller.session()
        if not path and self._saving_to is not None and session is not None:
            pair, saving = self._saving_to
            path = saving if pair is session.alignment else None  # a save not yet reported
        return self.save_to(path, then) if path else self.save_as(then)

    def save_as(self, then: Saved | None = None) -> bool:
        if self.controller.session() is None:
            return False
        path = self.controller.dialogs.ask_save_path()
        if not path:
            return False
        if not Path(path).suffix:
            path += SUFFIX
        return self.save_to(path, then)

    def save_to(self, path: str, then: Saved | None = None) -> bool:
        """Write the session to ``path`` off the GUI thread (after any read or write asked
        for before); the session is marked saved once it is written, or the error is
        shown; then ``then(ok)`` (the question before closing or replacing goes on only
        after a save that succeeded). True when the write was started."""
        session = self.controller.session()
        if session is None:
            return False
        saving = self.controller.session_with_view()
        assert saving is not None
        damaged = self.damaged_original
        keep = damaged is not None and absolute_path(path) == damaged
        # an older session's fingerprints, taken as its files were checked
        to_write = self.controller.updating.as_written(saving)

        def write() -> Path | None:
            original = None
            if keep and damaged not in self.kept_originals:  # the notes it could not read
                original = keep_original(path)
                self.kept_originals.add(str(damaged))
            save_session(to_write(), path)
            return original

        def done(original: object) -> None:
            self._saved(path, session, saving, original if isinstance(original, Path) else None)
            if then is not None:
                then(True)

        def failed(text: str) -> None:
            self.controller.window.statusBar().clearMessage()  # not "Saving…" any more
            self.controller.window.report_error(
                "Cannot save session",
                f"{text}\n\nYour notes are still open: save them somewhere else.",
            )
            if then is not None:
                then(False)

        self._saving_to = (session.alignment, path)
        self.controller.writer.start(FileJob(write, done, failed))
        self.controller.status(f"Saving session to {path}…", 0)
        return True

    def _saved(self, path: str, session: Session, saving: Session, original: Path | None) -> None:
        """``saving`` (``session`` with the view settings) is in ``path`` now."""
        if original is not None and self.damaged_original == absolute_path(path):
            self.damaged_original = None
        self.controller.saved_as(str(path), session, saving)
        kept = f" The file as it was, with what this version could not read, is in {original}."
        self.controller.status(f"Session saved to {path}.{kept if original else ''}")
