"""Tests of choosing several notes in the Notes list of the real window (reader/ui/notes_dock.py)
and acting on them together: one Delete and one Undo for all of them (reader/ui/note_undo.py,
reader/ui/undo_steps.py), Redo, Copy, Edit for one note only, the list's cursor after."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from reader.model import Alignment, Span
from reader.model.note import Note
from reader.model.session import Session
from reader.session.store import load_session
from reader.ui.main_window import MainWindow
from reader.ui.notes_model import NOTE_ID_ROLE
from reader.ui.session_controller import SessionController
from tests.ui import session_fixtures as fx
from tests.ui.session_fixtures import settle, written

ctl, data_folder, win = fx.ctl, fx.data_folder, fx.win

pytestmark = pytest.mark.gui

LEFT = Qt.MouseButton.LeftButton
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
NONE = Qt.KeyboardModifier.NoModifier


@pytest.fixture
def noted(ctl: SessionController, win: MainWindow, alignment: Alignment, qtbot: QtBot) -> Session:
    """The hand-built pair on screen with four notes, the Notes list in front with the
    keyboard: it reads n1, n2, n3, n4."""
    with qtbot.waitSignal(ctl.session_changed):
        win.show_alignment(alignment)
    s = settle(qtbot, ctl)
    for note in (
        Note("n1", "on the treaty", ("agrees",), match_id="m1"),
        Note("n2", "the quote", ("check this",), match_id="m3"),
        Note("n3", "only A", a=Span(0, 10)),
        Note("n4", "the weather", b=Span(0, 12)),
    ):
        s = s.add_note(note)
    ctl.change(s)
    ctl.dock.show()
    ctl.dock.raise_()
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    ctl.dock.table.setFocus()
    return s


def row_of(ctl: SessionController, note_id: str) -> int:
    proxy = ctl.dock.proxy
    rows = [str(proxy.index(r, 0).data(NOTE_ID_ROLE)) for r in range(proxy.rowCount())]
    return rows.index(note_id)


def click(ctl: SessionController, note_id: str, keys: Qt.KeyboardModifier = NONE) -> None:
    """A click on the note's row, with ``keys`` held (Shift, Ctrl)."""
    table = ctl.dock.table
    rect = table.visualRect(ctl.dock.proxy.index(row_of(ctl, note_id), 1))
    QTest.mouseClick(table.viewport(), LEFT, keys, rect.center())


def chosen(ctl: SessionController) -> list[str]:
    """The chosen notes' ids, in list order (as the list shows them chosen)."""
    rows = sorted({i.row() for i in ctl.dock.table.selectionModel().selectedRows()})
    return [str(ctl.dock.proxy.index(r, 0).data(NOTE_ID_ROLE)) for r in rows]


def note_ids(ctl: SessionController) -> list[str]:
    s = ctl.session()
    assert s is not None
    return [n.id for n in s.notes]


def choose_three(ctl: SessionController) -> None:
    """n1, n3 and n4 chosen: a click on n1, Ctrl+click on n3, Ctrl+click on n4."""
    click(ctl, "n1")
    click(ctl, "n3", CTRL)
    click(ctl, "n4", CTRL)


def press(ctl: SessionController, key: Qt.Key, keys: Qt.KeyboardModifier = NONE) -> None:
    QTest.keyClick(ctl.dock.table, key, keys)


# -- choosing several ------------------------------------------------------------------------


def test_shift_click_chooses_the_notes_between(ctl: SessionController, noted: Session) -> None:
    click(ctl, "n1")
    click(ctl, "n3", SHIFT)
    assert chosen(ctl) == ["n1", "n2", "n3"]


def test_ctrl_click_adds_a_note_to_the_choice(ctl: SessionController, noted: Session) -> None:
    choose_three(ctl)
    assert chosen(ctl) == ["n1", "n3", "n4"]


def test_shift_down_chooses_the_next_note_too(ctl: SessionController, noted: Session) -> None:
    click(ctl, "n2")
    press(ctl, Qt.Key.Key_Down, SHIFT)
    press(ctl, Qt.Key.Key_Down, SHIFT)
    assert chosen(ctl) == ["n2", "n3", "n4"]


def test_ctrl_a_in_the_list_chooses_every_note(ctl: SessionController, noted: Session) -> None:
    click(ctl, "n2")
    press(ctl, Qt.Key.Key_A, CTRL)
    assert chosen(ctl) == ["n1", "n2", "n3", "n4"]


