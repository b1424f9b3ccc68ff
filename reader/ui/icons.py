"""The toolbar's, menus' and panels' icons, drawn in the palette's text colour.

The style's standard icons are pictures of fixed colours: Fusion's arrows are black,
lost on a dark or a black high-contrast window, its page icons white, lost on the light
grey of a checked button, a panel's float and close buttons mid-grey, faint on any
window, and its information sign light blue, faint on a notice's pale yellow. These are
simple line drawings (a folder, two opposed arrows, up and down triangles, a chain link,
a magnifier; two overlapping frames, a cross; an "i" in a ring; a flag) in the window's
text colour, as the words beside them, drawn again whenever the palette changes. Each
line is edged in the window colour, so the icon stays visible on a menu row in the
selection colour (the text colour's opposite in a high-contrast palette).
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import suppress

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
from PySide6.QtWidgets import QDockWidget, QStyle, QStyleOption, QWidget

from reader.ui.zoom_style import ZoomStyle

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


def _info() -> QPainterPath:
    path = QPainterPath()
    path.addEllipse(QPointF(12, 12), 9.5, 9.5)
    path.addEllipse(QPointF(12, 7.5), 0.6, 0.6)  # the dot, as wide as the line
    path.moveTo(12, 11)
    path.lineTo(12, 17)
    return path


def _frames() -> QPainterPath:
    path = QPainterPath()
    path.addRect(QRectF(4, 9, 11, 11))
    path.moveTo(9, 9)
    path.lineTo(9, 4)
    path.lineTo(20, 4)
    path.lineTo(20, 15)
    path.lineTo(15, 15)
    return path


def _cross() -> QPainterPath:
    path = QPainterPath(QPointF(5, 5))
    path.lineTo(19, 19)
    path.moveTo(19, 5)
    path.lineTo(5, 19)
    return path


def _flag() -> QPainterPath:
    path = QPainterPath(QPointF(6, 21))  # the pole, then its pennant (filled)
    path.lineTo(6, 3)
    path.moveTo(6, 4)
    path.lineTo(19, 8.5)
    path.lineTo(6, 13)
    path.closeSubpath()
    return path


DRAWINGS: dict[str, Callable[[], QPainterPath]] = {
    "open": _folder,
    "swap": _swap,
    "previous": _triangle(up=True),
    "next": _triangle(up=False),
    "link": _link,
    "find": _magnifier,
    "info": _info,
    "float": _frames,
    "close": _cross,
    "flag": _flag,  # a correction note's, as on the overview strip
}
FILLED = frozenset({"previous", "next", "flag"})
DIAGONAL = frozenset({"close"})


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
        # a diagonal line of one pixel is spread over two at half strength
        width = max(1.6 if self.name in DIAGONAL else 1.0, STROKE * scale)
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


def _colours(palette: QPalette) -> tuple[QColor, QColor, QColor]:
    """Ink, ink when disabled, and edge: the window's text colours and the window's."""
    role, disabled = QPalette.ColorRole.WindowText, QPalette.ColorGroup.Disabled
    edge = palette.color(QPalette.ColorRole.Window)
    return palette.color(role), palette.color(disabled, role), edge


def line_icon(name: str, palette: QPalette) -> QIcon:
    """The drawing ``name`` (a key of DRAWINGS) in ``palette``'s window text colour."""
    return QIcon(LineIconEngine(name, *_colours(palette)))


class WidgetIconEngine(LineIconEngine):
    """A drawing in the colours of ``widget``'s palette as it is when painted (a panel
    sets its buttons' icons once; their palette follows the panel's)."""

    def __init__(self, name: str, widget: QWidget) -> None:
        super().__init__(name, *_colours(widget.palette()))
        self.widget = widget

    def clone(self) -> QIconEngine:
        return WidgetIconEngine(self.name, self.widget)

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        with suppress(RuntimeError):  # the widget is gone: the colours it had last
            self.ink, self.faded, self.edge = _colours(self.widget.palette())
        super().paint(painter, rect, mode, state)


PANEL_BUTTONS = {
    QStyle.StandardPixmap.SP_TitleBarNormalButton: "float",
    QStyle.StandardPixmap.SP_TitleBarCloseButton: "close",
    QStyle.StandardPixmap.SP_DockWidgetCloseButton: "close",
}


class PanelButtonStyle(ZoomStyle):
    """The application's style, but for the float and close buttons of a panel (a dock
    widget), which it draws as line drawings in the panel's palette, in proportion with
    the panel's text."""

    def standardIcon(
        self,
        standardIcon: QStyle.StandardPixmap,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
    ) -> QIcon:
        name = PANEL_BUTTONS.get(standardIcon)
        if name is not None and widget is not None:
            return QIcon(WidgetIconEngine(name, widget))
        return super().standardIcon(standardIcon, option, widget)


def draw_panel_buttons(dock: QDockWidget) -> None:
    """Give ``dock``'s float and close buttons line drawings in its palette's colours."""
    style = PanelButtonStyle()
    style.setParent(dock)  # kept as long as the dock, which does not own its style
    dock.setStyle(style)


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
