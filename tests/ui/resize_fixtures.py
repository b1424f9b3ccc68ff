"""A window shown at a size, resized as a reader resizes it, its layouts settled.

Import the fixtures into a test module with ``window, sized = rf.window, rf.sized``."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from reader.ui.main_window import MainWindow
from tests.ui.session_fixtures import check_closed

Sized = Callable[[int, int], None]
LARGE = (1400, 900)


def settle() -> None:
    """Let a resize, the layouts it asks for and what they start run."""
    for _ in range(4):
        QApplication.processEvents()


def shown_at(qtbot: QtBot, settings: QSettings, width: int, height: int) -> MainWindow:
    """A window shown at ``width`` x ``height`` for the first time (nothing restored)."""
    win = MainWindow(settings=settings)
    qtbot.addWidget(win)
    win.resize(width, height)
    win.show()
    qtbot.waitExposed(win)
    settle()
    return win


@pytest.fixture
def window(qtbot: QtBot, settings: QSettings) -> Iterator[MainWindow]:
    """A window shown at 1400x900 for the first time, its panels open."""
    win = shown_at(qtbot, settings, *LARGE)
    assert win.panels.action.isChecked()
    yield win
    check_closed(win)


@pytest.fixture
def sized(window: MainWindow) -> Sized:
    """Resize the window and let its layout, and the panels' share, settle."""

    def size(width: int, height: int) -> None:
        window.resize(width, height)
        settle()

    return size
