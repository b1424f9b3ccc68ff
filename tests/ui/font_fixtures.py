"""The desktop's font size, as the reader sets it: at start (a window built at that size)
or while the app runs."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from reader.ui.main_window import MainWindow
from tests.ui.session_fixtures import check_closed


@pytest.fixture
def app_font(qapp: QApplication) -> Iterator[Callable[[int], None]]:
    """Set the application's font size (the desktop's font setting); restored after."""
    saved = qapp.font()

    def point_size(points: int) -> None:
        font = QFont(saved)
        font.setPointSize(points)
        qapp.setFont(font)

    yield point_size
    qapp.setFont(saved)


@pytest.fixture
def window_at(
    qtbot: QtBot, settings: QSettings, app_font: Callable[[int], None]
) -> Iterator[Callable[[int, int], MainWindow]]:
    """A window started at a desktop font of so many points, shown so many pixels wide
    and 640 high; it must leave no thread or timer running."""
    made: list[MainWindow] = []

    def start(points: int, width: int) -> MainWindow:
        app_font(points)
        win = MainWindow(settings=settings)
        qtbot.addWidget(win)
        made.append(win)
        win.show()
        qtbot.waitExposed(win)
        sized(win, width)
        return win

    yield start
    for win in made:
        check_closed(win)


def sized(window: MainWindow, width: int) -> None:
    """Resize ``window`` to ``width`` by 640 pixels and let its layouts settle."""
    window.resize(width, 640)
    for _ in range(3):  # the resize, then the layouts it asks for
        QApplication.processEvents()
