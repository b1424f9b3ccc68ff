"""The marks laid on an article pane's text from outside it: the notes' marks
(reader.ui.note_marks; a note on a match the pane's filter hides is marked as a note on
plain text, so that the reader's notes stay in sight) and what an update from the article
files changed (reader.ui.change_marks: a bar beside each changed sentence in the margin, a
wedge where a passage was taken out, a tick on the overview strip for each), a
bracket beside each of the article's correction notes (reader.ui.correction_marks), and
its flag on the overview strip, and the line where an article cut short stops
(reader.ui.cut_end_mark)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtGui import QColor

from reader.analysis.correction_notes import correction_notes
from reader.model import Document
from reader.model.update_mark import UpdateMark
from reader.ui.change_marks import change_colour
from reader.ui.cut_end_mark import cut_end_of
from reader.ui.geometry import Utf16Map
from reader.ui.note_marks import NoteMark
from reader.ui.removed_wedges import RemovedPlace

if TYPE_CHECKING:
    from reader.ui.article_pane import ArticlePane


class PaneMarks:
    """The note and change marks of one pane (the pane keeps ``change_marks``)."""

    def __init__(self, pane: ArticlePane) -> None:
        self._pane = pane
        self._doc: Document | None = None
        self._offsets = Utf16Map("")
        self._note_marks: Sequence[NoteMark] = ()  # as the notes give them

    def set_text(self, doc: Document, offsets: Utf16Map) -> None:
        """The pane shows another text: the marks belonged to the old one (the notes and
        the update lay theirs again)."""
        pane = self._pane
        self._doc, self._offsets = doc, offsets
        self._note_marks = ()
        notes = correction_notes(doc)  # a bracket beside each, the tooltip's first line
        pane.browser.correction_brackets = [
            (offsets.to_qt(n.span.start), offsets.to_qt(n.span.end)) for n in notes
        ]
        pane.pointer.corrections = notes
        # where the article stops, cut short (a paywall): a line and its words
        pane.browser.cut_end = pane.pointer.cut_end = cut_end_of(doc, pane.side, offsets)
        n = max(1, len(doc.text))  # and a flag on the overview strip, in reach at a glance
        pane.overview.set_flags([(note.span.start / n, note.span.end / n) for note in notes])
        pane.change_marks = ()
        pane.browser.change_bars = []
        pane.browser.removed_places = []
        pane.overview.set_changes([], QColor())

    def set_note_marks(self, marks: Sequence[NoteMark]) -> None:
        """The notes' marks, laid under the selection."""
        self._note_marks = marks
        self.lay_note_marks()

    def set_change_marks(self, marks: Sequence[UpdateMark]) -> None:
        """The sentences of this side an update from the article files changed, and the
        places of the passages it took out: a bar beside each sentence in the margin, a
        wedge at each place (and a caret in the text where sentences went), a tick on
        the overview strip for each, their earlier wording in the tooltip."""
        pane = self._pane
        colour = change_colour(pane.palette())  # the browser takes a new one after the pane
        if list(marks) == list(pane.change_marks) and colour == pane.browser.change_colour:
            return  # laid so already (this runs on every selection of a match)
        pane.change_marks = marks
        to_qt = self._offsets.to_qt
        changed = [m for m in marks if not m.removed]
        removed = [m for m in marks if m.removed]
        pane.browser.change_bars = [(to_qt(m.span.start), to_qt(m.span.end)) for m in changed]
        pane.browser.removed_places = [
            RemovedPlace(to_qt(m.span.start), m.paragraphs) for m in removed
        ]
        pane.browser.change_colour = colour
        pane.pointer.changes = marks
        n = max(1, len(self._doc.text)) if self._doc is not None else 1
        pane.overview.set_changes(
            [(m.span.start / n, m.span.end / n) for m in changed],
            colour,
            [m.span.start / n for m in removed],
        )
        pane.overview_runs.describe()  # the strip's words count them
        pane.browser.viewport().update()

    def lay_note_marks(self) -> None:
        """The notes' marks on screen: a note on a match the filter hides is marked as a
        note on plain text (a tint of its own), so that the reader's notes stay in sight."""
        pane, marks = self._pane, self._note_marks
        if not pane.pane_filter().shows_all():
            marks = [m if self._highlighted(m) else replace(m, on_match=False) for m in marks]
        pane.selections.set_note_marks(marks)
        pane.pointer.marks = pane.selections.note_marks

    def _highlighted(self, mark: NoteMark) -> bool:
        """Whether ``mark`` lies on a match the pane shows, as a whole side of it."""
        if not mark.on_match:
            return True  # marked as on plain text already
        span, side = mark.span, self._pane.side
        found = self._pane.matches_at(span.start)
        return any((m.a if side == "a" else m.b) == span for m in found)
