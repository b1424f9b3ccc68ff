"""The wheel over the link map scrolls the articles, as over either of them: with synced
scrolling B follows A; without it both move by as much."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication

from reader.ui.main_window import MainWindow


def turn_wheel(window: MainWindow, notches: int) -> None:
    """Turn the wheel ``notches`` down over the middle of the link map."""
    link_map = window.link_map
    at = QPointF(link_map.width() / 2, link_map.height() / 2)
    event = QWheelEvent(
        at,
        link_map.mapToGlobal(at),
        QPoint(0, 0),
        QPoint(0, -120 * notches),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(link_map, event)


def values(window: MainWindow) -> tuple[int, int]:
    return tuple(  # type: ignore[return-value]
        p.browser.verticalScrollBar().value() for p in (window.pane_a, window.pane_b)
    )


def test_the_wheel_over_the_map_scrolls_both_articles_in_step(shown: MainWindow) -> None:
    assert shown.actions_.sync.isChecked()
    assert values(shown) == (0, 0)
    turn_wheel(shown, 3)
    a, b = values(shown)
    assert a > 0 and b > 0
    turn_wheel(shown, -3)
    assert values(shown) == (0, 0)


def test_without_sync_the_wheel_moves_both_by_as_much(shown: MainWindow) -> None:
    shown.set_sync_scrolling(False)
    turn_wheel(shown, 2)
    a, b = values(shown)
    assert a > 0 and a == b
