"""What the reader does with notes besides writing them: what Add note applies to, copy
a match, undo a note's deletion or edit (also across a swap or a re-alignment), and bring
a note's passages into view."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reader.errors import SchemaError
from reader.model import Span
from reader.model.note import Note
from reader.model.session import Session
from reader.session.view import carry_note, swapped_session, swapped_texts
from reader.ui.match_copy import copy_matches
from reader.ui.note_undo import EDITED, Corrected, insert_note
from reader.ui.session_files import selected_span

if TYPE_CHECKING:  # the controller creates this helper
    from reader.ui.session_controller import SessionController


class NoteActions:
    """Note actions, each handing a new Session to the controller."""

    def __init__(self, controller: SessionController) -> None:
        self._ctl = controller

    def target(self) -> tuple[str | None, Span | None, Span | None]:
        """What Add note applies to: text the reader selected, else the current match."""
        w = self._ctl.window
        m = w.current_match()
        sel_a, sel_b = selected_span(w.pane("a")), selected_span(w.pane("b"))
        extra_a = sel_a if sel_a is not None and (m is None or sel_a != m.a) else None
        extra_b = sel_b if sel_b is not None and (m is None or sel_b != m.b) else None
        if extra_a is not None or extra_b is not None:
            return None, extra_a, extra_b
        return (m.id if m else None), None, None

    def copy(self, match_ids: list[str]) -> None:
        """Copy these matches (none given: the current one) to the clipboard as text."""
        m = self._ctl.window.current_match()
        ids = match_ids or ([m.id] if m is not None else [])
        copy_matches(self._ctl.session(), ids, self._ctl.status)

    def deleted(self, note: Note, index: int) -> None:
        self._ctl.note_undo.push(note, index)
        self._ctl.status("Note deleted. Edit > Undo (Ctrl+Z) brings it back.")

    def rewritten(self, before: Note) -> None:
        self._ctl.note_undo.push(before, EDITED)

    def undo(self) -> None:
        """Undo the reader's last change (Ctrl+Z): put the last deleted note back where it
        was, the last edited note's text and tags back as they were, or the corrections as
        they were before the last rejection, restoration or link by hand."""
        s = self._ctl.session()
        entry = self._ctl.note_undo.pop() if s is not None else None
        if s is None or entry is None:
            return
        if isinstance(entry, Corrected):
            restored = entry.undone(s)
            shown = {m.id for m in s.visible_matches()}
            back = next((m.id for m in restored.visible_matches() if m.id not in shown), None)
            self._ctl.change(restored, select=back)  # a match back is selected, as Restore does
            self._ctl.status(f"{entry.what.capitalize()} undone.")
            return
        note, index = entry
        try:
            if index == EDITED:
                if s.note_by_id(note.id) is None:
                    raise SchemaError("it was deleted since")
                restored = s.edit_note(note.id, note.text, note.tags)
            else:
                restored = insert_note(s, note, index)
        except SchemaError as exc:
            self._ctl.status(f"The note cannot be brought back: {exc.message}.")
            return
        self._ctl.change(restored)
        self._ctl.dock.select_note(note.id)
        self._ctl.status("Note text restored." if index == EDITED else "Note restored.")

    def show(self, note: Note) -> None:
        """Bring a note's passages into view (its match when it is shown; a rejected
        match's passages when it is not)."""
        w = self._ctl.window
        shown = w.alignment()
        if note.match_id and shown is not None and shown.match_by_id(note.match_id):
            w.select_match(note.match_id)  # marks follow through match_selected
            return
        a, b = note.a, note.b
        s = self._ctl.session()
        match = s.match_by_id(note.match_id) if s is not None and note.match_id else None
        if match is not None:  # rejected, so not on screen: its passages still are
            a, b = a or match.a, b or match.b
        with w.linker.hold():
            for side, span in (("a", a), ("b", b)):
                if span is not None:
                    w.pane(side).select_span(span, flash=True)
                    w.pane(side).ensure_visible(span)
        self._ctl.refresh_marks()

    def follow(self, old: Session, new: Session | None) -> None:
        """The pair of ``old`` was swapped or matched again into ``new``: notes deleted
        before come back on the passages they covered, and corrections on the matches now
        (Edit > Undo)."""

        def carry(note: Note) -> Note | None:
            if new is None:
                return None
            try:
                if note.match_id is not None and old.match_by_id(note.match_id) is None:
                    note = note.retargeted(None, note.a, note.b)  # its hand-made link is gone
                carried = carry_note(old, note, new)
            except SchemaError:
                return None
            return None if carried is None else carried.notes[-1]

        def carry_corrections(before: Corrected) -> Corrected | None:
            if new is None:
                return None
            try:
                was = Session(old.alignment, (), before.rejected, before.manual)
                if swapped_texts(old, new.alignment):
                    was = swapped_session(was)
                if was.alignment != new.alignment:
                    was = was.reapply(new.alignment)
            except SchemaError:
                return None
            return Corrected(before.what, was.rejected, was.manual)

        self._ctl.note_undo.follow(carry, carry_corrections)
