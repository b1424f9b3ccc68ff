"""A frame around the selected match in a light palette: its pale green (a yellow tint
under the view's see-through blue selection) differed from a claim's pale blue around it
by hue alone, about 1.4:1 in lightness, so a reader who tells green from blue poorly
could not see which passage was selected. The frame is the cue that is not colour: a
line two pixels wide around the passage's lines, a little outside them (the words keep
their ground), in a colour 3:1 from the page and every tint it may lie on.

The lines are laid as Qt lays a selection out: a line selected whole is its natural text
rectangle; where the passage starts or ends in a line, from its start's x to its end's.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen, QTextBlock, QTextLine
from PySide6.QtWidgets import QTextEdit

FRAME_WIDTH = 2.0  # pixels (logical): as a focus ring, seen at a glance
FRAME_OUTSET = 2.0  # pixels between the words and the frame's middle, left and right
BOX_WIDTH = 1.0  # pixels (logical): the box round each of the chosen match's words that differ
BOX_INSET = 1.0  # pixels of their ground above and below the box: seen against it, not
# lost in the frame or the page at the line's edge


def passage_lines(view: QTextEdit, start: int, end: int) -> list[QRectF]:
    """The viewport rectangles of the text from Qt position ``start`` to ``end``, one a
    line it is laid on (only the laid-out blocks: a block beyond them is not in view)."""
    document = view.document()
    shift = QPointF(view.horizontalScrollBar().value(), view.verticalScrollBar().value())
    rects: list[QRectF] = []
    block = document.findBlock(start)
    while block.isValid() and block.position() <= end and block.layout().lineCount():
        rects += _block_lines(view, block, start, end, shift)
        block = block.next()
    return rects


def _block_lines(
    view: QTextEdit, block: QTextBlock, start: int, end: int, shift: QPointF
) -> list[QRectF]:
    layout = block.layout()
    origin = view.document().documentLayout().blockBoundingRect(block).topLeft() - shift
    base = block.position()
    rects = []
    for i in range(layout.lineCount()):
        line = layout.lineAt(i)
        first = base + line.textStart()
        stop = first + line.textLength()
        if first >= end or stop <= start:  # a line before or after the passage
            continue
        rect = line.naturalTextRect()
        if first < start or end < stop:  # the passage starts or ends in this line
            xs = [line_x(line, p - base) for p in (max(start, first), min(end, stop))]
            rect = QRectF(min(xs), rect.top(), max(xs) - min(xs), rect.height()) & rect
        if rect.width() > 0:
            rects.append(rect.translated(origin))
    return rects


def line_x(line: QTextLine, position: int) -> float:
    """The x of ``position`` (in its block) in ``line`` (PySide answers with the
    position too)."""
    answer = line.cursorToX(position)
    return float(answer[0] if isinstance(answer, tuple) else answer)  # type: ignore[arg-type]


def frame_path(lines: list[QRectF]) -> QPainterPath:
    """The outline around ``lines``, FRAME_OUTSET wider each side (one shape: lines one
    under another touch)."""
    path = QPainterPath()
    for rect in lines:
        path.addRect(rect.adjusted(-FRAME_OUTSET, 0, FRAME_OUTSET, 0))
    return path.simplified()


def _outline(view: QTextEdit, colour: QColor, width: float, path: QPainterPath) -> None:
    """Draw ``path`` on ``view``'s viewport, a line ``width`` wide in ``colour``, sharp."""
    painter = QPainter(view.viewport())
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        pen = QPen(colour, width)
        pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)
    finally:
        painter.end()


def paint_frame(view: QTextEdit, span: tuple[int, int], colour: QColor) -> None:
    """Frame the text from Qt position ``span[0]`` to ``span[1]`` in ``colour``."""
    lines = [r for r in passage_lines(view, *span) if r.intersects(view.viewport().rect())]
    if lines:
        _outline(view, colour, FRAME_WIDTH, frame_path(lines))


def paint_boxes(view: QTextEdit, spans: list[tuple[int, int]], colour: QColor) -> None:
    """A box, a line BOX_WIDTH wide in ``colour``, round each line of the text of each
    of ``spans`` (Qt positions): the chosen match's words that differ
    (reader.ui.wording_marks), inside their ground, the words where they are."""
    area = view.viewport().rect()
    boxes = QPainterPath()
    half, inset = BOX_WIDTH / 2, BOX_INSET + BOX_WIDTH / 2
    for start, end in spans:
        for rect in passage_lines(view, start, end):
            if rect.intersects(area):
                boxes.addRect(rect.adjusted(half, inset, -half, -inset))
    if not boxes.isEmpty():
        _outline(view, colour, BOX_WIDTH, boxes)
