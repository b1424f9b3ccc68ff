"""Legend: each highlight kind drawn with the very formats the panes use, and named."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize
from PySide6.QtGui import QPainter, QPaintEvent, QTextCursor, QTextDocument
from PySide6.QtWidgets import QSizePolicy, QWidget

from reader.ui.highlights import LABELS, Layer, Theme

ORDER = (
    Layer.CLAIM,
    Layer.QUOTE,
    Layer.ENTITY,
    Layer.NUMBER,
    Layer.DISCREPANCY,
    Layer.ONLY,
    Layer.BOILERPLATE,
)


class Legend(QWidget):
    """One line naming every highlight, each sample in its own format."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._doc = QTextDocument(self)
        self._doc.setDocumentMargin(3)
        self.setAccessibleName("Legend")
        self.setAccessibleDescription(", ".join(LABELS[x] for x in ORDER))
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.rebuild()

    def rebuild(self) -> None:
        theme = Theme.from_palette(self.palette())
        formats = theme.formats()
        self._doc.clear()
        self._doc.setDefaultFont(self.font())
        cursor = QTextCursor(self._doc)
        plain = cursor.charFormat()
        cursor.insertText("Legend:  ", plain)
        for layer in ORDER:
            cursor.insertText(f" {LABELS[layer]} ", formats[layer])
            cursor.insertText("   ", plain)
        self._doc.setTextWidth(-1)
        self.updateGeometry()
        self.update()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self.rebuild()

    def sizeHint(self) -> QSize:
        size = self._doc.size()
        return QSize(int(size.width()) + 4, int(size.height()) + 2)

    def minimumSizeHint(self) -> QSize:
        return QSize(100, self.sizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        self._doc.drawContents(p)
        p.end()
