"""Edit > Undo: the reader's last few changes, newest last: a deleted note with its place
in the list, a note as it was before an edit, and the corrections as they were before a
match was rejected or restored or a passage linked by hand (:class:`Corrected`).

The stack holds only changes of the session on screen; the controller clears it whenever
another pair or session replaces that one, and has them follow their passages when the
pair is swapped or matched again (:meth:`NoteUndo.follow`).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, replace

from PySide6.QtCore import QObject, Signal

from reader.model.alignment import Match
from reader.model.note import Note
from reader.model.session import Session

UNDO_DEPTH = 20
EDITED = -1  # the place of a note that was edited, not deleted


@dataclass(frozen=True, slots=True)
class Corrected:
    """The session's corrections before one of the reader's (``what`` it was, as Edit >
    Undo names it: "rejection", "link by hand"...)."""

    what: str
    rejected: frozenset[str]
    manual: tuple[Match, ...]
    attached: tuple[tuple[str, str], ...] = ()  # (note id, match id): notes on a link removed

    @classmethod
    def before(cls, what: str, session: Session, removed: str | None = None) -> Corrected:
        """The corrections of ``session``; ``removed``: the id of the link about to be
        removed, whose notes go back on it when this is undone."""
        on = session.notes_for_match(removed) if removed is not None else ()
        attached = tuple((n.id, n.match_id) for n in on if n.match_id is not None)
        return cls(what, session.rejected, session.manual, attached)

    def undone(self, session: Session) -> Session:
        """``session`` with these corrections back. A note on a link made by hand that is
        gone again stays, on the link's passages; a note on a link removed goes back on it."""
        kept = {m.id for m in self.manual}
        gone = {m.id: m for m in session.manual if m.id not in kept}

        back = {m.id for m in self.manual if m.id not in {x.id for x in session.manual}}
        again = {nid: mid for nid, mid in self.attached if mid in back}

        def stays(n: Note) -> Note:
            if n.id in again and n.match_id is None:
                return n.retargeted(again[n.id], n.a, n.b)
            m = gone.get(n.match_id or "")
            return n if m is None else n.retargeted(None, n.a or m.a, n.b or m.b)

        notes = tuple(stays(n) for n in session.notes)
        return replace(session, notes=notes, rejected=self.rejected, manual=self.manual)


Entry = tuple[Note, int] | Corrected


def undo_label(entry: Entry | None) -> str:
    """What Edit > Undo says it undoes for ``entry`` (None: nothing to undo)."""
    if entry is None:
        return "&Undo"
    if isinstance(entry, Corrected):
        return f"&Undo {entry.what}"
    return "&Undo note edit" if entry[1] == EDITED else "&Undo note deletion"


def insert_note(session: Session, note: Note, index: int) -> Session:
    """``session`` with ``note`` put back at ``index`` of its notes (clamped to the list).

    Raises SchemaError when the note no longer fits (its id is taken, its match is gone).
    """
    notes = session.notes
    at = max(0, min(index, len(notes)))
    return replace(session, notes=(*notes[:at], note, *notes[at:]))


class NoteUndo(QObject):
    """The deleted notes, overwritten texts and corrections that Edit > Undo brings back,
    newest last.

    Signals:
        available_changed(bool): whether there is something to undo now.
        label_changed(str): what Edit > Undo undoes now ("&Undo rejection"; "&Undo").
    """

    available_changed = Signal(bool)
    label_changed = Signal(str)

    def __init__(self, parent: QObject | None = None, depth: int = UNDO_DEPTH) -> None:
        super().__init__(parent)
        self._stack: deque[Entry] = deque(maxlen=depth)

    def __len__(self) -> int:
        return len(self._stack)

    def push(self, note: Note, index: int) -> None:
        """Remember ``note``, deleted from place ``index`` (EDITED: ``note`` is a note as it
        was before an edit); the oldest falls off when full."""
        self._push((note, index))

    def push_correction(self, before: Corrected) -> None:
        """Remember the corrections as they were before the reader's last one."""
        self._push(before)

    def _push(self, entry: Entry) -> None:
        self._stack.append(entry)
        self._changed()

    def pop(self) -> Entry | None:
        """The last change: a deleted note and its place, or corrections; None."""
        if not self._stack:
            return None
        entry = self._stack.pop()
        self._changed()
        return entry

    def label(self) -> str:
        """What Edit > Undo undoes now."""
        return undo_label(self._stack[-1] if self._stack else None)

    def _changed(self) -> None:
        self.available_changed.emit(bool(self._stack))
        self.label_changed.emit(self.label())

    def follow(
        self,
        carry: Callable[[Note], Note | None],
        carry_corrections: Callable[[Corrected], Corrected | None] = lambda _c: None,
    ) -> None:
        """The session's pair was swapped or matched again: each deleted note becomes
        ``carry(note)``, the same note on the passages it covers now (None: it cannot be
        put back, so it goes); an edited note's text comes back by its id, as before;
        corrections become ``carry_corrections(before)``, on the matches now."""
        kept: list[Entry] = []
        for entry in self._stack:
            carried: Entry | None
            if isinstance(entry, Corrected):
                carried = carry_corrections(entry)
            else:
                note, index = entry
                moved = note if index == EDITED else carry(note)
                carried = None if moved is None else (moved, index)
            if carried is not None:
                kept.append(carried)
        self._stack.clear()
        self._stack.extend(kept)
        self._changed()

    def clear(self) -> None:
        if self._stack:
            self._stack.clear()
            self._changed()
