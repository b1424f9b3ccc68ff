"""The text view of an article pane: a QTextBrowser that reports plain clicks, context
menus, tooltip requests and hovering over highlights to its pane; the keyboard moves a
text cursor in it (caret browsing)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Protocol

from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QHelpEvent,
    QMouseEvent,
    QPaintEvent,
    QPalette,
    QResizeEvent,
    QTextDocument,
)
from PySide6.QtWidgets import QPlainTextEdit, QTextBrowser, QTextEdit, QWidget

from reader.ui.change_marks import paint_bars
from reader.ui.correction_marks import paint_brackets
from reader.ui.cut_end_mark import CutEnd, paint_cut_end
from reader.ui.highlights import contrast
from reader.ui.lack_carets import Carets, paint_carets
from reader.ui.over_selection import paint_on_top
from reader.ui.removed_wedges import RemovedPlace
from reader.ui.selected_frame import paint_boxes, paint_frame
from reader.ui.text_geometry import doc_y, position_at
from reader.ui.wrapped_hint import paint_wrapped_hint

CLICK_SLOP = 4  # pixels a press may move and still count as a click
SELECTION_ALPHA = 110  # of 255: the selection colour lets highlights show through


class PointerHandler(Protocol):
    """What the browser asks its pane about positions in the viewport."""

    def hits(self, pos: QPoint) -> bool: ...

    def clicked_at(self, pos: QPoint) -> None: ...

    def context_menu_at(self, pos: QPoint, global_pos: QPoint) -> bool: ...

    def tooltip_at(self, pos: QPoint, global_pos: QPoint) -> None: ...


class PaneBrowser(QTextBrowser):
    """Read-only text view; plain left clicks (not drags) go to the handler."""

    def __init__(self, parent: QWidget, handler: PointerHandler) -> None:
        super().__init__(parent)
        self._handler = handler
        self._press: QPoint | None = None
        self._find_hit = False  # the selection is a find hit: drawn to stand out
        self.rewrapping = False  # the text is being wrapped anew, its place kept
        # where the passage to keep in view starts (a Qt position), if there is one
        self.chosen: Callable[[], int | None] | None = None
        # the place last kept: document, scroll value and passage chosen then, the text
        # position kept and its height in the view
        self._kept: tuple[QTextDocument, int, int | None, int, float] | None = None
        # drawn over the translucent selection: a selected match's disputed figures
        self.on_top: list[QTextEdit.ExtraSelection] = []
        # the selected match's frame in a light palette: its Qt positions and colour
        self.framed: tuple[int, int, QColor] | None = None
        # the chosen match's words that differ (Qt positions), boxed in this colour
        self.boxed: tuple[list[tuple[int, int]], QColor] | None = None
        # where only its partner has words, a caret (reader.ui.lack_carets)
        self.carets: Carets | None = None
        # the sentences an update from the article files changed (Qt positions): a bar
        # in the left margin beside each, in this colour (reader.ui.change_marks)
        self.change_bars: list[tuple[int, int]] = []
        self.removed_places: list[RemovedPlace] = []  # where passages were taken out
        self.cut_end: CutEnd | None = None  # where the article stops, cut short
        self.change_colour = QColor()
        self.correction_brackets: list[tuple[int, int]] = []  # the correction notes' lines
        self._see_through_selection()
        self.set_caret_browsing(self)

    @staticmethod
    def set_caret_browsing(view: QTextEdit | QPlainTextEdit) -> None:
        """Read-only, yet the arrow keys move a visible text cursor (Shift selects): a
        reader without a mouse reads and selects text with it."""
        view.setReadOnly(True)
        view.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextBrowserInteraction
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        view.setCursorWidth(2)

    def show_find_hit(self, on: bool) -> None:
        """While the find bar searches this text, its hit (the selection) is drawn in
        the full selection colour, so that it stands out from a claim's tint around it;
        else the selection is see-through again."""
        if on != self._find_hit:
            self._find_hit = on
            self._see_through_selection()

    def _see_through_selection(self) -> None:
        """Selected text keeps its highlights under a translucent selection colour: the
        orange of a discrepancy inside a selected match stays visible. A find hit is
        drawn opaque instead, in black or white, whichever reads better on it."""
        palette = self.palette()
        changed = False
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
            colour = QColor(palette.color(group, QPalette.ColorRole.Highlight))
            colour.setAlpha(255 if self._find_hit else SELECTION_ALPHA)
            text = palette.color(group, QPalette.ColorRole.Text)
            if self._find_hit:
                black, white = QColor("black"), QColor("white")
                text = black if contrast(black, colour) >= contrast(white, colour) else white
            if (
                palette.color(group, QPalette.ColorRole.Highlight) == colour
                and palette.color(group, QPalette.ColorRole.HighlightedText) == text
            ):
                continue  # already so (a palette change of our own)
            palette.setColor(group, QPalette.ColorRole.Highlight, colour)
            palette.setColor(group, QPalette.ColorRole.HighlightedText, text)
            changed = True
        if changed:
            self.setPalette(palette)

    @contextmanager
    def place_kept(self, height: int = 0) -> Iterator[None]:
        """The text being read stays where it is in the view while the block wraps it
        anew (a new width or height, a new font size): the chosen passage, when it is in
        view (``chosen``), else the line at the top. Qt keeps the scroll value in pixels,
        so the text slid away, a screenful or more into a long article. ``rewrapping``
        is True meanwhile (synced scrolling does not level the other pane for it).
        ``height``: the view's height before (a resize has made it the new one)."""
        bar, document, kept = self.verticalScrollBar(), self.document(), self._kept
        chosen = self.chosen() if self.chosen is not None else None
        # what was kept last time, while the reader has neither scrolled nor chosen
        # since: one width after another does not creep up a line each time
        if self.rewrapping:
            anchor = None
        elif kept is not None and kept[:3] == (document, bar.value(), chosen):
            anchor = kept[3], kept[4]
        else:
            anchor = self._anchor(chosen, height or self.viewport().height())
        if anchor is None:
            yield
            return
        position, at = anchor
        self.rewrapping = True
        try:
            yield
            if self.document() is document:
                height = self.viewport().height()
                value = doc_y(document, position) - at * height
                # its line whole in view (a passage low in a view made shorter)
                value = max(value, doc_y(document, position, bottom=True) - height)
                bar.setValue(round(value))
                self._kept = (document, bar.value(), chosen, position, at)
        finally:
            self.rewrapping = False

    def _anchor(self, chosen: int | None, height: int) -> tuple[int, float] | None:
        """The text position to keep in place, and its height in the view (a fraction of
        the view's height: a shorter view keeps it in view); None at the top of the text
        with no passage chosen in view (the top shows anyway)."""
        document, scroll = self.document(), self.verticalScrollBar().value()
        height = max(1, height)
        if chosen is not None:
            y = doc_y(document, chosen, lazy=True) - scroll  # not laid out: not in view
            if 0 <= y < height:
                return chosen, y / height
        if scroll <= 0:
            return None
        top = position_at(self, QPoint(0, 0))
        return top, (doc_y(document, top) - scroll) / height  # the part scrolled past

    def resizeEvent(self, e: QResizeEvent) -> None:
        with self.place_kept(e.oldSize().height()):
            super().resizeEvent(e)

    def paintEvent(self, e: QPaintEvent) -> None:
        super().paintEvent(e)
        if not self._find_hit:  # a find hit (the selection, opaque) stays on top
            paint_on_top(self, self.on_top)  # orange, not grey-blue, under the selection
        paint_bars(self, self.change_bars, self.change_colour, self.removed_places)
        paint_brackets(
            self, self.correction_brackets, self.palette().color(QPalette.ColorRole.Text)
        )
        if self.framed is not None:  # not told from a claim by hue alone
            paint_frame(self, self.framed[:2], self.framed[2])
        if self.boxed is not None:  # the words that differ: not told by colour alone
            paint_boxes(self, *self.boxed)
        if self.carets is not None:  # where the partner has words this passage lacks
            paint_carets(self, self.carets)
        paint_cut_end(self, self.cut_end)  # the article cut short stops there
        paint_wrapped_hint(self)  # an empty pane's hint, whole in a narrow pane

    def changeEvent(self, e: QEvent) -> None:
        super().changeEvent(e)
        if e.type() == QEvent.Type.PaletteChange:  # light to dark: derive it again
            self._see_through_selection()

    def mousePressEvent(self, e: QMouseEvent) -> None:
        self._press = e.position().toPoint()
        super().mousePressEvent(e)

    def mouseMoveEvent(self, e: QMouseEvent) -> None:
        super().mouseMoveEvent(e)
        if e.buttons() == Qt.MouseButton.NoButton:  # a hand over highlights: they click
            over = self._handler.hits(e.position().toPoint())
            shape = Qt.CursorShape.PointingHandCursor if over else Qt.CursorShape.IBeamCursor
            if self.viewport().cursor().shape() != shape:
                self.viewport().setCursor(shape)

    def mouseReleaseEvent(self, e: QMouseEvent) -> None:
        super().mouseReleaseEvent(e)
        press, self._press = self._press, None
        pos = e.position().toPoint()
        if (
            e.button() == Qt.MouseButton.LeftButton
            and press is not None
            and (press - pos).manhattanLength() < CLICK_SLOP
        ):
            self._handler.clicked_at(pos)

    def contextMenuEvent(self, e: QContextMenuEvent) -> None:
        if not self._handler.context_menu_at(e.pos(), e.globalPos()):
            super().contextMenuEvent(e)

    def viewportEvent(self, e: QEvent) -> bool:
        if e.type() == QEvent.Type.ToolTip and isinstance(e, QHelpEvent):
            self._handler.tooltip_at(e.pos(), e.globalPos())
            return True
        return super().viewportEvent(e)
