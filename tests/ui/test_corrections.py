"""Rejecting a match tells the reader how to bring it back, and the word stays to be read."""

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


def test_delete_in_the_matches_table_says_how_to_restore_once_the_row_is_gone(
    ctl: SessionController, opened: Session, win: MainWindow, qtbot: QtBot
) -> None:
    table = win.dock.table
    win.dock.raise_()
    table.setFocus()
    table.selectRow(2)
    mid = win.current_match()
    assert mid is not None
    with qtbot.waitSignal(win.alignment_finished, timeout=ALIGN_TIMEOUT):
        QTest.keyClick(table, Qt.Key.Key_Delete)
    assert settle(qtbot, ctl).rejected == {mid.id}
    qtbot.wait(50)  # a few turns of the event loop after the panes show the match gone
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
