"""The toolbar's and menus' icons, drawn in the palette's text colour.

The style's standard icons are pictures of fixed colours: Fusion's arrows are black,
lost on a dark or a black high-contrast window, and its page icons white, lost on the
light grey of a checked button. These are simple line drawings (a folder, two opposed
arrows, up and down triangles, a chain link, a magnifier) in the window's text colour,
as the words beside them, drawn again whenever the palette changes. Each line is edged
in the window colour, so the icon stays visible on a menu row in the selection colour
(the text colour's opposite in a high-contrast palette).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QAction,
    QColor,
    QIcon,
    QIconEngine,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QPixmap,
    QTransform,
)
from PySide6.QtWidgets import QWidget

UNIT = 24.0  # the drawings' own square, scaled to the size asked for
STROKE = 2.0  # line width, in UNIT


def _folder() -> QPainterPath:
    path = QPainterPath(QPointF(3, 6))
    path.lineTo(9, 6)
    path.lineTo(11, 8)
    path.lineTo(21, 8)
    path.lineTo(21, 19)
    path.lineTo(3, 19)
    path.closeSubpath()
    path.moveTo(3, 11)
    path.lineTo(21, 11)
    return path


def _swap() -> QPainterPath:
    path = QPainterPath()
    for y, start, end, tip in ((8, 4, 20, 1), (16, 20, 4, -1)):
        path.moveTo(start, y)
        path.lineTo(end, y)
        path.moveTo(end - 4 * tip, y - 4)
        path.lineTo(end, y)
        path.lineTo(end - 4 * tip, y + 4)
    return path


def _triangle(up: bool) -> Callable[[], QPainterPath]:
    def draw() -> QPainterPath:
        apex, base = (6.0, 17.0) if up else (18.0, 7.0)
        path = QPainterPath(QPointF(12, apex))
        path.lineTo(20, base)
        path.lineTo(4, base)
        path.closeSubpath()
        return path

    return draw


def _link() -> QPainterPath:
    path = QPainterPath()
    for x in (2.0, 10.0):  # two rings of a chain, overlapping
        path.addRoundedRect(QRectF(x, 8.5, 12, 7), 3.5, 3.5)
    return QTransform().translate(12, 12).rotate(-45).translate(-12, -12).map(path)


def _magnifier() -> QPainterPath:
    path = QPainterPath()
    path.addEllipse(QPointF(10, 10), 6, 6)
    path.moveTo(14.5, 14.5)
    path.lineTo(20, 20)
    return path


DRAWINGS: dict[str, Callable[[], QPainterPath]] = {
    "open": _folder,
    "swap": _swap,
    "previous": _triangle(up=True),
    "next": _triangle(up=False),
    "link": _link,
    "find": _magnifier,
}
FILLED = frozenset({"previous", "next"})


class LineIconEngine(QIconEngine):
    """Paints one drawing at any size, in ``ink`` (``faded`` when disabled), each line
    edged in ``edge``."""

    def __init__(self, name: str, ink: QColor, faded: QColor, edge: QColor) -> None:
        super().__init__()
        self.name, self.ink, self.faded, self.edge = name, QColor(ink), QColor(faded), edge

    def clone(self) -> QIconEngine:
        return LineIconEngine(self.name, self.ink, self.faded, self.edge)

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        side = min(rect.width(), rect.height())
        scale = side / UNIT
        path = QTransform().scale(scale, scale).map(DRAWINGS[self.name]())
        path.translate(rect.x() + (rect.width() - side) / 2, rect.y() + (rect.height() - side) / 2)
        ink = self.faded if mode == QIcon.Mode.Disabled else self.ink
        width = max(1.0, STROKE * scale)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        cap, join = Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(self.edge, width + 2, Qt.PenStyle.SolidLine, cap, join))
        painter.drawPath(path)
        painter.setPen(QPen(ink, width, Qt.PenStyle.SolidLine, cap, join))
        if self.name in FILLED:
            painter.setBrush(ink)
        painter.drawPath(path)
        painter.restore()

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        out = QPixmap(size)
        out.fill(Qt.GlobalColor.transparent)
        painter = QPainter(out)
        self.paint(painter, QRect(0, 0, size.width(), size.height()), mode, state)
        painter.end()
        return out


def line_icon(name: str, palette: QPalette) -> QIcon:
    """The drawing ``name`` (a key of DRAWINGS) in ``palette``'s window text colour."""
    role, disabled = QPalette.ColorRole.WindowText, QPalette.ColorGroup.Disabled
    ink, faded = palette.color(role), palette.color(disabled, role)
    edge = palette.color(QPalette.ColorRole.Window)
    return QIcon(LineIconEngine(name, ink, faded, edge))


class PaletteIcons(QObject):
    """Gives each action its drawing, in the colours of ``widget``'s palette, and draws
    them again when that palette changes (a dark or high-contrast theme while the app
    runs)."""

    def __init__(self, widget: QWidget, icons: dict[QAction, str]) -> None:
        super().__init__(widget)
        self._widget = widget
        self._icons = dict(icons)
        self._apply()
        widget.installEventFilter(self)

    def _apply(self) -> None:
        palette = self._widget.palette()
        for action, name in self._icons.items():
            action.setIcon(line_icon(name, palette))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._widget and event.type() == QEvent.Type.PaletteChange:
            self._apply()
        return False
