"""Choosing a note in the Notes panel shows its passage with the lines around it: on the
seed pair, a note on "In contrast with Kim, Putin didn't use the expression" read on the
last line of article A left the pane where it was, the rest of the sentence ("“alliance”
a single time...") cut off below (reader.ui.note_actions.show, ArticlePane.ensure_visible)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from reader.model import Span
from reader.model.note import Note
from reader.model.session import Session
from reader.ui.geometry import CONTEXT_LINES
from reader.ui.main_window import MainWindow
from reader.ui.session_controller import SessionController
from tests.ui import session_fixtures as fx
from tests.ui.test_jump import a_third_down, line, on_edge

ctl, data_folder, opened, pair, win = fx.ctl, fx.data_folder, fx.opened, fx.pair, fx.win

pytestmark = pytest.mark.gui

PASSAGE = "In contrast with Kim, Putin didn\u2019t use the expression"


@pytest.fixture
def noted(ctl: SessionController, opened: Session, win: MainWindow) -> Span:
    """A note on the passage, which pane A then shows on its last line."""
    start = opened.alignment.a.text.index(PASSAGE)
    span = Span(start, start + len(PASSAGE))
    ctl.change(opened.add_note(Note.new("Putin avoided 'alliance'", a=span)))
    win.set_sync_scrolling(False)
    on_edge(win.pane_a, span)
    return span


def choose_note(ctl: SessionController, qtbot: QtBot) -> None:
    table = ctl.dock.table
    rect = table.visualRect(table.model().index(0, 1))
    with qtbot.waitSignal(ctl.dock.note_activated):
        QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_choosing_a_note_on_the_last_line_puts_it_a_third_down(
    ctl: SessionController, win: MainWindow, noted: Span, qtbot: QtBot
) -> None:
    choose_note(ctl, qtbot)
    assert a_third_down(win.pane_a, noted)


def test_choosing_a_note_on_the_last_line_shows_the_lines_after_it(
    ctl: SessionController, win: MainWindow, noted: Span, qtbot: QtBot
) -> None:
    choose_note(ctl, qtbot)
    _, bottom = win.pane_a.span_y(noted)
    assert win.pane_a.browser.viewport().height() - bottom >= CONTEXT_LINES * line(win.pane_a)