def test_the_note_clicked_last_is_shown(
    ctl: SessionController, noted: Session, qtbot: QtBot
) -> None:
    click(ctl, "n1")
    with qtbot.waitSignal(ctl.dock.note_activated) as shown:
        click(ctl, "n3", CTRL)
    assert (shown.args[0].id, chosen(ctl)) == ("n3", ["n1", "n3"])


def test_a_note_taken_out_of_the_choice_shows_nothing(
    ctl: SessionController, noted: Session, qtbot: QtBot
) -> None:
    choose_three(ctl)
    with qtbot.assertNotEmitted(ctl.dock.note_activated):
        click(ctl, "n3", CTRL)
    assert chosen(ctl) == ["n1", "n4"]


# -- acting on several -----------------------------------------------------------------------


def test_one_delete_deletes_every_chosen_note(ctl: SessionController, noted: Session) -> None:
    choose_three(ctl)
    press(ctl, Qt.Key.Key_Delete)
    assert note_ids(ctl) == ["n2"]


def test_the_status_bar_says_how_many_were_deleted(
    ctl: SessionController, noted: Session, win: MainWindow
) -> None:
    choose_three(ctl)
    press(ctl, Qt.Key.Key_Delete)
    assert win.statusBar().currentMessage() == (
        "3 notes deleted. Edit > Undo (Ctrl+Z) brings them back."
    )


def test_the_edit_menu_names_the_deletion_of_several(
    ctl: SessionController, noted: Session
) -> None:
    choose_three(ctl)
    QTest.mouseClick(ctl.dock.delete_button, LEFT)
    assert ctl.actions.undo_delete.text() == "&Undo deletion of 3 notes"


def test_one_undo_brings_every_note_back_in_its_place(
    ctl: SessionController, noted: Session
) -> None:
    choose_three(ctl)
    press(ctl, Qt.Key.Key_Delete)
    ctl.actions.undo_delete.trigger()
    assert (ctl.session(), chosen(ctl)) == (noted, ["n1", "n3", "n4"])
    assert not ctl.actions.undo_delete.isEnabled()


def test_redo_deletes_them_again(ctl: SessionController, noted: Session) -> None:
    choose_three(ctl)
    press(ctl, Qt.Key.Key_Delete)
    ctl.actions.undo_delete.trigger()
    assert ctl.actions.redo.text() == "Re&do deletion of 3 notes"
    ctl.actions.redo.trigger()
    assert note_ids(ctl) == ["n2"]
    ctl.actions.undo_delete.trigger()
    assert ctl.session() == noted


def test_copy_copies_every_chosen_note_in_list_order(
    ctl: SessionController, noted: Session, win: MainWindow
) -> None:
    click(ctl, "n4")
    click(ctl, "n1", CTRL)
    press(ctl, Qt.Key.Key_C, CTRL)
    text = QGuiApplication.clipboard().text()
    notes = [line for line in text.splitlines() if line.startswith("Note: ")]
    assert notes == ["Note: on the treaty", "Note: the weather"]
    assert win.statusBar().currentMessage().startswith("Copied 2 notes with their passages")


def test_the_context_menu_names_how_many(ctl: SessionController, noted: Session) -> None:
    choose_three(ctl)
    labels = [a.text() for a in ctl.dock.table.actions()]
    assert labels == ["&Copy 3 notes with their passages", "&Edit note…", "&Delete 3 notes"]


def test_edit_is_for_one_note_at_a_time(ctl: SessionController, noted: Session) -> None:
    choose_three(ctl)
    dock = ctl.dock
    assert (dock.edit_button.isEnabled(), dock.edit_action.isEnabled()) == (False, False)
    assert dock.delete_button.isEnabled()


def test_the_cursor_sits_where_the_first_deleted_note_was(
    ctl: SessionController, noted: Session
) -> None:
    click(ctl, "n2")
    click(ctl, "n4", CTRL)
    press(ctl, Qt.Key.Key_Delete)
    current = ctl.dock.table.currentIndex()
    assert (str(current.siblingAtColumn(0).data(NOTE_ID_ROLE)), chosen(ctl)) == ("n3", [])
    press(ctl, Qt.Key.Key_Up)
    assert chosen(ctl) == ["n1"]


