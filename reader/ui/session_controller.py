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

Every OS dialog sits behind one small ``ask_*`` method, so tests replace only those.
"""

from __future__ import annotations

import gc
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal

from reader.model import Alignment
from reader.model.session import Session
from reader.session.view import (
    ANOTHER_PAIR,
    REALIGNED,
    SWAPPED,
    following_session,
    visible_alignment,
)
from reader.ui import view_state
from reader.ui.autosaver import Autosaver
from reader.ui.corrections import Corrections
from reader.ui.left_view import LeftView
from reader.ui.match_copy import copy_note, copy_passage, copy_quotation
from reader.ui.messages import STATUS_MS
from reader.ui.note_actions import NoteActions
from reader.ui.note_marks import apply_note_marks
from reader.ui.note_undo import NoteUndo
from reader.ui.notes_dock import NotesDock
from reader.ui.pane_menu import PaneMenus
from reader.ui.printing import Printing
from reader.ui.saved_state import SavedState
from reader.ui.session_actions import SessionActions
from reader.ui.session_files import SessionFiles
from reader.ui.session_opening import SessionOpening
from reader.ui.settings_dialog import AnalysisSettings, apply_settings, report_notices
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
        self._pending_view: Alignment | None = None
        self._scroll: tuple[int, int] | None = None
        self._select_after: str | None = None
        self._from_paths: tuple[str, str] | None = None  # the files the session came from
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
        self.files = SessionFiles(self)
        self.opening = SessionOpening(self)  # session files read and shown, at start too
        self.guard = UnsavedGuard(self)  # the question before unsaved changes go
        self.autosaver = Autosaver(self.session_with_view, self.files.writer, self)
        self.autosaver.autosaved.connect(self.autosaved)
        self.autosaver.autosave_failed.connect(self._autosave_failed)
        self.actions = SessionActions(window)
        self.note_undo = NoteUndo(self)
        self.edit_menu = self.actions.install(window.menuBar())
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
        self._connect()
        self.printing = Printing(self)  # File > Print…, after Export notes…
        window.installEventFilter(self)
        self.actions.enable_for(self._session)

    def _connect(self) -> None:
        act, dock = self.actions, self.dock
        act.add_note.triggered.connect(lambda: self.add_note())
        act.copy_match.triggered.connect(lambda: self.notes.copy([]))
        self.window.dock.copy_requested.connect(self.notes.copy)
        dock.copy_requested.connect(lambda nid: copy_note(self._session, nid, self.status))
        self.window.only_dock.copy_requested.connect(
            lambda side, span: copy_passage(self.window.alignment(), side, span, self.status)
        )
        self.window.quotes_dock.copy_requested.connect(
            lambda side, quoted: copy_quotation(self.window.alignment(), side, quoted, self.status)
        )
        for listing in (dock, self.window.only_dock, self.window.quotes_dock):
            listing.hint.connect(self.status)
        fixes = self.corrections
        act.reject.triggered.connect(lambda: fixes.reject())
        act.link.triggered.connect(lambda: fixes.link_selections())
        act.restore_all.triggered.connect(fixes.restore_all)
        act.restore_menu.aboutToShow.connect(fixes.fill_restore_menu)
        files = self.files
        act.save.triggered.connect(lambda: files.save())  # not (checked) as the save's "then"
        act.save_as.triggered.connect(lambda: files.save_as())
        act.open_session.triggered.connect(files.open_dialog)
        act.recover.triggered.connect(files.open_recovery)
        if act.file_menu is not None:
            act.file_menu.aboutToShow.connect(files.update_recover)
        act.undo_delete.triggered.connect(self.notes.undo)
        act.redo.triggered.connect(self.notes.redo)
        self.note_undo.available_changed.connect(act.undo_delete.setEnabled)
        self.note_undo.label_changed.connect(act.undo_delete.setText)
        self.note_undo.redo_available_changed.connect(act.redo.setEnabled)
        self.note_undo.redo_label_changed.connect(act.redo.setText)
        dock.note_added.connect(self.notes.added)
        dock.note_deleted.connect(self.notes.deleted)
        dock.note_rewritten.connect(self.notes.rewritten)
        dock.note_left_behind.connect(self.files.keep_copy)
        act.export.triggered.connect(files.export_dialog)
        act.settings.triggered.connect(files.open_settings)
        dock.session_changed.connect(lambda s: self.change(s))
        dock.note_activated.connect(self.notes.show)
        dock.note_add_requested.connect(lambda: self.add_note())
        self.window.alignment_finished.connect(self._alignment_finished)
        self.saved.filters_moved_changed.connect(self._filters_moved)
        self.window.alignment_failed.connect(lambda _text: setattr(files, "discarded", None))
        self.window.match_selected.connect(lambda _mid: self.refresh_marks())
        self.window.match_selected.connect(self._name_reject)

    def _name_reject(self, match_id: str) -> None:
        """Edit > Reject match says what Delete does to the chosen match: a link made by
        hand is removed, not rejected."""
        al = self.window.alignment()
        m = al.match_by_id(match_id) if al is not None else None
        manual = m is not None and m.manual
        self.actions.reject.setText("&Remove link made by hand" if manual else "&Reject match")

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

    def _filters_moved(self) -> None:
        """The Matches panel's filters are the pair's, saved with its session: filters
        other than the saved ones make a change (marked, autosaved, asked about before
        closing); put back, none."""
        was, self._modified = self._modified, self._differs()
        self._refresh(marks=False)
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

    # -- alignments ----------------------------------------------------------------------

    def _alignment_finished(self, alignment: object) -> None:
        if not isinstance(alignment, Alignment):
            return
        report_notices(self.window.statusBar(), alignment, self.notices)
        if alignment is self._pending_view:
            self._pending_view = None
            self._after_own_show()
            return
        self._pending_view = self._scroll = self._select_after = None  # superseded
        old = self._session
        how, following = following_session(old, alignment)
        if how == SWAPPED:  # the window swapped the sides
            assert old is not None  # a swap or a re-alignment follows a session
            self.saved.follow(how, alignment)
            if self._from_paths is not None:
                self._from_paths = (self._from_paths[1], self._from_paths[0])
            self._set(following)
            self.notes.follow(old, following)
            return
        if how == ANOTHER_PAIR:
            self.thaw()
            self.note_undo.clear()  # another pair: its notes are not these
            if self._modified:
                self.files.keep_copy(old)  # unless the reader chose Discard for it
            self._path = None
            self.saved.begin_unsaved(following)  # shown with every match
        else:
            self.saved.follow(how, alignment)
        self._from_paths = self.window.paths()
        self._set(following)
        if how == REALIGNED:
            assert old is not None
            self.notes.follow(old, self._session)
        assert self._session is not None
        if visible_alignment(self._session) is not alignment:
            self._show_view(keep_scroll=False)

    def _set(self, session: Session, shown_next: bool = False) -> None:
        """Make ``session`` the current one (modified when it differs from its baseline).
        ``shown_next``: its view is shown next, in place of the panes' text, and its note
        marks are laid once it is (laid now, on the text being replaced, thousands of
        notes' marks would stall the window for nothing)."""
        self.files.discarded = None  # replaced or changed: a later copy is kept again
        self._session = session
        self._modified = self._differs()
        self.dock.set_session(session)
        self.window.dock.set_notes(session.notes)
        self._refresh(marks=not shown_next)
        self.session_changed.emit(session)

    def change(self, session: Session, select: str | None = None) -> None:
        """The reader changed the session (a note, a correction): show it, mark it modified
        (unless it is back as last saved) and schedule an autosave. The panes are redrawn
        only when corrections changed; ``select``: the match to select once they are (a
        restored or hand-made link)."""
        if select is not None:
            self._select_after = select
        old, was = self._session, self._modified
        redraw = old is None or (old.rejected, old.manual) != (session.rejected, session.manual)
        self._set(session, shown_next=redraw)
        self._autosave_after(was)
        if redraw:
            self._show_view()

    def _show_view(self, keep_scroll: bool = True) -> None:
        """Show the session's visible alignment, keeping the panes where they are."""
        if self._session is None:
            return
        w = self.window
        self._scroll = None
        if keep_scroll and w.alignment() is not None:
            self._scroll = (
                w.pane("a").offset_at_fraction(0.0),
                w.pane("b").offset_at_fraction(0.0),
            )
        self._pending_view = visible_alignment(self._session)
        w.show_alignment(self._pending_view)

    def _after_own_show(self) -> None:
        w = self.window
        if self._scroll is not None:
            with w.linker.hold():
                w.pane("a").put_offset_at_fraction(self._scroll[0], 0.0)
                w.pane("b").put_offset_at_fraction(self._scroll[1], 0.0)
            self._scroll = None
        if self._select_after is not None:
            w.select_match(self._select_after)
            self._select_after = None
        self._refresh(marks=False)
        self._lay_marks_pane_by_pane()

    def _lay_marks_pane_by_pane(self) -> None:
        """The note marks of the session just shown: pane A's now, B's at the next turn
        of the event loop, so the window answers between (with thousands of notes a
        pane's marks take 30-45 ms to lay on its new text)."""
        w = self.window
        apply_note_marks((w.pane("a"),), self._session)
        QTimer.singleShot(1, self, lambda: apply_note_marks((w.pane("b"),), self._session))

    def _refresh(self, marks: bool = True) -> None:
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
    ) -> bool:
        """Open a .crossread file: its documents, alignment, notes and corrections.

        The file is read off the GUI thread (after any save asked for before; the status
        bar says so meanwhile), then shown; ``then`` runs once it is, ``failed`` with the
        reason once it could not be (after its error dialog). True: the read was started.

        Article paths an older Crossread wrote relatively are resolved beside the file
        (or in the working directory); a kept copy of unsaved work (``recovered``) is
        opened as it was kept.

        A damaged or newer file gives an error dialog; the current session stays. Notes
        that cannot be read are left out and named in one dialog; the file stays as it
        is until it is saved over, and then a copy of it is kept first.
        """
        return self.opening.open(path, recovered, then, failed)

    def show_read(self, session: Session, path: str | None) -> None:
        """Make ``session``, read from a session file, the current one and show it with its
        view settings: ``path`` is where it is saved (None: it is not, a kept copy of
        unsaved work or a crashed run's autosave, whose notes and filters are all
        unsaved); the pair comes from no article files
        (:class:`~reader.ui.session_opening.SessionOpening`)."""
        self._path = path
        self._from_paths = None
        self.saved.timer.stop()
        if path is None:
            self.saved.begin_unsaved(session)
        else:
            self.saved.begin(session, session.view)
        self._set(session, shown_next=True)
        self._show_view(keep_scroll=False)
        view_state.apply(self.window, session.view)
        if path is not None:
            self.saved.take_filters_on_screen()
        else:
            self.saved.check_filters()

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
        self.saved.check_filters()  # a filter changed just now counts too
        if not self._modified or self._session is None:
            return True
        if paths is not None and self._from_paths in (paths, (paths[1], paths[0])):
            return True
        return self.guard.may_replace(paths, then)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Close:
            return self._closing(event)
        return super().eventFilter(watched, event)

    def _closing(self, event: QEvent) -> bool:
        self.saved.check_filters()  # a filter changed just now counts too
        if self.guard.may_close():
            self.shutdown()
            return False
        event.ignore()
        return True

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
        self._refresh()
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
            self._refresh()
            self.session_saved.emit(path)

    def realign(self) -> bool:
        """Align the session's files again (after a settings change), or the pair being
        opened, which started under the old settings; False if neither."""
        pending = self.window.opener.pending
        if pending is not None:
            self.window.open_pair(*pending)
            return True
        paths = self._from_paths
        if paths is None or self.window.paths() != paths:
            self.status("The new settings apply to the next pair opened.")
            return False
        self.window.open_pair(*paths)
        return True

    def shutdown(self) -> None:
        """Stop the autosave timer and remove this run's autosave (a clean quit)."""
        self.saved.timer.stop()
        self.autosaver.clean_exit()
        self.thaw()

    @staticmethod
    def thaw() -> None:
        """Give the garbage collector back what opening a session froze.

        A session of thousands of notes is some 20,000 objects that live while it is
        open; every full collection (set off by whatever allocates, on either thread)
        went through them and the rest of the heap, holding Python's lock 35-110 ms.
        Once a session file is read (:func:`~reader.ui.session_opening.read_for_window`),
        every object then alive is frozen (``gc.freeze``): collections pass them by. A
        frozen object is still freed once nothing refers to it (a session replaced goes
        as before); only garbage in reference cycles at that moment would stay, until
        this runs, when another pair replaces the session or the window closes."""
        gc.unfreeze()

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
