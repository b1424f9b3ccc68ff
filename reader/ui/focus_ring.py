"""The ring that says which article or panel list has the keyboard focus.

Fusion draws a read-only text's frame and a table's frame the same focused or not. The
articles draw this ring round their text (reader/ui/pane_caret.py); a panel's table
draws it round its rows, since a table takes the focus with no current row
(``RowTable.focusInEvent``: the first Down chooses the first row) and a reader moving
with Tab saw nothing say the list had the keyboard. The selection colour, two pixels,
in every palette."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import QWidget

FOCUS_RING = 2  # pixels


def draw_ring(on: QWidget, rect: QRectF, colour: QColor | None = None) -> None:
    """Draw the ring on ``on`` with its pen centred on ``rect``'s edges, in ``colour``
    (else the Highlight colour)."""
    p = QPainter(on)
    pen = QPen(colour or on.palette().color(QPalette.ColorRole.Highlight), FOCUS_RING)
    pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
    p.setPen(pen)
    p.drawRect(rect)
    p.end()


def paint_table_ring(viewport: QWidget) -> None:
    """Draw the ring just inside ``viewport`` (a table's), over its rows."""
    half = FOCUS_RING / 2
    draw_ring(viewport, viewport.rect().toRectF().adjusted(half, half, -half, -half))
