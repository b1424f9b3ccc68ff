"""Ctrl+wheel over the articles (or the link map between them) zooms both articles a step
per notch, as View > Zoom in and Zoom out do.

Left to QTextEdit, Ctrl+wheel zoomed the one article under the pointer: the two went out of
step (14 points beside 13), the window's zoom level and the stored one stayed as they were,
the zoom limits did not hold, and Reset zoom then left that article a step larger. Here the
wheel is taken before the text views see it and made the window's own zoom; a touchpad's
small deltas add up to a step (120 eighths of a degree, as a wheel's notch).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QWidget

NOTCH = 120  # angleDelta of one wheel notch (eighths of a degree)


class WheelZoom(QObject):
    """Turns Ctrl+wheel over ``widgets`` into ``zoom(steps)`` calls (an event filter)."""

    def __init__(
        self, widgets: Iterable[QWidget], zoom: Callable[[int], None], parent: QObject
    ) -> None:
        super().__init__(parent)
        self._zoom = zoom
        self._rest = 0  # a touchpad's delta not yet a whole step
        for widget in widgets:
            widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Wheel
            and isinstance(event, QWheelEvent)
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self._rest += event.angleDelta().y()
            steps = int(self._rest / NOTCH)  # toward zero: a partial step waits
            self._rest -= steps * NOTCH
            if steps:
                self._zoom(steps)
            event.accept()
            return True
        return super().eventFilter(watched, event)
