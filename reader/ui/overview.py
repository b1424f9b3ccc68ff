"""Overview strip: a minimap beside a pane of where matches, only-here passages and
discrepancies lie, with the visible window outlined; a click asks to scroll there. An
article's correction note gets a flag on it in the text's colour (a shape, not one more
colour: told from every tint and tick), and a click on the flag asks for the note."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QHelpEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from reader.ui.highlights import contrast

# a correction note's flag: a pole at FLAG_X, its pennant to the right of it
FLAG_X = 4.0  # right of the change ticks (0-3)
FLAG_POLE = 1.5
FLAG_HEIGHT = 12.0
FLAG_WIDTH = 8.0  # the pennant's
FLAG_DROP = 7.0  # the pennant's height, from the pole's top
FLAG_SLACK = 3.0  # a click this near the flag is on it
FLAG_TIP = "⚑ Correction note: click to read it"
FLAG_CONTRAST = 3.0  # WCAG 2 non-text contrast, against the strip's ground


def flag_colour(pal: QPalette) -> QColor:
    """The text's colour, else (a palette whose text is pale on a pale alternate ground)
    black or white, whichever stands out more on the strip's ground."""
    ground = pal.color(QPalette.ColorRole.AlternateBase)
    ink = pal.color(QPalette.ColorRole.Text)
    if contrast(ink, ground) >= FLAG_CONTRAST:
        return ink
    black, white = QColor(Qt.GlobalColor.black), QColor(Qt.GlobalColor.white)
    return black if contrast(black, ground) >= contrast(white, ground) else white


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
    flag_requested = Signal(int)  # the reader clicked the flag of correction note N

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._markers: list[Marker] = []
        self._window = (0.0, 1.0)
        # what an update from the article files changed: ticks at the left edge
        self._changes: list[tuple[float, float]] = []
        self._removed: list[float] = []  # where passages were taken out
        self._change_colour = QColor()
        self._flags: list[tuple[float, float]] = []  # the correction notes
        self.setFixedWidth(14)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAccessibleName("Overview strip")
        self.setToolTip(
            "Overview: where matches (colour), only-here passages (grey) and "
            "discrepancies (vermillion) lie, and at the left edge what an update from the "
            "article files changed (brown; a short line across: a passage taken out), "
            "and a flag at a correction note; click to scroll there"
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

    def set_flags(self, flags: Sequence[tuple[float, float]]) -> None:
        """A flag for each correction note of the article, at [top, bottom] (fractions of
        the document)."""
        self._flags = list(flags)
        self.update()

    def flags(self) -> list[tuple[float, float]]:
        return list(self._flags)

    def flag_rect(self, index: int) -> QRectF:
        """Where flag ``index`` is drawn: at its note's top, kept inside the strip."""
        h = float(self.height())
        top = min(max(0.0, self._flags[index][0] * h), max(0.0, h - FLAG_HEIGHT))
        return QRectF(FLAG_X, top, FLAG_POLE + FLAG_WIDTH, FLAG_HEIGHT)

    def flag_at(self, y: float) -> int | None:
        """The flag a click at height ``y`` lands on (the strip is narrow: the height
        alone tells), None for none."""
        for i in range(len(self._flags)):
            r = self.flag_rect(i)
            if r.top() - FLAG_SLACK <= y <= r.bottom() + FLAG_SLACK:
                return i
        return None

    def _paint_flags(self, p: QPainter, pal: QPalette) -> None:
        """Each flag in the text's colour, ringed in the strip's ground so that it stands
        clear of the marks under it."""
        ground = pal.color(QPalette.ColorRole.AlternateBase)
        ink = flag_colour(pal)
        ring = QPen(ground, 2.0)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        for i in range(len(self._flags)):
            r = self.flag_rect(i)
            shape = QPainterPath()
            shape.addRect(QRectF(r.left(), r.top(), FLAG_POLE, r.height()))
            pennant = QPainterPath(QPointF(r.left() + FLAG_POLE, r.top()))
            pennant.lineTo(r.right(), r.top() + FLAG_DROP / 2)
            pennant.lineTo(r.left() + FLAG_POLE, r.top() + FLAG_DROP)
            pennant.closeSubpath()
            shape = shape.united(pennant)
            p.strokePath(shape, ring)
            p.fillPath(shape, ink)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, False)

    def event(self, e: QEvent) -> bool:
        on_flag = isinstance(e, QHelpEvent) and self.flag_at(e.pos().y()) is not None
        if e.type() == QEvent.Type.ToolTip and on_flag:
            assert isinstance(e, QHelpEvent)
            QToolTip.showText(e.globalPos(), FLAG_TIP, self)
            return True
        return super().event(e)

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
        self._paint_flags(p, pal)
        top, bottom = self._window
        frame = QColor(pal.color(QPalette.ColorRole.Text))
        frame.setAlpha(60)
        p.fillRect(QRectF(0, top * h, w, max(4.0, (bottom - top) * h)), frame)
        p.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.height() > 0:
            flag = self.flag_at(event.position().y())
            if flag is not None:
                self.flag_requested.emit(flag)
                event.accept()
                return
            self.position_requested.emit(min(1.0, max(0.0, event.position().y() / self.height())))
            event.accept()
            return
        super().mousePressEvent(event)
