"""Unsaved work kept for the :class:`~reader.ui.session_controller.SessionController`:
a copy in the data folder of unsaved work about to be replaced (another pair, another
session), and File > Recover unsaved notes…, the list of those copies (and of a crashed
run's autosave kept for later), whose Open opens one as unsaved work."""

from __future__ import annotations

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
    write_kept_copy,
)
from reader.ui.recovery_dialog import RecoveryDialog
from reader.ui.session_writer import FileJob

if TYPE_CHECKING:
    from reader.ui.session_controller import SessionController


class Recovery(QObject):
    """Keeps copies of unsaved work, and opens them again from the recovery list."""

    def __init__(self, controller: SessionController) -> None:
        super().__init__(controller)
        self.controller = controller
        self.dialog: RecoveryDialog | None = None  # File > Recover unsaved notes…
        self.discarded: Session | None = None  # the reader chose Discard: keep no copy
        self.last_kept: tuple[Session, Path] | None = None  # the last copy kept, and where

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
        origin = self.controller.path()  # the session file it is work on, if any
        where = kept_copy_path()
        last = self.last_kept
        if last is not None and last[0].alignment is session.alignment and last[1].exists():
            where = last[1]  # more work on the pair kept last: one copy of it, updated

        to_write = self.controller.updating.as_written(session)  # as a save writes it

        def write() -> None:
            try:
                where.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise SessionError(str(exc)) from None
            write_kept_copy(to_write(), where, origin)

        def done(_result: object) -> None:
            self.last_kept = (session, where)
            self.controller.status(
                f"The unsaved notes of the previous pair were kept in {where} "
                "(File > Recover unsaved notes… opens them)."
            )
            self.update_action()

        def failed(text: str) -> None:
            self.controller.status(
                f"The unsaved notes of the previous pair could not be kept: {text}"
            )

        self.controller.writer.start(FileJob(write, done, failed))

    def update_action(self) -> None:
        """Enable File > Recover unsaved notes when kept copies exist."""
        self.controller.actions.recover.setEnabled(bool(kept_copy_files()))

    def open(self) -> RecoveryDialog:
        """Open the list of kept copies (non-blocking); Open there opens the session."""
        if self.dialog is not None:
            self.dialog.close()
        dialog = RecoveryDialog(parent=self.controller.window)
        dialog.open_requested.connect(self._open_kept)
        dialog.copy_deleted.connect(self.update_action)
        dialog.finished.connect(self._closed)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _open_kept(self, path: str) -> None:
        """Open a kept copy as unsaved work: on the session file it names, as Restore
        opens a crashed run's (Save writes it there), else on none (Save asks where to
        put it); once the autosave holds it, the copy goes, so recovering never leaves
        two copies of one work.
        Cancel on the unsaved-changes question leaves the list open; after Save, the
        copy opens once the session is saved."""
        if self.controller.may_replace(then=lambda: self._open_kept_now(path)):
            self._open_kept_now(path)

    def _open_kept_now(self, path: str) -> None:
        if self.dialog is not None:
            self.dialog.accept()
        autosaver = self.controller.autosaver
        self.controller.open_session(
            path,
            recovered=True,
            then=lambda: autosaver.write_now(then=lambda saved: self._recovered(path, saved)),
            failed=lambda text: mark_unopenable(Path(path), text),
            restore=True,
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
        origin = self.controller.path()
        self.controller.status(
            "The recovered notes are open, not yet saved: "
            + (
                f"Save writes them to {Path(origin).name}."
                if origin is not None
                else "Save puts them in a file."
            )
        )
        self.update_action()

    def _closed(self) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
            self.dialog = None
        self.update_action()
