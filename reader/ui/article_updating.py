"""File > Update from the article files: a saved session whose article changed since
(the outlet corrected or extended it) read again and aligned off the GUI thread, with the
reader's notes, rejections and links made by hand carried onto the new text
(:func:`reader.session.article_update.read_again`).

The notice that opening such a session puts above the articles
(:meth:`ArticleUpdating.say_files_changed`) carries the same action as a button. Once
updated, the session is modified (unsaved), the notice says what changed in the article
and what became of the notes, and Edit > Undo takes the update back. A file that cannot
be read, holds no text or another article leaves the session as it was, and says why.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer

from reader.errors import IngestError, ReaderError
from reader.model.document import Document
from reader.model.fingerprint import FileFingerprint
from reader.model.session import Session
from reader.session.article_update import Updated, read_again
from reader.session.source_files import (
    SourceCheck,
    check_sources,
    is_file_path,
    with_fingerprints,
)
from reader.ui.messages import error_text
from reader.ui.note_undo import Replaced
from reader.ui.session_actions import make_action
from reader.ui.session_opening import say_above_articles
from reader.ui.worker import IsCancelled, Progress, TaskRunner

if TYPE_CHECKING:  # the controller creates this helper
    from reader.ui.session_controller import SessionController

UPDATE = "article update"  # what Edit > Undo names it
READING = "Reading the article files again…"
UNDO_HINT = "Edit > Undo takes the update back."
# how long after the pair is shown its files are checked: an article read through the
# ingest on a thread of its own while the window paints the pair just shown (its panes,
# overview strips and link map, each a run of Qt calls handing Python's lock over) slowed
# that painting to the lock's hand-over, 100-220 ms on a long pair (gui_stalls.py)
CHECK_AFTER_MS = 300


class ArticleUpdating(QObject):
    """The Update action, its worker, and what the window says before and after."""

    def __init__(self, controller: SessionController) -> None:
        super().__init__(controller)
        self._ctl = controller
        self.action = make_action(
            controller.window,
            "&Update from the article files",
            [],
            "Read the session's article files again and carry the notes onto their new text",
        )
        self.action.setEnabled(False)
        self.action.triggered.connect(self.start)
        self.runner = TaskRunner(self)
        self.runner.finished.connect(self._done)
        self.runner.errored.connect(self._failed)
        self._started_on: Session | None = None  # the session being updated
        self.checker = TaskRunner(self)  # whether the article files changed (say_files_changed)
        self.checker.finished.connect(self._say_checked)
        self.checker.errored.connect(lambda _exc: setattr(self, "_checked", None))
        self._checked: tuple[Document, Document] | None = None  # the articles checked
        # the check, started once the pair on screen is shown and painted (CHECK_AFTER_MS)
        self._waiting: Callable[[Progress, IsCancelled], SourceCheck] | None = None
        self._check_timer = QTimer(self)
        self._check_timer.setSingleShot(True)
        self._check_timer.setInterval(CHECK_AFTER_MS)
        self._check_timer.timeout.connect(self._check)
        # the fingerprints of an older session's files, taken as they were checked (by
        # path and text): a save, an autosave and a kept copy write them (as_written)
        self.fingerprints: dict[tuple[str, str], FileFingerprint] = {}
        controller.session_changed.connect(self._enable)

    def as_written(self, session: Session) -> Callable[[], Session]:
        """``session`` as a save, an autosave and a kept copy of unsaved work write it:
        with the fingerprint of each file of an older session taken as it was checked
        (:attr:`fingerprints`, :func:`~reader.session.source_files.with_fingerprints`).
        A function giving it, for the writer's thread: only the few fingerprints are
        copied here, on the GUI thread; a document given its fingerprint is built again
        (its lookup tables), which is left to the thread writing it."""
        taken = dict(self.fingerprints)
        return lambda: with_fingerprints(session, taken)

    def _enable(self, session: object) -> None:
        has_files = isinstance(session, Session) and any(
            is_file_path(d.path) for d in session.alignment.documents
        )
        self.action.setEnabled(has_files and not self.runner.is_running())

    def say_files_changed(self, path: str) -> None:
        """Say above the articles which of the session's article files changed or went
        since it read them (it is saved in ``path``), with the Update button when one
        changed. The files are read and hashed off the GUI thread (a PDF may be 50 MB),
        once the pair on screen is shown and painted (``CHECK_AFTER_MS``); said once
        they are, if the session still shows the same articles. An article of
        a session saved before fingerprints were kept whose file gives its text gets
        the fingerprint of the file's bytes then (:attr:`fingerprints`), which the next
        save writes: the session itself is not changed (nothing to save is asked
        about, nothing on screen is redrawn)."""
        session = self._ctl.session()
        if session is None:
            return
        window = self._ctl.window
        load = window.opener.loader

        def task(_progress: Progress, cancelled: IsCancelled) -> SourceCheck:
            return check_sources(session, path, load, cancelled)

        self._checked = session.alignment.documents
        self._waiting = task
        if window.is_showing():
            window.alignment_finished.connect(
                lambda _shown: self._check_timer.start(), Qt.ConnectionType.SingleShotConnection
            )
        else:
            self._check_timer.start()

    def _check(self) -> None:
        task, self._waiting = self._waiting, None
        if task is not None:
            self.checker.start(task)

    def is_checking(self) -> bool:
        """Whether the article files are being read to tell whether they changed (or
        will be, once the pair on screen is shown)."""
        return self._waiting is not None or self.checker.is_running()

    def _say_checked(self, result: object) -> None:
        checked, self._checked = self._checked, None
        session = self._ctl.session()
        if session is None or checked is None or not isinstance(result, SourceCheck):
            return
        for doc, fingerprint in result.taken:  # true of these files whatever is shown
            self.fingerprints[(doc.path, doc.content_hash)] = fingerprint
        if any(x is not y for x, y in zip(checked, session.alignment.documents, strict=True)):
            return  # another pair, an update, a swap: these changes are not its own
        if result.changes:
            changed = any(not c.gone for c in result.changes)
            say_above_articles(
                self._ctl.window,
                " ".join(c.in_words() for c in result.changes),
                self.action if changed else None,
            )

    def start(self) -> bool:
        """Read the session's article files again and align them, off the GUI thread;
        False when there is nothing to read."""
        ctl = self._ctl
        session = ctl.session()
        if session is None or self.runner.is_running():
            return False
        if not any(is_file_path(d.path) for d in session.alignment.documents):
            ctl.status("This session's articles come from no files: there is nothing to read.")
            return False
        window = ctl.window
        load, align = window.opener.loader, window.opener.aligner

        def task(progress: Progress, cancelled: IsCancelled) -> Updated | None:
            return read_again(session, load, align, progress, cancelled)

        self._started_on = session
        self.action.setEnabled(False)
        self.runner.start(task)
        ctl.status(READING, 0)
        return True

    def _finished(self) -> Session | None:
        """The session the update started on, if it is still the one on screen."""
        started, self._started_on = self._started_on, None
        self._enable(self._ctl.session())
        bar = self._ctl.window.statusBar()
        if bar.currentMessage() == READING:
            bar.clearMessage()
        return started if started is self._ctl.session() else None

    def _done(self, result: object) -> None:
        ctl = self._ctl
        session = self._finished()
        if session is None:
            ctl.status("The session changed while its files were read: choose Update again.")
            return
        if result is None:
            ctl.status("The article files hold the text this session shows: nothing changed.")
            return
        assert isinstance(result, Updated)
        ctl.note_undo.push_replaced(Replaced(UPDATE, session))
        ctl.change(result.session)
        say_above_articles(ctl.window, f"{result.report.in_words()} {UNDO_HINT}")

    def _failed(self, exc: object) -> None:
        self._finished()
        if type(exc).__name__ == "AlignmentCancelled":  # the window is closing
            return
        text = exc.message if isinstance(exc, ReaderError) else error_text(exc)[1]
        if isinstance(exc, IngestError):  # the file's name and where it is
            text = error_text(exc)[1]
        self._ctl.window.report_error(
            "Cannot update from the article files", f"{text}\n\nThe session stays as it was."
        )

    def replaced(self, undone: bool) -> None:
        """Edit > Undo took an update back (``undone``) or Redo made it again: taken
        back, the notice says again which files changed, with the Update button."""
        path = self._ctl.path()
        if undone and path is not None:
            self.say_files_changed(path)

    def shutdown(self) -> None:
        self._waiting = None
        self._check_timer.stop()
        for runner in (self.runner, self.checker):
            runner.cancel()
            runner.wait()
