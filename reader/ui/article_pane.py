"""One article pane: title and source above, the read-only text with its highlights,
an overview strip beside it. Offsets in and out are Python str offsets into
``Document.text``; UTF-16 positions stay inside this module."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import (
    QResizeEvent,
    QTextCursor,
    QTextDocument,
    QTextOption,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QTextEdit,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from reader.model import Alignment, Document, Match, Span
from reader.ui.geometry import SpanIndex, Utf16Map
from reader.ui.highlights import Layer, Theme, apply_layers, layers_for, selection_format
from reader.ui.note_marks import NoteMark, mark_selections, mark_tooltip, marks_at
from reader.ui.overview import Marker, OverviewStrip
from reader.ui.pane_browser import PaneBrowser
from reader.ui.tooltips import match_tooltip, partner_label

FLASH_MS = 700
OVERVIEW_SKIP = frozenset({Layer.BOILERPLATE, Layer.ENTITY})  # entities would cover it all
OVERVIEW_LANES = {Layer.ONLY: 1, Layer.DISCREPANCY: 2}


class ArticlePane(QWidget):
    """A read-only article with highlights.

    Signals:
        match_clicked(str): the reader clicked (or chose from the menu) this match.
        scrolled(): the visible part of the text changed (scroll, resize, zoom).
    """

    match_clicked = Signal(str)
    scrolled = Signal()

    def __init__(self, side: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.side = side
        self._doc: Document | None = None
        self._partner: Document | None = None
        self._index = SpanIndex([], side)
        self._offsets = Utf16Map("")
        self._layers: list[tuple[Layer, Span]] = []
        self._cycle: tuple[tuple[str, ...], int] = ((), 0)
        self._selected: Span | None = None
        self._note_marks: list[NoteMark] = []
        self._flash_on = False
        self._flash = QTimer(self)
        self._flash.setSingleShot(True)
        self._flash.setInterval(FLASH_MS)
        self._flash.timeout.connect(self._end_flash)
        self._relayout = QTimer(self)
        self._relayout.setSingleShot(True)
        self._relayout.setInterval(30)
        self._relayout.timeout.connect(self._after_relayout)

        name = "A" if side == "a" else "B"
        self.title = QLabel(self)
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setAccessibleName(f"Title of article {name}")
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title.setFont(font)
        # two lines, so both panes' text starts at the same height and bands stay level
        self.title.setFixedHeight(self.title.fontMetrics().lineSpacing() * 2 + 4)
        self.title.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom)
        self.source = QLabel(self)
        self.source.setTextFormat(Qt.TextFormat.PlainText)
        self.source.setAccessibleName(f"Source of article {name}")
        self.browser = PaneBrowser(self, self)
        self.browser.setReadOnly(True)
        self.browser.setOpenLinks(False)
        self.browser.setAcceptDrops(False)
        self.browser.setLineWrapMode(QTextEdit.LineWrapMode.WidgetWidth)
        self.browser.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.browser.setAccessibleName(f"Article {name}")
        self.browser.document().setDocumentMargin(10)
        self.overview = OverviewStrip(self)
        self.overview.setAccessibleName(f"Overview of article {name}")
        self.overview.position_requested.connect(self._scroll_to_fraction)

        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        row.addWidget(self.browser, 1)
        row.addWidget(self.overview)
        box = QVBoxLayout(self)
        box.setContentsMargins(4, 4, 4, 0)
        box.setSpacing(2)
        box.addWidget(self.title)
        box.addWidget(self.source)
        box.addLayout(row, 1)
        self.browser.verticalScrollBar().valueChanged.connect(self._on_scroll)
        layout = self.browser.document().documentLayout()
        layout.documentSizeChanged.connect(lambda _size: self._relayout.start())

    # --- content --------------------------------------------------------------

    def document(self) -> Document | None:
        return self._doc

    def set_alignment(self, alignment: Alignment) -> None:
        doc = alignment.a if self.side == "a" else alignment.b
        self._doc = doc
        self._partner = alignment.b if self.side == "a" else alignment.a
        self._index = SpanIndex(alignment.matches, self.side)
        self._offsets = Utf16Map(doc.text)
        self._layers = layers_for(alignment, self.side)
        self._cycle = ((), 0)
        self._selected = None
        self._note_marks = []  # they belong to the old text; the notes dock re-applies them
        self.title.setText(doc.title or doc.path)
        self.source.setText(" · ".join(x for x in (doc.source, doc.date) if x) or doc.path)
        self.source.setToolTip(doc.path)
        qdoc = self.browser.document()
        qdoc.setPlainText(doc.text)
        self.browser.setExtraSelections([])
        self.apply_theme()
        self.browser.verticalScrollBar().setValue(0)
        self.refresh_overview()

    def apply_theme(self) -> None:
        """Re-derive the highlight formats from the current palette and re-apply them."""
        theme = Theme.from_palette(self.palette())
        apply_layers(self.browser.document(), self._layers, theme.formats(), self._offsets)
        self._update_selection()
        self._relayout.start()  # the overview follows once the text is laid out

    def refresh_overview(self) -> None:
        """Recompute the overview markers.

        The strip maps characters, not pixels: it needs no text layout (forcing the
        layout of a long article would freeze the window for a moment), and the visible
        window drawn on it is measured in characters too.
        """
        theme = Theme.from_palette(self.palette())
        colours = {layer: theme.swatch(layer) for layer in Layer}
        n = max(1, len(self._doc.text)) if self._doc is not None else 1
        markers = [
            Marker(span.start / n, span.end / n, colours[layer], OVERVIEW_LANES.get(layer, 0))
            for layer, span in self._layers
            if layer not in OVERVIEW_SKIP
        ]
        markers.sort(key=lambda m: m.lane)
        self.overview.set_markers(markers)
        self._update_window()

    # --- geometry (public, narrow) ---------------------------------------------

    def _doc_y(self, offset: int, bottom: bool = False) -> float:
        """Document y of an offset (top or bottom of its line)."""
        qdoc = self.browser.document()
        pos = min(self._offsets.to_qt(offset), max(0, qdoc.characterCount() - 1))
        block = qdoc.findBlock(pos)
        if not block.isValid():
            return 0.0
        rect = qdoc.documentLayout().blockBoundingRect(block)
        layout = block.layout()
        line = layout.lineForTextPosition(pos - block.position()) if layout else None
        if line is None or not line.isValid():
            return rect.top() + (rect.height() if bottom else 0.0)
        y = rect.top() + line.y()
        return y + (line.height() if bottom else 0.0)

    def span_y(self, span: Span) -> tuple[float, float]:
        """Top and bottom of ``span`` in viewport coordinates (may lie off-screen)."""
        scroll = self.browser.verticalScrollBar().value()
        return self._doc_y(span.start) - scroll, self._doc_y(
            max(span.start, span.end - 1), bottom=True
        ) - scroll

    def visible_range(self) -> Span:
        vp = self.browser.viewport()
        first = self.browser.cursorForPosition(QPoint(0, 0)).position()
        last = self.browser.cursorForPosition(QPoint(vp.width(), vp.height())).position()
        a, b = self._offsets.from_qt(first), self._offsets.from_qt(last)
        return Span(min(a, b), max(a, b) + 1)

    def offset_at_fraction(self, fraction: float) -> int:
        """Offset of the text at ``fraction`` of the viewport height."""
        y = int(self.browser.viewport().height() * fraction)
        return self._offsets.from_qt(self.browser.cursorForPosition(QPoint(1, y)).position())

    def put_offset_at_fraction(self, offset: int, fraction: float) -> None:
        """Scroll so ``offset`` sits at ``fraction`` of the viewport height."""
        bar = self.browser.verticalScrollBar()
        if offset <= 0:
            bar.setValue(0)
        elif self._doc is not None and offset >= len(self._doc.text):
            bar.setValue(bar.maximum())
        else:
            bar.setValue(round(self._doc_y(offset) - self.browser.viewport().height() * fraction))

    def scroll_fraction(self) -> float:
        bar = self.browser.verticalScrollBar()
        return bar.value() / bar.maximum() if bar.maximum() > 0 else 0.0

    def ensure_visible(self, span: Span) -> None:
        """Scroll so ``span`` is in view, about a third down from the top."""
        top, bottom = self.span_y(span)
        h = self.browser.viewport().height()
        if top < 0 or bottom > h:
            self.put_offset_at_fraction(span.start, 0.3)

    def matches_at(self, offset: int) -> list[Match]:
        return self._index.at(offset)

    # --- selection and flash -----------------------------------------------------

    def selected_span(self) -> Span | None:
        """The passage the window selected (a match side), if any."""
        return self._selected

    def select_span(self, span: Span | None, flash: bool = False) -> None:
        self._selected = span
        if span is not None:
            cursor = QTextCursor(self.browser.document())
            cursor.setPosition(self._offsets.to_qt(span.start))
            cursor.setPosition(self._offsets.to_qt(span.end), QTextCursor.MoveMode.KeepAnchor)
            self.browser.setTextCursor(cursor)
        self._flash_on = flash and span is not None
        if self._flash_on:
            self._flash.start()
        self._update_selection()

    def _end_flash(self) -> None:
        self._flash_on = False
        self._update_selection()  # the selection stays; only the flash colour goes

    def stop_timers(self) -> None:
        self._flash.stop()
        self._relayout.stop()

    def _after_relayout(self) -> None:
        self.refresh_overview()
        self.scrolled.emit()

    def is_flashing(self) -> bool:
        return self._flash_on

    def set_note_marks(self, marks: Sequence[NoteMark]) -> None:
        """Hook for reader.ui.note_marks: notes' marks, laid under the selection."""
        self._note_marks = list(marks)
        self._update_selection()

    def _update_selection(self) -> None:
        """Extra selections: the note marks, then the selected match (and its flash)."""
        selections = []
        if self._note_marks and self._doc is not None:
            selections = mark_selections(
                self.browser.document(), self._doc.text, self._note_marks, self.palette()
            )
        if self._selected is not None:
            sel = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.browser.document())
            cursor.setPosition(self._offsets.to_qt(self._selected.start))
            cursor.setPosition(
                self._offsets.to_qt(self._selected.end), QTextCursor.MoveMode.KeepAnchor
            )
            sel.cursor = cursor
            sel.format = selection_format(Theme.from_palette(self.palette()), self._flash_on)
            selections.append(sel)
        self.browser.setExtraSelections(selections)

    # --- zoom and find -------------------------------------------------------------

    def zoom(self, steps: int) -> None:
        if steps > 0:
            self.browser.zoomIn(steps)
        elif steps < 0:
            self.browser.zoomOut(-steps)
        self._relayout.start()

    def find_text(self, text: str, backward: bool = False) -> bool:
        flags = QTextDocument.FindFlag.FindBackward if backward else QTextDocument.FindFlag(0)
        if self.browser.find(text, flags):
            return True
        cursor = self.browser.textCursor()  # wrap around
        cursor.movePosition(
            QTextCursor.MoveOperation.End if backward else QTextCursor.MoveOperation.Start
        )
        self.browser.setTextCursor(cursor)
        return self.browser.find(text, flags)

    # --- events ----------------------------------------------------------------------

    def hits(self, pos: QPoint) -> bool:
        return bool(self._hit(pos))

    def _hit(self, pos: QPoint) -> list[Match]:
        """Matches under a viewport point (only when the point is on the text itself)."""
        offset = self._offsets.from_qt(self.browser.cursorForPosition(pos).position())
        found = self._index.at(offset)
        if not found and offset > 0:
            found = self._index.at(offset - 1)
        return found

    def clicked_at(self, pos: QPoint) -> None:
        found = self._hit(pos)
        if not found:
            return
        ids = tuple(m.id for m in found)
        prev_ids, prev_i = self._cycle
        i = (prev_i + 1) % len(ids) if ids == prev_ids else 0
        self._cycle = (ids, i)
        self.match_clicked.emit(ids[i])

    def context_menu_at(self, pos: QPoint, global_pos: QPoint) -> bool:
        found = self._hit(pos)
        if not found or self._partner is None:
            return False
        menu = self.partner_menu(found)
        menu.popup(global_pos)
        return True

    def partner_menu(self, found: Sequence[Match]) -> QMenu:
        """A menu listing the partners of ``found``; choosing one emits match_clicked."""
        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.setAccessibleName("Partners")
        for m in found:
            label = partner_label(m, self._partner, self.side) if self._partner else m.id
            action = menu.addAction(label.replace("&", "&&"))
            action.setData(m.id)
            action.triggered.connect(lambda _=False, mid=m.id: self.match_clicked.emit(mid))
        return menu

    def tooltip_at(self, pos: QPoint, global_pos: QPoint) -> None:
        found = self._hit(pos)
        offset = self._offsets.from_qt(self.browser.cursorForPosition(pos).position())
        notes = mark_tooltip(marks_at(self._note_marks, offset))
        if (not found and not notes) or self._partner is None:
            QToolTip.hideText()
            return
        text = match_tooltip(found, self._partner, self.side) if found else "<qt></qt>"
        if notes:
            text = text.replace("<qt>", f"<qt>{notes}" + ("<hr>" if found else ""), 1)
        QToolTip.showText(global_pos, text, self)

    def _on_scroll(self) -> None:
        self._update_window()
        self.scrolled.emit()

    def _update_window(self) -> None:
        if self._doc is None:
            return
        n = max(1, len(self._doc.text))
        seen = self.visible_range()
        self.overview.set_window(seen.start / n, min(seen.end, n) / n)

    def _scroll_to_fraction(self, fraction: float) -> None:
        if self._doc is not None:
            self.put_offset_at_fraction(round(fraction * len(self._doc.text)), 0.5)

    def changeEvent(self, event: QEvent) -> None:
        """Light and dark follow the system: a new palette re-derives the highlights."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self._doc is not None:
            self.apply_theme()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._relayout.start()
