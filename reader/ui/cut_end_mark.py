"""Where an article cut short stops, in its pane: a thin dashed line across the text's
column between its last paragraph of story and what follows it (the subscription offer,
the "Next page »"), and at the line's right end its words in small italics ("B's text
ends here — the page continues behind a subscription offer"; reader.analysis.cut_ends).
The passages of the other article after that point are shaded apart from an omission
(``Layer.AFTER_CUT``); the mark shows where the reader's part of this one ended.

It is placed from the text's layout at every paint, as the wedges of a passage taken out
are (reader.ui.removed_wedges), and the pointer on it gives its words in the tooltip.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPalette, QPen
from PySide6.QtWidgets import QTextEdit

from reader.analysis.cut_ends import ends_said, text_end
from reader.model import Document
from reader.ui.geometry import Utf16Map
from reader.ui.highlights import blend
from reader.ui.removed_wedges import place_y

__all__ = ["CutEnd", "cut_end_of", "cut_end_y", "on_cut_end", "paint_cut_end"]

DASH = (3.0, 3.0)  # dash and space, in the line's widths
WORDS_SCALE = 0.85  # the words' size, of the text's
INSET = 6.0  # pixels between the line's end and the words, and the words and the edge
HIT = 6.0  # pixels above or below the line the pointer shows its tooltip at
SHARE = 0.6  # of the text colour over the page: the line's and the words' colour


@dataclass(frozen=True, slots=True)
class CutEnd:
    """Where the pane's article stops (a Qt position: the start of what follows its
    story) and the words that say so."""

    pos: int
    words: str


def cut_end_of(doc: Document, side: str, offsets: Utf16Map) -> CutEnd | None:
    """The mark of article ``side``'s text's end, ``doc`` cut short (None when whole)."""
    words = ends_said(side, doc.cut)
    if not words:
        return None
    return CutEnd(offsets.to_qt(text_end(doc)), words)


def cut_end_y(view: QTextEdit, mark: CutEnd) -> float | None:
    """The viewport y of ``mark``'s line; None when not laid out yet (not in view)."""
    return place_y(view, mark.pos)


def _colour(view: QTextEdit) -> QColor:
    palette = view.palette()
    return blend(
        palette.color(QPalette.ColorRole.Text), palette.color(QPalette.ColorRole.Base), SHARE
    )


def _font(view: QTextEdit) -> QFont:
    font = QFont(view.document().defaultFont())
    font.setPointSizeF(max(6.0, font.pointSizeF() * WORDS_SCALE))
    font.setItalic(True)
    return font


def paint_cut_end(view: QTextEdit, mark: CutEnd | None) -> None:
    """``mark`` on ``view``'s viewport: the dashed line, the words at its right end on
    the page's colour (where they do not fit, the line alone)."""
    if mark is None:
        return
    y = cut_end_y(view, mark)
    if y is None or not -HIT <= y <= view.viewport().height() + HIT:
        return
    margin = view.document().documentMargin()
    left, right = margin, view.viewport().width() - margin
    font = _font(view)
    metrics = QFontMetricsF(font)
    width = metrics.horizontalAdvance(mark.words)
    colour = _colour(view)
    painter = QPainter(view.viewport())
    try:
        end = right
        if width + 2 * INSET < (right - left) * 0.8:  # the words, right-aligned on the line
            box = QRectF(right - width, y - metrics.height() / 2, width, metrics.height())
            painter.fillRect(box.adjusted(-INSET / 2, 0, 0, 0), view.palette().base())
            painter.setFont(font)
            painter.setPen(colour)
            painter.drawText(
                box, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, mark.words
            )
            end = box.left() - INSET
        pen = QPen(colour, 1.0, Qt.PenStyle.CustomDashLine, Qt.PenCapStyle.FlatCap)
        pen.setDashPattern(list(DASH))
        painter.setPen(pen)
        line_y = round(y) + 0.5  # on the pixels': crisp
        painter.drawLine(QPointF(left, line_y), QPointF(end, line_y))
    finally:
        painter.end()


def on_cut_end(view: QTextEdit, mark: CutEnd | None, y: float) -> bool:
    """Whether viewport height ``y`` is on ``mark``'s line (or its words)."""
    if mark is None:
        return False
    at = cut_end_y(view, mark)
    return at is not None and abs(y - at) <= max(HIT, QFontMetricsF(_font(view)).height() / 2)
