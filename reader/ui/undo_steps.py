"""One step of Edit > Undo or Edit > Redo: an entry of :mod:`reader.ui.note_undo` taken
back on the session on screen, and the entry that takes that step back in turn (Undo's
goes on Redo's stack, Redo's on Undo's).

An entry says what changed: a note deleted from its place (taken back: put back there), a
note as it was before an edit (its text and tags back), a note added (:class:`Added`;
removed again by its id), several notes deleted at once (:class:`NotesDeleted`; put back
together, and :class:`NotesBack` deletes them again), the corrections before a change
(:class:`Corrected`), the whole session before its text was replaced (:class:`Replaced`:
an article updated). Taking back each gives the other of a pair: a note put back gives a
note added, and so on.
"""

from __future__ import annotations

from dataclasses import dataclass

from reader.errors import ReaderError, SchemaError
from reader.model.note import Note
from reader.model.session import Session
from reader.ui.note_undo import (
    EDITED,
    Added,
    Corrected,
    Entry,
    NotesBack,
    NotesDeleted,
    Replaced,
    insert_note,
)

REDO_HINT = "Edit > Redo (Ctrl+Shift+Z) puts it back."


@dataclass(frozen=True, slots=True)
class Step:
    """The session after a step, the entry that takes it back, what the status bar says,
    and what to select: a match brought back, the notes changed or put back."""

    session: Session
    inverse: Entry
    said: str
    match_id: str | None = None
    note_ids: tuple[str, ...] = ()


class StepRefused(ReaderError):
    """The step cannot be taken (the note is gone or changed since); ``message`` says so."""


def take_back(entry: Entry, session: Session, redo: bool = False) -> Step:
    """``session`` with the change ``entry`` records taken back (``redo``: by Edit > Redo,
    from its stack). Raises StepRefused when the note it is about is gone or changed."""
    if isinstance(entry, Corrected):
        return _corrections(entry, session, redo)
    if isinstance(entry, Replaced):
        said = f"{entry.what.capitalize()} {'redone' if redo else 'undone'}."
        return Step(entry.session, Replaced(entry.what, session), said)
    if isinstance(entry, Added):
        return _remove(entry.note, session, redo)
    if isinstance(entry, NotesDeleted):
        return _put_back_several(entry, session)
    if isinstance(entry, NotesBack):
        return _delete_again(entry, session)
    note, index = entry
    if index == EDITED:
        return _rewrite(note, session, redo)
    return _put_back(note, index, session, redo)


def _corrections(before: Corrected, session: Session, redo: bool) -> Step:
    """The corrections of ``before`` back; the inverse holds the corrections now, with the
    notes on the links made by hand that go, to put back on them."""
    dropped = {m.id for m in session.manual} - {m.id for m in before.manual}
    attached = tuple((n.id, n.match_id) for n in session.notes if n.match_id in dropped)
    inverse = Corrected(before.what, session.rejected, session.manual, attached)
    after = before.undone(session)
    shown = {m.id for m in session.visible_matches()}
    back = next((m.id for m in after.visible_matches() if m.id not in shown), None)
    said = f"{before.what.capitalize()} {'redone' if redo else 'undone'}."
    return Step(after, inverse, said, match_id=back)


def _put_back(note: Note, index: int, session: Session, redo: bool) -> Step:
    """A deleted note (on Redo's stack: a note added whose adding was undone) put back."""
    try:
        after = insert_note(session, note, index)
    except SchemaError as exc:
        raise StepRefused(f"The note cannot be brought back: {exc.message}.") from exc
    said = "New note put back." if redo else "Note restored."
    return Step(after, Added(note), said, note_ids=(note.id,))


def _remove(note: Note, session: Session, redo: bool) -> Step:
    """A note added (on Redo's stack: a deleted note Undo brought back) removed again, if it
    is still as it was; the inverse puts it back at its place."""
    what = "deleted again" if redo else "taken out"
    now = session.note_by_id(note.id)
    if now is None:
        raise StepRefused(f"The note cannot be {what}: it was deleted since.")
    if (now.text, now.tags) != (note.text, note.tags):
        raise StepRefused(f"The note cannot be {what}: it was changed since.")
    after = session.delete_note(note.id)
    said = "Note deleted again." if redo else f"New note taken out. {REDO_HINT}"
    return Step(after, (now, session.notes.index(now)), said)


def _rewrite(before: Note, session: Session, redo: bool) -> Step:
    """A note's text and tags as ``before``; the inverse holds them as they are now."""
    now = session.note_by_id(before.id)
    if now is None:
        what = "changed again" if redo else "brought back"
        raise StepRefused(f"The note cannot be {what}: it was deleted since.")
    after = session.edit_note(before.id, before.text, before.tags)
    said = "Note edit redone." if redo else "Note text restored."
    return Step(after, (now, EDITED), said, note_ids=(before.id,))


def _put_back_several(deleted: NotesDeleted, session: Session) -> Step:
    """Notes deleted in one change put back together, each in its place (in the order
    of their places, so that each lands where it was); none if one no longer fits."""
    after = session
    try:
        for note, index in deleted.placed:
            after = insert_note(after, note, index)
    except SchemaError as exc:
        raise StepRefused(f"The notes cannot be brought back: {exc.message}.") from exc
    notes = tuple(note for note, _ in deleted.placed)
    said = f"{len(notes)} notes restored."
    return Step(after, NotesBack(notes), said, note_ids=tuple(n.id for n in notes))


def _delete_again(back: NotesBack, session: Session) -> Step:
    """Notes Undo put back deleted again (Edit > Redo), if each is still as it was."""
    placed: list[tuple[Note, int]] = []
    for note in back.notes:
        now = session.note_by_id(note.id)
        if now is None or (now.text, now.tags) != (note.text, note.tags):
            since = "deleted" if now is None else "changed"
            raise StepRefused(f"The notes cannot be deleted again: one was {since} since.")
        placed.append((now, session.notes.index(now)))
    placed.sort(key=lambda p: p[1])
    after = session
    for note, _ in placed:
        after = after.delete_note(note.id)
    return Step(after, NotesDeleted(tuple(placed)), f"{len(placed)} notes deleted again.")
