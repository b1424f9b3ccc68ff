"""Where the chosen match's partner has words this passage lacks, a caret in the text
(reader.ui.wording_marks): B's '"We will rebuild,"' against A's '"We will rebuild, and
we will do it together,"' has no word to mark, so a reader of B alone would not see that
A says more there; a small caret between the words kept says so, and its tooltip what
("“and we will do it together” only in A").

It is drawn as an update's caret for a passage taken out (reader.ui.removed_wedges: a
wedge on the line's top pointing down into the space between the words, a stem down to
their foot) in the style of the marks of the words that differ: their reddish-purple
ground inside a thin line in their text's colour, so that its shape tells it, not its
colour alone (the update's caret is solid brown, without a line round it). It is laid
over the text, which does not move, from the layout at every paint (it scrolls and zooms
with the text).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QTextEdit

from reader.ui.removed_wedges import CARET, CARET_HIT, CARET_MIN, caret_line, caret_polygon
from reader.ui.selected_frame import BOX_WIDTH

NEAR = 4.0  # carets closer than this many half heads are one (its tooltip tells each)


@dataclass(frozen=True, slots=True)
class Carets:
    """The places (Qt positions) where only the partner passage has words, each with what
    it says there; their ground and the line round them."""

    places: list[tuple[int, str]]
    ground: QColor
    line: QColor


def caret_path(caret: QRectF) -> QPainterPath:
    """The caret's head at ``caret`` (reader.ui.removed_wedges.caret_line): a wedge on
    the line's top pointing down at the place."""
    path = QPainterPath()
    path.addPolygon(caret_polygon(caret))
    path.closeSubpath()
    return path


def caret_stem(caret: QRectF) -> QRectF:
    """The caret's stem: from its head's tip down to the words' foot, thin (the letters
    either side of it are seen)."""
    h = caret.height()
    tip = caret.top() - h * CARET[2] + max(CARET_MIN[1], h * CARET[1])
    stem = max(CARET_MIN[2], h * CARET[3])
    return QRectF(caret.x() - stem / 2, tip, stem, caret.top() + h * CARET[4] - tip)


def carets_in_view(
    view: QTextEdit, places: list[tuple[int, str]]
) -> list[tuple[QRectF, list[str]]]:
    """The caret lines of ``places`` that are laid out and in view, with their words;
    carets nearer each other than NEAR half heads are drawn as the first of them (B's
    '"We will rebuild," Ruiz', lacking "and we will do it together" and "Mayor Ana"),
    its words each of theirs."""
    area = QRectF(view.viewport().rect())
    out: list[tuple[QRectF, list[str]]] = []
    for pos, said in places:
        line = caret_line(view, pos)
        if line is None or not line.adjusted(-CARET_HIT, -CARET_HIT, CARET_HIT, 0).intersects(area):
            continue
        near = max(CARET_MIN[0], line.height() * CARET[0]) * NEAR
        if out and out[-1][0].top() == line.top() and abs(out[-1][0].x() - line.x()) < near:
            out[-1][1].append(said)
        else:
            out.append((line, [said]))
    return out


def paint_carets(view: QTextEdit, carets: Carets) -> None:
    """Draw ``carets`` on ``view``'s viewport."""
    found = carets_in_view(view, carets.places)
    if not found:
        return
    painter = QPainter(view.viewport())
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        pen = QPen(carets.line, BOX_WIDTH)
        pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        painter.setPen(pen)
        painter.setBrush(carets.ground)
        for line, _ in found:
            painter.drawPath(caret_path(line))
            painter.fillRect(caret_stem(line), carets.line)
    finally:
        painter.end()


def carets_near(view: QTextEdit, carets: Carets | None, x: float, y: float) -> list[str]:
    """What the partner says at each caret at viewport (x, y)."""
    if carets is None:
        return []
    point = QPointF(x, y)
    return [
        told
        for line, said in carets_in_view(view, carets.places)
        if abs(point.x() - line.x()) <= CARET_HIT
        and line.top() - line.height() * CARET[2] - 2.0 <= point.y() <= line.bottom() + 2.0
        for told in said
    ]


__all__ = ["Carets", "caret_path", "caret_stem", "carets_in_view", "carets_near", "paint_carets"]
