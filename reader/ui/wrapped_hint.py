"""An empty text view's hint (its placeholder text) wrapped over the whole view.

Qt 6 paints a QTextEdit's placeholder in the rectangle of the empty document's first
line: a hint longer than the view is wide wrapped onto lines that were never painted, so
the empty panes said "Open two articles with Ctrl+O, paste them" and no more (half of an
800-pixel window), and a dropped article's "a.txt is article A: drop article B ..." lost
its end the same way.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import QTextEdit


def paint_wrapped_hint(view: QTextEdit) -> bool:
    """Paint ``view``'s placeholder wrapped over its viewport (call it after the view's
    own paintEvent, which painted its first line); True when there was one to paint."""
    hint = view.placeholderText()
    if not hint or not view.document().isEmpty():
        return False
    viewport = view.viewport()
    margin = int(view.document().documentMargin())
    area = viewport.rect().adjusted(margin, margin, -margin, -margin)
    palette = view.palette()
    painter = QPainter(viewport)
    try:
        # over Qt's first line, so that it is not drawn twice (darker, blurred)
        painter.fillRect(area, palette.brush(QPalette.ColorRole.Base))
        painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
        painter.setFont(view.document().defaultFont())
        flags = Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
        painter.drawText(area, int(flags), hint)
    finally:
        painter.end()
    return True
