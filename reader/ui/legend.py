"""Legend: each highlight kind drawn with the very formats the panes use, on a strip of
the page's colour as in the panes (their tints are made for it), and named; an entry that
needs more than its name (the loose claim) says what it means in its tooltip. A legend
too narrow for every entry shows them all in its tooltip, built when shown, its hatched
sample a picture drawn at the ratio of the screen the tooltip shows on."""

from __future__ import annotations

from dataclasses import dataclass
from functools import reduce

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QHelpEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
    QTextCursor,
    QTextDocument,
    QTextImageFormat,
    QTextLine,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from reader.model import LOOSE_SCORE
from reader.ui.highlights import LABELS, Layer, Theme, blend
from reader.ui.ratio_watch import RatioWatch, ratio_at
from reader.ui.sample_picture import named, needs_picture, sample_picture

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
PAGE_INSET = 1.0  # pixels between the strip of page colour and the legend's edges


def _x_at(line: QTextLine, position: int) -> float:
    found = line.cursorToX(position)  # PySide6: (x, the position)
    assert isinstance(found, tuple)
    return float(found[0])


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
        self._ratio = 1.0  # the device pixel ratio the hatched sample is drawn at
        self.setAccessibleName("Legend")
        self.setAccessibleDescription(", ".join(LABELS[x] for x in ORDER))
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.rebuild()
        RatioWatch(self, lambda: self._ratio, self.rebuild)  # on a screen of another ratio

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
        self._tip = self._whole(self.devicePixelRatioF())
        self._fold = FOLDS[0]
        self._compose(self._fold)
        self._fit()
        self.updateGeometry()
        self.update()

    def _compose(self, fold: Fold) -> None:
        formats = Theme.of(self).formats()
        self._ratio = self.devicePixelRatioF()
        self._doc.clear()
        self._doc.setDefaultFont(self.font())
        self._doc.setTextWidth(-1)  # one line
        cursor = QTextCursor(self._doc)
        plain = cursor.charFormat()  # the words about the samples lie on the window
        plain.setForeground(self.palette().color(QPalette.ColorRole.WindowText))
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

    def _whole(self, ratio: float) -> str:
        """Every entry, in its format, as rich text (the tooltip of a folded legend); a
        format rich text cannot carry (the hatching) as a picture drawn at ``ratio``."""
        whole = QTextDocument()
        whole.setDefaultFont(self.font())
        cursor = QTextCursor(whole)
        plain = cursor.charFormat()
        palette = self.palette()
        formats = Theme.from_palette(palette, ratio).formats()
        shown: list[tuple[QTextImageFormat, str]] = []  # the samples drawn as pictures
        for i, layer in enumerate(ORDER):
            if i:
                cursor.insertBlock()
            sample, look = f" {LABELS[layer]} ", formats[layer]
            if needs_picture(look):
                shown.append((sample_picture(sample, look, self.font(), palette, ratio), sample))
                cursor.insertImage(shown[-1][0])
            else:
                cursor.insertText(sample, look)
            if layer in TIPS:
                cursor.insertText(f" {TIPS[layer]}", plain)
        return reduce(lambda html, drawn: named(html, *drawn), shown, whole.toHtml())

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
            if self._fold.hidden:  # drawn for the screen it shows on (a window across two)
                tip = self._whole(ratio_at(event.globalPos(), self))
                QToolTip.showText(event.globalPos(), tip, self)
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

    def page(self) -> QRectF:
        """Where the samples lie on a strip of the page's colour (empty without one)."""
        if not self._entries:
            return QRectF()
        line = self._doc.firstBlock().layout().lineAt(0)
        left, right = _x_at(line, self._entries[0][0]), _x_at(line, self._entries[-1][1])
        at = self._doc.documentLayout().blockBoundingRect(self._doc.firstBlock()).topLeft()
        edge = PAGE_INSET
        return QRectF(at.x() + left - edge, edge, right - left + 2 * edge, self.height() - 2 * edge)

    def paintEvent(self, event: QPaintEvent) -> None:
        # the samples on the page's colour, as in the articles: their tints are made for
        # it (the loose claim's pale blue all but vanished on the window's grey); the
        # words about them ("Legend:", "+2 more") on the window, in its text colour
        palette = self.palette()
        p = QPainter(self)
        page = self.page()
        if not page.isEmpty():
            p.setRenderHint(QPainter.RenderHint.Antialiasing)
            edge = blend(
                palette.color(QPalette.ColorRole.WindowText),
                palette.color(QPalette.ColorRole.Window),
                0.3,
            )
            p.setPen(QPen(edge, 1.0))
            p.setBrush(palette.color(QPalette.ColorRole.Base))
            p.drawRoundedRect(page.adjusted(0.5, 0.5, -0.5, -0.5), 3.0, 3.0)
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette = palette
        self._doc.documentLayout().draw(p, context)
        p.end()
