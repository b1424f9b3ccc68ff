"""Legend: each highlight kind drawn with the very formats the panes use, on a strip of
the page's colour as in the panes (their tints are made for it), and named; an entry that
needs more than its name (the loose claim) says what it means in its tooltip. A legend
too narrow for every entry shows them all in its tooltip, built when shown, its hatched
sample a picture drawn at the ratio of the screen the tooltip shows on.

A session an update from the article files left marks in adds one entry at the end: the
brown bar (:mod:`reader.ui.change_marks`) and its name; a legend without such marks does
not grow for it. So does a pair one of whose articles seems cut short (a paywall, the first
page of several): the entry of the passages after its text ends ("After B's text ends",
:meth:`Legend.show_cut`), next to "Only in this article"."""

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
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextImageFormat,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from reader.model import LOOSE_SCORE, Alignment
from reader.ui.change_marks import change_colour
from reader.ui.highlights import LABELS, Layer, Theme, blend
from reader.ui.ratio_watch import RatioWatch, ratio_at
from reader.ui.sample_picture import named, needs_picture, sample_picture
from reader.ui.selected_frame import line_x

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
CUT_TIP = (
    "Only in this article, after the other's text ends: its page was cut short (a paywall, "
    "the first page of several), so the other may well report this further on. No omission."
)
CHANGE = "change"  # the entry of the marks an update left: only with such marks
CHANGE_LABEL = "Changed by update"
CHANGE_SAMPLE = "\u258e"  # a left one-quarter block: the bar in the margin, drawn as a letter
Entry = Layer | str
# what an entry's name alone does not say, shown when the pointer rests on it
TIPS: dict[Entry, str] = {
    Layer.AFTER_CUT: CUT_TIP,
    Layer.LOOSE_CLAIM: f"A claim scored under {LOOSE_SCORE:.1f}: check it. About half the links "
    "scored that low are wrong.",
    CHANGE: "A brown bar in the margin: a sentence whose words the update from the article "
    "files changed. A brown wedge in the margin: where it took a passage out; with a dashed "
    "line across the gap between paragraphs, a whole paragraph; with a small caret in the "
    "text, sentences of that paragraph, taken out at the caret. F9 goes from one to the "
    "next.",
}
NBSP = "\u00a0"  # inside an entry: its words stay together
GAP = "   "
PREFIX = "Legend:  "
PAGE_INSET = 1.0  # pixels between the strip of page colour and the legend's edges


def _unbroken(text: str) -> str:
    return text.replace(" ", NBSP)


@dataclass(frozen=True, slots=True)
class Fold:
    """What the legend's line shows: the word "Legend:" or not, and its first ``shown``
    entries (the others are counted, "+2 more", and named in its tooltip)."""

    prefix: bool
    shown: int
    total: int = len(ORDER)  # the entries there are

    @property
    def hidden(self) -> int:
        return self.total - self.shown


def folds_of(total: int) -> tuple[Fold, ...]:
    """The folds of a legend of ``total`` entries, the fullest first."""
    return (
        Fold(True, total, total),
        Fold(False, total, total),
        *(Fold(False, n, total) for n in range(total - 1, -1, -1)),
    )


FOLDS = folds_of(len(ORDER))


def cut_label(alignment: Alignment) -> str | None:
    """The legend's name of the passages after the other article's text ends ("After B's
    text ends"; None when neither article seems cut short)."""
    cut = [side for side, doc in (("A", alignment.a), ("B", alignment.b)) if doc.cut]
    if not cut:
        return None
    return f"After {cut[0]}'s text ends" if len(cut) == 1 else LABELS[Layer.AFTER_CUT]


def with_cut(order: tuple[Entry, ...]) -> tuple[Entry, ...]:
    """``order`` with the entry of the passages after the other's text ends, after the
    passages only in this article."""
    at = order.index(Layer.ONLY) + 1
    return (*order[:at], Layer.AFTER_CUT, *order[at:])


