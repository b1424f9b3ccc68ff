"""A panel's row of controls over its table, laid out as words on a page: left to right
while they fit, the next control on a new line when it does not. The row never holds the
window or a floated panel wider than its widest control, and a control that can use room
(a filter box, a slider, a count) takes what its line has to spare."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPoint, QRect, QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QStyle, QWidget

GROUP_GAP = 12  # before a control that starts a new group (Show, Min score, a count)
SPACING = 6  # between neighbouring controls, lines, when the style does not say
RELAYOUT = (
    QEvent.Type.LayoutRequest,
    QEvent.Type.Show,
    QEvent.Type.FontChange,
    QEvent.Type.StyleChange,
)


@dataclass(frozen=True)
class Placed:
    """A control of the row: how much of its line's spare room it takes (``stretch``, as
    in a box layout) and the gap before it when a control precedes it on its line (None:
    the style's)."""

    widget: QWidget
    stretch: int
    gap: int | None


class FlowRow(QWidget):
    """Controls on as many lines as the row's width needs, in the order added (and so in
    Tab order). Each control is given the width it asks for (its size hint); a line's
    spare room goes to its stretching controls; a control alone on a line too narrow for
    it is squeezed down to its least width, never below."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self._items: list[Placed] = []
        self._height = 0  # the height the row asked for last
        # the width the row was last given; none yet: its hints are for one line (a
        # panel not yet laid out is not asked to be as tall as a column of controls)
        self._width: int | None = None

    def add(self, widget: QWidget, stretch: int = 0, gap: int | None = None) -> None:
        """Add ``widget`` after the others; ``gap`` before it (default: the style's space
        between neighbouring controls; GROUP_GAP to set a group apart)."""
        widget.setParent(self)
        self._items.append(Placed(widget, stretch, gap))
        self._relayout()

    def _spacing(self, metric: QStyle.PixelMetric) -> int:
        space = self.style().pixelMetric(metric, None, self)
        return space if space >= 0 else SPACING  # some styles leave it to each pair

    def _gap(self, item: Placed) -> int:
        """The gap before ``item`` when a control precedes it on its line."""
        if item.gap is not None:
            return item.gap
        return self._spacing(QStyle.PixelMetric.PM_LayoutHorizontalSpacing)

    def _line_spacing(self) -> int:
        return self._spacing(QStyle.PixelMetric.PM_LayoutVerticalSpacing)

    def _shown(self) -> list[Placed]:
        return [item for item in self._items if not item.widget.isHidden()]

    def lines(self, width: int | None = None) -> list[list[Placed]]:
        """The controls line by line at ``width`` (the row's own by default)."""
        room = self.width() if width is None else width
        lines: list[list[Placed]] = []
        used = 0
        for item in self._shown():
            wanted = item.widget.sizeHint().width()
            if lines and lines[-1] and used + self._gap(item) + wanted <= room:
                lines[-1].append(item)
                used += self._gap(item) + wanted
            else:
                lines.append([item])
                used = wanted
        return lines

    def _height_for(self, width: int) -> int:
        heights = [max(i.widget.sizeHint().height() for i in line) for line in self.lines(width)]
        return sum(heights) + self._line_spacing() * max(0, len(heights) - 1)

    def _one_line_width(self) -> int:
        shown = self._shown()
        hints = sum(item.widget.sizeHint().width() for item in shown)
        return hints + sum(self._gap(item) for item in shown[1:])

    def sizeHint(self) -> QSize:
        width = self._one_line_width()
        return QSize(width, self._height_for(width if self._width is None else self._width))

    def minimumSizeHint(self) -> QSize:
        # no wider than the widest control: the row wraps before it would hold the window
        width = max((_least(item.widget) for item in self._shown()), default=0)
        return QSize(width, self.sizeHint().height())

    def _place(self) -> None:
        top = 0
        for line in self.lines():
            height = max(item.widget.sizeHint().height() for item in line)
            widths = self._widths(line)
            left = 0
            for n, (item, width) in enumerate(zip(line, widths, strict=True)):
                left += self._gap(item) if n else 0
                hint = item.widget.sizeHint().height()
                item.widget.setGeometry(QRect(left, top + (height - hint) // 2, width, hint))
                left += width
            top += height + self._line_spacing()

    def _widths(self, line: list[Placed]) -> list[int]:
        """Each control's width on ``line``: its hint, plus its share of the spare room;
        a lone control too wide for the row gets the row, but no less than its least."""
        hints = [item.widget.sizeHint().width() for item in line]
        spare = self.width() - sum(hints) - sum(self._gap(item) for item in line[1:])
        if spare < 0:  # one control, wider than the row
            return [max(_least(line[0].widget), self.width())]
        stretch = sum(item.stretch for item in line)
        if not stretch:
            return hints
        shares = [spare * item.stretch // stretch for item in line]
        return [hint + share for hint, share in zip(hints, shares, strict=True)]

    def _relayout(self) -> None:
        """Place the controls; ask the panel for a new height when the lines changed."""
        self._place()
        height = self.sizeHint().height()
        if height != self._height:
            self._height = height
            self.updateGeometry()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if not self._parked():
            self._width = event.size().width()
        self._relayout()

    def _parked(self) -> bool:
        """The row is in a panel behind another's tab, which Qt parks out of the window
        (above and left of it) at its least width: the row wrapped there on four lines
        and held the whole group of panels that tall (a 640x480 window's panels took 38%
        of its height once a pair was shown). Its width there is not the one it will have."""
        corner = self.mapTo(self.window(), QPoint(0, 0))
        return corner.x() < 0 or corner.y() < 0

    def event(self, e: QEvent) -> bool:
        # a control's size hint changed (a new text, a font): it asks its parent, the row,
        # to lay out again; so does a control shown or hidden. A hidden row is not asked
        # (a panel behind another tab): it lays out again when shown.
        handled = super().event(e)
        if e.type() in RELAYOUT:
            self._relayout()
        return handled


def _least(widget: QWidget) -> int:
    """The least width ``widget`` may be given: its own minimum, else its hint's."""
    return widget.minimumWidth() or widget.minimumSizeHint().width()
