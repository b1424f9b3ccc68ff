"""What a drag over the window will do, shown while it is dragged: a frame round the
article a single file will replace (or round both, for a pair) and a line saying so at its
top, the same line in the status bar. Without it the side was decided by where the drop
fell against the middle of the link map, unseen: a file let go over the left half of the
Matches panel replaced article A with nothing on screen to say so."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QWidget

BORDER = 3  # pixels of the frame
PAD = 6  # pixels round the line of text


class DropMark(QWidget):
    """A frame and a line of text over part of ``parent`` (the window), passed through by
    the mouse; :meth:`mark` shows it over a rectangle, :meth:`clear` hides it."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("drop_mark")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.text = ""
        self.hide()

    def mark(self, area: QRect, text: str) -> None:
        """Frame ``area`` (in the window's coordinates) and say ``text`` at its top."""
        self.text = text
        self.setAccessibleName(text)
        self.setGeometry(area)
        self.raise_()
        self.show()
        self.update()

    def clear(self) -> None:
        self.text = ""
        self.hide()

    def text_rect(self) -> QRect:
        """Where the line of text is painted (wrapped to the frame's width)."""
        inner = self.rect().adjusted(BORDER + PAD, BORDER + PAD, -BORDER - PAD, -BORDER - PAD)
        flags = Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWordWrap
        return self.fontMetrics().boundingRect(inner, flags, self.text)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        pal = self.palette()
        colour = pal.color(QPalette.ColorRole.Highlight)
        painter.setPen(QPen(colour, BORDER))
        # the pen centred half its width inside the edges: the whole-pixel inset of a
        # QRect left the frame half a pixel out, a device pixel thinner at the top and
        # left and one short of the right and bottom edges at scale 1.5 and 2
        half = BORDER / 2
        painter.drawRect(self.rect().toRectF().adjusted(half, half, -half, -half))
        if self.text:
            box = self.text_rect().adjusted(-PAD, -PAD // 2, PAD, PAD // 2)
            painter.fillRect(box, colour)
            painter.setPen(pal.color(QPalette.ColorRole.HighlightedText))
            flags = Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWordWrap
            painter.drawText(self.text_rect(), int(flags), self.text)
        painter.end()
