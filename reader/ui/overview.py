"""Overview strip: a minimap beside a pane of where matches, only-here passages and
discrepancies lie, with the visible window outlined; a click asks to scroll there."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget


@dataclass(frozen=True, slots=True)
class Marker:
    """A passage at [top, bottom] (fractions of the document height) in one lane."""

    top: float
    bottom: float
    colour: QColor
    lane: int  # 0: matches, 1: only-here, 2: discrepancy (full width)


class OverviewStrip(QWidget):
    """Minimap of one pane.

    Signals:
        position_requested(float): the reader clicked at this fraction of the document.
    """

    position_requested = Signal(float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._markers: list[Marker] = []
        self._window = (0.0, 1.0)
        # what an update from the article files changed: ticks at the left edge
        self._changes: list[tuple[float, float]] = []
        self._removed: list[float] = []  # where passages were taken out
        self._change_colour = QColor()
        self.setFixedWidth(14)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAccessibleName("Overview strip")
        self.setToolTip(
            "Overview: where matches (colour), only-here passages (grey) and "
            "discrepancies (vermillion) lie, and at the left edge what an update from the "
            "article files changed (brown; a short line across: a passage taken out); "
            "click to scroll there"
        )

    def sizeHint(self) -> QSize:
        return QSize(14, 200)

    def set_markers(self, markers: Sequence[Marker]) -> None:
        self._markers = list(markers)
        self.update()

    def markers(self) -> list[Marker]:
        return list(self._markers)

    def set_changes(
        self,
        changes: Sequence[tuple[float, float]],
        colour: QColor,
        removed: Sequence[float] = (),
    ) -> None:
        """Ticks at the strip's left edge for the passages an update changed, each at
        [top, bottom] (fractions of the document), in ``colour``; and a wider, thin one
        at each place (a fraction) it took a passage out of."""
        self._changes, self._change_colour = list(changes), QColor(colour)
        self._removed = list(removed)
        self.update()

    def changes(self) -> list[tuple[float, float]]:
        return list(self._changes)

    def removed(self) -> list[float]:
        return list(self._removed)

    def set_window(self, top: float, bottom: float) -> None:
        if (top, bottom) != self._window:
            self._window = (top, bottom)
            self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        pal = self.palette()
        h, w = float(self.height()), float(self.width())
        p.fillRect(self.rect(), pal.color(QPalette.ColorRole.AlternateBase))
        lanes = {0: (1.0, w * 0.55), 1: (w * 0.6, w * 0.38), 2: (0.0, w)}
        for m in self._markers:
            x, lw = lanes[m.lane]
            top = m.top * h
            height = max(2.0 if m.lane == 2 else 1.5, (m.bottom - m.top) * h)
            p.fillRect(QRectF(x, top, lw, height), m.colour)
        for top, bottom in self._changes:  # over the matches' lane: told by its place
            height = max(2.0, (bottom - top) * h)
            p.fillRect(QRectF(0.0, top * h, 3.0, height), self._change_colour)
        for at in self._removed:  # across half the strip: a place, not a passage
            p.fillRect(QRectF(0.0, at * h - 1.0, w * 0.5, 2.0), self._change_colour)
        top, bottom = self._window
        frame = QColor(pal.color(QPalette.ColorRole.Text))
        frame.setAlpha(60)
        p.fillRect(QRectF(0, top * h, w, max(4.0, (bottom - top) * h)), frame)
        p.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.height() > 0:
            self.position_requested.emit(min(1.0, max(0.0, event.position().y() / self.height())))
            event.accept()
            return
        super().mousePressEvent(event)
