"""Rejecting a match: the reader is told how to bring it back (and the word stays to be
read), and the keyboard reviewing the matches table keeps its place."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from reader.model.session import Session
from reader.ui.corrections import REJECTED
from reader.ui.main_window import MainWindow
from reader.ui.session_controller import SessionController
from tests.ui import session_fixtures as fx
from tests.ui.session_fixtures import ALIGN_TIMEOUT, settle

ctl, data_folder, opened, pair, win = fx.ctl, fx.data_folder, fx.opened, fx.pair, fx.win


def delete_row(win: MainWindow, ctl: SessionController, qtbot: QtBot, row: int) -> list[str]:
    """Press Delete on ``row`` of the matches table; the ids listed before."""
    table = win.dock.table
    win.dock.raise_()
    table.setFocus()
    ids = win.dock.visible_ids()
    table.selectRow(row)
    with qtbot.waitSignal(win.alignment_finished, timeout=ALIGN_TIMEOUT):
        QTest.keyClick(table, Qt.Key.Key_Delete)
    assert settle(qtbot, ctl).rejected == {ids[row]}
    qtbot.wait(20)  # a few turns of the event loop after the panes show the match gone
    return ids


def test_delete_in_the_matches_table_says_how_to_restore_once_the_row_is_gone(
    ctl: SessionController, opened: Session, win: MainWindow, qtbot: QtBot
) -> None:
    delete_row(win, ctl, qtbot, 2)
    assert win.statusBar().currentMessage() == REJECTED


def test_reject_twice_in_a_row_still_says_so(
    ctl: SessionController, opened: Session, win: MainWindow, qtbot: QtBot
) -> None:
    for match in opened.alignment.matches[:2]:
        with qtbot.waitSignal(win.alignment_finished, timeout=ALIGN_TIMEOUT):
            ctl.corrections.reject(match.id)
        settle(qtbot, ctl)
        qtbot.wait(20)
        assert win.statusBar().currentMessage() == REJECTED


def test_delete_in_the_matches_table_goes_on_from_the_next_row(
    ctl: SessionController, opened: Session, win: MainWindow, qtbot: QtBot
) -> None:
    """As a mail client does: the next row takes the rejected one's place, selected."""
    ids = delete_row(win, ctl, qtbot, 2)
    table = win.dock.table
    assert win.dock.visible_ids() == ids[:2] + ids[3:]
    assert table.currentIndex().row() == 2 and win.dock.selected_ids() == [ids[3]]
    current = win.current_match()
    assert current is not None and current.id == ids[3]
    assert table.hasFocus()
    assert win.statusBar().currentMessage() == REJECTED
    QTest.keyClick(table, Qt.Key.Key_Down)
    assert win.dock.selected_ids() == [ids[4]]


def test_the_last_row_rejected_selects_the_one_before(
    ctl: SessionController, opened: Session, win: MainWindow, qtbot: QtBot
) -> None:
    ids = delete_row(win, ctl, qtbot, len(win.dock.visible_ids()) - 1)
    assert win.dock.selected_ids() == [ids[-2]]


def test_reject_from_a_pane_moves_nothing(
    ctl: SessionController, opened: Session, win: MainWindow, qtbot: QtBot
) -> None:
    win.select_match(opened.alignment.matches[3].id)
    win.pane_a.browser.setFocus()
    with qtbot.waitSignal(win.alignment_finished, timeout=ALIGN_TIMEOUT):
        ctl.actions.reject.trigger()
    settle(qtbot, ctl)
    assert win.current_match() is None
