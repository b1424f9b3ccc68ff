"""The docked panels give way to the articles in a window made small, and come back when
it is large again, unless the reader decided otherwise (reader/ui/panels_give_way.py)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from reader.ui.first_layout import PANELS_CLOSED
from reader.ui.main_window import MainWindow
from reader.ui.panels_give_way import SMALL_WINDOW, too_small
from tests.ui import resize_fixtures as rf
from tests.ui.resize_fixtures import LARGE, Sized, settle, shown_at
from tests.ui.session_fixtures import check_closed

pytestmark = pytest.mark.gui

window, sized = rf.window, rf.sized


def test_too_small_is_under_either_side() -> None:
    width, height = SMALL_WINDOW
    assert not too_small(width, height)
    assert too_small(width - 1, height)
    assert too_small(width, height - 1)


@pytest.mark.parametrize("size", [(600, 700), (900, 400), (560, 380)])
def test_the_panels_close_in_a_window_made_small(
    window: MainWindow, sized: Sized, size: tuple[int, int]
) -> None:
    sized(*size)
    assert not window.panels.is_open()
    assert window.statusBar().currentMessage() == PANELS_CLOSED


def test_the_articles_get_the_height_the_panels_had(window: MainWindow, sized: Sized) -> None:
    sized(900, 400)
    central = window.centralWidget()
    assert central is not None
    assert window.pane_a.text_view().height() > central.height() * 0.7


def test_the_panels_open_again_when_the_window_is_large_again(
    window: MainWindow, sized: Sized
) -> None:
    window.quotes_dock.raise_()
    settle()
    sized(560, 380)
    sized(*LARGE)
    assert window.panels.is_open()
    assert not window.quotes_dock.visibleRegion().isEmpty()  # the same tab in front
    assert window.statusBar().currentMessage() != PANELS_CLOSED


def test_the_panels_come_back_at_the_height_they_had(window: MainWindow, sized: Sized) -> None:
    """Qt gave panels opened again their least height: a table of two rows."""
    before = window.dock.height()
    sized(560, 380)
    sized(*LARGE)
    assert abs(window.dock.height() - before) <= 2, (window.dock.height(), before)


def test_a_window_as_large_as_the_limit_keeps_its_panels(window: MainWindow, sized: Sized) -> None:
    sized(*SMALL_WINDOW)
    assert window.panels.is_open()


def test_panels_the_reader_closed_stay_closed_in_a_large_window(
    window: MainWindow, sized: Sized
) -> None:
    window.panels.action.trigger()
    sized(560, 380)
    sized(*LARGE)
    assert not window.panels.is_open()


def test_panels_closed_while_small_by_the_reader_stay_closed(
    window: MainWindow, sized: Sized
) -> None:
    """Opened by the reader in the small window, then closed again: the reader's choice."""
    sized(560, 380)
    window.panels.action.trigger()
    window.panels.action.trigger()
    sized(*LARGE)
    assert not window.panels.is_open()


def test_panels_the_reader_opens_in_a_small_window_stay_open(
    window: MainWindow, sized: Sized
) -> None:
    sized(560, 380)
    window.panels.action.trigger()
    sized(550, 370)  # smaller still
    assert window.panels.is_open()


def test_a_panel_opened_on_its_own_in_a_small_window_stays_open(
    window: MainWindow, sized: Sized
) -> None:
    sized(560, 380)
    window.dock_action(window.dock).trigger()
    sized(550, 370)
    assert window.dock.isVisible()


def test_a_floating_panel_stays_open_in_a_small_window(window: MainWindow, sized: Sized) -> None:
    window.quotes_dock.setFloating(True)
    window.quotes_dock.show()
    settle()
    sized(560, 380)
    assert window.quotes_dock.isVisible()
    assert not window.dock.isVisible()


def test_a_window_first_shown_small_opens_its_panels_when_made_large(
    qtbot: QtBot, settings: QSettings
) -> None:
    win = shown_at(qtbot, settings, 560, 380)
    assert not win.panels.is_open()  # the first layout's
    win.resize(*LARGE)
    settle()
    assert win.panels.is_open()
    check_closed(win)


def test_a_window_closed_small_saves_its_panels_open(
    qtbot: QtBot, window: MainWindow, sized: Sized, settings: QSettings
) -> None:
    sized(560, 380)
    window.close()
    again = shown_at(qtbot, settings, 560, 380)  # the size saved
    again.resize(*LARGE)
    settle()
    assert again.panels.is_open()
    check_closed(again)
