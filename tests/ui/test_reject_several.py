"""Several rows chosen in the matches table (Shift, Ctrl, Ctrl+A) are rejected together by
Delete or Edit > Reject matches, one step for Edit > Undo; the row after them takes their
place, as after one."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from reader.model.session import Session
from reader.ui.corrections import rejected_several, rows_after
from reader.ui.main_window import MainWindow
from reader.ui.session_controller import SessionController
from tests.ui import session_fixtures as fx
from tests.ui.session_fixtures import ALIGN_TIMEOUT, settle

ctl, data_folder, opened, pair, win = fx.ctl, fx.data_folder, fx.opened, fx.pair, fx.win


def choose_rows(win: MainWindow, rows: list[int]) -> list[str]:
    """Choose ``rows`` of the matches table, the table focused; the ids listed before."""
    table = win.dock.table
    win.dock.raise_()
    table.setFocus()
    ids = win.dock.visible_ids()
    table.selectRow(rows[0])
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row in rows[1:]:
        table.selectionModel().select(win.dock.proxy.index(row, 0), flags)
    assert win.dock.selected_ids() == [ids[r] for r in rows]
    return ids


def press_delete(win: MainWindow, ctl: SessionController, qtbot: QtBot) -> Session:
    with qtbot.waitSignal(win.alignment_finished, timeout=ALIGN_TIMEOUT):
        QTest.keyClick(win.dock.table, Qt.Key.Key_Delete)
    session = settle(qtbot, ctl)
    qtbot.wait(20)
    return session


def test_delete_rejects_every_chosen_row(
    ctl: SessionController, opened: Session, win: MainWindow, qtbot: QtBot
) -> None:
    ids = choose_rows(win, [1, 2, 4])
    assert press_delete(win, ctl, qtbot).rejected == {ids[1], ids[2], ids[4]}


def test_the_status_bar_says_how_many_were_rejected(
    ctl: SessionController, opened: Session, win: MainWindow, qtbot: QtBot
) -> None:
    choose_rows(win, [1, 2, 4])
    press_delete(win, ctl, qtbot)
    assert win.statusBar().currentMessage().startswith("3 matches rejected;")


def test_the_row_after_the_last_rejected_is_chosen(
    ctl: SessionController, opened: Session, win: MainWindow, qtbot: QtBot
) -> None:
    ids = choose_rows(win, [1, 2, 4])
    press_delete(win, ctl, qtbot)
    assert win.dock.selected_ids() == [ids[5]]


def test_one_undo_brings_them_all_back(
    ctl: SessionController, opened: Session, win: MainWindow, qtbot: QtBot
) -> None:
    choose_rows(win, [1, 2, 4])
    press_delete(win, ctl, qtbot)
    with qtbot.waitSignal(win.alignment_finished, timeout=ALIGN_TIMEOUT):
        ctl.actions.undo_delete.trigger()
    assert settle(qtbot, ctl).rejected == frozenset()


def test_the_edit_menu_names_the_chosen_rows(
    ctl: SessionController, opened: Session, win: MainWindow, qtbot: QtBot
) -> None:
    choose_rows(win, [1, 2, 4])
    assert ctl.actions.reject.text() == "&Reject 3 matches"


def test_undo_names_the_rejection_of_several(
    ctl: SessionController, opened: Session, win: MainWindow, qtbot: QtBot
) -> None:
    choose_rows(win, [1, 2, 4])
    press_delete(win, ctl, qtbot)
    assert ctl.actions.undo_delete.text() == "&Undo rejection of 3 matches"


def test_redo_rejects_them_all_again(
    ctl: SessionController, opened: Session, win: MainWindow, qtbot: QtBot
) -> None:
    ids = choose_rows(win, [1, 2, 4])
    press_delete(win, ctl, qtbot)
    for action in (ctl.actions.undo_delete, ctl.actions.redo):
        with qtbot.waitSignal(win.alignment_finished, timeout=ALIGN_TIMEOUT):
            action.trigger()
    assert settle(qtbot, ctl).rejected == {ids[1], ids[2], ids[4]}


def test_one_row_chosen_is_rejected_alone(
    ctl: SessionController, opened: Session, win: MainWindow, qtbot: QtBot
) -> None:
    ids = choose_rows(win, [3])
    assert ctl.actions.reject.text() == "&Reject match"
    assert press_delete(win, ctl, qtbot).rejected == {ids[3]}


def test_the_row_after_several_is_the_first_after_the_last() -> None:
    assert rows_after(["m1", "m2", "m3", "m4", "m5"], ["m2", "m4"]) == "m5"


def test_the_rows_at_the_end_give_way_to_the_last_before_them() -> None:
    assert rows_after(["m1", "m2", "m3", "m4"], ["m2", "m4"]) == "m3"
    assert rows_after(["m1", "m2", "m3"], ["m1", "m2", "m3"]) is None


def test_links_made_by_hand_among_them_are_said_to_be_removed() -> None:
    assert rejected_several(3, 1) == (
        "3 matches rejected (1 link made by hand removed); Edit > Undo (Ctrl+Z) brings them back."
    )


def test_the_matches_table_context_menu_offers_to_reject_the_chosen_rows(
    ctl: SessionController, opened: Session, win: MainWindow
) -> None:
    choose_rows(win, [1, 2])
    texts = [a.text() for a in win.dock.table.actions()]
    assert texts == ["&Copy 2 matches", "&Reject 2 matches"]