class Legend(QWidget):
    """One line naming every highlight, each sample in its own format. A line too narrow
    for them all (a large font, a small window) drops the word "Legend:", then its last
    entries (Boilerplate first), which it counts ("+2 more") and shows in its tooltip:
    it never takes a second line from the articles."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._doc = QTextDocument(self)
        self._doc.setDocumentMargin(3)
        self._order: tuple[Entry, ...] = ORDER  # and CHANGE, with a session's update marks
        self._changes = False
        self._cut: str | None = None  # the name of the passages after a cut text's end
        self._folds = FOLDS
        self._widths: dict[Fold, int] = {}  # each fold's width on its line
        self._fold = FOLDS[0]
        self._height = 0
        self._tip = ""  # the whole legend, for the tooltip of a folded one
        self._entries: list[tuple[int, int, Entry]] = []  # where each shown entry lies
        self._ratio = 1.0  # the device pixel ratio the hatched sample is drawn at
        self.setAccessibleName("Legend")
        self.setAccessibleDescription(", ".join(self._label(x) for x in ORDER))
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.rebuild()
        RatioWatch(self, lambda: self._ratio, self.rebuild)  # on a screen of another ratio

    def fold(self) -> Fold:
        """What the line shows now."""
        return self._fold

    def entries(self) -> tuple[Entry, ...]:
        """Every entry, shown or folded away, in order."""
        return self._order

    def show_changes(self, shown: bool) -> None:
        """Add the entry of the marks an update from the article files left (``shown``:
        the session holds some), or take it away."""
        self._changes = shown
        self._reorder()

    def show_cut(self, label: str | None) -> None:
        """Add the entry of the passages after the other article's text ends, named
        ``label`` ("After B's text ends": :func:`cut_label`), or take it away (None)."""
        changed = label != self._cut
        self._cut = label
        self._reorder(changed)

    def _reorder(self, renamed: bool = False) -> None:
        order = with_cut(ORDER) if self._cut else ORDER
        order = (*order, CHANGE) if self._changes else order
        if order == self._order and not renamed:
            return
        self._order, self._folds = order, folds_of(len(order))
        self.setAccessibleDescription(", ".join(self._label(x) for x in order))
        self.rebuild()

    def _label(self, entry: Entry) -> str:
        if entry == CHANGE:
            return CHANGE_LABEL
        if entry == Layer.AFTER_CUT and self._cut:
            return self._cut
        return LABELS[Layer(entry)]

    def rebuild(self) -> None:
        """Measure every fold in the current font and palette, and show the one that fits."""
        self._widths = {}
        for fold in self._folds:
            self._compose(fold)
            size = self._doc.size()
            self._widths[fold] = int(size.width()) + 1
            self._height = int(size.height())
        self._tip = self._whole(self.devicePixelRatioF())
        self._fold = self._folds[0]
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
        for i, entry in enumerate(self._order[: fold.shown]):
            if i:
                cursor.insertText(GAP, plain)
            start = cursor.position()
            if entry == CHANGE:
                self._insert_change(cursor, plain)
            else:
                cursor.insertText(_unbroken(f" {self._label(entry)} "), formats[Layer(entry)])
            self._entries.append((start, cursor.position(), entry))
        if fold.hidden:
            cursor.insertText(
                (GAP if fold.shown else "") + _unbroken(f"+{fold.hidden} more"), plain
            )

    def _insert_change(self, cursor: QTextCursor, plain: QTextCharFormat) -> None:
        """The change entry: the bar's brown, as a letter, and its name in the page's text
        colour (the entry lies on the strip of page colour)."""
        palette = self.palette()
        bar = QTextCharFormat(plain)
        bar.setForeground(change_colour(palette))
        bar.setFontWeight(700)
        words = QTextCharFormat(plain)
        words.setForeground(palette.color(QPalette.ColorRole.Text))
        cursor.insertText(" " + CHANGE_SAMPLE, bar)
        cursor.insertText(_unbroken(f"{CHANGE_LABEL} "), words)

    def _fit(self) -> None:
        """Show the fullest fold as wide as the legend at most (the narrowest when none
        is); the whole legend goes into the tooltip when some of it is left out."""
        width = self.width()
        folds = self._folds
        fold = next((f for f in folds if self._widths[f] <= width), folds[-1])
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
        for i, entry in enumerate(self._order):
            if i:
                cursor.insertBlock()
            if entry == CHANGE:
                self._insert_change(cursor, plain)
                cursor.insertText(f" {TIPS[entry]}", plain)
                continue
            layer = Layer(entry)
            sample, look = f" {self._label(layer)} ", formats[layer]
            if needs_picture(look):
                shown.append((sample_picture(sample, look, self.font(), palette, ratio), sample))
                cursor.insertImage(shown[-1][0])
            else:
                cursor.insertText(sample, look)
            if layer in TIPS:
                cursor.insertText(f" {TIPS[layer]}", plain)
        return reduce(lambda html, drawn: named(html, *drawn), shown, whole.toHtml())

    def entry_at(self, x: float, y: float) -> Entry | None:
        """The entry drawn at (x, y), None between entries."""
        layout = self._doc.documentLayout()
        at = layout.hitTest(QPointF(x, y), Qt.HitTestAccuracy.ExactHit)
        return next((entry for start, end, entry in self._entries if start <= at < end), None)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            entry = self.entry_at(float(event.pos().x()), float(event.pos().y()))
            if entry is not None and entry in TIPS:
                QToolTip.showText(event.globalPos(), TIPS[entry], self)
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
        return QSize(self._widths[self._folds[0]] + 4, self._height + 2)

    def minimumSizeHint(self) -> QSize:
        return QSize(self._widths[self._folds[-1]] + 4, self._height + 2)

    def page(self) -> QRectF:
        """Where the samples lie on a strip of the page's colour (empty without one)."""
        if not self._entries:
            return QRectF()
        line = self._doc.firstBlock().layout().lineAt(0)
        left, right = line_x(line, self._entries[0][0]), line_x(line, self._entries[-1][1])
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
