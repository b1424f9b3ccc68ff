"""What a widget draws at its screen's device pixel ratio, drawn again when its window
moves to a screen of another ratio (a laptop at 2 and a monitor at 1, the commonest desk).

Qt (6.6 and later) sends QEvent.DevicePixelRatioChange to every widget of a window, top
level or floating panel, whose screen's ratio changed; not to its changeEvent. It comes
twice for one move to the top level, and to a floating panel when the window it belongs to
moves even though the panel stays where it was: ``RatioWatch`` calls back only when the
widget's ratio is not the one its owner last drew at. A widget drawn before its window was
shown (at the primary screen's ratio) is looked at again when shown.

Wiring: ``RatioWatch(widget, drawn_at, redraw)`` once, in the widget's constructor;
``drawn_at()`` is the ratio of what ``redraw()`` makes (a pixmap's, a brush's).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QPoint
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

WATCHED = (QEvent.Type.DevicePixelRatioChange, QEvent.Type.Show)


class RatioWatch(QObject):
    """Calls ``redraw`` when ``widget``'s device pixel ratio is no longer ``drawn_at()``
    (kept as long as the widget, its child)."""

    def __init__(
        self, widget: QWidget, drawn_at: Callable[[], float], redraw: Callable[[], None]
    ) -> None:
        super().__init__(widget)
        self._widget = widget
        self._drawn_at = drawn_at
        self._redraw = redraw
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        ratio = self._widget.devicePixelRatioF
        if watched is self._widget and event.type() in WATCHED and ratio() != self._drawn_at():
            self._redraw()
        return False


def ratio_at(point: QPoint, widget: QWidget) -> float:
    """The device pixel ratio of the screen at the global ``point`` (a tooltip or a popup
    shown there), ``widget``'s where no screen is."""
    screen = QGuiApplication.screenAt(point)
    return screen.devicePixelRatio() if screen is not None else widget.devicePixelRatioF()
