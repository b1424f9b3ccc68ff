"""Ctrl+wheel zooms both articles as View > Zoom in/out does (reader/ui/wheel_zoom.py):
QTextEdit's own Ctrl+wheel zoomed the one under the pointer."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QWidget

from reader.ui.main_window import MainWindow

pytestmark = pytest.mark.gui


def wheel(widget: QWidget, angle: int, keys: Qt.KeyboardModifier) -> None:
    """A wheel turn of ``angle`` eighths of a degree over ``widget``, ``keys`` held."""
    event = QWheelEvent(
        QPointF(20, 20),
        QPointF(widget.mapToGlobal(QPoint(20, 20))),
        QPoint(0, 0),
        QPoint(0, angle),
        Qt.MouseButton.NoButton,
        keys,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def ctrl_wheel(widget: QWidget, angle: int) -> None:
    wheel(widget, angle, Qt.KeyboardModifier.ControlModifier)


def sizes(window: MainWindow) -> tuple[float, float]:
    return (
        window.pane_a.browser.font().pointSizeF(),
        window.pane_b.browser.font().pointSizeF(),
    )


def test_ctrl_wheel_over_article_a_zooms_both_articles(shown: MainWindow) -> None:
    before = sizes(shown)
    ctrl_wheel(shown.pane_a.browser.viewport(), 120)
    after = sizes(shown)
    assert after[0] == after[1] == before[0] + 1
    assert shown.zoom_level() == 1
    assert shown.settings.zoom() == 1, "the level is kept for the next start"


def test_ctrl_wheel_down_over_article_b_zooms_out_both(shown: MainWindow) -> None:
    ctrl_wheel(shown.pane_b.browser.viewport(), -240)
    assert shown.zoom_level() == -2
    assert sizes(shown)[0] == sizes(shown)[1]


def test_ctrl_wheel_over_the_link_map_zooms_both(shown: MainWindow) -> None:
    ctrl_wheel(shown.link_map, 120)
    assert shown.zoom_level() == 1


def test_reset_zoom_after_ctrl_wheel_gives_both_the_default_size(shown: MainWindow) -> None:
    default = sizes(shown)
    for _ in range(3):
        ctrl_wheel(shown.pane_a.browser.viewport(), 120)
    shown.actions_.zoom_reset.trigger()
    assert sizes(shown) == default


def test_ctrl_wheel_stops_at_the_zoom_limit(shown: MainWindow) -> None:
    for _ in range(shown.text_zoom.range[1] + 5):
        ctrl_wheel(shown.pane_a.browser.viewport(), 120)
    assert shown.zoom_level() == shown.text_zoom.range[1]
    assert sizes(shown)[0] == sizes(shown)[1]
    assert not shown.actions_.zoom_in.isEnabled()


def test_a_touchpads_small_deltas_add_up_to_one_step(shown: MainWindow) -> None:
    for _ in range(3):
        ctrl_wheel(shown.pane_a.browser.viewport(), 40)
    assert shown.zoom_level() == 1
    ctrl_wheel(shown.pane_a.browser.viewport(), 40)
    assert shown.zoom_level() == 1, "a third of a step waits for the rest"


def test_the_wheel_without_ctrl_still_scrolls(shown: MainWindow) -> None:
    shown.set_sync_scrolling(False)
    wheel(shown.pane_a.browser.viewport(), -120, Qt.KeyboardModifier.NoModifier)
    assert shown.pane_a.browser.verticalScrollBar().value() > 0
    assert shown.zoom_level() == 0
