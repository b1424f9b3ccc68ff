"""Legend: each highlight kind drawn with the very formats the panes use, and named; an
entry that needs more than its name (the loose claim) says what it means in its tooltip."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPointF, QSize, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QHelpEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QResizeEvent,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from reader.model import LOOSE_SCORE
from reader.ui.highlights import LABELS, Layer, Theme

ORDER = (
    Layer.CLAIM,
    Layer.LOOSE_CLAIM,
    Layer.QUOTE,
    Layer.ENTITY,
    Layer.NUMBER,
    Layer.DISCREPANCY,
    Layer.ONLY,
    Layer.BOILERPLATE,
)
# what an entry's name alone does not say, shown when the pointer rests on it
TIPS = {
    Layer.LOOSE_CLAIM: f"A claim scored under {LOOSE_SCORE:.1f}: check it. About half the links "
    "scored that low are wrong.",
}
NBSP = "\u00a0"  # inside an entry: its words stay together
GAP = "   "
PREFIX = "Legend:  "


def _unbroken(text: str) -> str:
    return text.replace(" ", NBSP)


@dataclass(frozen=True, slots=True)
class Fold:
    """What the legend's line shows: the word "Legend:" or not, and its first ``shown``
    entries (the others are counted, "+2 more", and named in its tooltip)."""

    prefix: bool
    shown: int

    @property
    def hidden(self) -> int:
        return len(ORDER) - self.shown


FOLDS = (
    Fold(True, len(ORDER)),
    Fold(False, len(ORDER)),
    *(Fold(False, n) for n in range(len(ORDER) - 1, -1, -1)),
)


class Legend(QWidget):
    """One line naming every highlight, each sample in its own format. A line too narrow
    for them all (a large font, a small window) drops the word "Legend:", then its last
    entries (Boilerplate first), which it counts ("+2 more") and shows in its tooltip:
    it never takes a second line from the articles."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._doc = QTextDocument(self)
        self._doc.setDocumentMargin(3)
        self._widths: dict[Fold, int] = {}  # each fold's width on its line
        self._fold = FOLDS[0]
        self._height = 0
        self._tip = ""  # the whole legend, for the tooltip of a folded one
        self._entries: list[tuple[int, int, Layer]] = []  # where each shown entry lies
        self.setAccessibleName("Legend")
        self.setAccessibleDescription(", ".join(LABELS[x] for x in ORDER))
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.rebuild()

    def fold(self) -> Fold:
        """What the line shows now."""
        return self._fold

    def rebuild(self) -> None:
        """Measure every fold in the current font and palette, and show the one that fits."""
        for fold in FOLDS:
            self._compose(fold)
            size = self._doc.size()
            self._widths[fold] = int(size.width()) + 1
            self._height = int(size.height())
        self._tip = self._whole()
        self._fold = FOLDS[0]
        self._compose(self._fold)
        self._fit()
        self.updateGeometry()
        self.update()

    def _compose(self, fold: Fold) -> None:
        formats = Theme.from_palette(self.palette()).formats()
        self._doc.clear()
        self._doc.setDefaultFont(self.font())
        self._doc.setTextWidth(-1)  # one line
        cursor = QTextCursor(self._doc)
        plain = cursor.charFormat()
        self._entries = []
        if fold.prefix:
            cursor.insertText(_unbroken(PREFIX), plain)
        for i, layer in enumerate(ORDER[: fold.shown]):
            if i:
                cursor.insertText(GAP, plain)
            start = cursor.position()
            cursor.insertText(_unbroken(f" {LABELS[layer]} "), formats[layer])
            self._entries.append((start, cursor.position(), layer))
        if fold.hidden:
            cursor.insertText(
                (GAP if fold.shown else "") + _unbroken(f"+{fold.hidden} more"), plain
            )

    def _fit(self) -> None:
        """Show the fullest fold as wide as the legend at most (the narrowest when none
        is); the whole legend goes into the tooltip when some of it is left out."""
        width = self.width()
        fold = next((f for f in FOLDS if self._widths[f] <= width), FOLDS[-1])
        if fold != self._fold:
            self._fold = fold
            self._compose(fold)
            self.update()
        self.setToolTip(self._tip if fold.hidden else "")

    def _whole(self) -> str:
        """Every entry, in its format, as rich text (the tooltip of a folded legend)."""
        whole = QTextDocument()
        whole.setDefaultFont(self.font())
        cursor = QTextCursor(whole)
        plain = cursor.charFormat()
        formats = Theme.from_palette(self.palette()).formats()
        for i, layer in enumerate(ORDER):
            if i:
                cursor.insertBlock()
            cursor.insertText(f" {LABELS[layer]} ", formats[layer])
            if layer in TIPS:
                cursor.insertText(f" {TIPS[layer]}", plain)
        return whole.toHtml()

    def entry_at(self, x: float, y: float) -> Layer | None:
        """The entry drawn at (x, y), None between entries."""
        layout = self._doc.documentLayout()
        at = layout.hitTest(QPointF(x, y), Qt.HitTestAccuracy.ExactHit)
        return next((layer for start, end, layer in self._entries if start <= at < end), None)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            layer = self.entry_at(float(event.pos().x()), float(event.pos().y()))
            if layer in TIPS:
                QToolTip.showText(event.globalPos(), TIPS[layer], self)
                return True
        return super().event(event)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange):
            self.rebuild()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def sizeHint(self) -> QSize:
        return QSize(self._widths[FOLDS[0]] + 4, self._height + 2)

    def minimumSizeHint(self) -> QSize:
        return QSize(self._widths[FOLDS[-1]] + 4, self._height + 2)

    def paintEvent(self, event: QPaintEvent) -> None:
        # the legend lies on the window: its plain words in the window's text colour
        palette = QPalette(self.palette())
        palette.setColor(QPalette.ColorRole.Text, palette.color(QPalette.ColorRole.WindowText))
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette = palette
        p = QPainter(self)
        self._doc.documentLayout().draw(p, context)
        p.end()
