"""One article pane: title and source above, the read-only text with its highlights,
an overview strip beside it. Offsets in and out are Python str offsets into
``Document.text``; UTF-16 positions stay inside this module.

A new text and its highlights are built off-screen a slice per event-loop turn
(``reader.ui.highlight_pass``) and swapped in when complete, so a 5 MB article never
holds the window up for long; until then the pane keeps showing the previous text, and
``is_loading()`` is true. A new theme re-formats the text on screen the same way, the
visible part first. ``flush()`` finishes either at once.

While a pair is being matched and no other is on screen, the pane can show its article's
plain text (``show_preview``) in a read-only box of its own; the built text replaces it,
at the place the reader had scrolled to."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import (
    QPaintEvent,
    QPalette,
    QResizeEvent,
    QTextCursor,
    QTextDocument,
    QTextOption,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QMenu,
    QPlainTextEdit,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from reader.model import Alignment, Document, Match, Span
from reader.ui.geometry import SpanIndex, Utf16Map
from reader.ui.highlight_pass import (
    REGION_CHARS,
    OverviewRun,
    PaneBuild,
    format_steps,
    line_chunks,
    overview_markers,
)
from reader.ui.highlights import (
    Layer,
    Theme,
    find_mark_format,
    iter_layers,
    selection_format,
)
from reader.ui.note_marks import NoteMark, mark_selections
from reader.ui.overview import OverviewStrip
from reader.ui.pane_browser import PaneBrowser
from reader.ui.pane_caret import FOCUS_RING, PaneCaret, paint_focus_ring
from reader.ui.pane_pointer import PanePointer
from reader.ui.sliced_job import SlicedJob
from reader.ui.text_geometry import doc_y, span_selection, watch_size
from reader.ui.title_label import SourceLine, TitleLabel, source_line
from reader.ui.tooltips import partner_label

FLASH_MS = 700
PREVIEW_MAX_CHARS = 1_000_000  # longer articles wait for their matches (setPlainText cost)


# what an empty pane says (no pair open yet)
EMPTY_HINTS = {
    "a": "Open two articles with Ctrl+O, or drop two files here.",
    "b": "The second article appears here.",
}


class ArticlePane(QWidget):
    """A read-only article with highlights.

    Signals:
        match_clicked(str): the reader clicked (or chose from the menu) this match.
        scrolled(): the visible part of the text changed (scroll, resize, zoom).
        alignment_shown(): the text and highlights of the last ``set_alignment`` are on
            screen (at once for a short text, a few event-loop turns later for a long one).
    """

    match_clicked = Signal(str)
    scrolled = Signal()
    alignment_shown = Signal()

    def __init__(self, side: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.side = side
        self._doc: Document | None = None
        self._partner: Document | None = None
        self._index = SpanIndex([], side)
        self._offsets = Utf16Map("")
        self._alignment: Alignment | None = None
        self._overview: list[OverviewRun] = []
        self._building: PaneBuild | None = None
        self._build_job = SlicedJob(self)
        self._build_job.finished.connect(self._attach)
        self._theme_job = SlicedJob(self)
        self.pointer = PanePointer(self)
        self._selected: Span | None = None
        self._near: Span | None = None  # where to look: marked, not selected (show_near)
        self._note_marks: list[NoteMark] = []
        self._mark_selections: tuple[object, list[QTextEdit.ExtraSelection]] | None = None
        self._find_hits: list[tuple[int, int]] = []
        self._find_selections: tuple[object, list[QTextEdit.ExtraSelection]] | None = None
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
        self.title = TitleLabel(self)  # two lines at most, the whole title in its tooltip
        self.title.setAccessibleName(f"Title of article {name}")
        self._style_title()
        self.title.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom)
        self.source = SourceLine(self)  # shortened in its middle: a path can be long
        self.source.setAccessibleName(f"Source of article {name}")
        self.browser = PaneBrowser(self, self.pointer)  # read-only, with a text cursor
        self.browser.setOpenLinks(False)
        self.browser.setAcceptDrops(False)
        self.browser.setLineWrapMode(QTextEdit.LineWrapMode.WidgetWidth)
        self.browser.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.browser.setAccessibleName(f"Article {name}")
        self.browser.setPlaceholderText(EMPTY_HINTS.get(side, ""))
        self.browser.document().setDocumentMargin(10)
        self.preview = QPlainTextEdit(self)
        PaneBrowser.set_caret_browsing(self.preview)
        self.preview.setUndoRedoEnabled(False)  # its formats are set once, never undone
        self.preview.setAccessibleName(f"Article {name}, being matched")
        self.preview.document().setDocumentMargin(10)
        self.preview.hide()
        self.overview = OverviewStrip(self)
        self.overview.setAccessibleName(f"Overview of article {name}")
        self.overview.position_requested.connect(self._scroll_to_fraction)
        self.caret = PaneCaret(self)  # the keyboard's text cursor: what it is on, Enter
        self.caret.focus_changed.connect(self.update)  # the focus ring

        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        row.addWidget(self.browser, 1)
        row.addWidget(self.preview, 1)
        row.addWidget(self.overview)
        box = QVBoxLayout(self)
        box.setContentsMargins(4, 4, 4, FOCUS_RING)
        box.setSpacing(2)
        box.addWidget(self.title)
        box.addWidget(self.source)
        box.addLayout(row, 1)
        self.browser.verticalScrollBar().valueChanged.connect(self._on_scroll)
        self._size_watch = watch_size(self.browser.document(), self._relayout.start)

    # --- content --------------------------------------------------------------

    def document(self) -> Document | None:
        return self._doc

    @staticmethod
    def can_preview(doc: Document) -> bool:
        """Whether ``show_preview`` would show ``doc`` (not over PREVIEW_MAX_CHARS)."""
        return len(doc.text) <= PREVIEW_MAX_CHARS

    def show_preview(self, doc: Document) -> bool:
        """Show ``doc``'s plain text and title until an alignment is shown (or
        ``end_preview``); False, showing nothing, for an article over PREVIEW_MAX_CHARS."""
        if not self.can_preview(doc):
            self.end_preview()
            return False
        self.preview.setFont(self.browser.font())
        self.preview.setPlainText(doc.text)
        self._format_boilerplate(doc)
        self.title.setText(doc.title or doc.path)
        self.source.setText(source_line(doc))
        self._switch_view(self.browser, self.preview)
        return True

    def _format_boilerplate(self, doc: Document) -> None:
        """The preview's boilerplate (captions, bylines) in the grey italic it will keep
        (merged into the preview's text: an extra selection paints colours, not fonts).

        All in one edit block: a QTextCursor placed outside one lays out the paragraph it
        lands in (to keep its x), which for the boilerplate spread through a 100,000-
        character article meant shaping paragraphs far off screen (8-19 ms a pane, the
        preview's largest cost), only to throw the layouts away as the format changed."""
        grey = Theme.from_palette(self.palette()).formats()[Layer.BOILERPLATE]
        offsets = Utf16Map(doc.text)
        document = self.preview.document()
        last = max(0, document.characterCount() - 1)
        cursor = QTextCursor(document)
        cursor.beginEditBlock()
        try:
            for span in doc.boilerplate:
                start, end = offsets.to_qt(span.start), min(offsets.to_qt(span.end), last)
                if end > start:
                    cursor.setPosition(start)
                    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
                    cursor.mergeCharFormat(grey)
        finally:
            cursor.endEditBlock()

    def text_view(self) -> QTextEdit | QPlainTextEdit:
        """The widget showing the pane's text now: its preview while it is matched."""
        return self.preview if self.is_previewing() else self.browser

    def is_previewing(self) -> bool:
        return self.preview.isVisibleTo(self)

    def end_preview(self) -> None:
        """Back to the pane's own text (what it showed before the preview, if anything)."""
        if not self.is_previewing():
            return
        self._switch_view(self.preview, self.browser)
        self.preview.setExtraSelections([])
        self.preview.clear()
        if self._doc is None:
            self.title.clear()
            self.source.clear()

    @staticmethod
    def _switch_view(old: QWidget, new: QWidget) -> None:
        """Show ``new`` in place of ``old`` (hidden first: showing a widget lays out its
        pane at once, and ``new`` must get the whole width); the keyboard focus, if ``old``
        had it, stays in this pane (hiding a focused widget hands the focus on to the
        next one: the other article, which find would then search)."""
        focused = old.hasFocus()
        if focused:
            old.clearFocus()
        old.hide()
        new.show()
        if focused:
            new.setFocus(Qt.FocusReason.OtherFocusReason)

    def set_alignment(self, alignment: Alignment) -> None:
        """Show ``alignment``'s side: built off-screen, on screen once complete (see
        ``alignment_shown``); an unfinished build or re-theme is dropped."""
        self.cancel_loading()
        document = QTextDocument(self)
        self._building = PaneBuild(
            alignment, self.side, Theme.from_palette(self.palette()), document
        )
        self._build_job.start(self._building.steps())

    def is_loading(self) -> bool:
        """True while a text set by ``set_alignment`` is still being built."""
        return self._building is not None

    def cancel_loading(self) -> None:
        """Drop an unfinished build or re-theme; the pane keeps what it shows."""
        self._theme_job.cancel()
        self._build_job.cancel()
        building, self._building = self._building, None
        if building is not None:
            building.document.deleteLater()

    def flush(self) -> None:
        """Finish an unfinished build or re-theme now."""
        self._build_job.flush()
        self._theme_job.flush()

    def _attach(self) -> None:
        """The build is complete: put its text on screen, in place of the old one."""
        build, self._building = self._building, None
        if build is None:
            return
        read_to = 0  # where the reader had got to in the preview (Qt position)
        if self.is_previewing():
            read_to = self.preview.cursorForPosition(QPoint(0, 0)).position()
            self.end_preview()
        doc = self._doc = build.doc
        self._partner = build.partner
        self._alignment, self._index, self._offsets = build.alignment, build.index, build.offsets
        self._overview = build.overview
        self._selected = self._near = None
        self._note_marks = []  # they belong to the old text; the notes dock re-applies them
        self._mark_selections = None
        self._find_hits, self._find_selections = [], None  # the find bar's, in the old text
        self.pointer.set_text(build.partner, build.offsets, build.alignment.discrepancies)
        self.title.setText(doc.title or doc.path)
        self.source.setText(source_line(doc))
        self.source.setToolTip(doc.path)
        self.browser.setExtraSelections([])
        old = self.browser.document()
        owned = old.parent() is self  # else the browser's own, which setDocument deletes
        build.document.setDocumentMargin(old.documentMargin())
        build.document.setDefaultFont(self.browser.font())
        self.browser.setDocument(build.document)
        if owned:
            old.deleteLater()
        self._size_watch = watch_size(self.browser.document(), self._relayout.start)
        self._update_selection()
        if read_to:  # the text cursor too (caret browsing goes on from there)
            cursor = QTextCursor(self.browser.document())
            cursor.setPosition(read_to)
            self.browser.setTextCursor(cursor)
        self.put_offset_at_fraction(self._offsets.from_qt(read_to), 0.0)
        self.refresh_overview()
        self._relayout.start()
        self.alignment_shown.emit()

    def apply_theme(self) -> None:
        """Re-derive the highlight formats from the current palette and re-apply them
        (a slice at a time, the visible part first; a build under way starts over)."""
        if self._building is not None:
            self.set_alignment(self._building.alignment)
            return
        if self._doc is None or self._alignment is None:
            return
        theme = Theme.from_palette(self.palette())
        regions = line_chunks(self._doc.text, REGION_CHARS)
        steps = format_steps(
            self.browser.document(),
            iter_layers(self._alignment, self.side),
            theme.formats(),
            self._offsets,
            regions,
            self.visible_range(),
        )
        self._theme_job.start(steps, now=False)  # both panes get the palette at once
        self._update_selection()
        self.refresh_overview()

    def refresh_overview(self) -> None:
        """Recolour the overview markers.

        The strip maps characters, not pixels: it needs no text layout (forcing the
        layout of a long article would freeze the window for a moment), and the visible
        window drawn on it is measured in characters too.
        """
        theme = Theme.from_palette(self.palette())
        self.overview.set_markers(overview_markers(self._overview, theme))
        self._update_window()

    # --- geometry (public, narrow) ---------------------------------------------

    def span_y(self, span: Span) -> tuple[float, float]:
        """Top and bottom of ``span`` in viewport coordinates (may lie off-screen).

        A span Qt has not laid out yet (far below, in a long text) is not laid out for
        this: it is reported below the viewport, at the bottom of the laid-out text.
        """
        qdoc = self.browser.document()
        self.pointer.offset_at(QPoint(0, self.browser.viewport().height()))  # lay out the view
        scroll = self.browser.verticalScrollBar().value()
        top = doc_y(qdoc, self._offsets.to_qt(span.start), lazy=True)
        end = self._offsets.to_qt(max(span.start, span.end - 1))
        return top - scroll, doc_y(qdoc, end, bottom=True, lazy=True) - scroll

    def visible_range(self) -> Span:
        vp = self.browser.viewport()
        a = self.pointer.offset_at(QPoint(0, 0))
        b = self.pointer.offset_at(QPoint(vp.width(), vp.height()))
        return Span(min(a, b), max(a, b) + 1)

    def offset_at_fraction(self, fraction: float) -> int:
        """Offset of the text at ``fraction`` of the viewport height."""
        y = int(self.browser.viewport().height() * fraction)
        return self.pointer.offset_at(QPoint(1, y))

    def put_offset_at_fraction(self, offset: int, fraction: float) -> None:
        """Scroll so ``offset`` sits at ``fraction`` of the viewport height."""
        self.browser.verticalScrollBar().setValue(self.scroll_value_for(offset, fraction))

    def scroll_value_for(self, offset: int, fraction: float) -> int:
        """The scroll value that puts ``offset`` at ``fraction`` of the viewport height
        (the top for 0, the bottom for the end; within the scroll range)."""
        bar = self.browser.verticalScrollBar()
        if offset <= 0:
            return 0
        if self._doc is not None and offset >= len(self._doc.text):
            return bar.maximum()
        y = doc_y(self.browser.document(), self._offsets.to_qt(offset))
        value = round(y - self.browser.viewport().height() * fraction)
        return max(bar.minimum(), min(bar.maximum(), value))

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

    def is_only(self, offset: int) -> bool:
        """Whether ``offset`` lies in a passage only this pane's article reports."""
        if self._alignment is None:
            return False
        only = self._alignment.only_a if self.side == "a" else self._alignment.only_b
        return any(s.start <= offset < s.end for s in only)

    def closest_at(self, offset: int) -> Span | None:
        """In a passage only this article reports, the other article's sentence closest
        to the sentence at ``offset`` (None elsewhere, or when none comes near)."""
        al = self._alignment
        if al is None or not self.is_only(offset):
            return None
        closest = al.closest_a if self.side == "a" else al.closest_b
        return next((c.partner for c in closest if c.span.start <= offset < c.span.end), None)

    # --- selection and flash -----------------------------------------------------

    def selected_span(self) -> Span | None:
        """The passage the window selected (a match side), if any."""
        return self._selected

    def show_near(self, span: Span | None) -> None:
        """Mark ``span`` as the place to look (the other article's sentence closest to a
        passage only one reports) in the find bar's tint, without selecting it: Add note
        and Copy do not take it; the next selection in this pane ends it."""
        self._near = span
        self._update_selection()

    def near_span(self) -> Span | None:
        return self._near

    def select_span(self, span: Span | None, flash: bool = False) -> None:
        """Select ``span`` (None: nothing, the reader's own selection included); the
        pane does not scroll (``ensure_visible`` places a passage where it can be read)."""
        self._selected, self._near = span, None
        if span is not None:
            cursor = QTextCursor(self.browser.document())
            cursor.setPosition(self._offsets.to_qt(span.start))
            cursor.setPosition(self._offsets.to_qt(span.end), QTextCursor.MoveMode.KeepAnchor)
            bar = self.browser.verticalScrollBar()
            before = bar.value()
            bar.blockSignals(True)  # setTextCursor scrolls the span's end into view
            try:
                self.browser.setTextCursor(cursor)
                bar.setValue(before)
            finally:
                bar.blockSignals(False)
        elif self.browser.textCursor().hasSelection():
            cursor = self.browser.textCursor()
            cursor.clearSelection()
            self.browser.setTextCursor(cursor)
        self._flash_on = flash and span is not None
        if self._flash_on:
            self._flash.start()
        self._update_selection()

    def _end_flash(self) -> None:
        self._flash_on = False
        self._update_selection()  # the selection stays; only the flash colour goes

    def stop_timers(self) -> None:
        """Stop every timer, and what would start one (until a new text is shown)."""
        QObject.disconnect(self._size_watch)
        self._flash.stop()
        self._relayout.stop()
        self.cancel_loading()

    def _after_relayout(self) -> None:
        self._update_window()  # the markers map characters: a new layout leaves them
        self.scrolled.emit()

    def is_flashing(self) -> bool:
        return self._flash_on

    def set_note_marks(self, marks: Sequence[NoteMark]) -> None:
        """Hook for reader.ui.note_marks: notes' marks, laid under the selection."""
        marks = list(marks)
        if marks != self._note_marks:
            self._note_marks = marks
            self._mark_selections = None
        self.pointer.marks = self._note_marks
        self._update_selection()

    def _marks_laid(self) -> list[QTextEdit.ExtraSelection]:
        """The note marks' extra selections: made again only when the marks, the text or
        the palette changed (thousands of notes take a while, and every selection of a
        match or note lays them again)."""
        if not self._note_marks or self._doc is None:
            return []
        document, palette = self.browser.document(), self.palette()
        key = (document, self._doc, palette.base().color().rgb(), palette.text().color().rgb())
        if self._mark_selections is None or self._mark_selections[0] != key:
            laid = mark_selections(document, self._doc.text, self._note_marks, palette)
            self._mark_selections = (key, laid)
        return list(self._mark_selections[1])

    def set_find_hits(self, hits: Sequence[tuple[int, int]]) -> None:
        """Mark every hit of the find bar's search, (start, end) in Qt positions of the
        pane's text, over the selected match; none: no marks."""
        hits = list(hits)
        if hits != self._find_hits:
            self._find_hits, self._find_selections = hits, None
            self._update_selection()

    def find_hits(self) -> list[tuple[int, int]]:
        return list(self._find_hits)

    def _find_hits_laid(self) -> list[QTextEdit.ExtraSelection]:
        """The find hits' extra selections: made again only when the hits, the text or the
        palette changed (every selection of a match lays them again)."""
        if not self._find_hits:
            return []
        document, palette = self.browser.document(), self.palette()
        highlight = palette.color(QPalette.ColorRole.Highlight)
        key = (
            document,
            palette.base().color().rgb(),
            palette.text().color().rgb(),
            highlight.rgb(),
        )
        if self._find_selections is None or self._find_selections[0] != key:
            fmt = find_mark_format(Theme.from_palette(palette), highlight)
            laid = [span_selection(document, start, end, fmt) for start, end in self._find_hits]
            self._find_selections = (key, [sel for sel in laid if sel is not None])
        return list(self._find_selections[1])

    def _update_selection(self) -> None:
        """Extra selections: the note marks, then the selected match (and its flash), then
        the find bar's hits."""
        selections = self._marks_laid()
        if self._selected is not None:
            theme = Theme.from_palette(self.palette())
            spans = [(self._selected, selection_format(theme, self._flash_on))]
            # the figures in dispute stay orange over the selected match
            disputed = theme.formats()[Layer.DISCREPANCY]
            spans += [(d, disputed) for d in self._disputed_in(self._selected)]
            for span, fmt in spans:
                sel = span_selection(
                    self.browser.document(),
                    self._offsets.to_qt(span.start),
                    self._offsets.to_qt(span.end),
                    fmt,
                )
                selections += [sel] if sel is not None else []
        if self._near is not None:
            palette = self.palette()
            highlight = palette.color(QPalette.ColorRole.Highlight)
            near = span_selection(
                self.browser.document(),
                self._offsets.to_qt(self._near.start),
                self._offsets.to_qt(self._near.end),
                find_mark_format(Theme.from_palette(palette), highlight),
            )
            selections += [near] if near is not None else []
        selections += self._find_hits_laid()
        self.browser.setExtraSelections(selections)

    def _disputed_in(self, span: Span) -> list[Span]:
        """This side's passages of the discrepancies inside ``span``."""
        if self._alignment is None:
            return []
        ours = (d.a if self.side == "a" else d.b for d in self._alignment.discrepancies)
        return [d for d in ours if span.start <= d.start and d.end <= span.end]

    # --- zoom and find -------------------------------------------------------------

    def zoom(self, steps: int) -> None:
        if steps > 0:
            self.browser.zoomIn(steps)
        elif steps < 0:
            self.browser.zoomOut(-steps)
        self.preview.setFont(self.browser.font())
        self._relayout.start()

    # --- events ----------------------------------------------------------------------

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

    def _style_title(self) -> None:
        """The title a little larger and bold than the pane's font, two lines high (one in
        a short pane: reader.ui.title_label), so both panes' text starts at the same
        height and bands stay level."""
        font = self.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title.setFont(font)
        self.title.fit_height()

    def changeEvent(self, event: QEvent) -> None:
        """Light and dark follow the system: a new palette re-derives the highlights; a
        new font (a larger system font) resizes the title."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self.apply_theme()
        elif event.type() == QEvent.Type.FontChange:
            self._style_title()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        paint_focus_ring(self, self.text_view())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._relayout.start()
