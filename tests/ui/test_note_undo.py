"""Tests of reader/ui/note_undo.py and Edit > Undo delete note in the window."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from reader.errors import SchemaError
from reader.model import Alignment, Span
from reader.model.note import Note
from reader.model.session import Session
from reader.session.store import save_session
from reader.ui.main_window import MainWindow
from reader.ui.note_undo import Added, NotesDeleted, NoteUndo, Replaced, insert_note
from reader.ui.session_controller import SessionController
from tests.session.samples import sample_session
from tests.ui import session_fixtures as fx
from tests.ui.session_fixtures import settle

ctl, data_folder, win = fx.ctl, fx.data_folder, fx.win

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def noted(ctl: SessionController, win: MainWindow, alignment: Alignment, qtbot: QtBot) -> Session:
    """The hand-built pair on screen with three notes, saved: nothing to undo yet."""
    with qtbot.waitSignal(ctl.session_changed):
        win.show_alignment(alignment)
    s = settle(qtbot, ctl)
    for note in (
        Note.new("on the treaty", ("agrees",), match_id="m1"),
        Note.new("the quote", ("check this",), match_id="m3"),
        Note.new("only A", a=Span(0, 10)),
    ):
        s = s.add_note(note)
    ctl.change(s)
    ctl.dock.show()
    ctl.dock.raise_()
    return s


def delete_note(ctl: SessionController, note_id: str) -> None:
    """Select the note's row in the notes dock and click Delete, as a reader would."""
    ctl.dock.select_note(note_id)
    QTest.mouseClick(ctl.dock.delete_button, LEFT)


def current(ctl: SessionController) -> Session:
    s = ctl.session()
    assert s is not None
    return s


# -- the stack ------------------------------------------------------------------------------


def test_stack_gives_back_the_last_deleted_first(qtbot: QtBot) -> None:
    undo = NoteUndo()
    first, second = Note.new("first", a=Span(0, 1)), Note.new("second", a=Span(0, 1))
    undo.push(first, 0)
    undo.push(second, 3)
    assert (undo.pop(), undo.pop(), undo.pop()) == ((second, 3), (first, 0), None)


def test_stack_keeps_only_the_newest(qtbot: QtBot) -> None:
    undo = NoteUndo(depth=20)
    notes = [Note.new(f"n{i}", a=Span(0, 1)) for i in range(25)]
    for i, note in enumerate(notes):
        undo.push(note, i)
    assert len(undo) == 20
    popped = [undo.pop() for _ in range(20)]
    assert [p[0] for p in popped if isinstance(p, tuple)] == notes[:4:-1]


def test_stack_says_when_it_runs_empty(qtbot: QtBot) -> None:
    undo = NoteUndo()
    undo.push(Note.new("only", a=Span(0, 1)), 0)
    with qtbot.waitSignal(undo.available_changed) as blocker:
        undo.pop()
    assert blocker.args == [False]


def test_insert_note_puts_it_back_in_place() -> None:
    s = sample_session()
    first = s.notes[0]
    restored = insert_note(s.delete_note(first.id), first, 0)
    assert restored == s


def test_insert_note_past_the_end_appends() -> None:
    s = sample_session()
    last = s.notes[-1]
    assert insert_note(s.delete_note(last.id), last, 99).notes == s.notes


def test_insert_note_refuses_a_taken_id() -> None:
    s = sample_session()
    with pytest.raises(SchemaError):
        insert_note(s, s.notes[0], 0)


# -- in the window --------------------------------------------------------------------------


def test_undo_is_disabled_with_nothing_deleted(ctl: SessionController, noted: Session) -> None:
    assert not ctl.actions.undo_delete.isEnabled()


def test_deleting_a_note_says_so_and_enables_undo(
    ctl: SessionController, noted: Session, win: MainWindow
) -> None:
    delete_note(ctl, noted.notes[1].id)
    assert win.statusBar().currentMessage().startswith("Note deleted.")
    assert ctl.actions.undo_delete.isEnabled()


def test_undo_restores_the_note_in_its_place(ctl: SessionController, noted: Session) -> None:
    delete_note(ctl, noted.notes[1].id)
    ctl.actions.undo_delete.trigger()
    assert current(ctl).notes == noted.notes
    assert ctl.dock.selected_note() == noted.notes[1]


def test_undo_marks_the_session_changed_and_autosaves(
    ctl: SessionController, noted: Session, win: MainWindow, tmp_path: Path
) -> None:
    delete_note(ctl, noted.notes[0].id)
    ctl.mark_saved(str(tmp_path / "saved.crossread"))
    ctl.autosaver.timer.stop()
    ctl.actions.undo_delete.trigger()
    assert ctl.is_modified() and win.isWindowModified()
    assert ctl.autosaver.timer.isActive()


def test_several_deletions_undo_one_after_another(ctl: SessionController, noted: Session) -> None:
    for note in (noted.notes[0], noted.notes[2], noted.notes[1]):
        delete_note(ctl, note.id)
    assert current(ctl).notes == ()
    for _ in noted.notes:
        ctl.actions.undo_delete.trigger()
    assert current(ctl).notes == noted.notes
    assert not ctl.actions.undo_delete.isEnabled()


