"""View > Zoom in, Zoom out, Reset zoom (and Ctrl+wheel, reader.ui.wheel_zoom): the text
of both articles a point larger or smaller a step, and the panels' and the legend's text
in proportion.

Zoom went up to 12 points over the starting size whatever that was, so with a 14 point
system font the articles could not reach twice their size (WCAG 1.4.4 asks 200%), and
only the articles grew: the tables, the notes and the legend, text a reader who needs
large text needs as much, stayed small. Now the top step is at least twice the starting
size, and the panels (their tables, boxes and notes: the docks' fonts) and the legend
above the articles grow by the same factor as the articles; back at the starting size
they follow the system's font again.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from PySide6.QtGui import QFont, QFontInfo
from PySide6.QtWidgets import QApplication, QDockWidget, QWidget

if TYPE_CHECKING:
    from reader.ui.main_window import MainWindow

# steps below the starting size (5 points at 9); above it, up to twice that size and at
# least 12 steps (21 points at 9)
ZOOM_OUT_STEPS = 4
ZOOM_IN_STEPS = 12


def point_size(font: QFont) -> float:
    """``font``'s size in points (one set in pixels too)."""
    size = font.pointSizeF()
    return size if size > 0 else float(QFontInfo(font).pointSizeF())


def zoom_range(start: float) -> tuple[int, int]:
    """The zoom steps allowed, one point each, for text that starts at ``start`` points:
    from ZOOM_OUT_STEPS below to twice ``start`` (ZOOM_IN_STEPS at least)."""
    return -ZOOM_OUT_STEPS, max(ZOOM_IN_STEPS, math.ceil(start))


class TextZoom:
    """The window's zoom level (steps of a point from the articles' starting size)."""

    def __init__(self, window: MainWindow) -> None:
        self._window = window
        self.level = 0
        self.start = point_size(window.pane_a.browser.font())
        self.range = zoom_range(self.start)

    def factor(self) -> float:
        """How many times its starting size the articles' text is."""
        return (self.start + self.level) / self.start

    def zoom(self, steps: int) -> None:
        """Zoom by ``steps`` within ``range``: past its ends the text would stop changing
        while the count went on, and Reset zoom would then miss the starting size."""
        w = self._window
        low, high = self.range
        level = max(low, min(high, self.level + steps))
        steps, self.level = level - self.level, level
        w.settings.set_zoom(level)
        w.actions_.zoom_in.setEnabled(level < high)
        w.actions_.zoom_out.setEnabled(level > low)
        if steps:
            w.pane_a.zoom(steps)
            w.pane_b.zoom(steps)
            self.scale_panels()

    def followers(self) -> list[QWidget]:
        """What grows with the articles: every panel, docked or floating, and the legend
        and the note beside it above the articles."""
        w = self._window
        return [*w.findChildren(QDockWidget), w.legend, w.filter_note]

    def scale_panels(self) -> None:
        """The panels' and the legend's text at the articles' factor (the system's font
        again at the starting size)."""
        factor = self.factor()
        for widget in self.followers():
            if self.level == 0:
                widget.setFont(QFont())  # inherit again: a new system font reaches it
                continue
            font = QFont(QApplication.font(widget))
            font.setPointSizeF(point_size(font) * factor)
            widget.setFont(font)
