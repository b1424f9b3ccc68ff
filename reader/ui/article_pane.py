"""One article pane: title and source above, the read-only text with its highlights,
an overview strip beside it. Offsets in and out are Python str offsets into
``Document.text``; UTF-16 positions stay inside this module and its helpers.

The pane owns helpers, each in a module of its own: how its text comes on screen (the
plain preview while a pair is matched, the build off-screen, the re-theme:
``reader.ui.pane_loading``, its ``loading``), what it lays over the text (the selected
match and its flash, the place to look, note marks, find hits:
``reader.ui.pane_selections``, its ``selections``), the marks of notes and of an update
laid on the text (``reader.ui.pane_marks``, its ``marks``), what its overview strip shows
(``reader.ui.pane_overview``, its ``overview_runs``), what the pointer and the keyboard's
text cursor mean there (``reader.ui.pane_pointer``, ``reader.ui.pane_caret``)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QPaintEvent, QResizeEvent, QTextCursor, QTextOption
from PySide6.QtWidgets import QHBoxLayout, QPlainTextEdit, QTextEdit, QVBoxLayout, QWidget

from reader.model import Alignment, Document, Match, Span
from reader.model.update_mark import UpdateMark
from reader.ui.geometry import CONTEXT_LINES, SpanIndex, Utf16Map, jump_place
from reader.ui.highlight_pass import PaneBuild
from reader.ui.highlights import Theme
from reader.ui.note_marks import NoteMark
from reader.ui.overview import OverviewStrip
from reader.ui.pane_browser import PaneBrowser
from reader.ui.pane_caret import FOCUS_RING, PaneCaret, paint_focus_ring
from reader.ui.pane_filter import PaneFilter
from reader.ui.pane_loading import PaneLoading
from reader.ui.pane_marks import PaneMarks
from reader.ui.pane_overview import PaneOverview
from reader.ui.pane_pointer import PanePointer
from reader.ui.pane_restyle import PaneRestyle
from reader.ui.pane_selections import PaneSelections
from reader.ui.ratio_watch import RatioWatch
from reader.ui.screen_reader import describe_label
from reader.ui.text_geometry import doc_y, watch_size
from reader.ui.title_label import SourceLine, TitleLabel, show_labels

# what an empty pane says (no pair open yet)
EMPTY_HINTS = {
    "a": "Open two articles with Ctrl+O, paste them with Ctrl+Shift+V, or drop two files here.",
    "b": "The second article appears here. For an example first: Help > Open the sample pair.",
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
        self._index = SpanIndex([], side)
        self._offsets = Utf16Map("")
        self._alignment: Alignment | None = None
        self.change_marks: Sequence[UpdateMark] = ()  # what an update changed, this side
        self.pointer = PanePointer(self)
        self._relayout = QTimer(self)
        self._relayout.setSingleShot(True)
        self._relayout.setInterval(30)
        self._relayout.timeout.connect(self._moved)

        name = "A" if side == "a" else "B"
        self.title = TitleLabel(self)  # two lines at most, the whole title in its tooltip
        describe_label(self.title, f"Title of article {name}")  # the title read out
        self.title.style_after(self.font())
        self.title.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom)
        self.source = SourceLine(self)  # shortened in its middle: a path can be long
        describe_label(self.source, f"Source of article {name}")
        self.browser = PaneBrowser(self, self.pointer)  # read-only, with a text cursor
        self.browser.setOpenLinks(False)
        self.browser.setAcceptDrops(False)
        self.browser.setLineWrapMode(QTextEdit.LineWrapMode.WidgetWidth)
        self.browser.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.browser.setAccessibleName(f"Article {name}")
        self.browser.setPlaceholderText(EMPTY_HINTS.get(side, ""))
        self.browser.document().setDocumentMargin(10)
        self.preview = QPlainTextEdit(self)  # the plain text while matched (self.loading)
        PaneBrowser.set_caret_browsing(self.preview)
        self.preview.setUndoRedoEnabled(False)  # its formats are set once, never undone
        self.preview.setAccessibleName(f"Article {name}, being matched")
        self.preview.document().setDocumentMargin(10)
        self.preview.hide()
        self.loading = PaneLoading(self)
        self.restyle = PaneRestyle(self)  # the filter it highlights by, a new palette
        self._theme_ratio = self.devicePixelRatioF()  # the ratio the highlights were laid at
        RatioWatch(self, lambda: self._theme_ratio, self.apply_theme)  # another screen's
        self.loading.built.connect(self._attach)
        self.selections = PaneSelections(self)
        # the selected passage is kept in view as the text wraps anew
        self.browser.chosen = self.selections.chosen_position
        self.overview = OverviewStrip(self)
        self.overview.setAccessibleName(f"Overview of article {name}")
        self.overview_runs = PaneOverview(self)
        self.marks = PaneMarks(self)
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
        self.browser.verticalScrollBar().valueChanged.connect(self._moved)
        self._size_watch = watch_size(self.browser.document(), self._relayout.start)

    # --- content --------------------------------------------------------------

    def document(self) -> Document | None:
        return self._doc

    def text_view(self) -> QTextEdit | QPlainTextEdit:
        """The widget showing the pane's text now: its preview while it is matched."""
        return self.preview if self.loading.is_previewing() else self.browser

    def set_alignment(self, alignment: Alignment) -> None:
        """Show ``alignment``'s side: built off-screen, on screen once complete (see
        ``alignment_shown``); an unfinished build or re-theme is dropped."""
        self.loading.start(alignment)

    def _attach(self, build: PaneBuild, read_to: int) -> None:
        """The build is complete: put its text on screen, in place of the old one (or of
        the preview, read up to Qt position ``read_to``)."""
        doc = self._doc = build.doc
        self._alignment, self._index, self._offsets = build.alignment, build.index, build.offsets
        self.overview_runs.runs = build.overview
        self.restyle.built()
        # the selection, note marks and find hits belonged to the old text; the notes
        # dock and the find bar lay theirs again
        self.marks.set_text(doc, build.offsets)
        self.selections.set_text(doc, build.offsets, build.alignment.discrepancies)
        self.pointer.set_text(build.partner, build.offsets, build.alignment.discrepancies)
        show_labels(self.title, self.source, doc)
        self.browser.setExtraSelections([])
        old = self.browser.document()
        owned = old.parent() is self  # else the browser's own, which setDocument deletes
        build.document.setDocumentMargin(old.documentMargin())
        build.document.setDefaultFont(self.browser.font())
        self.browser.setDocument(build.document)
        if owned:
            old.deleteLater()
        self._size_watch = watch_size(self.browser.document(), self._relayout.start)
        self.selections.update()
        if read_to:  # the text cursor too (caret browsing goes on from there)
            cursor = QTextCursor(self.browser.document())
            cursor.setPosition(read_to)
            self.browser.setTextCursor(cursor)
        self.put_offset_at_fraction(self._offsets.from_qt(read_to), 0.0)
        self.overview_runs.refresh()
        self._relayout.start()
        self.alignment_shown.emit()

    def theme(self) -> Theme:
        """The highlights' theme: the pane's palette, the hatching at the ratio of the
        screen the pane is on (noted: on a screen of another ratio they are laid again)."""
        theme = Theme.of(self)
        self._theme_ratio = self.devicePixelRatioF()
        return theme

    def apply_theme(self) -> None:
        """Re-derive the highlight formats from the current palette and the screen's
        ratio and re-apply them (a slice at a time, the visible part first; a build under
        way starts over). The text, the reading place and the selection stay."""
        if self.loading.restart():
            return
        if self._doc is None or self._alignment is None:
            return
        self.restyle.theme_changed()
        self.selections.update()
        self.overview_runs.refresh()
        self.marks.set_change_marks(self.change_marks)  # their colour for the new palette

    def alignment(self) -> Alignment | None:
        """The alignment whose side the pane shows (built and on screen)."""
        return self._alignment

    def pane_filter(self) -> PaneFilter:
        """The matches the pane highlights (reader.ui.pane_filter)."""
        return self.restyle.shown

    def set_filter(self, shown: PaneFilter) -> None:
        """Highlight only the matches ``shown`` shows (the Matches panel's kinds and Min
        score) and their discrepancies, on the overview strip too; the others can no
        longer be clicked or hovered. Laid a slice at a time, the visible part first, in
        the stretches of text where a match appears or goes (a build under way starts
        over)."""
        if shown == self.restyle.shown:
            return
        self.restyle.set_filter(shown)
        self.marks.lay_note_marks()

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

    def ensure_visible(self, span: Span, context: bool = True) -> None:
        """Scroll so ``span`` is in view with a few lines of text above and below it
        (``context``; without, in view at all: the passage the reader clicked stays under
        the pointer), about a third down from the top (``geometry.jump_place``)."""
        top, bottom = self.span_y(span)
        margin = CONTEXT_LINES * self.browser.fontMetrics().lineSpacing() if context else 0
        place = jump_place(top, bottom, self.browser.viewport().height(), margin)
        if place is not None:
            self.put_offset_at_fraction(span.start, place)

    def matches_at(self, offset: int) -> list[Match]:
        """The matches at ``offset`` that the pane shows (see ``set_filter``)."""
        found, shown = self._index.at(offset), self.restyle.shown
        return found if shown.shows_all() else [m for m in found if shown.shows(m)]

    # --- selection (reader.ui.pane_selections) -------------------------------------------

    def selected_span(self) -> Span | None:
        """The passage the window selected (a match side), if any."""
        return self.selections.selected_span()

    def select_span(self, span: Span | None, flash: bool = False) -> None:
        """Select ``span`` (None: nothing, the reader's own selection included), flashed
        with ``flash``; the pane does not scroll (``ensure_visible`` places a passage where
        it can be read)."""
        self.selections.select_span(span, flash)

    def set_note_marks(self, marks: Sequence[NoteMark]) -> None:
        """Hook for reader.ui.note_marks: notes' marks, laid under the selection
        (reader.ui.pane_marks)."""
        self.marks.set_note_marks(marks)

    def stop_timers(self) -> None:
        """Stop every timer, and what would start one (until a new text is shown)."""
        QObject.disconnect(self._size_watch)
        self.selections.flash_timer.stop()
        self._relayout.stop()
        self.loading.cancel_loading()

    # --- zoom and events ---------------------------------------------------------------

    def zoom(self, steps: int) -> None:
        with self.browser.place_kept():  # the text read stays in view
            if steps > 0:
                self.browser.zoomIn(steps)
            elif steps < 0:
                self.browser.zoomOut(-steps)
        self.preview.setFont(self.browser.font())
        self.title.style_after(self.browser.font())  # the title grows with the text,
        self.source.setFont(self.browser.font())  # and the line of source and date
        self._relayout.start()

    def _moved(self) -> None:
        """The visible part of the text changed (a scroll, or a new layout: the overview's
        markers map characters, and a new layout leaves them where they are)."""
        self.overview_runs.update_window()
        self.scrolled.emit()

    def changeEvent(self, event: QEvent) -> None:
        """Light and dark follow the system: a new palette re-derives the highlights; a
        new font (a larger system font) resizes the title."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self.apply_theme()
        elif event.type() == QEvent.Type.FontChange:
            self.title.style_after(self.browser.font())

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        paint_focus_ring(self, self.text_view())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._relayout.start()
