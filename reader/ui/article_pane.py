"""One article pane: title and source above, the read-only text with its highlights,
an overview strip beside it. Offsets in and out are Python str offsets into
``Document.text``; UTF-16 positions stay inside this module and its helpers.

The pane owns helpers, each in a module of its own: how its text comes on screen (the
plain preview while a pair is matched, the build off-screen, the re-theme:
``reader.ui.pane_loading``, its ``loading``), what it lays over the text (the selected
match and its flash, the place to look, note marks, find hits:
``reader.ui.pane_selections``, its ``selections``), what the pointer and the keyboard's
text cursor mean there (``reader.ui.pane_pointer``, ``reader.ui.pane_caret``)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPaintEvent, QResizeEvent, QTextCursor, QTextOption
from PySide6.QtWidgets import QHBoxLayout, QPlainTextEdit, QTextEdit, QVBoxLayout, QWidget

from reader.model import Alignment, Document, Match, Span
from reader.model.update_mark import UpdateMark
from reader.ui.change_marks import change_colour
from reader.ui.geometry import CONTEXT_LINES, SpanIndex, Utf16Map, jump_place
from reader.ui.highlight_pass import OverviewRun, PaneBuild, overview_markers
from reader.ui.highlights import Theme
from reader.ui.note_marks import NoteMark
from reader.ui.overview import OverviewStrip
from reader.ui.pane_browser import PaneBrowser
from reader.ui.pane_caret import FOCUS_RING, PaneCaret, paint_focus_ring
from reader.ui.pane_filter import PaneFilter
from reader.ui.pane_loading import PaneLoading
from reader.ui.pane_pointer import PanePointer
from reader.ui.pane_restyle import PaneRestyle
from reader.ui.pane_selections import PaneSelections
from reader.ui.ratio_watch import RatioWatch
from reader.ui.screen_reader import describe_label
from reader.ui.text_geometry import doc_y, watch_size
from reader.ui.title_label import SourceLine, TitleLabel, pane_labels

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
        self._overview: list[OverviewRun] = []
        self._note_marks: Sequence[NoteMark] = ()  # as the notes give them
        self.change_marks: Sequence[UpdateMark] = ()  # what an update changed, this side
        self.pointer = PanePointer(self)
        self._relayout = QTimer(self)
        self._relayout.setSingleShot(True)
        self._relayout.setInterval(30)
        self._relayout.timeout.connect(self._moved)

        name = "A" if side == "a" else "B"
        self.title = TitleLabel(self)  # two lines at most, the whole title in its tooltip
        describe_label(self.title, f"Title of article {name}")  # the title read out
        self._style_title()
        self.title.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom)
        self.source = SourceLine(self)  # shortened in its middle: a path can be long
        describe_label(self.source, f"Source of article {name}")
        self.browser = PaneBrowser(self, self.pointer)  # read-only, with a text cursor
        self.browser.chosen = self._chosen_position  # kept in view as the text wraps anew
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
        self._overview = build.overview
        self.restyle.built()
        # the selection, note marks and find hits belonged to the old text; the notes
        # dock and the find bar lay theirs again
        self._note_marks = ()
        self.change_marks = ()
        self.browser.change_bars = []
        self.browser.removed_places = []
        self.overview.set_changes([], QColor())
        self.selections.set_text(doc, build.offsets, build.alignment.discrepancies)
        self.pointer.set_text(build.partner, build.offsets, build.alignment.discrepancies)
        self.show_labels(doc)
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
        self.refresh_overview()
        self._relayout.start()
        self.alignment_shown.emit()

    def show_labels(self, doc: Document) -> None:
        """``doc``'s title above the text, its source and date (or where it comes from)
        under the title (reader.ui.title_label)."""
        title, line, where = pane_labels(doc)
        self.title.setText(title)
        self.source.setText(line)
        self.source.setToolTip(where)

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
        self.refresh_overview()
        self.set_change_marks(self.change_marks)  # their colour for the new palette

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
        self._lay_note_marks()

    def set_overview_runs(self, runs: list[OverviewRun]) -> None:
        """The overview strip's runs, worked out again (reader.ui.pane_restyle)."""
        self._overview = runs
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

    # --- selection (reader.ui.pane_selections) -------------------------------------------

    def selected_span(self) -> Span | None:
        """The passage the window selected (a match side), if any."""
        return self.selections.selected_span()

    def _chosen_position(self) -> int | None:
        """Where the selected passage starts in the browser (a Qt position), if any."""
        span = self.selections.selected_span()
        return None if span is None or self._doc is None else self._offsets.to_qt(span.start)

    def select_span(self, span: Span | None, flash: bool = False) -> None:
        """Select ``span`` (None: nothing, the reader's own selection included), flashed
        with ``flash``; the pane does not scroll (``ensure_visible`` places a passage where
        it can be read)."""
        self.selections.select_span(span, flash)

    def set_note_marks(self, marks: Sequence[NoteMark]) -> None:
        """Hook for reader.ui.note_marks: notes' marks, laid under the selection."""
        self._note_marks = marks
        self._lay_note_marks()

    def set_change_marks(self, marks: Sequence[UpdateMark]) -> None:
        """Hook for reader.ui.change_marks: the sentences of this side an update from the
        article files changed, and the places of the passages it took out: a bar beside
        each sentence in the margin, a wedge at each place, a tick on the overview strip
        for each, their earlier wording in the tooltip."""
        colour = change_colour(self.browser.palette())
        if list(marks) == list(self.change_marks) and colour == self.browser.change_colour:
            return  # laid so already (this runs on every selection of a match)
        self.change_marks = marks
        to_qt = self._offsets.to_qt
        changed = [m for m in marks if not m.removed]
        removed = [m for m in marks if m.removed]
        self.browser.change_bars = [(to_qt(m.span.start), to_qt(m.span.end)) for m in changed]
        self.browser.removed_places = [to_qt(m.span.start) for m in removed]
        self.browser.change_colour = colour
        self.pointer.changes = marks
        n = max(1, len(self._doc.text)) if self._doc is not None else 1
        self.overview.set_changes(
            [(m.span.start / n, m.span.end / n) for m in changed],
            colour,
            [m.span.start / n for m in removed],
        )
        self.browser.viewport().update()

    def _lay_note_marks(self) -> None:
        """The notes' marks on screen: a note on a match the filter hides is marked as a
        note on plain text (a tint of its own), so that the reader's notes stay in sight."""
        marks = self._note_marks
        if not self.restyle.shown.shows_all():
            marks = [m if self._highlighted(m) else replace(m, on_match=False) for m in marks]
        self.selections.set_note_marks(marks)
        self.pointer.marks = self.selections.note_marks

    def _highlighted(self, mark: NoteMark) -> bool:
        """Whether ``mark`` lies on a match the pane shows, as a whole side of it."""
        if not mark.on_match:
            return True  # marked as on plain text already
        span, side = mark.span, self.side
        return any((m.a if side == "a" else m.b) == span for m in self.matches_at(span.start))

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
        self._relayout.start()

    def _moved(self) -> None:
        """The visible part of the text changed (a scroll, or a new layout: the overview's
        markers map characters, and a new layout leaves them where they are)."""
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
