"""Tests of reader/ui/notes_dock.py: adding, editing and deleting notes through the dock."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QPushButton
from pytestqt.qtbot import QtBot

from reader.model.note import Note
from reader.model.session import Session
from reader.model.span import Span
from reader.ui.note_dialog import NoteDialog
from reader.ui.notes_dock import NotesDock
from tests.session.samples import sample_session

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def dock(qtbot: QtBot) -> Iterator[NotesDock]:
    d = NotesDock()
    qtbot.addWidget(d)
    d.set_session(sample_session())
    d.resize(700, 300)
    d.show()
    qtbot.waitExposed(d)
    yield d
    if d.dialog is not None:
        d.dialog.reject()


def dialog_of(dock: NotesDock) -> NoteDialog:
    assert dock.dialog is not None, "no note dialog is open"
    return dock.dialog


def ok_button(dialog: NoteDialog) -> QPushButton:
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def session_of(dock: NotesDock) -> Session:
    s = dock.session()
    assert s is not None
    return s


def select_row(qtbot: QtBot, dock: NotesDock, row: int) -> None:
    index = dock.table.model().index(row, 1)
    rect = dock.table.visualRect(index)
    QTest.mouseClick(dock.table.viewport(), LEFT, pos=rect.center())


@pytest.fixture
def adding(qtbot: QtBot, dock: NotesDock) -> NoteDialog:
    """The dialog for a new note on the quote match m2, text typed in."""
    dock.add_note(match_id="m2")
    dialog = dialog_of(dock)
    QTest.keyClicks(dialog.text_edit, "Same quote, shorter in B.")
    return dialog


def test_table_lists_the_notes(dock: NotesDock) -> None:
    assert dock.table.model().rowCount() == 2


def test_add_button_asks_the_window_for_a_target(qtbot: QtBot, dock: NotesDock) -> None:
    with qtbot.waitSignal(dock.note_add_requested):
        QTest.mouseClick(dock.add_button, LEFT)


def test_ok_is_disabled_until_text_or_tag(dock: NotesDock) -> None:
    dock.add_note(a=Span(0, 5))
    assert not ok_button(dialog_of(dock)).isEnabled()


def test_adding_a_note_on_a_match(qtbot: QtBot, dock: NotesDock, adding: NoteDialog) -> None:
    with qtbot.waitSignal(dock.note_added) as blocker:
        QTest.mouseClick(ok_button(adding), LEFT)
    note: Note = blocker.args[0]
    assert (note.text, note.match_id, note in session_of(dock).notes) == (
        "Same quote, shorter in B.",
        "m2",
        True,
    )


def test_ctrl_enter_in_the_note_keeps_it(qtbot: QtBot, dock: NotesDock, adding: NoteDialog) -> None:
    adding.show()
    adding.text_edit.setFocus()
    with qtbot.waitSignal(dock.note_added):
        QTest.keyClick(adding.text_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)


def test_tab_leaves_the_note_for_the_tags(qtbot: QtBot, adding: NoteDialog) -> None:
    adding.show()
    qtbot.waitExposed(adding)
    adding.activateWindow()
    adding.text_edit.setFocus()
    QTest.keyClick(adding.text_edit, Qt.Key.Key_Tab)
    assert adding.text_edit.toPlainText() == "Same quote, shorter in B."  # no tab typed
    assert not adding.text_edit.hasFocus()


def test_adding_shows_the_new_row(qtbot: QtBot, dock: NotesDock, adding: NoteDialog) -> None:
    QTest.mouseClick(ok_button(adding), LEFT)
    assert dock.table.model().rowCount() == 3


def test_adding_hands_back_the_session(qtbot: QtBot, dock: NotesDock, adding: NoteDialog) -> None:
    with qtbot.waitSignal(dock.session_changed) as blocker:
        QTest.mouseClick(ok_button(adding), LEFT)
    assert blocker.args[0] is dock.session()


def test_preset_tag_is_applied(qtbot: QtBot, dock: NotesDock, adding: NoteDialog) -> None:
    QTest.mouseClick(adding.presets["check this"], LEFT)
    with qtbot.waitSignal(dock.note_added) as blocker:
        QTest.mouseClick(ok_button(adding), LEFT)
    assert blocker.args[0].tags == ("check this",)


def test_free_tags_are_split_on_commas(qtbot: QtBot, dock: NotesDock, adding: NoteDialog) -> None:
    QTest.keyClicks(adding.free_tags, "framing,  sources ,")
    with qtbot.waitSignal(dock.note_added) as blocker:
        QTest.mouseClick(ok_button(adding), LEFT)
    assert blocker.args[0].tags == ("framing", "sources")


def test_cancel_adds_nothing(qtbot: QtBot, dock: NotesDock, adding: NoteDialog) -> None:
    with qtbot.assertNotEmitted(dock.note_added):
        adding.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert len(session_of(dock).notes) == 2


def test_add_note_on_a_missing_match_opens_nothing(dock: NotesDock) -> None:
    dock.add_note(match_id="nope")
    assert dock.dialog is None


def test_selecting_a_row_activates_its_note(qtbot: QtBot, dock: NotesDock) -> None:
    with qtbot.waitSignal(dock.note_activated) as blocker:
        select_row(qtbot, dock, 1)
    assert blocker.args[0].id == "n2"


def test_edit_and_delete_need_a_selection(dock: NotesDock) -> None:
    assert (dock.edit_button.isEnabled(), dock.delete_button.isEnabled()) == (False, False)


def test_edit_dialog_is_prefilled(qtbot: QtBot, dock: NotesDock) -> None:
    select_row(qtbot, dock, 1)
    QTest.mouseClick(dock.edit_button, LEFT)
    dialog = dialog_of(dock)
    assert (dialog.note_text(), dialog.tags()) == (
        "Only AP gives the length as five hours.",
        ("only here", "check this"),
    )


def test_editing_a_note(qtbot: QtBot, dock: NotesDock) -> None:
    select_row(qtbot, dock, 0)
    QTest.mouseClick(dock.edit_button, LEFT)
    dialog = dialog_of(dock)
    dialog.text_edit.clear()
    QTest.keyClicks(dialog.text_edit, "Dates differ: Wednesday vs June 19.")
    QTest.mouseClick(dialog.presets["contradicts"], LEFT)
    with qtbot.waitSignal(dock.note_edited) as blocker:
        QTest.mouseClick(ok_button(dialog), LEFT)
    note: Note = blocker.args[0]
    assert (note.id, note.text, note.tags) == (
        "n1",
        "Dates differ: Wednesday vs June 19.",
        ("agrees", "contradicts"),
    )


def test_edited_text_shows_in_the_table(qtbot: QtBot, dock: NotesDock) -> None:
    select_row(qtbot, dock, 0)
    QTest.mouseClick(dock.edit_button, LEFT)
    dialog = dialog_of(dock)
    dialog.text_edit.setPlainText("Changed.")
    QTest.mouseClick(ok_button(dialog), LEFT)
    assert dock.table.model().index(0, 1).data() == "Changed."


def test_double_click_opens_the_editor(qtbot: QtBot, dock: NotesDock) -> None:
    rect = dock.table.visualRect(dock.table.model().index(0, 1))
    QTest.mouseClick(dock.table.viewport(), LEFT, pos=rect.center())  # a real double click
    QTest.mouseDClick(dock.table.viewport(), LEFT, pos=rect.center())  # starts with a click
    assert dialog_of(dock).note_text() == "Both agree on the pledge; A says Wednesday."


def test_deleting_a_note(qtbot: QtBot, dock: NotesDock) -> None:
    select_row(qtbot, dock, 0)
    with qtbot.waitSignal(dock.note_deleted) as blocker:
        QTest.mouseClick(dock.delete_button, LEFT)
    assert (blocker.args[0].id, [n.id for n in session_of(dock).notes]) == ("n1", ["n2"])


def test_sorting_by_tags_keeps_notes_apart(qtbot: QtBot, dock: NotesDock) -> None:
    dock.table.sortByColumn(2, Qt.SortOrder.AscendingOrder)
    with qtbot.waitSignal(dock.note_activated) as blocker:
        select_row(qtbot, dock, 0)
    assert blocker.args[0].tags == ("agrees",)


def test_select_note_selects_its_row(dock: NotesDock) -> None:
    dock.select_note("n2")
    note = dock.selected_note()
    assert note is not None and note.id == "n2"


def test_context_menu_copies_edits_and_deletes_the_selected_note(
    qtbot: QtBot, dock: NotesDock
) -> None:
    labels = [a.text() for a in dock.table.actions()]
    assert labels == ["&Copy note with its passages", "&Edit note…", "&Delete note"]
    # nothing selected yet: Copy stays on to say what to choose, Edit and Delete are off
    assert [a.isEnabled() for a in dock.table.actions()] == [True, False, False]
    select_row(qtbot, dock, 0)
    assert all(a.isEnabled() for a in dock.table.actions())
    with qtbot.waitSignal(dock.copy_requested) as copied:
        dock.copy_action.trigger()
    assert copied.args == [["n1"]]
    with qtbot.waitSignal(dock.note_deleted) as deleted:
        dock.delete_action.trigger()
    assert deleted.args[0].id == "n1"


# -- a note leaving the table is no choice of another note


def test_deleting_the_selected_note_activates_no_other(qtbot: QtBot, dock: NotesDock) -> None:
    dock.select_note("n1")
    with qtbot.assertNotEmitted(dock.note_activated):
        dock.delete_selected()
    assert dock.selected_note() is None


def test_a_note_removed_elsewhere_selects_no_other(qtbot: QtBot, dock: NotesDock) -> None:
    dock.select_note("n1")
    with qtbot.assertNotEmitted(dock.note_activated):
        dock.set_session(session_of(dock).delete_note("n1"))  # say, Undo of its adding
    assert dock.selected_note() is None


def test_a_deleted_note_brought_back_is_selected_again(qtbot: QtBot, dock: NotesDock) -> None:
    before = session_of(dock)
    dock.select_note("n1")
    dock.delete_selected()
    with qtbot.assertNotEmitted(dock.note_activated):
        dock.set_session(before)  # Edit > Undo note change
    note = dock.selected_note()
    assert note is not None and note.id == "n1"


def test_enter_on_the_chosen_note_shows_its_passages_again(qtbot: QtBot, dock: NotesDock) -> None:
    """Once the reader had scrolled away, choosing the same note again did nothing."""
    select_row(qtbot, dock, 0)
    with qtbot.waitSignal(dock.note_activated) as shown:
        QTest.keyClick(dock.table, Qt.Key.Key_Return)
    assert shown.args == [session_of(dock).notes[0]]


def test_a_click_on_the_chosen_note_shows_its_passages_again(qtbot: QtBot, dock: NotesDock) -> None:
    select_row(qtbot, dock, 0)
    with qtbot.waitSignal(dock.note_activated):
        select_row(qtbot, dock, 0)


def test_the_keyboard_stays_in_the_notes_after_the_delete_button(
    qtbot: QtBot, dock: NotesDock
) -> None:
    """Delete selects no other note, so the button goes grey under the keyboard: the
    keyboard goes to the list of notes, where it was working, not on to the next control
    (the panels' tabs, in the window)."""
    dock.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dock)
    dock.select_note("n1")
    dock.delete_button.setFocus(Qt.FocusReason.TabFocusReason)
    QTest.keyClick(dock.delete_button, Qt.Key.Key_Space)
    assert session_of(dock).note_by_id("n1") is None
    assert QApplication.focusWidget() is dock.table


def test_the_note_dialog_takes_its_panels_zoomed_font(qtbot: QtBot, dock: NotesDock) -> None:
    """A dialog is a window of its own: it kept the system's size at any zoom."""
    font = QFont(dock.font())
    font.setPointSizeF(font.pointSizeF() * 2)
    dock.setFont(font)  # as View > Zoom in gives the panels (reader/ui/text_zoom.py)
    dock.add_note(match_id="m2")
    assert dialog_of(dock).text_edit.font().pointSizeF() == font.pointSizeF()
