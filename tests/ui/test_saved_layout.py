"""The window's saved layout read back at the next start: what a damaged settings file
(a blob cut short, garbage after the right header) holds is not applied."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings, Qt
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
