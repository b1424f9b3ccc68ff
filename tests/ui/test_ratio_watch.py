"""RatioWatch: what a widget drew at one device pixel ratio is drawn again when its
screen's ratio is another, and only then. A move between screens of two ratios is run
in tests/ui/test_screen_change_window.py; here the event Qt sends is sent by hand, on
the one screen (ratio 1) of the offscreen platform."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from reader.model import Alignment
from reader.ui.main_window import MainWindow
from reader.ui.ratio_watch import RatioWatch


def ratio_changed(widget: QWidget) -> None:
    """Send ``widget`` the event Qt sends when its window's screen has another ratio."""
    QApplication.sendEvent(widget, QEvent(QEvent.Type.DevicePixelRatioChange))


@pytest.fixture
def widget(qtbot: QtBot) -> QWidget:
    out = QWidget()
    qtbot.addWidget(out)
    return out


@pytest.mark.parametrize(("drawn_at", "redraws"), [(2.0, 1), (1.0, 0)])
def test_a_widget_is_drawn_again_only_when_its_ratio_is_another(
    widget: QWidget, drawn_at: float, redraws: int
) -> None:
    calls: list[float] = []
    RatioWatch(widget, lambda: drawn_at, lambda: calls.append(widget.devicePixelRatioF()))
    ratio_changed(widget)
    assert calls == [1.0] * redraws


def test_a_widget_drawn_before_it_was_shown_is_looked_at_when_shown(widget: QWidget) -> None:
    """Drawn at the primary screen's ratio before its window had a screen of its own."""
    calls: list[float] = []
    RatioWatch(widget, lambda: 2.0, lambda: calls.append(widget.devicePixelRatioF()))
    widget.show()
    assert calls == [1.0]


def test_the_event_with_the_ratio_unchanged_lays_no_highlight_again(
    window: MainWindow, alignment: Alignment, qtbot: QtBot
) -> None:
    """Qt sends the event twice for one move, and to a floating panel whose window moved:
    the articles are not laid again for nothing."""
    with qtbot.waitSignal(window.alignment_finished):
        window.show_alignment(alignment)
    for pane in (window.pane_a, window.pane_b):
        ratio_changed(pane)
        assert not pane.loading.is_reformatting()
