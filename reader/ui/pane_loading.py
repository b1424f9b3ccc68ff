"""How an article pane's text comes on screen.

While a pair is being matched and no other is on screen, the pane can show its article's
plain text (``show_preview``) in a read-only box of its own (the pane's ``preview``).

A new text and its highlights are built off-screen a slice per event-loop turn
(``reader.ui.highlight_pass``) and handed to the pane (``built``) when complete, with the
place the reader had scrolled to in the preview; until then the pane keeps showing the
previous text, and ``is_loading()`` is true. A new theme re-formats the text on screen the
same way (``reformat``). ``flush()`` finishes either at once."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint, Qt, Signal
from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtWidgets import QWidget

from reader.model import Alignment, Document
from reader.ui.geometry import Utf16Map
from reader.ui.highlight_pass import PaneBuild
from reader.ui.highlights import Layer, Theme, heading_format
from reader.ui.sliced_job import SlicedJob, Steps
from reader.ui.title_label import show_labels

if TYPE_CHECKING:
    from reader.ui.article_pane import ArticlePane

PREVIEW_MAX_CHARS = 1_000_000  # longer articles wait for their matches (setPlainText cost)


class PaneLoading(QObject):
    """The preview, the build and the re-theme of one pane.

    Signals:
        built(object, int): a build is complete (its PaneBuild, and the Qt position the
            reader had got to in the preview, 0 without one); the preview has ended.
    """

    built = Signal(object, int)

    def __init__(self, pane: ArticlePane) -> None:
        super().__init__(pane)
        self._pane = pane
        self._building: PaneBuild | None = None
        self._build_job = SlicedJob(self)
        self._build_job.finished.connect(self._attach)
        self._theme_job = SlicedJob(self)

    # --- the preview ------------------------------------------------------------------------

    @staticmethod
    def can_preview(doc: Document) -> bool:
        """Whether ``show_preview`` would show ``doc`` (not over PREVIEW_MAX_CHARS)."""
        return len(doc.text) <= PREVIEW_MAX_CHARS

    def show_preview(self, doc: Document) -> bool:
        """Show ``doc``'s plain text and title until an alignment is shown (or
        ``end_preview``); False, showing nothing, for an article over PREVIEW_MAX_CHARS."""
        pane = self._pane
        if not self.can_preview(doc):
            self.end_preview()
            return False
        pane.preview.setFont(pane.browser.font())
        pane.preview.setPlainText(doc.text)
        self._format_spans(doc)
        show_labels(pane.title, pane.source, doc)
        switch_view(pane.browser, pane.preview)
        return True

    def _format_spans(self, doc: Document) -> None:
        """The preview's boilerplate (captions, bylines) in the grey italic it will keep,
        its headings in bold (merged into the preview's text: an extra selection paints
        colours, not fonts).

        All in one edit block: a QTextCursor placed outside one lays out the paragraph it
        lands in (to keep its x), which for the boilerplate spread through a 100,000-
        character article meant shaping paragraphs far off screen (8-19 ms a pane, the
        preview's largest cost), only to throw the layouts away as the format changed."""
        grey = Theme.from_palette(self._pane.palette()).formats()[Layer.BOILERPLATE]
        spans = [(span, grey) for span in doc.boilerplate]
        spans += [(span, heading_format()) for span in doc.headings]
        offsets = Utf16Map(doc.text)
        document = self._pane.preview.document()
        last = max(0, document.characterCount() - 1)
        cursor = QTextCursor(document)
        cursor.beginEditBlock()
        try:
            for span, fmt in spans:
                start, end = offsets.to_qt(span.start), min(offsets.to_qt(span.end), last)
                if end > start:
                    cursor.setPosition(start)
                    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
                    cursor.mergeCharFormat(fmt)
        finally:
            cursor.endEditBlock()

    def is_previewing(self) -> bool:
        return self._pane.preview.isVisibleTo(self._pane)

    def end_preview(self) -> None:
        """Back to the pane's own text (what it showed before the preview, if anything)."""
        pane = self._pane
        if not self.is_previewing():
            return
        switch_view(pane.preview, pane.browser)
        pane.preview.setExtraSelections([])
        pane.preview.clear()
        if pane.document() is None:
            pane.title.clear()
            pane.source.clear()

    # --- the build and the re-theme ---------------------------------------------------------

    def start(self, alignment: Alignment) -> None:
        """Build ``alignment``'s side off-screen (see ``built``); an unfinished build or
        re-theme is dropped."""
        self.cancel_loading()
        pane = self._pane
        document = QTextDocument(pane)
        theme = pane.theme()  # its hatching at the ratio of the pane's screen
        self._building = PaneBuild(alignment, pane.side, theme, document, pane.pane_filter())
        self._build_job.start(self._building.steps())

    def restart(self) -> bool:
        """Start a build under way over (with the palette and the filter of now); False:
        there is none."""
        if self._building is None:
            return False
        self.start(self._building.alignment)
        return True

    def reformat(self, steps: Steps) -> None:
        """Re-format the text on screen with ``steps`` (reader.ui.highlight_pass), from
        the next turn on (both panes get a new palette at once)."""
        self._theme_job.start(steps, now=False)

    def is_reformatting(self) -> bool:
        """True while the text on screen is being re-formatted (``reformat``)."""
        return self._theme_job.pending()

    def is_loading(self) -> bool:
        """True while a text set by ``ArticlePane.set_alignment`` is still being built."""
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
        """The build is complete: end the preview and hand the build to the pane."""
        build, self._building = self._building, None
        if build is None:
            return
        read_to = 0  # where the reader had got to in the preview (Qt position)
        if self.is_previewing():
            read_to = self._pane.preview.cursorForPosition(QPoint(0, 0)).position()
            self.end_preview()
        self.built.emit(build, read_to)


def switch_view(old: QWidget, new: QWidget) -> None:
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
