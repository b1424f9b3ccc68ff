"""An empty pane's hint wraps over the whole pane (reader/ui/wrapped_hint.py): Qt painted
its first line only."""

from __future__ import annotations

from PySide6.QtGui import QColor, QImage, QPalette
from pytestqt.qtbot import QtBot

from reader.ui.article_pane import EMPTY_HINTS
from reader.ui.main_window import MainWindow
from reader.ui.wrapped_hint import paint_wrapped_hint


def hint_rows(window: MainWindow) -> list[int]:
    """The rows of pane A's view holding the hint's colour (its lines of text)."""
    view = window.pane_a.browser
    image: QImage = view.viewport().grab().toImage()
    ground = view.palette().color(QPalette.ColorRole.Base)
    rows = []
    for y in range(image.height()):
        if any(QColor(image.pixel(x, y)) != ground for x in range(0, image.width() - 4, 2)):
            rows.append(y)
    return rows


def test_the_empty_panes_hint_is_whole_in_a_narrow_pane(window: MainWindow, qtbot: QtBot) -> None:
    window.resize(700, 600)  # half of it a pane narrower than the hint's line
    qtbot.wait(50)
    view = window.pane_a.browser
    line = view.fontMetrics().lineSpacing()
    assert view.fontMetrics().horizontalAdvance(EMPTY_HINTS["a"]) > view.viewport().width()
    rows = hint_rows(window)
    assert rows, "the hint is painted"
    assert max(rows) - min(rows) > line, "its second line too, not the first alone"


def test_a_pane_with_text_paints_no_hint_over_it(shown: MainWindow, qtbot: QtBot) -> None:
    assert not paint_wrapped_hint(shown.pane_a.browser)
