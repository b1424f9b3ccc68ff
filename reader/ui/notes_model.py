"""Qt table model over a Session's notes: a thin, read-only adapter (passage, note, tags).

The Session stays the one source of truth; :meth:`NotesTableModel.set_session` is called
with each new Session and turns the difference into row inserts, removals or changes
(a layout change when only the order changed, a full reset when the articles changed).

Sorting happens in the table model (one Python ``sorted`` call over keys computed once a
sort, :meth:`NotesTableModel.sort`); the dock's proxy (:class:`NotesSortProxy`) hands it
its sort, so thousands of notes, or a note of a megabyte, cost no per-comparison calls
back into Python.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Hashable
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QSortFilterProxyModel, Qt

from reader.model.note import Note
from reader.model.session import Session
from reader.ui.table_model import DESCRIPTION, AnyIndex, ColumnsTableModel, spoken_tip

COLUMNS = ("Passage", "Note", "Tags")
PASSAGE, NOTE, TAGS = range(3)
NOTE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
CELL_CHARS = 120
REJECTED = "Match rejected · "  # before the passage of a note whose match was rejected
REJECTED_TIP = (
    "The match this note is on was rejected as wrong "
    "(Edit > Restore rejected match brings it back)."
)
_WORD = re.compile(r"\S+")  # what str.split() splits out: \s is Unicode whitespace there too


def elide(text: str, limit: int = CELL_CHARS) -> str:
    """``text`` on one line, cut to ``limit`` characters with an ellipsis. Only the
    words that fit are looked at: a note of a megabyte costs what a short one does."""
    head = text[: 2 * limit + 2]
    words = head.split()  # one C call: the regex's word by word took most of a note's marks
    if len(head) < len(text) and words:  # the last word may go on past the head
        words.pop()
    flat = " ".join(words)
    if len(head) == len(text) or len(flat) > limit:
        return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"
    return _elided_word_by_word(text, limit)  # a head mostly blank: look further


def _elided_word_by_word(text: str, limit: int) -> str:
    words: list[str] = []
    length = -1
    for word in _WORD.finditer(text):
        words.append(word.group())
        length += len(words[-1]) + 1
        if length > limit:
            break
    flat = " ".join(words)
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def on_rejected(session: Session, note: Note) -> bool:
    """Whether ``note`` is on a match the reader rejected."""
    return note.match_id is not None and note.match_id in session.rejected


def _rejection_flipped(old: Session | None, new: Session | None) -> frozenset[str]:
    """The match ids rejected in one of the two sessions and not in the other."""
    if old is None or new is None:
        return frozenset()
    return old.rejected ^ new.rejected


def passage_text(session: Session, note: Note) -> str:
    """``A: …`` and/or ``B: …``: the passages a note is on, in full."""
    return "\n".join(passage_parts(session, note))


def passage_parts(session: Session, note: Note) -> list[str]:
    """``A: …`` and/or ``B: …``, one item a side: the passages a note is on, in full."""
    al = session.alignment
    a, b = note.a, note.b
    if note.match_id is not None and (a is None or b is None):
        m = session.match_by_id(note.match_id)
        if m is not None:
            a, b = a or m.a, b or m.b
    parts = []
    if a is not None:
        parts.append("A: " + al.a.slice(a))
    if b is not None:
        parts.append("B: " + al.b.slice(b))
    return parts


class NotesTableModel(ColumnsTableModel):
    """One row a note: passage, note text, tags (read-only); in the session's order, or
    sorted by a column (:meth:`sort`)."""

    columns = COLUMNS

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session: Session | None = None
        self._notes: tuple[Note, ...] = ()  # in row order
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self._search: dict[str, tuple[Note, bool, str]] = {}  # id -> (note, rejected, text)
        self._keys: dict[str, tuple[Note, int, object, object, Any]] = {}  # sort keys kept

    # -- the adapter -------------------------------------------------------------------

    def set_session(self, session: Session | None) -> None:
        """Show ``session``'s notes, signalling only what changed."""
        if session is self._session:
            return  # given again (by the dock, then by the window)
        old = self._notes
        new = self._ordered(session)
        same_texts = (
            self._session is not None
            and session is not None
            and self._session.alignment.a.text == session.alignment.a.text
            and self._session.alignment.b.text == session.alignment.b.text
        )
        old_ids, new_ids = [n.id for n in old], [n.id for n in new]
        if not same_texts:
            self._reset(session, new)
        elif old_ids == new_ids:
            before, self._session, self._notes = self._session, session, new
            flipped = _rejection_flipped(before, session)
            changed = [
                i
                for i, (x, y) in enumerate(zip(old, new, strict=True))
                if x != y or y.match_id in flipped
            ]
            if changed:
                last = self.index(max(changed), len(COLUMNS) - 1)
                self.dataChanged.emit(self.index(min(changed), 0), last)
        elif new_ids[: len(old_ids)] == old_ids:
            self.beginInsertRows(QModelIndex(), len(old), len(new) - 1)
            self._session, self._notes = session, new
            self.endInsertRows()
            self._changed_since(old)
        elif (row := _removed_one(old_ids, new_ids)) is not None:
            self.beginRemoveRows(QModelIndex(), row, row)
            self._session, self._notes = session, new
            self.endRemoveRows()
            self._changed_since(old)
        elif (row := _removed_one(new_ids, old_ids)) is not None:  # one inserted at row
            self.beginInsertRows(QModelIndex(), row, row)
            self._session, self._notes = session, new
            self.endInsertRows()
            self._changed_since(old)
        elif sorted(old_ids) == sorted(new_ids):  # the same notes in another order
            self._relayout(session, new)
        else:
            self._reset(session, new)

    def _changed_since(self, old: tuple[Note, ...]) -> None:
        """Signal the rows whose note differs from its own in ``old`` (a note edited in
        the same change as one added or removed)."""
        before = {id(n) for n in old}
        ids = {n.id: n for n in old}
        changed = [
            row
            for row, n in enumerate(self._notes)
            if id(n) not in before and n.id in ids and ids[n.id] != n
        ]
        if changed:
            last = self.index(max(changed), len(COLUMNS) - 1)
            self.dataChanged.emit(self.index(min(changed), 0), last)

    def _reset(self, session: Session | None, notes: tuple[Note, ...]) -> None:
        self.beginResetModel()
        self._session, self._notes = session, notes
        self._search.clear()  # other articles: other passages
        self._keys.clear()
        self.endResetModel()

    def search_text(self, note: Note) -> str:
        """``note``'s passages, text and tags, case folded: what the filter looks in;
        worked out once a note (an edited note is a new one)."""
        session = self._session
        rejected = session is not None and on_rejected(session, note)
        kept = self._search.get(note.id)
        if kept is not None and kept[0] is note and kept[1] == rejected:
            return kept[2]
        passage = passage_text(session, note) if session is not None else ""
        if rejected:
            passage = REJECTED + passage  # "rejected" finds them
        text = " ".join((passage, note.text, " ".join(note.tags))).casefold()
        self._search[note.id] = (note, rejected, text)
        return text

    def _relayout(self, session: Session | None, notes: tuple[Note, ...]) -> None:
        """Show ``notes`` (the same ones, reordered), keeping the selection on its notes."""
        self.layoutAboutToBeChanged.emit()
        old_ids = [n.id for n in self._notes]
        self._session, self._notes = session, notes
        new_rows = {n.id: i for i, n in enumerate(notes)}
        before = self.persistentIndexList()
        after = [self.index(new_rows[old_ids[i.row()]], i.column()) for i in before]
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the rows by ``column``; a negative column restores the session's order.
        Notes added or edited later take their place in that order."""
        if column >= len(COLUMNS):
            return
        self._sort = (column, order) if column >= 0 else None
        self._relayout(self._session, self._ordered(self._session))

    def _ordered(self, session: Session | None) -> tuple[Note, ...]:
        """``session``'s notes in row order."""
        notes = session.notes if session else ()
        if self._sort is None or session is None:
            return notes
        column, order = self._sort
        descending = order == Qt.SortOrder.DescendingOrder
        return tuple(sorted(notes, key=self._kept_key(session, column), reverse=descending))

    def _kept_key(self, session: Session, column: int) -> Callable[[Note], Any]:
        """The sort key of ``column``, each note's kept while the note, the articles and
        the hand-made links stay (a note changed is sorted into place without the others'
        passages being read again)."""
        work_out = _sort_key(session, column)
        keys, alignment, manual = self._keys, session.alignment, session.manual
        if len(keys) > 2 * len(session.notes) + 100:
            keys.clear()  # deleted notes' keys

        def key(note: Note) -> Any:
            kept = keys.get(note.id)
            if (
                kept is not None
                and kept[0] is note
                and kept[1] == column
                and kept[2] is alignment
                and kept[3] is manual
            ):
                return kept[4]
            value = work_out(note)
            keys[note.id] = (note, column, alignment, manual, value)
            return value

        return key

    def note_at(self, row: int) -> Note | None:
        return self._notes[row] if 0 <= row < len(self._notes) else None

    def row_of(self, note_id: str) -> int:
        return next((i for i, n in enumerate(self._notes) if n.id == note_id), -1)

    def rows_of(self, note_ids: Collection[Hashable]) -> dict[Hashable, int]:
        """The rows of those of ``note_ids`` the table has, by id."""
        wanted = set(note_ids)
        return {n.id: i for i, n in enumerate(self._notes) if n.id in wanted}

    # -- QAbstractTableModel -----------------------------------------------------------

    def row_total(self) -> int:
        return len(self._notes)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        note = self.note_at(index.row()) if index.isValid() else None
        if note is None or self._session is None:
            return None
        if role == NOTE_ID_ROLE:
            return note.id
        if role == DESCRIPTION:
            return spoken_tip(self, index)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        full = role == Qt.ItemDataRole.ToolTipRole
        col = index.column()
        if col == PASSAGE:
            text = passage_text(self._session, note)
            if on_rejected(self._session, note):
                text = (REJECTED_TIP + "\n" if full else REJECTED) + text
        elif col == NOTE:
            text = note.text
        elif col == TAGS:
            text = ", ".join(note.tags)
        else:
            return None
        return text if full else elide(text)