def test_ctrl_z_undoes_a_deletion(
    ctl: SessionController, noted: Session, win: MainWindow, qtbot: QtBot
) -> None:
    delete_note(ctl, noted.notes[2].id)
    win.activateWindow()
    win.pane_a.browser.setFocus()
    QTest.keyClick(win.pane_a.browser, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert current(ctl).notes == noted.notes


def test_opening_a_session_clears_the_undo_stack(
    ctl: SessionController, noted: Session, tmp_path: Path, qtbot: QtBot
) -> None:
    delete_note(ctl, noted.notes[0].id)
    other = tmp_path / "other.crossread"
    save_session(sample_session(), other)
    assert ctl.open_session(other)
    settle(qtbot, ctl)
    assert not ctl.actions.undo_delete.isEnabled()
    ctl.actions.undo_delete.trigger()
    assert current(ctl).notes == sample_session().notes


def test_opening_a_new_pair_clears_the_undo_stack(
    ctl: SessionController, noted: Session, win: MainWindow, qtbot: QtBot
) -> None:
    delete_note(ctl, noted.notes[0].id)
    with qtbot.waitSignal(ctl.session_changed):
        win.show_alignment(sample_session().alignment)
    assert not ctl.actions.undo_delete.isEnabled()


def edit_note(ctl: SessionController, note_id: str, text: str) -> None:
    """Select the note, click Edit, write ``text`` over it and press OK, as a reader would."""
    ctl.dock.select_note(note_id)
    QTest.mouseClick(ctl.dock.edit_button, LEFT)
    dialog = ctl.dock.dialog
    assert dialog is not None
    dialog.text_edit.clear()
    QTest.keyClicks(dialog.text_edit, text)
    dialog.accept()


def test_undo_brings_back_an_overwritten_note_text(ctl: SessionController, noted: Session) -> None:
    note = noted.notes[0]
    edit_note(ctl, note.id, "a careless rewrite")
    assert current(ctl).notes[0].text == "a careless rewrite"
    assert ctl.actions.undo_delete.isEnabled()
    ctl.actions.undo_delete.trigger()
    restored = current(ctl).notes[0]
    assert (restored.id, restored.text, restored.tags) == (note.id, note.text, note.tags)


def test_undo_takes_back_edits_and_deletions_newest_first(
    ctl: SessionController, noted: Session
) -> None:
    edit_note(ctl, noted.notes[0].id, "rewritten")
    delete_note(ctl, noted.notes[1].id)
    ctl.actions.undo_delete.trigger()  # the deletion first
    assert [n.id for n in current(ctl).notes] == [n.id for n in noted.notes]
    assert current(ctl).notes[0].text == "rewritten"
    ctl.actions.undo_delete.trigger()  # then the edit
    assert [n.text for n in current(ctl).notes] == [n.text for n in noted.notes]


def swap(ctl: SessionController, win: MainWindow, qtbot: QtBot) -> Session:
    """Swap sides, as View > Swap sides does; the session after it."""
    with qtbot.waitSignal(ctl.session_changed):
        win.swap_sides()
    return settle(qtbot, ctl)


def test_a_note_deleted_before_a_swap_comes_back_on_its_passages(
    ctl: SessionController, noted: Session, win: MainWindow, qtbot: QtBot
) -> None:
    deleted = noted.notes[2]  # on A's first ten characters, B's after the swap
    delete_note(ctl, deleted.id)
    swap(ctl, win, qtbot)
    ctl.actions.undo_delete.trigger()
    back = current(ctl).notes[2]
    assert (back.id, back.a, back.b) == (deleted.id, None, deleted.a)


def test_a_note_deleted_before_a_swap_comes_back_on_its_match(
    ctl: SessionController, noted: Session, win: MainWindow, qtbot: QtBot
) -> None:
    deleted = noted.notes[0]
    delete_note(ctl, deleted.id)
    swap(ctl, win, qtbot)
    ctl.actions.undo_delete.trigger()
    back = current(ctl).notes[0]
    assert (back.match_id, back.a, back.b) == (deleted.match_id, deleted.b, deleted.a)


def test_the_edit_menu_says_it_undoes_a_note_deletion(
    ctl: SessionController, noted: Session
) -> None:
    delete_note(ctl, noted.notes[0].id)
    assert ctl.actions.undo_delete.text() == "&Undo note deletion"


def test_a_pair_swapped_after_an_update_lets_the_update_and_what_came_before_go(
    qtbot: QtBot,
) -> None:
    """The changes before an update were made on the text it replaced: after a swap or a
    re-alignment, neither they nor the update can be taken back; those since follow."""
    stack = NoteUndo()
    before = sample_session()
    stack.push(before.notes[0], 0)
    stack.push_replaced(Replaced("article update", before))
    later = Note.new("after the update", b=Span(0, 4))
    stack.push_added(later)
    stack.follow(lambda note: note)
    assert len(stack) == 1
    assert stack.pop() == Added(later)


def test_notes_deleted_together_follow_a_swap_without_those_that_cannot(qtbot: QtBot) -> None:
    """Of notes deleted in one change, those that cannot be put back after a swap or a
    re-alignment go; the rest stay one change, named for how many are left."""
    stack = NoteUndo()
    kept, lost = Note.new("kept", a=Span(0, 4)), Note.new("lost", b=Span(0, 4))
    stack.push_deleted(((kept, 0), (lost, 2)))
    assert stack.label() == "&Undo deletion of 2 notes"
    stack.follow(lambda note: note if note is kept else None)
    assert (stack.label(), stack.pop()) == ("&Undo note deletion", NotesDeleted(((kept, 0),)))
