"""The articles' room in a small window at a large font: the panes keep most of the height,
one key (View ▸ Panels, Ctrl+J) closes every panel below them and opens them again as
they were, and a layout the reader saved still wins."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDockWidget
from pytestqt.qtbot import QtBot

from reader.model import Alignment
from reader.ui.first_layout import DOCK_SHARE, PANELS_CLOSED, first_panel_height
from reader.ui.main_window import MainWindow
from tests.ui import font_fixtures as fx
from tests.ui.session_fixtures import check_closed

pytestmark = pytest.mark.gui

app_font, window_at = fx.app_font, fx.window_at
Start = Callable[[int, int], MainWindow]
Open = Callable[[int | None, int, int], MainWindow]


@pytest.fixture
def first_start(
    qtbot: QtBot, settings: QSettings, app_font: Callable[[int], None]
) -> Iterator[Open]:
    """A window started for the first time (no saved layout) at a desktop font of so many
    points (None: the tests'), on a screen that gives it so many pixels wide and high."""
    made: list[MainWindow] = []

    def start(points: int | None, width: int, height: int) -> MainWindow:
        if points is not None:
            app_font(points)
        win = MainWindow(settings=settings)
        qtbot.addWidget(win)
        made.append(win)
        win.resize(width, height)
        win.show()
        qtbot.waitExposed(win)
        for _ in range(3):
            QApplication.processEvents()
        return win

    yield start
    for win in made:
        check_closed(win)


def docks(window: MainWindow) -> list[QDockWidget]:
    return window.findChildren(QDockWidget)


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def reopened(qtbot: QtBot, settings: QSettings) -> MainWindow:
    """The window started again with the layout the last one saved."""
    again = MainWindow(settings=settings)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    settle()
    return again


def article_height(window: MainWindow) -> int:
    """The height of article A's text (its title and source line not counted)."""
    return window.pane_a.text_view().height()


def test_a_first_start_at_18_points_in_1024_by_640_gives_the_articles_most_of_the_height(
    first_start: Open,
) -> None:
    """The articles' text had 109 of the window's 640 pixels (17%): the panels below took
    192, the legend two lines, the titles two lines each."""
    window = first_start(18, 1024, 640)
    assert article_height(window) >= 0.5 * window.height()
    assert not window.panels.action.isChecked()
    assert all(d.isHidden() for d in docks(window))
    assert window.statusBar().currentMessage() == PANELS_CLOSED


def test_the_panels_open_in_one_step_with_the_matches_in_front(
    first_start: Open, qtbot: QtBot
) -> None:
    window = first_start(18, 1024, 640)
    window.activateWindow()
    QTest.keyClick(window, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)
    settle()
    assert all(not d.isHidden() for d in docks(window))
    assert not window.dock.visibleRegion().isEmpty()  # Matches, in front of its tabs
    assert window.panels.action.isChecked()
    assert window.statusBar().currentMessage() == ""  # no longer true


@pytest.mark.parametrize("points", [16, 18])
def test_with_the_panels_open_the_articles_keep_more_of_the_height(
    window_at: Start, points: int
) -> None:
    """A window shown at 1400x900 and made 1024x640, the panels open: at 18 points the
    articles' text had 89 of the 640 pixels (14%); the legend now keeps to one line and
    the titles to one line each (150 pixels)."""
    window = window_at(points, 1024)
    assert window.panels.action.isChecked()
    assert article_height(window) >= 0.22 * window.height()
    assert window.pane_a.title.max_lines() == 1 == window.pane_b.title.max_lines()


def test_one_key_closes_every_panel_and_opens_them_again_as_they_were(
    window_at: Start, qtbot: QtBot
) -> None:
    window = window_at(18, 1024)
    window.quotes_dock.raise_()
    window.only_dock.close()
    settle()
    window.quotes_dock.widget().setFocus()
    shown_before = article_height(window)
    window.panels.action.trigger()
    settle()
    assert all(d.isHidden() for d in docks(window))
    assert not window.panels.action.isChecked()
    assert article_height(window) >= 0.55 * window.height() > shown_before
    # the keyboard was in a panel that closed: it goes to the article
    assert QApplication.focusWidget() is window.pane_a.text_view()
    window.panels.action.trigger()
    settle()
    assert window.only_dock.isHidden()  # closed before: stays closed
    assert not window.quotes_dock.visibleRegion().isEmpty()  # in front, as it was
    assert not window.dock.isHidden() and not window.session_controller.dock.isHidden()


def test_a_floating_panel_is_left_open(window_at: Start) -> None:
    window = window_at(18, 1024)
    window.quotes_dock.setFloating(True)
    settle()
    window.panels.set_open(False)
    settle()
    assert window.quotes_dock.isVisible()
    assert window.dock.isHidden() and window.only_dock.isHidden()
    assert not window.panels.action.isChecked()  # nothing docked is open


def test_a_saved_layout_with_the_panels_open_wins_over_a_short_window(
    first_start: Open, qtbot: QtBot, settings: QSettings, app_font: Callable[[int], None]
) -> None:
    window = first_start(18, 1024, 640)
    window.panels.set_open(True)
    settle()
    window.close()
    again = reopened(qtbot, settings)
    assert again.panels.action.isChecked()
    assert not again.dock.isHidden()
    assert again.statusBar().currentMessage() == ""
    check_closed(again)


def test_a_saved_layout_with_the_panels_closed_keeps_them_closed(
    window_at: Start, qtbot: QtBot, settings: QSettings
) -> None:
    window = window_at(10, 1400)
    window.panels.set_open(False)
    settle()
    window.close()
    again = reopened(qtbot, settings)
    assert all(d.isHidden() for d in docks(again))
    assert not again.panels.action.isChecked()
    again.panels.set_open(True)  # with nothing closed by this window: all, Matches in front
    settle()
    assert all(not d.isHidden() for d in docks(again))
    assert not again.dock.visibleRegion().isEmpty()
    check_closed(again)


@pytest.mark.parametrize(("points", "width", "height"), [(10, 1400, 900), (12, 1400, 900)])
def test_a_normal_font_starts_as_before(
    first_start: Open, points: int, width: int, height: int
) -> None:
    window = first_start(points, width, height)
    assert window.panels.action.isChecked()
    assert all(not d.isHidden() for d in docks(window))
    assert window.pane_a.title.max_lines() == 2
    assert window.legend.fold().hidden == 0 and window.legend.fold().prefix


def test_the_panels_entry_is_in_the_view_menu(shown: MainWindow, alignment: Alignment) -> None:
    entry = shown.panels.action
    assert entry in shown.actions_.view_menu.actions()
    assert entry.shortcut().toString() == "Ctrl+J"


def panels_height(window: MainWindow) -> int:
    """The panels' height below the articles, their tab bar with them (down to the
    status bar)."""
    bottom = window.statusBar().geometry().top()
    return bottom - window.dock.geometry().top()


@pytest.fixture
def paired(first_start: Open, qtbot: QtBot, alignment: Alignment) -> Start:
    """A first start (no saved layout) at the tests' desktop font, so many pixels wide
    and high, showing a pair."""

    def start(width: int, height: int) -> MainWindow:
        window = first_start(None, width, height)
        with qtbot.waitSignal(window.alignment_finished):
            window.show_alignment(alignment)
        window.flush()
        settle()
        return window

    return start


def test_a_640_by_480_window_gives_the_panels_about_a_third_of_its_height(
    paired: Start,
) -> None:
    """The panels took 181 of the 480 pixels (38%, the Matches panel 155) and the
    articles' text 122: the first layout asked for 150 pixels, and the tallest tab (Quotes,
    its tables at least 60 pixels high) held the group at 155."""
    window = paired(640, 480)
    assert window.panels.action.isChecked()
    assert panels_height(window) <= window.height() / 3 + 5
    assert article_height(window) > window.dock.height()


def test_a_1400_by_900_window_gives_the_panels_their_share_as_before(paired: Start) -> None:
    window = paired(1400, 900)
    assert abs(panels_height(window) - first_panel_height(900)) <= 1
    assert first_panel_height(900) == int(900 * DOCK_SHARE)


def test_the_reader_can_still_make_the_panels_taller_in_a_small_window(
    paired: Start, qtbot: QtBot, settings: QSettings
) -> None:
    """The separator dragged (resizeDocks does what the drag does): the panels keep that
    height, in this window and in the next one (the saved layout)."""
    window = paired(640, 480)
    first = panels_height(window)
    window.resizeDocks([window.dock], [260], Qt.Orientation.Vertical)
    settle()
    dragged = window.dock.height()
    assert panels_height(window) > first + 40
    window.close()
    again = reopened(qtbot, settings)
    assert abs(again.dock.height() - dragged) <= 1
    check_closed(again)


def resized(window: MainWindow, width: int, height: int, steps: int = 12) -> None:
    """``window`` resized to ``width`` by ``height`` in steps, as a reader drags its
    corner, each step laid out."""
    start = window.size()
    for i in range(1, steps + 1):
        w = start.width() + (width - start.width()) * i // steps
        h = start.height() + (height - start.height()) * i // steps
        window.resize(w, h)
        QApplication.processEvents()
    settle()


def separator_dragged(window: MainWindow, by: int) -> None:
    """The separator between the articles and the panels dragged ``by`` pixels (up when
    negative) with the mouse, as a reader does."""
    central = window.centralWidget()
    assert central is not None
    x = window.width() // 2
    y = (central.geometry().bottom() + window.dock.geometry().top()) // 2
    QTest.mousePress(window, Qt.MouseButton.LeftButton, pos=QPoint(x, y))
    for step in range(1, 11):
        QTest.mouseMove(window, QPoint(x, y + by * step // 10))
        QApplication.processEvents()
    QTest.mouseRelease(window, Qt.MouseButton.LeftButton, pos=QPoint(x, y + by))
    settle()


def test_a_large_window_made_small_gives_its_untouched_panels_a_third_at_most(
    paired: Start,
) -> None:
    """Qt shares a window's new height between the articles and the panels as they shared
    the old one (down to the panels' least height): made small, a window started large
    lays out as one started small, and large again as before."""
    window = paired(1400, 900)
    resized(window, 640, 480)
    assert panels_height(window) <= window.height() / 3 + 5
    assert article_height(window) > window.dock.height()
    resized(window, 1400, 900)
    assert abs(panels_height(window) - first_panel_height(900)) <= 1


def test_panels_the_reader_dragged_taller_keep_their_share_in_a_smaller_window(
    paired: Start,
) -> None:
    """The reader's drag is theirs: the panels keep the share of the height it gave them
    as the window is made smaller (not a third), and their height once it is large
    again."""
    window = paired(1400, 900)
    separator_dragged(window, -200)
    dragged = panels_height(window)
    assert dragged >= first_panel_height(900) + 190
    resized(window, 640, 480)
    assert panels_height(window) > window.height() * 0.4
    resized(window, 1400, 900)
    assert abs(panels_height(window) - dragged) <= 3


@pytest.mark.parametrize(
    ("window_height", "asked"), [(900, 252), (600, 168), (480, 150), (420, 140), (300, 100)]
)
def test_the_first_layout_asks_for_no_more_than_a_third_of_the_height(
    window_height: int, asked: int
) -> None:
    assert first_panel_height(window_height) == asked