def test_a_held_delete_deletes_only_the_chosen_notes(
    ctl: SessionController, noted: Session
) -> None:
    choose_three(ctl)
    for _ in range(3):
        press(ctl, Qt.Key.Key_Delete)
    assert note_ids(ctl) == ["n2"]


def saved(ctl: SessionController, qtbot: QtBot, path: Path) -> list[str]:
    """The texts of the notes in the session as saved to ``path`` (a real file)."""
    assert ctl.saving.save_to(str(path))
    written(qtbot, ctl)
    return [n.text for n in load_session(path).notes]


def test_a_session_saved_after_delete_and_undo_holds_every_note(
    ctl: SessionController, noted: Session, qtbot: QtBot, tmp_path: Path
) -> None:
    choose_three(ctl)
    press(ctl, Qt.Key.Key_Delete)
    assert note_ids(ctl) == ["n2"]
    ctl.actions.undo_delete.trigger()
    assert saved(ctl, qtbot, tmp_path / "notes.crossread") == [n.text for n in noted.notes]
    assert load_session(tmp_path / "notes.crossread").notes == noted.notes


def test_a_session_saved_after_redo_holds_the_note_left(
    ctl: SessionController, noted: Session, qtbot: QtBot, tmp_path: Path
) -> None:
    choose_three(ctl)
    press(ctl, Qt.Key.Key_Delete)
    ctl.actions.undo_delete.trigger()
    ctl.actions.redo.trigger()
    assert saved(ctl, qtbot, tmp_path / "notes.crossread") == ["the quote"]


# -- the choice through a filter or a new list (reader/ui/chosen_rows.py) ---------------------


def current_note(ctl: SessionController) -> str | None:
    """The note at the list's cursor."""
    current = ctl.dock.table.currentIndex()
    return str(current.siblingAtColumn(0).data(NOTE_ID_ROLE)) if current.isValid() else None


def choose_n4_n1_n2(ctl: SessionController) -> None:
    """n1, n2 and n4 chosen: a click on n4, Ctrl+click on n1, then on n2 (the cursor's)."""
    click(ctl, "n4")
    click(ctl, "n1", CTRL)
    click(ctl, "n2", CTRL)


def test_a_filter_hiding_the_note_at_the_cursor_keeps_the_other_chosen(
    ctl: SessionController, noted: Session, qtbot: QtBot
) -> None:
    choose_n4_n1_n2(ctl)
    with qtbot.assertNotEmitted(ctl.dock.note_activated):
        ctl.dock.filter.setText("treaty")  # n1 and n4 shown
    assert (chosen(ctl), current_note(ctl)) == (["n1", "n4"], "n1")  # the first chosen


def test_notes_a_filter_hid_are_chosen_again_when_it_shows_them(
    ctl: SessionController, noted: Session, qtbot: QtBot
) -> None:
    choose_n4_n1_n2(ctl)
    ctl.dock.filter.setText("treaty")
    with qtbot.assertNotEmitted(ctl.dock.note_activated):
        ctl.dock.filter.clear()
    assert (chosen(ctl), current_note(ctl)) == (["n1", "n2", "n4"], "n2")


def test_a_choice_changed_under_a_filter_forgets_the_notes_it_hid(
    ctl: SessionController, noted: Session
) -> None:
    choose_three(ctl)  # n1, n3, n4
    ctl.dock.filter.setText("treaty")  # n1 and n4 shown (B's passage holds it)
    click(ctl, "n1", CTRL)  # out of the choice: n4 alone
    ctl.dock.filter.clear()
    assert chosen(ctl) == ["n4"]


def test_the_chosen_notes_stay_chosen_through_a_swap(
    ctl: SessionController, win: MainWindow, noted: Session, qtbot: QtBot
) -> None:
    choose_n4_n1_n2(ctl)
    with qtbot.waitSignal(win.alignment_finished):
        win.swap_sides()
    settle(qtbot, ctl)
    assert (chosen(ctl), current_note(ctl)) == (["n1", "n2", "n4"], "n2")


def test_the_buttons_count_the_chosen_notes_a_filter_shows(
    ctl: SessionController, noted: Session
) -> None:
    choose_n4_n1_n2(ctl)
    ctl.dock.filter.setText("treaty")  # n1 and n4 shown
    assert ctl.dock.delete_action.text() == "&Delete 2 notes"
    assert not ctl.dock.edit_button.isEnabled()
