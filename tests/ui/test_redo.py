"""Edit > Redo (Ctrl+Shift+Z, Ctrl+Y) makes again what Edit > Undo took back, and Undo
takes back a note the reader added (reader/ui/undo_steps.py, reader/ui/note_undo.py)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from reader.model import Span
from reader.model.note import Note
from reader.model.session import Session, match_key
from reader.ui.main_window import MainWindow
from reader.ui.session_controller import SessionController
from reader.ui.shortcuts_dialog import ShortcutsDialog
from tests.session.samples import sample_session
from tests.ui import session_fixtures as fx
from tests.ui.session_fixtures import ALIGN_TIMEOUT, settle
from tests.ui.test_correction_undo import ctrl_z, reject
from tests.ui.test_hand_link_removal import hand_link
from tests.ui.test_note_undo import current, delete_note, edit_note, noted, swap
from tests.ui.test_session_controller import note_dialog

ctl, data_folder, opened, pair, win = fx.ctl, fx.data_folder, fx.opened, fx.pair, fx.win
__all__ = ["hand_link", "noted"]  # fixtures of test_hand_link_removal.py, test_note_undo.py

CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


def write_note(
    ctl: SessionController, text: str, match_id: str | None = None, a: Span | None = None
) -> Note:
    """Add a note in the note dialog and press OK, as Ctrl+N does; the note added."""
    if match_id is not None:
        ctl.add_note(match_id)
    else:
        ctl.dock.add_note(a=a)
    dialog = note_dialog(ctl)
    QTest.keyClicks(dialog.text_edit, text)
    dialog.accept()
    return current(ctl).notes[-1]


def redo(ctl: SessionController, qtbot: QtBot) -> Session:
    """Edit > Redo; the session once shown."""
    ctl.actions.redo.trigger()
    return settle(qtbot, ctl)


# -- the action ----------------------------------------------------------------------------


def test_redo_is_disabled_with_nothing_undone(ctl: SessionController, noted: Session) -> None:
    delete_note(ctl, noted.notes[0].id)  # something to undo, nothing to redo yet
    assert (ctl.actions.redo.text(), ctl.actions.redo.isEnabled()) == ("Re&do", False)


def test_redo_names_the_change_undo_took_back(ctl: SessionController, noted: Session) -> None:
    delete_note(ctl, noted.notes[0].id)
    ctl.actions.undo_delete.trigger()
    assert (ctl.actions.redo.text(), ctl.actions.redo.isEnabled()) == (
        "Re&do note deletion",
        True,
    )


def test_redo_has_both_keys(ctl: SessionController) -> None:
    assert ctl.actions.redo.shortcuts() == [QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")]


@pytest.mark.parametrize("mods", [CTRL | SHIFT, CTRL], ids=["ctrl+shift+z", "ctrl+y"])
def test_each_key_of_redo_makes_the_change_again(
    ctl: SessionController, noted: Session, win: MainWindow, mods: Qt.KeyboardModifier
) -> None:
    delete_note(ctl, noted.notes[2].id)
    ctl.actions.undo_delete.trigger()
    key = Qt.Key.Key_Z if mods & SHIFT else Qt.Key.Key_Y
    win.activateWindow()
    win.pane_a.browser.setFocus()
    QTest.keyClick(win.pane_a.browser, key, mods)
    assert current(ctl).notes == noted.notes[:2]


def test_the_shortcuts_list_names_redo_and_its_keys(
    ctl: SessionController, win: MainWindow, qtbot: QtBot
) -> None:
    dialog = ShortcutsDialog(win.menuBar(), win)
    qtbot.addWidget(dialog)
    keys = [QKeySequence(k) for k in ("Ctrl+Shift+Z", "Ctrl+Y")]
    native = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in keys)
    assert ("Edit", "Redo", native) in {(r.where, r.what, r.keys) for r in dialog.rows}


# -- notes ---------------------------------------------------------------------------------


def test_redo_deletes_the_note_again(ctl: SessionController, noted: Session) -> None:
    delete_note(ctl, noted.notes[1].id)
    ctl.actions.undo_delete.trigger()
    ctl.actions.redo.trigger()
    assert current(ctl).notes == (noted.notes[0], noted.notes[2])


def test_redo_of_a_deletion_says_so(
    ctl: SessionController, noted: Session, win: MainWindow
) -> None:
    delete_note(ctl, noted.notes[1].id)
    ctl.actions.undo_delete.trigger()
    ctl.actions.redo.trigger()
    assert win.statusBar().currentMessage() == "Note deleted again."


def test_undo_after_redo_brings_the_note_back_again(ctl: SessionController, noted: Session) -> None:
    delete_note(ctl, noted.notes[1].id)
    ctl.actions.undo_delete.trigger()
    ctl.actions.redo.trigger()
    assert ctl.actions.undo_delete.text() == "&Undo note deletion"
    ctl.actions.undo_delete.trigger()
    assert current(ctl).notes == noted.notes


def test_redo_writes_an_edit_again(ctl: SessionController, noted: Session) -> None:
    edit_note(ctl, noted.notes[0].id, "a second thought")
    ctl.actions.undo_delete.trigger()
    assert ctl.actions.redo.text() == "Re&do note edit"
    ctl.actions.redo.trigger()
    assert current(ctl).notes[0].text == "a second thought"


def test_undo_takes_out_a_note_added(ctl: SessionController, noted: Session) -> None:
    write_note(ctl, "a fourth note", match_id="m4")
    assert ctl.actions.undo_delete.text() == "&Undo note addition"
    ctl.actions.undo_delete.trigger()
    assert current(ctl).notes == noted.notes


def test_undo_of_adding_says_redo_puts_it_back(
    ctl: SessionController, noted: Session, win: MainWindow
) -> None:
    write_note(ctl, "a fourth note", match_id="m4")
    ctl.actions.undo_delete.trigger()
    said = win.statusBar().currentMessage()
    assert said.startswith("New note taken out.") and "Edit > Redo" in said


def test_redo_puts_a_note_added_back_in_its_place(ctl: SessionController, noted: Session) -> None:
    added = write_note(ctl, "a fourth note", match_id="m4")
    ctl.actions.undo_delete.trigger()
    assert ctl.actions.redo.text() == "Re&do note addition"
    ctl.actions.redo.trigger()
    assert current(ctl).notes == (*noted.notes, added)
    assert ctl.dock.selected_note() == added


def test_undo_leaves_a_note_added_that_was_changed_since(
    ctl: SessionController, noted: Session, win: MainWindow
) -> None:
    added = write_note(ctl, "a fourth note", match_id="m4")
    changed = current(ctl).edit_note(added.id, "rewritten elsewhere")
    ctl.change(changed)  # a change Undo was not told of
    ctl.actions.undo_delete.trigger()
    assert current(ctl) is changed
    assert win.statusBar().currentMessage().endswith("it was changed since.")


def test_a_new_change_clears_redo(ctl: SessionController, noted: Session) -> None:
    delete_note(ctl, noted.notes[0].id)
    ctl.actions.undo_delete.trigger()
    write_note(ctl, "a fourth note", match_id="m4")
    assert not ctl.actions.redo.isEnabled()
    ctl.actions.redo.trigger()
    assert current(ctl).note_by_id(noted.notes[0].id) == noted.notes[0]


def test_a_new_pair_clears_redo(
    ctl: SessionController, noted: Session, win: MainWindow, qtbot: QtBot
) -> None:
    delete_note(ctl, noted.notes[0].id)
    ctl.actions.undo_delete.trigger()
    with qtbot.waitSignal(ctl.session_changed):
        win.show_alignment(sample_session().alignment)
    assert not ctl.actions.redo.isEnabled()


def test_redo_puts_a_note_added_back_on_its_passages_after_a_swap(
    ctl: SessionController, noted: Session, win: MainWindow, qtbot: QtBot
) -> None:
    added = write_note(ctl, "only in A's headline", a=Span(0, 12))
    ctl.actions.undo_delete.trigger()
    swap(ctl, win, qtbot)
    ctl.actions.redo.trigger()
    back = current(ctl).note_by_id(added.id)
    assert back is not None and (back.a, back.b) == (None, Span(0, 12))


# -- corrections ---------------------------------------------------------------------------


def test_redo_rejects_the_match_again(
    ctl: SessionController, opened: Session, win: MainWindow, qtbot: QtBot
) -> None:
    mid = opened.alignment.matches[0].id
    reject(ctl, qtbot, mid)
    ctrl_z(win, ctl, qtbot)
    assert ctl.actions.redo.text() == "Re&do rejection"
    assert redo(ctl, qtbot).rejected == {mid}
    shown = win.alignment()
    assert shown is not None and shown.match_by_id(mid) is None


def test_redo_of_a_rejection_says_so(
    ctl: SessionController, opened: Session, win: MainWindow, qtbot: QtBot
) -> None:
    reject(ctl, qtbot, opened.alignment.matches[0].id)
    ctrl_z(win, ctl, qtbot)
    redo(ctl, qtbot)
    assert win.statusBar().currentMessage() == "Rejection redone."


def test_redo_links_the_passages_again_with_their_note(
    ctl: SessionController, hand_link: str, win: MainWindow, qtbot: QtBot
) -> None:
    before = settle(qtbot, ctl)
    ctrl_z(win, ctl, qtbot)  # the link goes, its note stays on the passages
    after = redo(ctl, qtbot)
    assert after.manual == before.manual
    assert [n.match_id for n in after.notes] == [hand_link]


def test_redo_rejects_the_match_again_after_a_swap(
    ctl: SessionController, opened: Session, win: MainWindow, qtbot: QtBot
) -> None:
    mid = opened.alignment.matches[0].id
    reject(ctl, qtbot, mid)
    ctrl_z(win, ctl, qtbot)
    swap(ctl, win, qtbot)
    assert redo(ctl, qtbot).rejected == {mid}


def test_redo_links_the_passages_again_with_their_note_after_a_swap(
    ctl: SessionController, hand_link: str, win: MainWindow, qtbot: QtBot
) -> None:
    ctrl_z(win, ctl, qtbot)  # the note stays on the passages
    swap(ctl, win, qtbot)
    after = redo(ctl, qtbot)
    assert [n.match_id for n in after.notes] == [hand_link]


def test_redo_rejects_the_match_again_after_a_realignment(
    ctl: SessionController, opened: Session, win: MainWindow, qtbot: QtBot, pair: tuple[str, str]
) -> None:
    rejected = opened.alignment.matches[0]
    reject(ctl, qtbot, rejected.id)
    before = ctrl_z(win, ctl, qtbot)
    with qtbot.waitSignal(win.alignment_started):
        win.open_pair(*pair)  # the same pair matched again: the session is re-applied
    qtbot.waitUntil(lambda: ctl.session() is not before, timeout=ALIGN_TIMEOUT)
    settle(qtbot, ctl)
    assert {match_key(m) for m in redo(ctl, qtbot).rejected_matches()} == {match_key(rejected)}
