"""Tests of reader/ui/row_cursor.py: after a note is deleted the notes list's cursor sits
where it was, nothing chosen, and Down, Up, Space and Delete go on from there."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from reader.model.note import Note
from reader.model.session import Session
from reader.ui.notes_dock import NO_NOTE_TO_DELETE, NotesDock
from reader.ui.notes_model import NOTE_ID_ROLE
from tests.session.samples import sample_session

pytestmark = pytest.mark.gui


def four_notes() -> Session:
    """The sample session's notes n1 and n2, then n3 on the quote match, n4 on the
    number match: the list reads n1, n2, n3, n4."""
    session = sample_session()
    session = session.add_note(Note("n3", "The quote is shorter in B.", match_id="m2"))
    return session.add_note(Note("n4", "Three hours or five?", match_id="m4"))


@pytest.fixture
def dock(qtbot: QtBot) -> Iterator[NotesDock]:
    d = NotesDock()
    qtbot.addWidget(d)
    d.set_session(four_notes())
    d.resize(700, 300)
    d.show()
    qtbot.waitExposed(d)
    d.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is d)
    d.table.setFocus()
    yield d


def ids(dock: NotesDock) -> list[str]:
    proxy = dock.proxy
    return [str(proxy.index(r, 0).data(NOTE_ID_ROLE)) for r in range(proxy.rowCount())]


def cursor_note(dock: NotesDock) -> str | None:
    current = dock.table.currentIndex()
    return str(current.siblingAtColumn(0).data(NOTE_ID_ROLE)) if current.isValid() else None


def choose(dock: NotesDock, note_id: str) -> None:
    """Choose ``note_id`` as the reader would: a click on its row."""
    rect = dock.table.visualRect(dock.proxy.index(ids(dock).index(note_id), 1))
    QTest.mouseClick(dock.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def delete(qtbot: QtBot, dock: NotesDock, note_id: str) -> None:
    """Choose ``note_id``, then delete it as Delete in the list does (the window's
    Delete calls this while the list has the keyboard)."""
    choose(dock, note_id)
    dock.delete_selected()


def chosen(dock: NotesDock) -> str | None:
    note = dock.selected_note()
    return None if note is None else note.id


def chosen_after(qtbot: QtBot, dock: NotesDock, deleted: str, *keys: Qt.Key) -> str | None:
    """The note chosen once ``deleted`` is deleted and ``keys`` pressed in the list."""
    delete(qtbot, dock, deleted)
    for key in keys:
        QTest.keyClick(dock.table, key)
    return chosen(dock)


def test_the_cursor_sits_on_the_note_that_took_the_deleted_ones_place(
    qtbot: QtBot, dock: NotesDock
) -> None:
    choose(dock, "n2")
    with qtbot.assertNotEmitted(dock.note_activated):
        dock.delete_selected()
    assert (ids(dock), cursor_note(dock), chosen(dock)) == (["n1", "n3", "n4"], "n3", None)


def test_down_after_a_delete_chooses_the_note_that_followed_it(
    qtbot: QtBot, dock: NotesDock
) -> None:
    """Qt's Down would go from the cursor on to n4, past the note after the deleted one."""
    delete(qtbot, dock, "n2")
    with qtbot.waitSignal(dock.note_activated) as shown:
        QTest.keyClick(dock.table, Qt.Key.Key_Down)
    assert (shown.args[0].id, chosen(dock), cursor_note(dock)) == ("n3", "n3", "n3")


def test_up_after_a_delete_chooses_the_note_before_it(qtbot: QtBot, dock: NotesDock) -> None:
    delete(qtbot, dock, "n3")
    with qtbot.waitSignal(dock.note_activated) as shown:
        QTest.keyClick(dock.table, Qt.Key.Key_Up)
    assert (shown.args[0].id, chosen(dock)) == ("n2", "n2")


def test_space_after_a_delete_chooses_the_note_at_the_cursor(qtbot: QtBot, dock: NotesDock) -> None:
    delete(qtbot, dock, "n2")
    with qtbot.waitSignal(dock.note_activated) as shown:
        QTest.keyClick(dock.table, Qt.Key.Key_Space)
    assert shown.args[0].id == "n3"


def test_delete_again_deletes_nothing_and_says_what_to_do(qtbot: QtBot, dock: NotesDock) -> None:
    delete(qtbot, dock, "n2")
    with qtbot.waitSignal(dock.hint) as said, qtbot.assertNotEmitted(dock.note_deleted):
        dock.delete_selected()
    assert (said.args, ids(dock)) == ([NO_NOTE_TO_DELETE], ["n1", "n3", "n4"])


def test_down_then_delete_deletes_the_next_note(qtbot: QtBot, dock: NotesDock) -> None:
    """Deleting notes one after another: Delete, Down, Delete..."""
    delete(qtbot, dock, "n2")
    QTest.keyClick(dock.table, Qt.Key.Key_Down)
    dock.delete_selected()
    assert (ids(dock), cursor_note(dock), chosen(dock)) == (["n1", "n4"], "n4", None)


def test_after_the_last_note_is_deleted_down_and_up_choose_the_new_last(
    qtbot: QtBot, dock: NotesDock
) -> None:
    delete(qtbot, dock, "n4")
    assert cursor_note(dock) == "n3"
    QTest.keyClick(dock.table, Qt.Key.Key_Down)
    assert chosen(dock) == "n3"
    assert chosen_after(qtbot, dock, "n3", Qt.Key.Key_Up) == "n2"


def test_after_the_first_note_is_deleted_up_chooses_the_new_first(
    qtbot: QtBot, dock: NotesDock
) -> None:
    assert chosen_after(qtbot, dock, "n1", Qt.Key.Key_Up) == "n2"


def test_the_cursor_follows_the_lists_order(qtbot: QtBot, dock: NotesDock) -> None:
    """Sorted by note text (descending: n4 "Three…", n3 "The quote…", n2 "Only AP…", n1
    "Both…"), the note after n3 in the list is n2."""
    dock.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    assert ids(dock) == ["n4", "n3", "n2", "n1"]
    assert chosen_after(qtbot, dock, "n3", Qt.Key.Key_Down) == "n2"


def test_moving_the_cursor_elsewhere_gives_the_keys_back_to_qt(
    qtbot: QtBot, dock: NotesDock
) -> None:
    """Once the reader has chosen a note (here with Down), Down goes on as Qt's."""
    assert chosen_after(qtbot, dock, "n2", Qt.Key.Key_Down, Qt.Key.Key_Down) == "n4"


def test_after_the_delete_button_the_cursor_sits_in_the_list(qtbot: QtBot, dock: NotesDock) -> None:
    dock.select_note("n2")
    dock.delete_button.setFocus(Qt.FocusReason.TabFocusReason)
    QTest.keyClick(dock.delete_button, Qt.Key.Key_Space)
    assert (QApplication.focusWidget(), cursor_note(dock)) == (dock.table, "n3")
    QTest.keyClick(dock.table, Qt.Key.Key_Down)
    assert chosen(dock) == "n3"


def test_a_screen_reader_is_given_the_row_at_the_cursor(qtbot: QtBot, dock: NotesDock) -> None:
    delete(qtbot, dock, "n2")
    table = QAccessible.queryAccessibleInterface(dock.table)
    assert table is not None
    focused = table.focusChild()
    assert focused is not None
    assert focused.text(QAccessible.Text.Name) == dock.table.currentIndex().data()
