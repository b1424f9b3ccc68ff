"""A dock's row of controls over its table: tick boxes, then a count, on one line while
they fit and on two when not, so that the row never holds the window wider."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QWidget


class WrappingRow(QWidget):
    """Two groups of controls: ``first`` (the tick boxes) and, beside it while both fit
    on one line, ``second`` (the count); below it when not (a large font, a narrow
    window, a long count). Call :meth:`texts_changed` when a control's text changes."""

    SPACING = 12  # between the two groups on one line

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.first = QHBoxLayout()
        self.second = QHBoxLayout()
        self._box = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self._box.setContentsMargins(0, 0, 0, 0)
        self._box.setSpacing(self.SPACING)
        self._box.addLayout(self.first)
        self._box.addLayout(self.second, 1)
        # on a line of its own, the first group keeps to the left, not spread along it
        self._box.setAlignment(self.first, Qt.AlignmentFlag.AlignLeft)

    def two_lines(self) -> bool:
        return self._box.direction() == QBoxLayout.Direction.TopToBottom

    def _one_line_width(self) -> int:
        """What one line needs to give each control the room it asks for."""
        return self.first.sizeHint().width() + self.SPACING + self.second.sizeHint().width()

    def minimumSizeHint(self) -> QSize:
        # no wider than its wider group: the row wraps before it would hold the window wide
        width = max(self.first.minimumSize().width(), self.second.minimumSize().width())
        return QSize(width, super().minimumSizeHint().height())

    def arrange(self) -> None:
        """One line or two, for the row's present width and its controls' texts."""
        two = self.width() < self._one_line_width()
        if two != self.two_lines():
            self._box.setDirection(
                QBoxLayout.Direction.TopToBottom if two else QBoxLayout.Direction.LeftToRight
            )
            self._box.setSpacing(self.first.spacing() if two else self.SPACING)
            self.updateGeometry()  # one line high or two

    def texts_changed(self) -> None:
        """A control's text changed (the count): its room, the row's minimum and its
        lines change with it."""
        self.updateGeometry()
        self.arrange()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.arrange()

    def changeEvent(self, e: QEvent) -> None:
        super().changeEvent(e)
        if e.type() == QEvent.Type.FontChange:
            self.arrange()
