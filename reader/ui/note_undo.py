"""Undo for notes: the last few deleted notes with their places in the list, and the
last few notes as they were before an edit.

The stack holds only notes of the session on screen; the controller clears it whenever
another pair or session replaces that one, and has the deleted notes follow their
passages when the pair is swapped or matched again (:meth:`NoteUndo.follow`).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QObject, Signal

from reader.model.note import Note
from reader.model.session import Session

UNDO_DEPTH = 20
EDITED = -1  # the place of a note that was edited, not deleted


def insert_note(session: Session, note: Note, index: int) -> Session:
    """``session`` with ``note`` put back at ``index`` of its notes (clamped to the list).

    Raises SchemaError when the note no longer fits (its id is taken, its match is gone).
    """
    notes = session.notes
    at = max(0, min(index, len(notes)))
    return replace(session, notes=(*notes[:at], note, *notes[at:]))


class NoteUndo(QObject):
    """The deleted notes and overwritten texts that Edit > Undo note change brings back,
    newest last.

    Signals:
        available_changed(bool): whether there is something to undo now.
    """

    available_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None, depth: int = UNDO_DEPTH) -> None:
        super().__init__(parent)
        self._stack: deque[tuple[Note, int]] = deque(maxlen=depth)

    def __len__(self) -> int:
        return len(self._stack)

    def push(self, note: Note, index: int) -> None:
        """Remember ``note``, deleted from place ``index`` (EDITED: ``note`` is a note as it
        was before an edit); the oldest falls off when full."""
        self._stack.append((note, index))
        self.available_changed.emit(True)

    def pop(self) -> tuple[Note, int] | None:
        """The last deleted note and its place, or None."""
        if not self._stack:
            return None
        entry = self._stack.pop()
        self.available_changed.emit(bool(self._stack))
        return entry

    def follow(self, carry: Callable[[Note], Note | None]) -> None:
        """The session's pair was swapped or matched again: each deleted note becomes
        ``carry(note)``, the same note on the passages it covers now (None: it cannot be
        put back, so it goes); an edited note's text comes back by its id, as before."""
        kept: list[tuple[Note, int]] = []
        for note, index in self._stack:
            carried = note if index == EDITED else carry(note)
            if carried is not None:
                kept.append((carried, index))
        self._stack.clear()
        self._stack.extend(kept)
        self.available_changed.emit(bool(self._stack))

    def clear(self) -> None:
        if self._stack:
            self._stack.clear()
            self.available_changed.emit(False)
