"""Passages drawn again above a text view's own selection: the selection colour is
translucent so that the highlights under it show, but blue over the orange of a disputed
figure reads grey-blue (#f2cfb2 under the selection's blue at 110/255 is #9fb2bb), so the
figures a selected match disputes are painted once more, in their own format, on top."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRect
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QTextCursor
from PySide6.QtWidgets import QTextEdit


def line_rects(view: QTextEdit, start: int, end: int) -> list[QRect]:
    """The viewport rectangles of the text from Qt position ``start`` to ``end``, one a
    line it is laid on."""
    cursor = QTextCursor(view.document())
    lines: dict[int, QRect] = {}
    for pos in range(start, end + 1):
        cursor.setPosition(pos)
        caret = view.cursorRect(cursor)
        line = lines.get(caret.top())
        lines[caret.top()] = caret if line is None else line.united(caret)
    return [r for r in lines.values() if r.width() > 1]


def paint_on_top(view: QTextEdit, selections: Sequence[QTextEdit.ExtraSelection]) -> None:
    """Draw ``selections`` (their background and text) over what the view has painted."""
    if not selections:
        return
    painter = QPainter(view.viewport())
    dx, dy = view.horizontalScrollBar().value(), view.verticalScrollBar().value()
    painter.translate(-dx, -dy)  # the layout draws in document coordinates
    layout = view.document().documentLayout()
    try:
        for selection in selections:
            cursor = selection.cursor
            for rect in line_rects(view, cursor.selectionStart(), cursor.selectionEnd()):
                if not rect.intersects(view.viewport().rect()):
                    continue
                clip = rect.translated(dx, dy)
                context = QAbstractTextDocumentLayout.PaintContext()
                context.palette = view.palette()
                context.clip = clip.toRectF()
                context.cursorPosition = -1
                ranged = QAbstractTextDocumentLayout.Selection()
                ranged.cursor, ranged.format = cursor, selection.format
                context.selections = [ranged]
                painter.save()
                painter.setClipRect(clip)
                layout.draw(painter, context)
                painter.restore()
    finally:
        painter.end()
