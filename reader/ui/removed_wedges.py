"""Where an update from the article files took a passage out, in a pane (the marks of
:func:`~reader.session.update_marks.removed_marks`), in the change bars' brown, each
told by its shape as much as by its colour:

- whole paragraphs (``UpdateMark.paragraphs`` 1 or more): a wedge in the left margin
  midway between the paragraphs either side (under the last line at the text's end),
  pointing along a dashed line across the text's column: the gap is where they were;
- sentences of a paragraph (0), the rest of it kept: the wedge in the margin beside the
  line where the text resumes, pointing at it, and a caret in the text at the very
  place (a small wedge at the line's top pointing down into the space between the
  words, its stem down to the words' foot), so that in a long wrapped paragraph the
  reader sees where in it the words went;
- a mark an older Crossread saved, which does not say which (None): the wedge between
  the paragraphs, or at the top of the line inside one, with a short line into the text.

Each is placed from the text's layout at every paint (it scrolls and zooms with the
text: the caret's size follows its line's height) and the pointer on any part of it
gives its words in the tooltip.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QPolygonF
from PySide6.QtWidgets import QTextEdit

from reader.model.update_mark import UpdateMark
from reader.ui.selected_frame import line_x

BAR_X = 2.0  # pixels from the viewport's left edge of a change bar (reader.ui.change_marks)
WEDGE = (1.0, 8.0, 4.5)  # the margin wedge: its left, its tip, half its height (least)
SIZES = (0.24, 0.075)  # in a line's heights: half the wedge's height, its line's width
LEAD = 22.0  # pixels of the line an older mark's wedge draws into the text at the place
HIT = 6.0  # pixels above or below a wedge (or its line) the pointer shows its tooltip at
CARET_HIT = 5.0  # pixels either side of a caret in the text the pointer shows it at
DASH = (4.0, 3.0)  # the dashed line across a paragraph's gap: dash and space, in widths
# the caret in the text, in its line's heights: half its head's width, its head's
# height, how far above the line's top it starts (out of the letters, into the space
# between the lines), its stem's width and how far down the line the stem reaches
CARET = (0.26, 0.36, 0.1, 0.06, 0.78)
CARET_MIN = (3.5, 5.0, 1.25)  # pixels at least: half the head's width, its height, the stem


@dataclass(frozen=True, slots=True)
class RemovedPlace:
    """The place of a passage taken out (a Qt position) and how many whole paragraphs it
    was (``UpdateMark.paragraphs``: 0, sentences of the paragraph there; None, not said)."""

    pos: int
    paragraphs: int | None = None


@dataclass(frozen=True, slots=True)
class Wedge:
    """A mark of a passage taken out, in viewport pixels: the y the margin wedge points
    at; the x the line from its tip reaches (0: no line), ``dashed`` across a gap; and,
    for sentences of a paragraph, ``caret``: the line at the place, its x the place's;
    ``size``: a line's height there, which the wedge's height and the line's width
    follow."""

    y: float
    reach: float = 0.0
    dashed: bool = False
    caret: QRectF | None = None
    size: float = 0.0  # the height of a line of the text: the marks grow with a zoom


def place_y(view: QTextEdit, pos: int) -> float | None:
    """The viewport y of the place of a passage taken out at Qt position ``pos``: midway
    between two paragraphs at a paragraph's start, just above the first; the top of the
    line holding it inside a paragraph; just under the last line at the text's end. None
    when that part of the text is not laid out yet (not in view)."""
    document = view.document()
    layout = document.documentLayout()
    block = document.findBlock(pos)
    if not block.isValid():
        block = document.lastBlock()
    if not block.layout().lineCount():
        return None
    shift = float(view.verticalScrollBar().value())
    top = layout.blockBoundingRect(block).top() - shift
    at = pos - block.position()
    lines = block.layout()
    if at >= block.length() - 1 and at > 0 and not block.next().isValid():
        last = lines.lineAt(lines.lineCount() - 1)
        return top + last.y() + last.height() + 2.0
    if at > 0:
        return top + lines.lineForTextPosition(at).y()
    before = block.previous()
    while before.isValid() and not before.text().strip():
        before = before.previous()
    if not before.isValid() or not before.layout().lineCount():
        return top - 2.0
    bottom = layout.blockBoundingRect(before).bottom() - shift
    return (bottom + top) / 2


def caret_line(view: QTextEdit, pos: int) -> QRectF | None:
    """The viewport rectangle of the line holding Qt position ``pos``, of no width, at
    the place's x: in the middle of the space before it when there is one in the line
    (between the words kept either side), just before the line's first letter at its
    start. None when not laid out yet (not in view)."""
    document = view.document()
    block = document.findBlock(pos)
    if not block.isValid():
        block = document.lastBlock()
    layout = block.layout()
    if not layout.lineCount():
        return None
    at = min(max(0, pos - block.position()), block.length() - 1)
    line = layout.lineForTextPosition(at)
    if not line.isValid():
        line = layout.lineAt(layout.lineCount() - 1)
    x = line_x(line, at)
    if at > line.textStart() and block.text()[at - 1 : at].isspace():
        x = (x + line_x(line, at - 1)) / 2
    elif at == line.textStart():  # just before the line's first letter, not on it
        x -= CARET_MIN[2]
    shift = QPointF(view.horizontalScrollBar().value(), view.verticalScrollBar().value())
    origin = document.documentLayout().blockBoundingRect(block).topLeft() - shift
    return QRectF(origin.x() + x, origin.y() + line.y(), 0.0, line.height())


def wedge_at(view: QTextEdit, place: RemovedPlace) -> Wedge | None:
    """The mark of ``place`` in ``view``'s viewport; None when not laid out yet."""
    if place.paragraphs == 0:
        caret = caret_line(view, place.pos)
        if caret is None:
            return None
        return Wedge(caret.center().y(), caret=caret, size=caret.height())
    y = place_y(view, place.pos)
    if y is None:
        return None
    size = float(view.fontMetrics().height())
    if place.paragraphs:  # across the text's column
        reach = view.viewport().width() - view.document().documentMargin()
        return Wedge(y, max(reach, WEDGE[1]), dashed=True, size=size)
    return Wedge(y, WEDGE[1] + LEAD, size=size)


