"""Edit > Undo and Edit > Redo: the reader's last few changes, newest last: a deleted note
with its place in the list, several notes deleted at once (:class:`NotesDeleted`), a note
as it was before an edit, a note added (:class:`Added`), and the corrections as they were
before a match was rejected or restored or a passage linked by hand (:class:`Corrected`).

Each entry says what changed; taking it back (:mod:`reader.ui.undo_steps`) gives the entry
that takes that back in turn, which goes on the other stack: Undo's on Redo's, Redo's on
Undo's. A change of the reader's own clears Redo's stack.

The stacks hold only changes of the session on screen; the controller clears them whenever
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
    def before(cls, what: str, session: Session, *removed: str) -> Corrected:
        """The corrections of ``session``; ``removed``: the ids of the links about to be
        removed, whose notes go back on them when this is undone."""
        on = [n for mid in removed for n in session.notes_for_match(mid)]
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


@dataclass(frozen=True, slots=True)
class Added:
    """A note that was added, as it was then: taking this back removes it by its id
    (Undo of adding a note; on Redo's stack, a deletion that Undo took back)."""

    note: Note


@dataclass(frozen=True, slots=True)
class Replaced:
    """The whole session as it was before a change of its articles' text (``what``:
    "article update"): taking this back shows that session again, its text, notes and
    corrections, and gives the Replaced that makes the change again."""

    what: str
    session: Session


def deletion_name(count: int) -> str:
    """Edit > Undo's name for deleting ``count`` notes in one change."""
    return "note deletion" if count == 1 else f"deletion of {count} notes"


@dataclass(frozen=True, slots=True)
class NotesDeleted:
    """Several notes deleted in one change, each with its place in the session's notes
    before it, in the session's order: taking this back puts each back in its place (Undo
    of a delete of several; on Redo's stack, notes put back whose deletion Undo took
    back are :class:`NotesBack`)."""

    placed: tuple[tuple[Note, int], ...]

    def name(self) -> str:
        return deletion_name(len(self.placed))


@dataclass(frozen=True, slots=True)
class NotesBack:
    """Several deleted notes that Undo put back, as they were then: Redo deletes them
    again, by their ids, if none has changed since."""

    notes: tuple[Note, ...]

    def name(self) -> str:
        return deletion_name(len(self.notes))


Entry = tuple[Note, int] | Corrected | Added | Replaced | NotesDeleted | NotesBack


def undo_label(entry: Entry | None) -> str:
    """What Edit > Undo says it undoes for ``entry`` (None: nothing to undo)."""
    return "&Undo" if entry is None else f"&Undo {change_name(entry, redo=False)}"


def redo_label(entry: Entry | None) -> str:
    """What Edit > Redo says it redoes for ``entry``, from Redo's stack (None: nothing)."""
    return "Re&do" if entry is None else f"Re&do {change_name(entry, redo=True)}"


def change_name(entry: Entry, redo: bool) -> str:
    """The reader's change that ``entry`` takes back ("rejection", "note deletion"...).

    On Redo's stack a note put back stands for a note added whose adding was undone, and
    a note added for a deleted note that Undo brought back."""
    if isinstance(entry, Corrected | Replaced):
        return entry.what
    if isinstance(entry, NotesDeleted | NotesBack):
        return entry.name()
    if isinstance(entry, Added):
        return "note deletion" if redo else "note addition"
    if entry[1] == EDITED:
        return "note edit"
    return "note addition" if redo else "note deletion"


def insert_note(session: Session, note: Note, index: int) -> Session:
    """``session`` with ``note`` put back at ``index`` of its notes (clamped to the list).

    Raises SchemaError when the note no longer fits (its id is taken, its match is gone).
    """
    notes = session.notes
    at = max(0, min(index, len(notes)))
    return replace(session, notes=(*notes[:at], note, *notes[at:]))


class NoteUndo(QObject):
    """The reader's changes that Edit > Undo takes back, and those Undo took back that
    Edit > Redo makes again, each newest last.

    Signals:
        available_changed(bool): whether there is something to undo now.
        label_changed(str): what Edit > Undo undoes now ("&Undo rejection"; "&Undo").
        redo_available_changed(bool): whether there is something to redo now.
        redo_label_changed(str): what Edit > Redo redoes now ("Re&do rejection"; "Re&do").
    """

    available_changed = Signal(bool)
    label_changed = Signal(str)
    redo_available_changed = Signal(bool)
    redo_label_changed = Signal(str)

    def __init__(self, parent: QObject | None = None, depth: int = UNDO_DEPTH) -> None:
        super().__init__(parent)
        self._stack: deque[Entry] = deque(maxlen=depth)
        self._redo: deque[Entry] = deque(maxlen=depth)

    def __len__(self) -> int:
        return len(self._stack)

    def redo_count(self) -> int:
        return len(self._redo)

    def push(self, note: Note, index: int) -> None:
        """Remember ``note``, deleted from place ``index`` (EDITED: ``note`` is a note as it
        was before an edit); the oldest falls off when full. Redo's stack is cleared."""
        self._push((note, index))

    def push_deleted(self, placed: tuple[tuple[Note, int], ...]) -> None:
        """Remember several notes deleted in one change, each with its place before it
        (one Undo puts them all back); Redo's stack is cleared."""
        self._push(NotesDeleted(placed))

    def push_added(self, note: Note) -> None:
        """Remember ``note``, just added by the reader; Redo's stack is cleared."""
        self._push(Added(note))

    def push_replaced(self, before: Replaced) -> None:
        """Remember the session as it was before its text was replaced; Redo's stack is
        cleared."""
        self._push(before)

    def push_correction(self, before: Corrected) -> None:
        """Remember the corrections as they were before the reader's last one; Redo's
        stack is cleared."""
        self._push(before)

    def _push(self, entry: Entry) -> None:
        """A change of the reader's own: what Undo took back is not to be made again."""
        self._stack.append(entry)
        self._redo.clear()
        self._changed()

    def pop(self) -> Entry | None:
        """The last change: a deleted note and its place, a note added, corrections; None."""
        return self._take(self._stack)

    def pop_redo(self) -> Entry | None:
        """What takes back the last change Undo took back; None."""
        return self._take(self._redo)

    def _take(self, stack: deque[Entry]) -> Entry | None:
        if not stack:
            return None
        entry = stack.pop()
        self._changed()
        return entry

    def undone(self, inverse: Entry) -> None:
        """Undo took a change back; ``inverse`` makes it again (Edit > Redo)."""
        self._redo.append(inverse)
        self._changed()

    def redone(self, inverse: Entry) -> None:
        """Redo made a change again; ``inverse`` takes it back (Edit > Undo). Unlike the
        reader's own changes, this keeps the rest of Redo's stack."""
        self._stack.append(inverse)
        self._changed()

    def label(self) -> str:
        """What Edit > Undo undoes now."""
        return undo_label(self._stack[-1] if self._stack else None)

    def redo_label(self) -> str:
        """What Edit > Redo redoes now."""
        return redo_label(self._redo[-1] if self._redo else None)

    def _changed(self) -> None:
        self.available_changed.emit(bool(self._stack))
        self.label_changed.emit(self.label())
        self.redo_available_changed.emit(bool(self._redo))
        self.redo_label_changed.emit(self.redo_label())

    def follow(
        self,
        carry: Callable[[Note], Note | None],
        carry_corrections: Callable[[Corrected], Corrected | None] = lambda _c: None,
    ) -> None:
        """The session's pair was swapped or matched again: each note to be put back
        (deleted, or added and undone) becomes ``carry(note)``, the same note on the
        passages it covers now (None: it cannot be put back, so it goes); an edited or
        added note is found by its id, as before; corrections become
        ``carry_corrections(before)``, on the matches now. Both stacks follow. A session
        replaced (an article updated from its file) goes, with every change before it:
        those were made on the text it held."""
        for stack in (self._stack, self._redo):
            since = list(stack)
            last = max((i for i, e in enumerate(since) if isinstance(e, Replaced)), default=-1)
            since = since[last + 1 :]
            kept = [e for e in (_carried(e, carry, carry_corrections) for e in since) if e]
            stack.clear()
            stack.extend(kept)
        self._changed()

    def clear(self) -> None:
        if self._stack or self._redo:
            self._stack.clear()
            self._redo.clear()
            self._changed()


def _carried(
    entry: Entry,
    carry: Callable[[Note], Note | None],
    carry_corrections: Callable[[Corrected], Corrected | None],
) -> Entry | None:
    """``entry`` after a swap or a re-alignment (see :meth:`NoteUndo.follow`)."""
    if isinstance(entry, Corrected):
        return carry_corrections(entry)
    if isinstance(entry, Added | Replaced | NotesBack):
        return entry
    if isinstance(entry, NotesDeleted):
        kept = tuple((m, i) for n, i in entry.placed if (m := carry(n)) is not None)
        return NotesDeleted(kept) if kept else None
    note, index = entry
    moved = note if index == EDITED else carry(note)
    return None if moved is None else (moved, index)
