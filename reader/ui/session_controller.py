"""The window's Session: the reader's notes and corrections over the pair on screen.

:class:`SessionController` owns the current :class:`~reader.model.session.Session`:

- each alignment the window finishes becomes a Session, or, when it is a re-alignment of
  the same two texts (either way round), the current one re-applied to it, so notes,
  rejections and manual links survive; the window then shows the *visible* alignment
  (rejected matches hidden, manual ones added: :func:`reader.session.view.visible_alignment`);
- the notes dock, the note markers in the panes and the window title (``*`` when there
  are unsaved changes) follow every change;
- its actions (notes, reject, restore, link, session files, export, settings) are made
  here and put in the window's menus;
- autosave a few seconds after each change, recovery after a crash, and a question
  (Save / Discard / Cancel) before unsaved changes are closed or replaced by another pair
  or session (:meth:`SessionController.may_replace`); a replacement nobody was asked
  about keeps a copy of them (File > Recover unsaved notes…).

Session files are read and written off the GUI thread, in turn (``session_writer``),
including the save answering that question, the crashed run's autosave and a session
named on the command line (:mod:`reader.ui.session_opening` reads and shows them): what
depends on the outcome (closing, opening the other pair) follows once it is known, and
the window keeps painting meanwhile.

Every OS dialog sits behind one small ``ask_*`` method of ``ctl.dialogs``, so tests replace
only those.

The controller keeps the session, its file and whether it is modified, and follows each
alignment the window finishes; its parts have modules of their own: what is shown
(:mod:`~reader.ui.session_show`), what the file holds (:mod:`~reader.ui.saved_state`),
letting the session go (:mod:`~reader.ui.session_closing`), reading and showing session
files (:mod:`~reader.ui.session_opening`), saving them (:mod:`~reader.ui.session_saving`),
kept copies of unsaved work (:mod:`~reader.ui.recovery`), exports
(:mod:`~reader.ui.session_export`), the settings dialog (:mod:`~reader.ui.settings_opener`),
the OS dialogs (:mod:`~reader.ui.session_dialogs`), and the wiring
(:mod:`~reader.ui.session_wiring`).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal

from reader.model.session import Session
from reader.ui import view_state
from reader.ui.article_updating import ArticleUpdating
from reader.ui.autosaver import Autosaver
from reader.ui.change_marks import apply_change_marks
from reader.ui.change_steps import ChangeSteps
from reader.ui.corrections import Corrections
from reader.ui.left_view import LeftView
from reader.ui.messages import STATUS_MS
from reader.ui.note_actions import NoteActions
from reader.ui.note_marks import apply_note_marks
from reader.ui.note_undo import NoteUndo
from reader.ui.notes_dock import NotesDock
from reader.ui.pair_follow import follow_alignment
from reader.ui.pane_menu import PaneMenus
from reader.ui.printing import Printing
from reader.ui.recovery import Recovery
from reader.ui.saved_state import SavedState
from reader.ui.session_actions import SessionActions, insert_after
from reader.ui.session_closing import SessionClosing, thaw
from reader.ui.session_dialogs import SessionDialogs
from reader.ui.session_export import SessionExport
from reader.ui.session_opening import SessionOpening
from reader.ui.session_saving import SessionSaving
from reader.ui.session_show import SessionShow
from reader.ui.session_wiring import connect_controller
from reader.ui.session_writer import SessionWriter
from reader.ui.settings_dialog import AnalysisSettings, apply_settings
from reader.ui.settings_opener import SettingsOpener
from reader.ui.start_notices import say_when_free
from reader.ui.unsaved_guard import UnsavedGuard

if TYPE_CHECKING:
    from reader.ui.main_window import MainWindow


class SessionController(QObject):
    """The current Session of ``window`` and everything the reader does with it.

    Signals:
        session_changed(object): the Session changed (new pair, note, correction, open).
        session_saved(str): the session was saved to this path.
        session_opened(str): a .crossread file was opened (its path).
        autosaved(object): the autosave file was written (its Path).
    """

    session_changed = Signal(object)
    session_saved = Signal(str)
    session_opened = Signal(str)
    autosaved = Signal(object)

    def __init__(self, window: MainWindow, dock: NotesDock | None = None) -> None:
        super().__init__(window)
        self.window = window
        self._session: Session | None = None
        self._path: str | None = None
        self._modified = False
        self.from_paths: tuple[str, str] | None = None  # the files the session came from
        self.notices: set[str] = set()  # alignment notices already reported
        self.analysis = AnalysisSettings(window.settings.store)
        apply_settings(self.analysis, at_start=True)
        self.dock = dock or NotesDock(window)
        if dock is None:  # a tab beside the matches: the window keeps its minimum width
            window.add_dock(self.dock, Qt.DockWidgetArea.BottomDockWidgetArea)
            window.tabifyDockWidget(window.dock, self.dock)
            window.dock.raise_()
        # what the file holds: what differs is unsaved
        self.saved = SavedState(window, lambda: self._session, self.dock)
        self.left_view = LeftView(window, lambda: self._session)  # for the kept copies
        self.writer = SessionWriter(self)  # every read and write of a session file, in turn
        self.dialogs = SessionDialogs(self)  # the OS dialogs (tests replace them)
        self.saving = SessionSaving(self)  # File > Save, Save as…
        self.recovery = Recovery(self)  # kept copies of unsaved work, and their list
        self.exports = SessionExport(self)  # File > Export notes…; File > Print… too
        self.settings_opener = SettingsOpener(self)  # Edit > Settings…
        self.opening = SessionOpening(self)  # session files read and shown, at start too
        self.updating = ArticleUpdating(self)  # File > Update from the article files
        self.guard = UnsavedGuard(self)  # the question before unsaved changes go
        self.autosaver = Autosaver(
            self.session_with_view,
            self.writer,
            self,
            origin=self.path,
            as_written=self.updating.as_written,  # with an older session's fingerprints
        )
        self.autosaver.autosaved.connect(self.autosaved)
        self.autosaver.autosave_failed.connect(self._autosave_failed)
        self.actions = SessionActions(window)
        self.note_undo = NoteUndo(self)
        self.edit_menu = self.actions.install(window.menuBar())
        insert_after(self.actions.file_menu, self.actions.recover, self.updating.action)
        self.change_steps = ChangeSteps(self)  # Go > Next change, Previous change
        self.change_steps.install(window.menuBar(), window.actions_.prev_discrepancy)
        # the legend names the change marks while the session holds some
        self.session_changed.connect(
            lambda s: window.legend.show_changes(isinstance(s, Session) and bool(s.update_marks))
        )
        self.corrections = Corrections(self)
        self.notes = NoteActions(self)
        self.pane_menus = PaneMenus(
            (window.pane("a"), window.pane("b")),
            self.add_note,
            self.corrections.reject,
            self.corrections.link_selections,
            self,
            copy=lambda mid: self.notes.copy([mid]),
        )
        # the session's view in the panes; any other alignment shown, followed
        self.shown = SessionShow(self, lambda al: follow_alignment(self, al))
        connect_controller(self)
        self.printing = Printing(self)  # File > Print…, after Export notes…
        self.closing = SessionClosing(self)  # the window's close
        self.actions.enable_for(self._session)

    # -- state -------------------------------------------------------------------------

    def session(self) -> Session | None:
        return self._session

    def path(self) -> str | None:
        """Where the session was last saved or opened from (None: never saved)."""
        return self._path

    def is_modified(self) -> bool:
        return self._modified

    def session_with_view(self) -> Session | None:
        """The session with the window's view settings, as a save or autosave writes it."""
        s = self._session
        return None if s is None else s.with_view(**view_state.capture(self.window))

    def _differs(self) -> bool:
        s = self._session
        return s is not None and self.saved.differs(s, self._path)

    def filters_moved(self) -> None:
        """The panels' filters are the pair's, saved with its session: filters
        other than the saved ones make a change (marked, autosaved, asked about before
        closing); put back, none."""
        was, self._modified = self._modified, self._differs()
        self.refresh(marks=False)
        self._autosave_after(was)

    def _autosave_after(self, was_modified: bool) -> None:
        """Autosave a change a few seconds on; a change back to what the file holds (or,
        never saved, to nothing) leaves nothing unsaved to offer after a crash: the
        autosave goes."""
        if self._modified:
            self.autosaver.changed()
        elif was_modified:
            self.autosaver.saved()

    def start(self, recover: bool = True, then: Callable[[bool], object] | None = None) -> bool:
        """Call once the window is up: offer a crashed run's autosave, then mark this run.

        The autosave is read off the GUI thread (the window paints and says so meanwhile);
        ``then(restored)`` follows: True once the restored session is shown (the caller
        then opens no pair), False at once when there is nothing to restore or the reader
        declined, or once the read failed (its error shown). Returns True when a restore
        was started.
        """
        return self.opening.start(recover, then)

    # -- changes -------------------------------------------------------------------------

    def set_path(self, path: str | None) -> None:
        """The session's file is ``path`` now (None: it has none)."""
        self._path = path

    def set_session(self, session: Session, shown_next: bool = False) -> None:
        """Make ``session`` the current one (modified when it differs from its baseline).
        ``shown_next``: its view is shown next, in place of the panes' text, and its note
        marks are laid once it is (laid now, on the text being replaced, thousands of
        notes' marks would stall the window for nothing)."""
        self.recovery.discarded = None  # replaced or changed: a later copy is kept again
        self._session = session
        self._modified = self._differs()
        self.dock.set_session(session)
        self.window.dock.set_notes(session.notes)
        self.window.only_dock.set_notes(session.notes)
        self.refresh(marks=not shown_next)
        self.session_changed.emit(session)

    def change(self, session: Session, select: str | None = None) -> None:
        """The reader changed the session (a note, a correction): show it, mark it modified
        (unless it is back as last saved) and schedule an autosave. The panes are redrawn
        only when corrections changed; ``select``: the match to select once they are (a
        restored or hand-made link)."""
        if select is not None:
            self.shown.select_after = select
        old, was = self._session, self._modified
        redraw = (
            old is None
            or old.alignment is not session.alignment  # an article updated, or that undone
            or (old.rejected, old.manual) != (session.rejected, session.manual)
        )
        self.set_session(session, shown_next=redraw)
        self._autosave_after(was)
        if redraw:
            self.shown.show()

    def refresh(self, marks: bool = True) -> None:
        """Note marks (unless not ``marks``), title and enabled actions after any change."""
        if marks:
            self.refresh_marks()
        self.actions.enable_for(self._session)
        s = self._session
        if s is None:
            return
        name = f" [{Path(self._path).name}]" if self._path else ""
        a, b = s.alignment.a.display_name, s.alignment.b.display_name
        self.window.setWindowTitle(f"{a} ↔ {b}{name}[*] — Crossread")
        self.window.setWindowModified(self._modified)

    def refresh_marks(self) -> None:
        w = self.window
        apply_note_marks((w.pane("a"), w.pane("b")), self._session)
        apply_change_marks((w.pane("a"), w.pane("b")), self._session)

    # -- notes and corrections -------------------------------------------------------------

    def add_note(self, match_id: str | None = None) -> None:
        """Open the note dialog on match ``match_id``, else on the selected text or the
        current match (Ctrl+N)."""
        if self._session is None:
            return
        a = b = None
        if match_id is None:
            match_id, a, b = self.notes.target()
        if match_id is None and a is None and b is None:
            self.status("Select a match or some text first, then add a note.")
            return
        self.dock.show()
        self.dock.raise_()
        self.dock.add_note(match_id=match_id, a=a, b=b)

    # -- opening sessions, closing ---------------------------------------------------------

    def open_session(
        self,
        path: str | Path,
        recovered: bool = False,
        then: Callable[[], object] | None = None,
        failed: Callable[[str], object] | None = None,
        restore: bool = False,
    ) -> bool:
        """Open a .crossread file: its documents, alignment, notes and corrections.

        The file is read off the GUI thread (after any save asked for before; the status
        bar says so meanwhile), then shown; ``then`` runs once it is, ``failed`` with the
        reason once it could not be (after its error dialog). True: the read was started.

        Article paths an older Crossread wrote relatively are resolved beside the file
        (or in the working directory); a kept copy of unsaved work (``recovered``) is
        opened as it was kept, and, with ``restore``, as unsaved work on the session file
        it names, if that file still holds its pair (as a crashed run's autosave is
        restored).

        A damaged or newer file gives an error dialog; the current session stays. Notes
        that cannot be read are left out and named in one dialog; the file stays as it
        is until it is saved over, and then a copy of it is kept first.
        """
        return self.opening.open(path, recovered, then, failed, restore)

    def may_replace(
        self, paths: tuple[str, str] | None = None, then: Callable[[], object] | None = None
    ) -> bool:
        """Whether the reader lets the session go now for the pair ``paths`` (None: a
        session file). Unsaved changes get the question Save / Discard / Cancel, unless
        ``paths`` are the files the session came from, either way round (re-opening them
        re-applies the session: the notes stay).

        Save writes the session off the GUI thread and returns False: once it is written
        the request is made again, so a change made meanwhile is asked about, and then
        ``then`` runs (by default the window opens the pair ``paths``). A failed save is
        shown, and nothing is opened (:class:`~reader.ui.unsaved_guard.UnsavedGuard`)."""
        return self.closing.may_replace(paths, then)

    def mark_saved(self, path: str, saved: Session | None = None) -> None:
        """The session (``saved``: as written, view settings included) is in ``path`` now,
        and unmodified."""
        if saved is not None:
            self._session = saved
            self.dock.set_session(saved)  # the dock's next change starts from this one
        self._path = path
        if saved is not None:
            self.saved.written(saved)
        self._modified = self._differs()  # the filters moved meanwhile: still modified
        self.autosaver.saved()
        if self._modified:
            self.autosaver.changed()
        self.refresh()
        self.session_saved.emit(path)

    def saved_as(self, path: str, session: Session, saved: Session) -> None:
        """``session`` was written to ``path`` (as ``saved``, view settings included)
        off the GUI thread. Unchanged since, it is saved; changed since (a note added
        while it was written), the file is the session's but the change is not in it,
        so it stays modified; replaced since by another pair, nothing follows."""
        current = self._session
        if current is session:
            self.mark_saved(path, saved)
        elif current is not None and current.alignment is session.alignment:
            self._path = path
            self.saved.written(saved)  # the change made meanwhile is not in the file
            self._modified = self._differs()
            self.refresh()
            self.session_saved.emit(path)

    def realign(self) -> bool:
        """Align the session's files again (after a settings change), or the pair being
        opened, which started under the old settings; False if neither."""
        pending = self.window.opener.pending
        if pending is not None:
            self.window.open_pair(*pending)
            return True
        paths = self.from_paths
        if paths is None or self.window.paths() != paths:
            self.status("The new settings apply to the next pair opened.")
            return False
        self.window.open_pair(*paths)
        return True

    def shutdown(self) -> None:
        """Stop the autosave timer and remove this run's autosave (a clean quit)."""
        self.closing.shutdown()

    thaw = staticmethod(thaw)  # what opening a session froze, given back (session_closing)

    def _autosave_failed(self, text: str) -> None:
        """Say it now, or at start (the data folder cannot be written) once the first pair
        is on screen: "Aligning…" would take the status bar at once."""
        if self.window.alignment() is None:
            say_when_free(self.window, text)
        else:
            self.status(text, 10000)

    def status(self, text: str, ms: int = STATUS_MS) -> None:
        """Show ``text`` in the status bar for a while."""
        self.window.statusBar().showMessage(text, ms)