def wedges_in_view(view: QTextEdit, places: Iterable[RemovedPlace]) -> list[Wedge]:
    """The marks of ``places`` in view."""
    height = view.viewport().height()
    found = (wedge_at(view, p) for p in places)
    return [w for w in found if w is not None and -2 * HIT <= w.y <= height + 2 * HIT]


def caret_polygon(caret: QRectF) -> QPolygonF:
    """The caret's head: a wedge on the line's top, pointing down at the place."""
    h = caret.height()
    half, head = max(CARET_MIN[0], h * CARET[0]), max(CARET_MIN[1], h * CARET[1])
    x, top = caret.x(), caret.top() - h * CARET[2]
    return QPolygonF([QPointF(x - half, top), QPointF(x + half, top), QPointF(x, top + head)])


def paint_wedges(painter: QPainter, wedges: Sequence[Wedge], colour: QColor) -> None:
    """``wedges`` in ``colour`` with ``painter`` (on a viewport; antialiased)."""
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    left, tip, least = WEDGE
    for w in wedges:
        half, width = max(least, w.size * SIZES[0]), max(2, round(w.size * SIZES[1]))
        y = round(w.y) + width % 2 / 2  # the line's edges on the pixels': crisp
        painter.drawPolygon(
            QPolygonF([QPointF(left, y - half), QPointF(tip, y), QPointF(left, y + half)])
        )
        if w.reach and not w.dashed:
            painter.fillRect(QRectF(tip, y - width / 2, w.reach - tip, width), colour)
        elif w.reach:
            pen = QPen(colour, width, Qt.PenStyle.CustomDashLine, Qt.PenCapStyle.FlatCap)
            pen.setDashPattern(list(DASH))
            painter.setPen(pen)
            painter.drawLine(QPointF(tip, y), QPointF(w.reach, y))
            painter.setPen(Qt.PenStyle.NoPen)
        if w.caret is not None:
            c = w.caret
            painter.drawPolygon(caret_polygon(c))
            stem = max(CARET_MIN[2], c.height() * CARET[3])
            painter.fillRect(QRectF(c.x() - stem / 2, c.top(), stem, c.height() * CARET[4]), colour)


def hits(wedge: Wedge, x: float, y: float) -> bool:
    """Whether viewport (x, y) is on ``wedge`` (its margin wedge, line or caret)."""
    c = wedge.caret
    if c is None:
        return abs(y - wedge.y) <= HIT and x <= max(wedge.reach, WEDGE[1]) + BAR_X + 4.0
    if not c.top() - 2.0 <= y <= c.bottom() + 2.0:
        return False
    return x <= WEDGE[1] + BAR_X or abs(x - c.x()) <= CARET_HIT


def removed_near(
    view: QTextEdit, marks: Sequence[UpdateMark], to_qt: Callable[[int], int], x: float, y: float
) -> list[UpdateMark]:
    """The marks of passages taken out whose wedge, line or caret is at viewport (x, y)."""
    out = []
    for m in marks:
        if m.removed:
            wedge = wedge_at(view, RemovedPlace(to_qt(m.span.start), m.paragraphs))
            if wedge is not None and hits(wedge, x, y):
                out.append(m)
    return out


__all__ = [
    "CARET",
    "LEAD",
    "WEDGE",
    "RemovedPlace",
    "Wedge",
    "caret_line",
    "caret_polygon",
    "hits",
    "paint_wedges",
    "place_y",
    "removed_near",
    "wedge_at",
    "wedges_in_view",
]
