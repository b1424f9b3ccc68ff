"""Session files for the :class:`SessionController`.

Each OS dialog is one small ``ask_*`` method of :mod:`~reader.ui.session_dialogs`
(tests replace only those); each failure is a ``ReaderError`` shown through
``window.report_error``, and the session in memory stays as it was.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from reader.errors import SessionError
from reader.model.session import Session
from reader.session.changes import holds_work
from reader.session.kept_copies import (
    delete_kept_copy,
    kept_copy_files,
    kept_copy_path,
    mark_unopenable,
)
from reader.session.source_files import absolute_path
from reader.session.store import SUFFIX, keep_original, save_session
from reader.ui import unsaved_questions
from reader.ui.recovery_dialog import RecoveryDialog
from reader.ui.session_writer import FileJob

if TYPE_CHECKING:
    from reader.ui.session_controller import SessionController

# the answers to the unsaved-changes question, as SessionFiles.settle_unsaved returns them
GO, SAVING, STAY = "go", "saving", "stay"
Saved = Callable[[bool], object]  # told whether a save succeeded (False: the error was shown)


class SessionFiles(QObject):
    """Save and open the controller's session; kept copies of unsaved work."""

    def __init__(self, controller: SessionController) -> None:
        super().__init__(controller)
        self.controller = controller
        self.recovery_dialog: RecoveryDialog | None = None
        self.discarded: Session | None = None  # the reader chose Discard: keep no copy
        self.last_kept: tuple[Session, Path] | None = None  # the last copy kept, and where
        # a session file opened with notes left out: copied aside before it is saved over
        self.damaged_original: str | None = None
        # those copied aside already (written by the save jobs, in the worker, in turn)
        self.kept_originals: set[str] = set()
        self._saving_to: tuple[object, str] | None = None  # (pair, path) of the last save

    # -- unsaved changes ---------------------------------------------------------------

    def settle_unsaved(self, question: str, saved: Saved) -> str:
        """Ask Save / Discard / Cancel about the unsaved session. Returns GO when the
        caller may go on now (Discard: that session is marked so no copy of it is kept),
        STAY (Cancel, or no file chosen to save to), or SAVING: the save (asking where
        when the session has no file) runs off the GUI thread, and ``saved(ok)`` follows
        once it is written, or failed and the reader was told."""
        session = self.controller.session()
        if session is None:
            return GO
        path = self.controller.path()
        changes = self.controller.saved.in_words(session)
        if not changes or (not holds_work(session) and not path):
            return GO  # nothing differs from the file, or no file and nothing to lose
        summary = unsaved_questions.unsaved_summary(changes, session, path)
        choice = self.controller.dialogs.ask_unsaved(question, summary)
        if choice == "discard":
            self.discarded = session
            return GO
        return SAVING if choice == "save" and self.save(then=saved) else STAY

    # -- saving and opening ------------------------------------------------------------

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

        def write() -> Path | None:
            original = None
            if keep and damaged not in self.kept_originals:  # the notes it could not read
                original = keep_original(path)
                self.kept_originals.add(str(damaged))
            save_session(saving, path)
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

    def keep_copy(self, session: Session | None) -> None:
        """Unsaved work about to be replaced (a new pair, another session): keep a copy in
        the data folder, with the view its pair was shown with (the panels' filters), and
        say where, so no note is ever lost (unless the reader chose Discard for exactly
        this session). A session left with no note, rejection or link (a note added,
        then deleted) holds nothing to keep: no copy, nothing said."""
        if session is None or session is self.discarded:
            return
        if not holds_work(session):
            return
        session = self.controller.left_view.with_view(session)  # its filters too
        where = kept_copy_path()
        last = self.last_kept
        if last is not None and last[0].alignment is session.alignment and last[1].exists():
            where = last[1]  # more work on the pair kept last: one copy of it, updated

        def write() -> None:
            try:
                where.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise SessionError(str(exc)) from None
            save_session(session, where)

        def done(_result: object) -> None:
            self.last_kept = (session, where)
            self.controller.status(
                f"The unsaved notes of the previous pair were kept in {where} "
                "(File > Recover unsaved notes… opens them)."
            )
            self.update_recover()

        def failed(text: str) -> None:
            self.controller.status(
                f"The unsaved notes of the previous pair could not be kept: {text}"
            )

        self.controller.writer.start(FileJob(write, done, failed))

    def open_dialog(self) -> bool:
        """File > Open session: the file first, then the question about unsaved changes
        (after a Save, the file opens once the session is saved). True when it opens now."""
        path = self.controller.dialogs.ask_open_path()
        if path is None:
            return False
        ctl = self.controller
        return ctl.may_replace(then=lambda: ctl.open_session(path)) and ctl.open_session(path)

    # -- kept copies of unsaved work -------------------------------------------------------

    def update_recover(self) -> None:
        """Enable File > Recover unsaved notes when kept copies exist."""
        self.controller.actions.recover.setEnabled(bool(kept_copy_files()))

    def open_recovery(self) -> RecoveryDialog:
        """Open the list of kept copies (non-blocking); Open there opens the session."""
        if self.recovery_dialog is not None:
            self.recovery_dialog.close()
        dialog = RecoveryDialog(parent=self.controller.window)
        dialog.open_requested.connect(self._open_kept)
        dialog.copy_deleted.connect(self.update_recover)
        dialog.finished.connect(self._recovery_closed)
        self.recovery_dialog = dialog
        dialog.open()
        return dialog

    def _open_kept(self, path: str) -> None:
        """Open a kept copy as unsaved work (Save asks where to put it); once the autosave
        holds it, the copy goes, so recovering never leaves two copies of one work.
        Cancel on the unsaved-changes question leaves the list open; after Save, the
        copy opens once the session is saved."""
        if self.controller.may_replace(then=lambda: self._open_kept_now(path)):
            self._open_kept_now(path)

    def _open_kept_now(self, path: str) -> None:
        if self.recovery_dialog is not None:
            self.recovery_dialog.accept()
        autosaver = self.controller.autosaver
        self.controller.open_session(
            path,
            recovered=True,
            then=lambda: autosaver.write_now(then=lambda saved: self._recovered(path, saved)),
            failed=lambda text: mark_unopenable(Path(path), text),
        )

    def _recovered(self, path: str, autosaved: Path | None) -> None:
        """The kept copy in ``path`` is open; ``autosaved``: where the autosave now holds
        it (None: the autosave failed, and said so: the copy stays)."""
        if autosaved is None:
            return
        try:
            delete_kept_copy(Path(path))
        except SessionError as exc:
            self.controller.status(
                f"The recovered notes are open; the kept copy stays: {exc.message}"
            )
            return
        self.controller.status(
            "The recovered notes are open, not yet saved: Save puts them in a file."
        )
        self.update_recover()

    def _recovery_closed(self) -> None:
        if self.recovery_dialog is not None:
            self.recovery_dialog.deleteLater()
            self.recovery_dialog = None
        self.update_recover()
