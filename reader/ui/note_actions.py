"""What the reader does with notes besides writing them: what Add note applies to, copy
a match, undo and redo a change (also across a swap or a re-alignment), and bring a note's
passages into view."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

from reader.errors import SchemaError
from reader.model import Span
from reader.model.note import Note
from reader.model.session import Session
from reader.session.view import carry_note, swapped_session, swapped_texts
from reader.ui.match_copy import copy_matches
from reader.ui.note_undo import EDITED, Corrected, Replaced
from reader.ui.pane_caret import reader_selection, release_reader_selection
from reader.ui.undo_steps import StepRefused, take_back

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
        sel_a, sel_b = reader_selection(w.pane("a")), reader_selection(w.pane("b"))
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

    def deleted_several(self, placed: tuple[tuple[Note, int], ...]) -> None:
        """Several notes deleted in one change: one Undo brings them all back."""
        self._ctl.note_undo.push_deleted(placed)
        self._ctl.status(f"{len(placed)} notes deleted. Edit > Undo (Ctrl+Z) brings them back.")

    def rewritten(self, before: Note) -> None:
        self._ctl.note_undo.push(before, EDITED)

    def added(self, note: Note) -> None:
        self._ctl.note_undo.push_added(note)
        if note.match_id is None:  # written on the reader's selections: they are used up
            w = self._ctl.window
            release_reader_selection(w.pane("a"), note.a)
            release_reader_selection(w.pane("b"), note.b)

    def undo(self) -> None:
        """Undo the reader's last change (Ctrl+Z): put the last deleted note back where it
        was, the last edited note's text and tags back as they were, take out the last
        note added, or the corrections as they were before the last rejection,
        restoration or link by hand. Edit > Redo can make it again."""
        self._step(redo=False)

    def redo(self) -> None:
        """Make again the last change Undo took back (Ctrl+Shift+Z, Ctrl+Y)."""
        self._step(redo=True)

    def _step(self, redo: bool) -> None:
        stack = self._ctl.note_undo
        s = self._ctl.session()
        entry = None if s is None else stack.pop_redo() if redo else stack.pop()
        if s is None or entry is None:
            return
        try:
            step = take_back(entry, s, redo)
        except StepRefused as exc:
            self._ctl.status(exc.message)
            return
        if redo:
            stack.redone(step.inverse)
        else:
            stack.undone(step.inverse)
        ctl = self._ctl
        after = step.session
        redrawn = after.alignment is not s.alignment or (s.rejected, s.manual) != (
            after.rejected,
            after.manual,
        )
        if redrawn:  # said once the panes show it: finishing a show clears the status bar
            ctl.window.alignment_finished.connect(
                lambda _shown: ctl.status(step.said), Qt.ConnectionType.SingleShotConnection
            )
        ctl.change(step.session, select=step.match_id)  # a match back is selected
        if step.note_ids:
            ctl.dock.select_notes(step.note_ids)
        if not redrawn:
            ctl.status(step.said)
        if isinstance(entry, Replaced):  # an article update taken back, or made again
            ctl.updating.replaced(undone=not redo)

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
        before come back on the passages they covered, and corrections on the matches now,
        with the notes to put back on links made by hand (Edit > Undo and Redo)."""

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
            renamed = {m.id: n.id for m, n in zip(before.manual, was.manual, strict=True)}
            attached = tuple((n, renamed[m]) for n, m in before.attached if m in renamed)
            return Corrected(before.what, was.rejected, was.manual, attached)

        self._ctl.note_undo.follow(carry, carry_corrections)