class NotesSortProxy(QSortFilterProxyModel):
    """The notes table's proxy: hands sorting to :class:`NotesTableModel` (one Python
    sort), so the proxy itself never compares rows; and keeps the notes that hold every
    word of a filter (:meth:`set_filter`) in their passages, text or tags, whatever the
    case."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: tuple[str, ...] = ()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        model = self.sourceModel()
        if isinstance(model, NotesTableModel):
            model.sort(column, order)

    def set_filter(self, text: str) -> None:
        """Show only the notes holding every word of ``text`` (none: every note)."""
        words = tuple(text.casefold().split())
        if words == self._words:
            return
        self.beginFilterChange()
        self._words = words
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def is_filtered(self) -> bool:
        return bool(self._words)

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        if not self._words:
            return True
        model = self.sourceModel()
        note = model.note_at(source_row) if isinstance(model, NotesTableModel) else None
        if note is None or not isinstance(model, NotesTableModel):
            return True
        text = model.search_text(note)
        return all(w in text for w in self._words)


def _sort_key(session: Session, column: int) -> Callable[[Note], Any]:
    """What a note is sorted by in ``column``: its passage, text or tags, ignoring case
    and runs of blanks (notes with nothing there last, ascending)."""

    def text(note: Note) -> str:
        if column == PASSAGE:
            return passage_text(session, note)
        if column == NOTE:
            return note.text
        return ", ".join(note.tags)

    def key(note: Note) -> tuple[bool, str]:
        words = " ".join(text(note).split()).casefold()
        return (not words, words)

    return key


def _removed_one(old: list[str], new: list[str]) -> int | None:
    """The row removed from ``old`` to give ``new``, when exactly one was."""
    if len(new) != len(old) - 1:
        return None
    i = next((k for k, (x, y) in enumerate(zip(new, old, strict=False)) if x != y), len(new))
    return i if old[:i] + old[i + 1 :] == new else None
