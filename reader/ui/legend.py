"""Legend: each highlight kind drawn with the very formats the panes use, and named."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QPainter,
    QPaintEvent,
    QPalette,
    QResizeEvent,
    QTextCursor,
    QTextDocument,
    QTextOption,
)
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
NBSP = "\u00a0"  # inside an entry: a line breaks only between entries
GAP = "   "


def _unbroken(text: str) -> str:
    return text.replace(" ", NBSP)


class Legend(QWidget):
    """A line naming every highlight, each sample in its own format; a line too narrow
    for them all (a large font, a narrow window) wraps between entries onto another."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._doc = QTextDocument(self)
        self._doc.setDocumentMargin(3)
        option = self._doc.defaultTextOption()
        option.setWrapMode(QTextOption.WrapMode.WordWrap)  # never inside an entry
        self._doc.setDefaultTextOption(option)
        self._one_line = QSize()  # the legend's size on a single line
        self._widest = 0  # the widest entry's width: the legend's narrowest
        self.setAccessibleName("Legend")
        self.setAccessibleDescription(", ".join(LABELS[x] for x in ORDER))
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.rebuild()

    def rebuild(self) -> None:
        theme = Theme.from_palette(self.palette())
        formats = theme.formats()
        self._doc.clear()
        self._doc.setDefaultFont(self.font())
        cursor = QTextCursor(self._doc)
        plain = cursor.charFormat()
        # "Legend:" stays on the line of the first entry
        cursor.insertText(_unbroken("Legend:  "), plain)
        for i, layer in enumerate(ORDER):
            if i:
                cursor.insertText(GAP, plain)
            cursor.insertText(_unbroken(f" {LABELS[layer]} "), formats[layer])
        self._doc.setTextWidth(0)  # every entry on a line of its own
        self._doc.size()  # laid out now
        lines = self._doc.firstBlock().layout()
        widest = max(lines.lineAt(i).naturalTextWidth() for i in range(lines.lineCount()))
        self._widest = int(widest + 2 * self._doc.documentMargin()) + 1
        self._doc.setTextWidth(-1)
        size = self._doc.size()
        self._one_line = QSize(int(size.width()) + 1, int(size.height()))
        self._doc.setTextWidth(self.width())
        self.updateGeometry()
        self.update()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange):
            self.rebuild()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._doc.setTextWidth(self.width())

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        shown = self._doc.textWidth()
        self._doc.setTextWidth(width)
        height = self._doc.size().height()
        self._doc.setTextWidth(shown)
        return int(height) + 2

    def sizeHint(self) -> QSize:
        return QSize(self._one_line.width() + 4, self._one_line.height() + 2)

    def minimumSizeHint(self) -> QSize:
        return QSize(self._widest, self._one_line.height() + 2)

    def paintEvent(self, event: QPaintEvent) -> None:
        # the legend lies on the window: its plain words in the window's text colour
        palette = QPalette(self.palette())
        palette.setColor(QPalette.ColorRole.Text, palette.color(QPalette.ColorRole.WindowText))
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette = palette
        p = QPainter(self)
        self._doc.documentLayout().draw(p, context)
        p.end()
