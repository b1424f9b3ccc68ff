"""Choosing the selected row of the Matches table again (Enter, a click) brings its
passages back into view once the reader has scrolled the panes away: it did nothing."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from reader.model import Alignment
from reader.ui.main_window import MainWindow
from reader.ui.matches_model import A_TEXT
from tests.ui.test_only_dock import in_view

pytestmark = pytest.mark.gui

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def scrolled_away(shown: MainWindow, alignment: Alignment) -> MainWindow:
    """The delegates claim (m4, near both articles' ends) chosen in the table, then both
    panes scrolled back to their tops."""
    shown.dock.raise_()
    shown.dock.table.setFocus()
    shown.dock.table.selectRow(shown.dock.visible_ids().index("m4"))
    m4 = alignment.match_by_id("m4")
    assert m4 is not None and in_view(shown, "b", m4.b)
    for side in "ab":
        shown.pane(side).browser.verticalScrollBar().setValue(0)
    assert not in_view(shown, "b", m4.b)
    return shown


def test_enter_brings_the_chosen_match_back_into_view(
    scrolled_away: MainWindow, alignment: Alignment, qtbot: QtBot
) -> None:
    with qtbot.waitSignal(scrolled_away.dock.match_selected):
        QTest.keyClick(scrolled_away.dock.table, Qt.Key.Key_Return)
    m4 = alignment.match_by_id("m4")
    assert m4 is not None
    assert in_view(scrolled_away, "a", m4.a) and in_view(scrolled_away, "b", m4.b)


def test_a_click_on_the_chosen_row_brings_it_back_into_view(
    scrolled_away: MainWindow, alignment: Alignment, qtbot: QtBot
) -> None:
    table = scrolled_away.dock.table
    row = scrolled_away.dock.visible_ids().index("m4")
    with qtbot.waitSignal(scrolled_away.dock.match_selected):
        QTest.mouseClick(
            table.viewport(),
            Qt.MouseButton.LeftButton,
            pos=table.visualRect(table.model().index(row, A_TEXT)).center(),
        )
    m4 = alignment.match_by_id("m4")
    assert m4 is not None and in_view(scrolled_away, "b", m4.b)


def test_enter_on_several_chosen_brings_back_the_one_clicked_last(
    shown: MainWindow, qtbot: QtBot
) -> None:
    """Of several rows chosen, the current match is the one clicked last: Enter brought
    back the first row chosen instead."""
    dock = shown.dock
    dock.raise_()
    table = dock.table
    table.setFocus()
    ids = dock.visible_ids()
    for match_id, keys in (("m4", Qt.KeyboardModifier.NoModifier), ("m1", CTRL)):
        rect = table.visualRect(table.model().index(ids.index(match_id), A_TEXT))
        QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, keys, rect.center())
    with qtbot.waitSignal(dock.match_selected) as again:
        QTest.keyClick(table, Qt.Key.Key_Return)
    assert again.args == ["m1"]
