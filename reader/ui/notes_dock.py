"""The notes dock: a table of the session's notes with add, edit and delete, one note or
several chosen at once (the note dialog: reader.ui.note_dialog).

The dock works on a Session it is given (:meth:`NotesDock.set_session`) and hands every
change back as a new Session (``session_changed``); the main window keeps the master
copy, autosaves it and pushes later changes (rejections, re-alignment) back in.

Wiring, for the main window::

    dock.session_changed.connect(window.replace_session)   # then autosave, repaint markers
    dock.note_activated.connect(lambda n: window.jump_to(n.match_id, n.a, n.b))
    dock.note_add_requested.connect(lambda: dock.add_note(**window.current_target()))
    window.session_replaced -> dock.set_session(session)
    Ctrl+N / context menu "Add note…" -> dock.add_note(match_id=..., a=..., b=...)
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reader.errors import SchemaError
from reader.model.note import Note
from reader.model.session import Session
from reader.model.span import Span
from reader.session.view import carry_note
from reader.ui.chosen_rows import proxy_rows
from reader.ui.fitted_column import FittedColumn
from reader.ui.note_dialog import NoteDialog, quoted_passages
from reader.ui.notes_model import (
    NOTE_ID_ROLE,
    TAGS,
    NotesSortProxy,
    NotesTableModel,
)
from reader.ui.row_again import RowAgain
from reader.ui.row_cursor import GapCursor
from reader.ui.row_table import NOTHING_TO_COPY, add_copy_action, row_table
from reader.ui.screen_reader import clear_button

# Delete in the list (or its Delete) with the cursor on a note not chosen: deleting a
# note the reader has not seen chosen would be a surprise, a held Delete a bigger one
NO_NOTE_TO_DELETE = (
    "Choose a note first (Space chooses the one at the cursor), then Delete deletes it."
)

EDIT_TIP = "Change the chosen note's text and tags"
ONE_AT_A_TIME = "Edit changes one note at a time: choose only that note."
COPY_ONE = "&Copy note with its passages"

NO_NOTES = (
    "No notes yet. Select a match in the list or a passage in either article, then press "
    "Add… (Ctrl+N). Notes are saved with the session and go into every export."
)


class NotesDock(QDockWidget):
    """The session's notes in a sortable table, with Add, Edit and Delete.

    Signals:
        note_added(Note): a note was added (through :meth:`add_note`).
        note_edited(Note): a note's text or tags changed; carries the new note.
        note_rewritten(Note): the same change; carries the note as it was before.
        note_deleted(Note, int): a note was deleted; carries it and its place in the
            session's notes, so the window can offer undo.
        notes_deleted(tuple): several notes were deleted in one change; carries each with
            its place in the session's notes before it, in the session's order.
        note_activated(Note): the reader chose a note (of several, the one at the list's
            cursor, the last clicked): show its passages.
        session_changed(Session): the session after any of the above.
        note_add_requested(): Add was clicked; answer with :meth:`add_note` and the
            current match or selection (the dock does not know them).
        copy_requested(list): Ctrl+C (or the table's context menu) on these notes' rows,
            their ids in list order.
        hint(str): Ctrl+C with no row chosen; a message for the status bar.
        filter_changed(): the words in the filter changed.
        note_left_behind(Session): a note was written or edited in a dialog opened on a
            pair that another pair has replaced since; carries that pair's session with
            the note, for the window to keep (the note is not put on the new pair).
    """

    note_added = Signal(object)
    note_edited = Signal(object)
    note_rewritten = Signal(object)
    note_deleted = Signal(object, int)
    notes_deleted = Signal(object)
    note_activated = Signal(object)
    session_changed = Signal(object)
    note_add_requested = Signal()
    copy_requested = Signal(list)
    hint = Signal(str)
    filter_changed = Signal()
    note_left_behind = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Notes", parent)
        self.setObjectName("notes_dock")
        self._session: Session | None = None
        self.dialog: NoteDialog | None = None
        self.model = NotesTableModel(self)
        self.proxy = NotesSortProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = row_table(self.proxy)
        # several notes at once (Shift, Ctrl, Shift+Up/Down, Ctrl+A) to delete or copy
        # together; the one at the cursor (the last clicked) is shown in the panes
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self._shown: str | None = None  # the id of the note shown last
        self.table.setAccessibleName("Notes table")
        self.table.set_empty_hint(NO_NOTES)
        self.filter = QLineEdit()
        self.filter.setObjectName("notes_filter")
        self.filter.setPlaceholderText("Filter notes: words in their text, tags or passages")
        self.filter.setAccessibleName("Filter notes")
        clear_button(self.filter)
        self.filter.textChanged.connect(self._filter_changed)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self.filter, self.filter.clear).setContext(
            Qt.ShortcutContext.WidgetShortcut
        )
        self.shown_count = QLabel()
        self.shown_count.setObjectName("notes_shown")
        self.shown_count.hide()
        self.model.rowsInserted.connect(self._count_shown)
        self.model.rowsRemoved.connect(self._count_shown)
        self.model.modelReset.connect(self._count_shown)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # session order until asked
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)  # passage and note share
        self.tags_width = FittedColumn(self.table, TAGS)  # as ResizeToContents, measured once
        self.table.selectionModel().selectionChanged.connect(self._choice_changed)
        self.table.rows_changed.connect(self._update_buttons)
        self.table.selection_chosen.connect(self._note_chosen)
        self.table.keep_rows(
            lambda row: self.proxy.index(row, 0).data(NOTE_ID_ROLE),
            proxy_rows(self.proxy, self.model.rows_of),
        )
        self.table.doubleClicked.connect(self._double_clicked)
        # the selected note chosen again (Enter, a click) after the panes were scrolled away
        self.again = RowAgain(self.table, lambda _row: self._show_current())
        self.keys_place = GapCursor(self.table)  # after a delete, the keyboard goes on from there
        self.copy_action = add_copy_action(self.table, COPY_ONE, self._copy)
        # the buttons' work in the table's context menu too (no keys: Delete rejects a match)
        self.edit_action = QAction("&Edit note…", self.table)
        self.edit_action.triggered.connect(self.edit_selected)
        self.delete_action = QAction("&Delete note", self.table)
        self.delete_action.triggered.connect(self.delete_selected)
        self.table.addActions([self.edit_action, self.delete_action])
        self.add_button = QPushButton("Add…")
        self.edit_button = QPushButton("Edit…")
        self.delete_button = QPushButton("Delete")
        self.add_button.setToolTip("Add a note on the selected match or text (Ctrl+N)")
        self.delete_button.setToolTip(
            "Delete the chosen notes (Shift or Ctrl+click chooses several; Edit > Undo "
            "brings them back)"
        )
        self.add_button.clicked.connect(self.note_add_requested)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        buttons = QHBoxLayout()
        for b in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        search = QHBoxLayout()
        search.addWidget(self.filter, 1)
        search.addWidget(self.shown_count)
        layout.addLayout(search)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.setWidget(body)
        self._update_buttons()

    def _filter_changed(self, text: str) -> None:
        with self.table.model_change():  # the chosen notes it shows stay chosen
            self.proxy.set_filter(text)
        words = " ".join(text.split())
        self.table.set_empty_hint(f"No note holds “{words}”." if words else NO_NOTES)
        self._count_shown()
        self.filter_changed.emit()

    def _count_shown(self) -> None:
        """'12 of 2,000' beside the filter while it hides notes."""
        if not self.proxy.is_filtered():
            self.shown_count.hide()
            return
        self.shown_count.setText(f"{self.proxy.rowCount():,} of {self.model.rowCount():,}")
        self.shown_count.show()

    # -- for the window ----------------------------------------------------------------

    def session(self) -> Session | None:
        return self._session

    def set_session(self, session: Session | None) -> None:
        """Show ``session``'s notes (call after every change made outside the dock)."""
        self._session = session
        self.model.set_session(session)
        self._update_buttons()

    def add_note(
        self, match_id: str | None = None, a: Span | None = None, b: Span | None = None
    ) -> None:
        """Open the dialog for a new note on a match and/or passages; add it on OK."""
        session = self._session
        if session is None or (match_id is None and a is None and b is None):
            return
        draft = Note.new("", match_id=match_id, a=a, b=b)
        try:
            session.add_note(draft)  # a match that exists, passages inside the articles
        except SchemaError:
            return
        dialog = self._open_dialog(quoted_passages(session, draft))
        dialog.accepted.connect(lambda: self._added(session, draft, dialog))

    def edit_selected(self) -> None:
        note = self.selected_note()
        if note is None or self._session is None:
            return
        session = self._session
        dialog = self._open_dialog(quoted_passages(session, note), note.text, note.tags)
        dialog.accepted.connect(lambda: self._edited(session, note.id, dialog))

    def delete_selected(self) -> None:
        """Delete the chosen notes, in one change (one Undo brings them all back). No
        other note is chosen (the panes stay where they are): the list's cursor takes the
        place of the first of them in the list (reader.ui.row_cursor)."""
        session = self._session
        if session is None:
            return
        notes = self.selected_notes()
        if not notes:
            self.hint.emit(NO_NOTE_TO_DELETE)
            return
        placed = tuple(sorted(((n, session.notes.index(n)) for n in notes), key=lambda p: p[1]))
        row = self._chosen_rows()[0]
        column = self.table.currentIndex().column()
        pressed = self.delete_button.hasFocus()
        for note in notes:
            session = session.delete_note(note.id)
        self._change(session)
        if len(placed) == 1:
            self.note_deleted.emit(*placed[0])
        else:
            self.notes_deleted.emit(placed)
        if pressed and not self.delete_button.isEnabled():
            # no other note is chosen, so the button went grey under the keyboard, which
            # Qt sent on to the next control: back to the notes, where the reader works
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        self.keys_place.place(row, column)

    def selected_note(self) -> Note | None:
        """The chosen note, when one is chosen (None for none, or for several)."""
        notes = self.selected_notes()
        return notes[0] if len(notes) == 1 else None

    def selected_notes(self) -> tuple[Note, ...]:
        """The chosen notes, in list order."""
        found = (self._note_for(self.proxy.index(r, 0)) for r in self._chosen_rows())
        return tuple(n for n in found if n is not None)

    def _chosen_rows(self) -> list[int]:
        return sorted({i.row() for i in self.table.selectionModel().selectedRows()})

    def select_note(self, note_id: str) -> None:
        """Select the row of note ``note_id`` (e.g. after a click on a pane's note marker)."""
        self.select_notes((note_id,))

    def select_notes(self, note_ids: tuple[str, ...]) -> None:
        """Choose the rows of these notes (notes put back by Undo), the cursor on the
        first of them in the list, which is shown."""
        rows = [
            self.proxy.mapFromSource(self.model.index(self.model.row_of(i), 0)) for i in note_ids
        ]
        rows = sorted((r for r in rows if r.isValid()), key=lambda r: r.row())
        if not rows:
            return
        chosen = QItemSelection()
        for index in rows:
            chosen.select(index, index)
        flags = QItemSelectionModel.SelectionFlag
        selection = self.table.selectionModel()
        selection.setCurrentIndex(rows[0], flags.NoUpdate)
        selection.select(chosen, flags.ClearAndSelect | flags.Rows)
        self.table.scrollTo(rows[0])

    # -- internals ---------------------------------------------------------------------

    def _open_dialog(self, passage: str, text: str = "", tags: tuple[str, ...] = ()) -> NoteDialog:
        if self.dialog is not None:
            self.dialog.close()
        self.dialog = NoteDialog(passage, text, tags, self)
        self.dialog.finished.connect(self._dialog_finished)
        self.dialog.open()
        return self.dialog

    def _dialog_finished(self) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
            self.dialog = None

    def _added(self, origin: Session, draft: Note, dialog: NoteDialog) -> None:
        """OK on a new note begun on ``origin``: an alignment may have replaced that
        session while the dialog was open (the same pair matched again, or another pair)."""
        note = Note.new(
            dialog.note_text(), dialog.tags(), match_id=draft.match_id, a=draft.a, b=draft.b
        )
        current = self._session
        session = None if current is None else carry_note(origin, note, current)
        if session is None:
            self.note_left_behind.emit(origin.add_note(note))
            return
        self._change(session)
        added = session.notes[-1]
        self.select_note(added.id)
        self.note_added.emit(added)

    def _edited(self, origin: Session, note_id: str, dialog: NoteDialog) -> None:
        before = self._session.note_by_id(note_id) if self._session is not None else None
        if self._session is None or before is None:  # another pair replaced the note's
            self.note_left_behind.emit(origin.edit_note(note_id, dialog.note_text(), dialog.tags()))
            return
        session = self._session.edit_note(note_id, dialog.note_text(), dialog.tags())
        self._change(session)
        self.note_edited.emit(session.note_by_id(note_id))
        self.note_rewritten.emit(before)

    def _change(self, session: Session) -> None:
        self.set_session(session)
        self.session_changed.emit(session)

    def _note_for(self, proxy_index: QModelIndex) -> Note | None:
        note_id = self.proxy.data(proxy_index, NOTE_ID_ROLE)
        return None if self._session is None else self._session.note_by_id(str(note_id))

    def _note_chosen(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        """The reader's choice changed: show the note at the cursor (the last clicked,
        where Shift+Up/Down went) when it is chosen and not the one shown already: a
        note taken out of the choice (Ctrl+click), or Ctrl+A, leaves the panes where
        they are."""
        current = self.table.currentIndex()
        if not current.isValid() or not self.table.selectionModel().isRowSelected(current.row()):
            return
        note = self._note_for(current.siblingAtColumn(0))
        if note is not None and (note.id != self._shown or selected.contains(current)):
            self._show(note)

    def _show_current(self) -> None:
        """The chosen note at the cursor chosen again (Enter, a click on it)."""
        current = self.table.currentIndex()
        note = self._note_for(current.siblingAtColumn(0)) if current.isValid() else None
        if note is not None and self.table.selectionModel().isRowSelected(current.row()):
            self._show(note)

    def _show(self, note: Note) -> None:
        self._shown = note.id
        self.note_activated.emit(note)

    def _double_clicked(self, index: QModelIndex) -> None:
        self.table.selectRow(index.row())
        self.edit_selected()

    def _copy(self) -> None:
        notes = self.selected_notes()
        if notes:
            self.copy_requested.emit([n.id for n in notes])
        else:
            self.hint.emit(NOTHING_TO_COPY.format(what="a note"))

    def _choice_changed(self) -> None:
        """The buttons follow the choice; a filter's steps count once, at its end (each
        counted every chosen note: a filter over 2,000 chosen notes took half a minute)."""
        if not self.table.model_changing():
            self._update_buttons()

    def _update_buttons(self) -> None:
        """Delete and Copy for every chosen note, Edit for one at a time; their names in
        the context menu say how many."""
        has_session = self._session is not None
        chosen = len(self._chosen_rows()) if has_session else 0
        self.add_button.setEnabled(has_session)
        for widget in (self.edit_button, self.edit_action):
            widget.setEnabled(chosen == 1)
            widget.setToolTip(ONE_AT_A_TIME if chosen > 1 else EDIT_TIP)
        for widget in (self.delete_button, self.delete_action):
            widget.setEnabled(chosen > 0)
        several = chosen > 1
        self.delete_action.setText(f"&Delete {chosen} notes" if several else "&Delete note")
        self.copy_action.setText(
            f"&Copy {chosen} notes with their passages" if several else COPY_ONE
        )
        self.copy_action.setEnabled(has_session)  # with no row chosen it says what to do
