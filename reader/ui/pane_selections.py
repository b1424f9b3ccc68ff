"""What an article pane lays over its text besides the highlights, as extra selections of
its text view, bottom to top: the notes' marks, the passage the window selected (a match
side, flashed for a moment where the reader's eye should go, with its disputed figures
kept orange and the words its partner words differently marked (reader.ui.wording_marks);
in a dark palette drawn over the view's own selection, which made it read like a claim),
the place to look near a passage only one article reports, and the find
bar's hits. Each change lays them all again; the note marks and the find hits are laid
from a cache (thousands of notes take a while).

Offsets in are Python str offsets into the pane's ``Document.text``, except the find hits
(Qt positions, as the find bar has them)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QColor, QPalette, QTextCursor
from PySide6.QtWidgets import QTextEdit

from reader.model import Discrepancy, Document, Span
from reader.session.match_wording import Lack
from reader.ui.geometry import Utf16Map
from reader.ui.highlights import (
    Layer,
    Theme,
    find_mark_format,
    over_selection_format,
    selected_frame_colour,
    selection_format,
)
from reader.ui.lack_carets import Carets
from reader.ui.note_marks import NoteMark, mark_selections
from reader.ui.text_geometry import span_selection
from reader.ui.wording_marks import differ_format, seen_selected

if TYPE_CHECKING:
    from reader.ui.article_pane import ArticlePane

FLASH_MS = 700

Laid = tuple[object, list[QTextEdit.ExtraSelection]]  # what they were laid for, and them


class PaneSelections(QObject):
    """The extra selections of one pane's text view (its browser)."""

    def __init__(self, pane: ArticlePane) -> None:
        super().__init__(pane)
        self._pane = pane
        self._doc: Document | None = None
        self._offsets = Utf16Map("")
        self._discrepancies: Sequence[Discrepancy] = ()
        self._selected: Span | None = None
        self._differing: list[Span] = []  # the selected match's words that differ
        self._lacking: list[Lack] = []  # where only its partner has words (carets)
        self._differ_line = QColor()  # the colour of their boxes
        self._differ_ground = QColor()  # and of their ground
        self._near: Span | None = None  # where to look: marked, not selected (show_near)
        self.note_marks: list[NoteMark] = []
        self._mark_selections: Laid | None = None
        self._find_hits: list[tuple[int, int]] = []
        self._find_selections: Laid | None = None
        self._flash_on = False
        self.flash_timer = QTimer(self)
        self.flash_timer.setSingleShot(True)
        self.flash_timer.setInterval(FLASH_MS)
        self.flash_timer.timeout.connect(self._end_flash)

    def set_text(
        self, doc: Document, offsets: Utf16Map, discrepancies: Sequence[Discrepancy]
    ) -> None:
        """The pane shows another text: nothing is selected or marked in it yet (the notes
        dock lays the notes' marks again, the find bar its hits)."""
        self._doc, self._offsets, self._discrepancies = doc, offsets, discrepancies
        self._selected = self._near = None
        self._differing, self._lacking = [], []
        self.note_marks = []
        self._mark_selections = None
        self._find_hits, self._find_selections = [], None

    # --- the selected passage and its flash ---------------------------------------------

    def selected_span(self) -> Span | None:
        """The passage the window selected (a match side), if any."""
        return self._selected

    def chosen_position(self) -> int | None:
        """Where the selected passage starts in the text view (a Qt position), if any."""
        span = self._selected
        return None if span is None or self._doc is None else self._offsets.to_qt(span.start)

    def select_span(self, span: Span | None, flash: bool = False) -> None:
        """Select ``span`` (None: nothing, the reader's own selection included); the
        pane does not scroll (``ensure_visible`` places a passage where it can be read)."""
        browser = self._pane.browser
        self._selected, self._near = span, None
        self._differing, self._lacking = [], []  # the match chosen marks its own (set_differing)
        if span is not None:
            cursor = QTextCursor(browser.document())
            cursor.setPosition(self._offsets.to_qt(span.start))
            cursor.setPosition(self._offsets.to_qt(span.end), QTextCursor.MoveMode.KeepAnchor)
            self._put_cursor(cursor)
        elif browser.textCursor().hasSelection():
            cursor = browser.textCursor()
            cursor.clearSelection()
            self._put_cursor(cursor)
        self._flash_on = flash and span is not None
        if self._flash_on:
            self.flash_timer.start()
        self.update()

    def read_from_start(self) -> None:
        """The text cursor at the start of the selected passage, the passage still
        selected: a reader sent to it with the keyboard reads on from its first word."""
        span = self._selected
        if span is None:
            return
        cursor = QTextCursor(self._pane.browser.document())
        cursor.setPosition(self._offsets.to_qt(span.end))
        cursor.setPosition(self._offsets.to_qt(span.start), QTextCursor.MoveMode.KeepAnchor)
        self._put_cursor(cursor)

    def unselect(self, span: Span) -> None:
        """``span`` is selected no more (its match was hidden): its tint goes, and the text
        cursor's selection while it is still that passage; a passage the reader selected
        since then stays selected."""
        if self._selected != span:
            return
        self._selected, self._flash_on = None, False
        self._differing, self._lacking = [], []
        self.flash_timer.stop()
        cursor = self._pane.browser.textCursor()
        on = (self._offsets.to_qt(span.start), self._offsets.to_qt(span.end))
        if (cursor.selectionStart(), cursor.selectionEnd()) == on:
            cursor.clearSelection()
            self._put_cursor(cursor)
        self.update()

    def release(self) -> None:
        """Let go of the text the reader selected, the text cursor staying where it is and
        the view where it is (a note was written on it: left selected, it would be taken
        again by the next Add note, made on a selection in the other article)."""
        cursor = self._pane.browser.textCursor()
        if cursor.hasSelection():
            cursor.clearSelection()
            self._put_cursor(cursor)

    def _put_cursor(self, cursor: QTextCursor) -> None:
        """Make ``cursor`` the text view's, where the view is: setTextCursor would scroll
        the cursor into view."""
        browser = self._pane.browser
        bar = browser.verticalScrollBar()
        before = bar.value()
        bar.blockSignals(True)
        try:
            browser.setTextCursor(cursor)
            bar.setValue(before)
        finally:
            bar.blockSignals(False)

    def set_differing(self, spans: Sequence[Span], lacking: Sequence[Lack] = ()) -> None:
        """Mark ``spans``, the selected match's words its partner words differently
        (reader.ui.wording_marks), and with a caret the places of ``lacking``, where
        only its partner has words, while that match stays selected; none: no marks."""
        spans, places = list(spans), list(lacking)
        if spans != self._differing or places != self._lacking:
            self._differing, self._lacking = spans, places
            self.update()

    def differing(self) -> list[Span]:
        """The words that differ marked in the selected passage."""
        span = self._selected
        if span is None:
            return []
        return [s for s in self._differing if span.start <= s.start and s.end <= span.end]

    def lacking(self) -> list[Lack]:
        """The places marked in the selected passage where only its partner has words."""
        span = self._selected
        if span is None:
            return []
        return [p for p in self._lacking if span.start <= p.at <= span.end]

    def is_flashing(self) -> bool:
        return self._flash_on

    def _end_flash(self) -> None:
        self._flash_on = False
        self.update()  # the selection stays; only the flash colour goes

    def show_near(self, span: Span | None) -> None:
        """Mark ``span`` as the place to look (the other article's sentence closest to a
        passage only one reports) in the find bar's tint, without selecting it: Add note
        and Copy do not take it; the next selection in this pane ends it."""
        self._near = span
        self.update()

    def near_span(self) -> Span | None:
        return self._near

    # --- note marks and find hits ---------------------------------------------------------

    def set_note_marks(self, marks: Sequence[NoteMark]) -> None:
        """The notes' marks, laid under the selection."""
        marks = list(marks)
        if marks != self.note_marks:
            self.note_marks = marks
            self._mark_selections = None
        self.update()

    def _marks_laid(self) -> list[QTextEdit.ExtraSelection]:
        """The note marks' extra selections: made again only when the marks, the text or
        the palette changed (thousands of notes take a while, and every selection of a
        match or note lays them again)."""
        if not self.note_marks or self._doc is None:
            return []
        document, palette = self._pane.browser.document(), self._pane.palette()
        key = (document, self._doc, palette.base().color().rgb(), palette.text().color().rgb())
        if self._mark_selections is None or self._mark_selections[0] != key:
            laid = mark_selections(document, self._doc.text, self.note_marks, palette)
            self._mark_selections = (key, laid)
        return list(self._mark_selections[1])

    def set_find_hits(self, hits: Sequence[tuple[int, int]]) -> None:
        """Mark every hit of the find bar's search, (start, end) in Qt positions of the
        pane's text, over the selected match; none: no marks."""
        hits = list(hits)
        if hits != self._find_hits:
            self._find_hits, self._find_selections = hits, None
            self.update()

    def find_hits(self) -> list[tuple[int, int]]:
        return list(self._find_hits)

    def _find_hits_laid(self) -> list[QTextEdit.ExtraSelection]:
        """The find hits' extra selections: made again only when the hits, the text or the
        palette changed (every selection of a match lays them again)."""
        if not self._find_hits:
            return []
        document, palette = self._pane.browser.document(), self._pane.palette()
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

    # --- laying them ------------------------------------------------------------------------

    def update(self) -> None:
        """Lay the extra selections again: the note marks, then the selected match (and its
        flash), then the place to look, then the find bar's hits."""
        browser = self._pane.browser
        selections = self._marks_laid()
        on_top: list[QTextEdit.ExtraSelection] = []  # over the text cursor's selection
        if self._selected is not None:
            theme = Theme.from_palette(self._pane.palette())
            spans = [(self._selected, selection_format(theme, self._flash_on))]
            # a dark palette's selected match stands apart from the claims drawn on top
            over = over_selection_format(theme, self._flash_on)
            spans += [(self._selected, over)] if over is not None else []
            # the words that differ, then the figures in dispute, orange, over it
            highlight = browser.palette().color(QPalette.ColorRole.Highlight)
            differ = differ_format(theme, seen_selected(theme, highlight))
            self._differ_line = differ.foreground().color()
            self._differ_ground = differ.background().color()
            spans += [(d, differ) for d in self.differing()]
            disputed = theme.formats()[Layer.DISCREPANCY]
            spans += [(d, disputed) for d in self._disputed_in(self._selected)]
            for span, fmt in spans:
                sel = span_selection(
                    browser.document(),
                    self._offsets.to_qt(span.start),
                    self._offsets.to_qt(span.end),
                    fmt,
                )
                if sel is None:
                    continue
                # drawn over the text cursor's selection too (but under a find hit)
                on_top += [sel] if fmt is over or fmt is disputed or fmt is differ else []
                selections += [sel] if fmt is not over else []
        if self._near is not None:
            palette = self._pane.palette()
            highlight = palette.color(QPalette.ColorRole.Highlight)
            near = span_selection(
                browser.document(),
                self._offsets.to_qt(self._near.start),
                self._offsets.to_qt(self._near.end),
                find_mark_format(Theme.from_palette(palette), highlight),
            )
            selections += [near] if near is not None else []
        selections += self._find_hits_laid()
        browser.setExtraSelections(selections)
        framed, boxed, carets = self._framed(), self._boxed(), self._carets()
        if (
            browser.on_top
            or on_top
            or (browser.framed, browser.boxed, browser.carets) != (framed, boxed, carets)
        ):
            browser.on_top, browser.framed, browser.boxed = on_top, framed, boxed
            browser.carets = carets
            browser.viewport().update()

    def _framed(self) -> tuple[int, int, QColor] | None:
        """Where the selected match is framed and in what colour, in a light palette
        (its green told from a claim's blue by hue alone); None without one."""
        if self._selected is None:
            return None
        palette = self._pane.palette()
        theme = Theme.from_palette(palette)
        colour = selected_frame_colour(theme, palette.color(QPalette.ColorRole.Highlight))
        if colour is None:
            return None
        span = self._selected
        return self._offsets.to_qt(span.start), self._offsets.to_qt(span.end), colour

    def _boxed(self) -> tuple[list[tuple[int, int]], QColor] | None:
        """The words that differ of the selected match, boxed (Qt positions), in their
        text's colour; None without them."""
        differing = self.differing()
        if not differing:
            return None
        to_qt = self._offsets.to_qt
        return [(to_qt(s.start), to_qt(s.end)) for s in differing], self._differ_line

    def _carets(self) -> Carets | None:
        """The places in the selected match where only its partner has words (Qt
        positions), each with what the partner says there, in the marks' colours."""
        lacking = self.lacking()
        if not lacking:
            return None
        places = [(self._offsets.to_qt(p.at), p.said) for p in lacking]
        return Carets(places, self._differ_ground, self._differ_line)

    def _disputed_in(self, span: Span) -> list[Span]:
        """This side's passages of the discrepancies inside ``span``."""
        side = self._pane.side
        ours = (d.a if side == "a" else d.b for d in self._discrepancies)
        return [d for d in ours if span.start <= d.start and d.end <= span.end]
