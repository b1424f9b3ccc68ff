"""The question before unsaved changes go (the window closes, another pair or session
opens), and what follows the reader's answer.

Discard lets them go at once and Cancel keeps them. Save writes them off the GUI thread,
in turn with the other session files (``session_writer``): the window keeps painting and
the status bar says "Saving session to …". What was asked (the close, the other pair) is
asked again once that save and the session files asked for before it are written, so a
change made meanwhile gets the question again and nothing is lost; a failed save is shown
(by :mod:`~reader.ui.session_saving`) and the window stays as it was, notes
and all. Closing also waits, the same way, for session files still being written (an
autosave, a save by Ctrl+S), then, once the question is answered, for exports under way
(a long pair's PDF takes a second or more): the status bar says "Finishing the export
to …" and the window closes once they are written, or stays, the error shown, when one
fails.

Only with no event loop running (the window closed after the application's loop ended,
or by a script) is a close settled at once: nothing could report a write later.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QThread

from reader.session.changes import holds_work
from reader.ui import unsaved_questions

if TYPE_CHECKING:
    from reader.ui.session_controller import SessionController

CLOSING = "Save your notes and corrections before closing?"
REPLACING = "Save your notes and corrections before opening another {}?"
CLOSING_LATER = "Writing the session file… Crossread closes once it is written."
EXPORTING_LATER = "Finishing the export to {}… Crossread closes once it is written."
EXPORTS_LATER = "Finishing {} exports, the last to {}… Crossread closes once they are written."
# the answers to the unsaved-changes question, as UnsavedGuard._settle returns them
GO, SAVING, STAY = "go", "saving", "stay"


class UnsavedGuard(QObject):
    """Asks about the controller's unsaved session before it goes; see the module."""

    def __init__(self, controller: SessionController) -> None:
        super().__init__(controller)
        self.controller = controller
        self._answered_save = False  # the save answering the question is under way
        self._after_writes: Callable[[], object] | None = None  # asked again once written
        self._close_after_exports = False  # the window closes once the exports are written
        self._let_go_on_close: object = None  # the session Discard let go on close
        controller.writer.idle.connect(self._writer_idle)
        controller.exports.exporter.idle.connect(self._exports_written)
        controller.exports.exporter.export_failed.connect(self._export_failed)
        controller.exports.exporter.print_failed.connect(self._export_failed)

    def may_replace(self, paths: tuple[str, str] | None, then: Callable[[], object] | None) -> bool:
        """:meth:`SessionController.may_replace` once the same pair is ruled out."""
        ctl = self.controller
        if not ctl.is_modified() or ctl.session() is None:
            return True
        go_on = then
        if go_on is None and paths is not None:
            go_on = lambda: ctl.window.opener.open(*paths)  # noqa: E731

        def again() -> None:
            if ctl.may_replace(paths, then) and go_on is not None:
                go_on()

        return self._let_go(REPLACING.format("session" if paths is None else "pair"), again)

    def may_close(self) -> bool:
        """Whether the window may close now. When not, it stays (and keeps painting)
        while session files are written, the save answering the question included, and
        the close is asked again once they are, unless that save failed; then, the
        question answered, while exports are written (unless one fails)."""
        if QThread.currentThread().loopLevel() == 0:
            return self._may_close_at_once()
        ctl = self.controller
        if self.controller.writer.is_busy():
            self._after_writes = ctl.window.close
            if not self._answered_save:
                ctl.status(CLOSING_LATER, 0)
            return False
        session = ctl.session()
        if ctl.is_modified() and session is not self._let_go_on_close:  # asked, unchanged
            if not self._let_go(CLOSING, ctl.window.close):
                return False
            self._let_go_on_close = session  # while exports are written: not asked again
        return self._exports_done()

    def _exports_done(self) -> bool:
        """True when no export is under way; else the window closes once they are
        written, and the status bar says so."""
        unwritten = self.controller.exports.exporter.unwritten()
        if not unwritten:
            return True
        self._close_after_exports = True
        if len(unwritten) == 1:
            said = EXPORTING_LATER.format(unwritten[0])
        else:
            said = EXPORTS_LATER.format(len(unwritten), unwritten[-1])
        self.controller.status(said, 0)
        return False

    def _may_close_at_once(self) -> bool:
        """:meth:`may_close` with no event loop running: every write is finished here,
        the save the reader may choose included."""
        writer = self.controller.writer
        writer.finish()
        if not self.controller.is_modified() or self._let_go(CLOSING, lambda: None):
            return True
        writer.finish()  # the save, if the reader chose Save: written and reported here
        self._after_writes = None
        return not self.controller.is_modified()

    def _let_go(self, question: str, again: Callable[[], object]) -> bool:
        """Ask ``question``: True when the session may go now (Discard). After Save,
        ``again`` runs once the save and the files asked for before it are written; a
        failed save drops it. A request made while that save is under way asks nothing
        more: it replaces ``again`` (the latest request wins)."""
        if self._answered_save:
            self._after_writes = again
            return False
        answer = self._settle(question)
        if answer == SAVING:
            self._answered_save = True
            self._after_writes = again
        return answer == GO

    def _settle(self, question: str) -> str:
        """Ask Save / Discard / Cancel about the unsaved session. Returns GO when the
        caller may go on now (Discard: that session is marked so no copy of it is kept),
        STAY (Cancel, or no file chosen to save to), or SAVING: the save (asking where
        when the session has no file) runs off the GUI thread, and :meth:`_saved` follows
        once it is written, or failed and the reader was told."""
        ctl = self.controller
        session = ctl.session()
        if session is None:
            return GO
        path = ctl.path()
        changes = ctl.saved.in_words(session)
        if not changes or (not holds_work(session) and not path):
            return GO  # nothing differs from the file, or no file and nothing to lose
        summary = unsaved_questions.unsaved_summary(changes, session, path)
        choice = ctl.dialogs.ask_unsaved(question, summary)
        if choice == "discard":
            ctl.recovery.discarded = session
            return GO
        return SAVING if choice == "save" and ctl.saving.save(then=self._saved) else STAY

    def _saved(self, ok: bool) -> None:
        self._answered_save = False
        if not ok:  # the reader was told; the window and the session stay as they are
            self._after_writes = None

    def _exports_written(self) -> None:
        if self._close_after_exports:
            self._close_after_exports = False
            self.controller.window.close()

    def _export_failed(self, _text: str) -> None:
        """The reader is shown why; the window stays open, the session unchanged."""
        self._close_after_exports = False
        self._let_go_on_close = None

    def _writer_idle(self) -> None:
        again, self._after_writes = self._after_writes, None
        if again is not None:
            again()
