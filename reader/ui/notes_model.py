"""Qt table model over a Session's notes: a thin, read-only adapter (passage, note, tags).

The Session stays the one source of truth; :meth:`NotesTableModel.set_session` is called
with each new Session and turns the difference into row inserts, removals or changes
(a full reset only when notes were reordered or the articles changed).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, Qt

from reader.model.note import Note
from reader.model.session import Session
from reader.ui.table_model import AnyIndex, ColumnsTableModel

COLUMNS = ("Passage", "Note", "Tags")
PASSAGE, NOTE, TAGS = range(3)
NOTE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
CELL_CHARS = 120


def elide(text: str, limit: int = CELL_CHARS) -> str:
    """``text`` on one line, cut to ``limit`` characters with an ellipsis."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def passage_text(session: Session, note: Note) -> str:
    """``A: …`` and/or ``B: …``: the passages a note is on, in full."""
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
    return "\n".join(parts)


class NotesTableModel(ColumnsTableModel):
    """One row a note, in the session's order: passage, note text, tags (read-only)."""

    columns = COLUMNS

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session: Session | None = None
        self._notes: tuple[Note, ...] = ()

    # -- the adapter -------------------------------------------------------------------

    def set_session(self, session: Session | None) -> None:
        """Show ``session``'s notes, signalling only what changed."""
        old, new = self._notes, session.notes if session else ()
        same_texts = (
            self._session is not None
            and session is not None
            and self._session.alignment.a.text == session.alignment.a.text
            and self._session.alignment.b.text == session.alignment.b.text
        )
        old_ids, new_ids = [n.id for n in old], [n.id for n in new]
        if not same_texts:
            self._reset(session)
        elif old_ids == new_ids:
            self._session, self._notes = session, new
            changed = [i for i, (x, y) in enumerate(zip(old, new, strict=True)) if x != y]
            if changed:
                last = self.index(max(changed), len(COLUMNS) - 1)
                self.dataChanged.emit(self.index(min(changed), 0), last)
        elif new_ids[: len(old_ids)] == old_ids:
            self.beginInsertRows(QModelIndex(), len(old), len(new) - 1)
            self._session, self._notes = session, new
            self.endInsertRows()
        elif (row := _removed_one(old_ids, new_ids)) is not None:
            self.beginRemoveRows(QModelIndex(), row, row)
            self._session, self._notes = session, new
            self.endRemoveRows()
        else:
            self._reset(session)

    def _reset(self, session: Session | None) -> None:
        self.beginResetModel()
        self._session = session
        self._notes = session.notes if session else ()
        self.endResetModel()

    def note_at(self, row: int) -> Note | None:
        return self._notes[row] if 0 <= row < len(self._notes) else None

    def row_of(self, note_id: str) -> int:
        return next((i for i, n in enumerate(self._notes) if n.id == note_id), -1)

    # -- QAbstractTableModel -----------------------------------------------------------

    def row_total(self) -> int:
        return len(self._notes)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        note = self.note_at(index.row()) if index.isValid() else None
        if note is None or self._session is None:
            return None
        if role == NOTE_ID_ROLE:
            return note.id
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        full = role == Qt.ItemDataRole.ToolTipRole
        col = index.column()
        if col == PASSAGE:
            text = passage_text(self._session, note)
        elif col == NOTE:
            text = note.text
        elif col == TAGS:
            text = ", ".join(note.tags)
        else:
            return None
        return text if full else elide(text)


def _removed_one(old: list[str], new: list[str]) -> int | None:
    """The row removed from ``old`` to give ``new``, when exactly one was."""
    if len(new) != len(old) - 1:
        return None
    i = next((k for k, (x, y) in enumerate(zip(new, old, strict=False)) if x != y), len(new))
    return i if old[:i] + old[i + 1 :] == new else None
