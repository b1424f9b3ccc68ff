"""A table sorted by one article's text follows that article as the sides are swapped
(reader/ui/panel_filters.py ``swap_orders``, ``swapped``): the Matches table sorted by
"A text" is sorted by "B text" after a swap, the column that now holds that article, the
rows in the same order; a saved session stays as saved, and one saved after the swap
opens sorted by that column."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from reader.session.store import load_session
from reader.ui.main_window import MainWindow
from reader.ui.matches_model import A_TEXT, B_TEXT
from reader.ui.session_controller import SessionController
from tests.ui import session_fixtures as fx
from tests.ui import test_unsaved_changes as unsaved
from tests.ui.session_fixtures import settle, written
from tests.ui.test_panel_filters_saved import reopened, settled
from tests.ui.test_unsaved_changes import current

ctl, data_folder, opened, pair, win = fx.ctl, fx.data_folder, fx.opened, fx.pair, fx.win
saved, other_pair = unsaved.saved, unsaved.other_pair

DESCENDING = Qt.SortOrder.DescendingOrder


def shown_order(w: MainWindow) -> tuple[int, Qt.SortOrder]:
    head = w.dock.table.horizontalHeader()
    return head.sortIndicatorSection(), head.sortIndicatorOrder()


def swap(w: MainWindow, c: SessionController, qtbot: QtBot) -> None:
    """The sides swapped, and the swap settled."""
    before = current(c)
    w.swap_sides()
    qtbot.waitUntil(lambda: current(c) is not before)
    settle(qtbot, c)
    settled(c, qtbot)


@pytest.fixture
def sorted_by_a(ctl: SessionController, win: MainWindow, saved: Path, qtbot: QtBot) -> list[str]:
    """The saved session's Matches table sorted by A's text, last first: its rows."""
    win.dock.table.sortByColumn(A_TEXT, DESCENDING)
    settled(ctl, qtbot)
    return win.dock.visible_ids()


def test_after_a_swap_the_matches_stay_sorted_by_the_same_article_s_text(
    ctl: SessionController, win: MainWindow, qtbot: QtBot, sorted_by_a: list[str]
) -> None:
    swap(win, ctl, qtbot)
    assert shown_order(win) == (B_TEXT, DESCENDING)
    assert win.dock.visible_ids() == sorted_by_a


def test_a_sort_saved_then_swapped_leaves_the_session_as_saved(
    ctl: SessionController, win: MainWindow, saved: Path, qtbot: QtBot, sorted_by_a: list[str]
) -> None:
    assert ctl.saving.save_to(str(saved))
    written(qtbot, ctl)
    swap(win, ctl, qtbot)
    assert not ctl.is_modified()
    assert not ctl.autosaver.timer.isActive(), "nothing to autosave"


def test_a_session_saved_after_a_swap_opens_sorted_by_that_article_s_column(
    ctl: SessionController,
    win: MainWindow,
    saved: Path,
    qtbot: QtBot,
    other_pair: tuple[str, str],
    sorted_by_a: list[str],
) -> None:
    swap(win, ctl, qtbot)
    assert ctl.saving.save_to(str(saved))
    written(qtbot, ctl)
    assert load_session(saved).view["match_order"] == "B text, descending"
    reopened(ctl, qtbot, saved, other_pair)
    assert shown_order(win) == (B_TEXT, DESCENDING)
    assert win.dock.visible_ids() == sorted_by_a
