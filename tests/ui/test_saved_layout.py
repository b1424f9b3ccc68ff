"""The window's saved layout read back at the next start: what a damaged settings file
(a blob cut short, garbage after the right header) holds is not applied."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings, Qt
from PySide6.QtWidgets import QDockWidget
from pytestqt.qtbot import QtBot

from reader.ui.main_window import MainWindow

# Qt's geometry header (magic, version 3) and nothing after it
GEOMETRY_CUT_SHORT = QByteArray(b"\x01\xd9\xd0\xcb\x00\x03\x00\x00\xff\xff")
# a splitter's header followed by garbage (nine widgets, nothing else)
SPLITTER_GARBAGE = QByteArray(b"\x00\x00\x00\xff\x00\x00\x00\x01\x00\x00\x00\x09")
STATE_GARBAGE = QByteArray(b"\x00\x00\x00\xff\x00\x00\x00\x00\xfd\xff\xff\xff")


def test_a_window_geometry_cut_short_gives_the_first_start_size(
    qtbot: QtBot, settings: QSettings
) -> None:
    settings.setValue("window/geometry", GEOMETRY_CUT_SHORT)
    win = MainWindow(settings=settings)
    qtbot.addWidget(win)
    free = win.screen().availableGeometry()
    assert win.width() >= free.width() * 0.9
    assert win.height() >= free.height() * 0.85
    win.shutdown()


def test_a_splitter_of_garbage_leaves_the_articles_side_by_side(
    qtbot: QtBot, settings: QSettings
) -> None:
    settings.setValue("window/splitter", SPLITTER_GARBAGE)
    win = MainWindow(settings=settings)
    qtbot.addWidget(win)
    win.resize(700, 500)
    win.show()
    qtbot.waitExposed(win)
    assert win.splitter.orientation() == Qt.Orientation.Horizontal
    qtbot.waitUntil(lambda: win.pane_b.x() > win.pane_a.x() + win.pane_a.width())
    assert win.pane_a.width() > 200 and win.pane_b.width() > 200
    win.shutdown()


def test_a_panel_layout_of_garbage_gives_the_articles_most_of_the_height(
    qtbot: QtBot, settings: QSettings
) -> None:
    settings.setValue("window/state", STATE_GARBAGE)
    win = MainWindow(settings=settings)
    qtbot.addWidget(win)
    win.resize(700, 700)
    win.show()
    qtbot.waitExposed(win)
    qtbot.waitUntil(lambda: win.dock.height() <= 0.3 * win.height())
    assert win.dock.isVisible()
    win.shutdown()


def restarted(qtbot: QtBot, window: MainWindow) -> MainWindow:
    """``window`` closed (its layout saved) and the next run's window, shown."""
    window.close()
    again = MainWindow(settings=window.settings.store)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    return again


def in_front(dock: QDockWidget) -> bool:
    return dock.isVisible() and not dock.visibleRegion().isEmpty()


def test_the_panel_in_front_comes_back_in_front(window: MainWindow, qtbot: QtBot) -> None:
    window.quotes_dock.raise_()
    qtbot.waitUntil(lambda: in_front(window.quotes_dock))
    again = restarted(qtbot, window)
    qtbot.waitUntil(lambda: in_front(again.quotes_dock))
    assert not in_front(again.dock)
    again.shutdown()


def test_a_floated_panel_comes_back_floating(window: MainWindow, qtbot: QtBot) -> None:
    window.only_dock.setFloating(True)
    again = restarted(qtbot, window)
    assert again.only_dock.isFloating() and again.only_dock.isVisible()
    assert again.screen().availableGeometry().intersects(again.only_dock.geometry())
    again.shutdown()


def test_panels_closed_with_ctrl_j_stay_closed_and_open_again(
    window: MainWindow, qtbot: QtBot
) -> None:
    window.panels.action.trigger()
    again = restarted(qtbot, window)
    assert not again.panels.action.isChecked() and not again.dock.isVisible()
    again.panels.action.trigger()
    assert again.dock.isVisible()
    again.shutdown()


def test_a_maximised_window_comes_back_maximised_with_its_size_before(
    window: MainWindow, qtbot: QtBot
) -> None:
    window.resize(640, 480)
    window.showMaximized()
    qtbot.waitUntil(window.isMaximized)
    again = restarted(qtbot, window)
    assert again.isMaximized()
    again.showNormal()
    qtbot.waitUntil(lambda: not again.isMaximized())
    assert again.size().toTuple() == (640, 480)
    again.shutdown()
