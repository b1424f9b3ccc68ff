"""The Matches panel's tick box for a kind of match, its colour in a stripe at its left.

The stripe was a style sheet ("border-left: 4px solid …"), and a widget with a style
sheet keeps the font it had when its sheet was set: the boxes stayed at the starting
size while zoom (and a new system font) grew the rest of the panel, and they kept the
old palette's text colour after a change of palette until their sheet was set again.
Painted here, the box takes its panel's font and palette as any other control does."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtGui import QColor, QPaintEvent
from PySide6.QtWidgets import QCheckBox, QStyle, QStyleOptionButton, QStylePainter, QWidget

MARK = 4  # the stripe's width, in pixels
GAP = 3  # between the stripe and the tick box


class KindBox(QCheckBox):
    """A tick box with a stripe of ``colour`` at its left edge, its whole height."""

    def __init__(self, text: str, colour: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.colour = QColor(colour)

    def sizeHint(self) -> QSize:
        """Qt's, and the stripe's room (its least size is this too)."""
        return super().sizeHint() + QSize(MARK + GAP, 0)

    def hitButton(self, pos: QPoint) -> bool:
        """A click anywhere on the box (its stripe and name too) ticks it."""
        return self.rect().contains(pos)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QStylePainter(self)
        option = QStyleOptionButton()
        self.initStyleOption(option)
        option.rect = option.rect.adjusted(MARK + GAP, 0, 0, 0)
        painter.drawControl(QStyle.ControlElement.CE_CheckBox, option)
        painter.fillRect(QRect(0, 0, MARK, self.height()), self.colour)
