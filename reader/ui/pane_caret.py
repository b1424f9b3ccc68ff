"""The text cursor of an article pane, for readers who use the keyboard (caret browsing):
what the cursor rests on is said in the status bar and the text view's accessible
description (the equivalent of the tooltip a mouse user gets by hovering), and Enter
jumps from the highlight at the cursor to its partner, as a click does. What the reader
selected with it or the mouse is ``reader_selection``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QWidget

from reader.analysis.cut_ends import after_end
from reader.model import Document, Match, Span
from reader.ui.correction_marks import correction_said
from reader.ui.focus_ring import FOCUS_RING as FOCUS_RING  # the articles import it from here
from reader.ui.focus_ring import draw_ring
from reader.ui.note_marks import NoteMark, marks_at
from reader.ui.tooltips import caret_summary

if TYPE_CHECKING:
    from reader.ui.article_pane import ArticlePane


# what the cursor rests on, as PaneCaret compares it: matches, only here, notes,
# boilerplate, a correction note; nothing at first (arriving on plain text says nothing)
NOTHING: tuple[object, ...] = ((), False, (), False, "")


class PaneCaret(QObject):
    """Watches a pane's text cursor.

    Signals:
        described(str): the cursor moved onto (or off) a highlight while the text view had
            the keyboard focus; the plain-text description ("" off any highlight).
        focus_changed(): the text view gained or lost the keyboard focus.
    """

    described = Signal(str)
    focus_changed = Signal()

    def __init__(self, pane: ArticlePane) -> None:
        super().__init__(pane)
        self._pane = pane
        self._said: tuple[object, ...] = NOTHING
        pane.browser.cursorPositionChanged.connect(self._moved)
        pane.browser.installEventFilter(self)
        pane.preview.installEventFilter(self)

    def offset(self) -> int:
        """The text offset of the cursor (a Python str offset into the pane's document)."""
        return self._pane.pointer.offsets.from_qt(self._pane.browser.textCursor().position())

    def matches(self) -> list[Match]:
        """The matches at the cursor, or ending just before it (the cursor after a word),
        as the pointer finds them (``PanePointer.matches_near``)."""
        return self._pane.pointer.matches_near(self.offset())

    def notes(self) -> list[NoteMark]:
        """The marks of the reader's notes at the cursor."""
        return marks_at(self._pane.pointer.marks, self.offset())

    def description(self) -> str:
        """What the cursor rests on, in words ("" for plain text): the reader's notes
        there (the hover's tooltip shows them), the article's correction note (its
        bracket and tooltip), the match or the passage only this article has, or
        boilerplate (shown dimmed: a colour a screen reader cannot say)."""
        pane, offset = self._pane, self.offset()
        doc, partner, al = pane.document(), pane.pointer.partner, pane.alignment()
        if doc is None or partner is None or al is None:
            return ""
        said = caret_summary(
            self.matches(),
            partner,
            pane.side,
            pane.pointer.details,
            al.is_only(pane.side, offset),
            al.closest_at(pane.side, offset),
            doc,
            post.poster if (post := doc.post_at(offset)) is not None else None,
            after_end(al, pane.side, offset),
        )
        if not said and in_boilerplate(doc, offset):
            said = BOILERPLATE_SAID
        fixed = correction_said(pane.side, pane.pointer.corrections, offset)
        return " · ".join(part for part in (notes_said(self.notes()), fixed, said) if part)

    def jump(self) -> bool:
        """Select the partner of the highlight at the cursor (again: the next partner), as
        a click there would; False when the cursor is on no highlight."""
        found = self.matches()
        if not found:
            return False
        self._pane.pointer.activate(found)
        return True

    def _moved(self) -> None:
        if not self._pane.browser.hasFocus():
            return  # the program placed the cursor (a match chosen elsewhere, a new text)
        offset, doc, al = self.offset(), self._pane.document(), self._pane.alignment()
        key = (
            tuple(m.id for m in self.matches()),
            al is not None and al.is_only(self._pane.side, offset),
            tuple(m.text for m in self.notes()),
            doc is not None and in_boilerplate(doc, offset),
            correction_said(self._pane.side, self._pane.pointer.corrections, offset),
        )
        if key == self._said:
            return
        self._said = key
        text = self.description()
        self._pane.browser.setAccessibleDescription(text)
        self.described.emit(text)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.FocusIn, QEvent.Type.FocusOut):
            self._said = NOTHING
            self.focus_changed.emit()
            if event.type() == QEvent.Type.FocusIn and watched is self._pane.browser:
                self._moved()  # say where the cursor is on arriving
        return super().eventFilter(watched, event)


BOILERPLATE_SAID = "Boilerplate (a byline, a credit, a link list): dimmed, not compared"


def in_boilerplate(doc: Document, offset: int) -> bool:
    """True when the character at ``offset`` is boilerplate."""
    return doc.within_boilerplate(Span(offset, offset + 1)) if offset < len(doc.text) else False


def notes_said(marks: list[NoteMark]) -> str:
    """The reader's notes at the cursor in one line ("Note: check the date / ...")."""
    lines = [line.strip() for m in marks for line in m.text.splitlines() if line.strip()]
    return "Note: " + " / ".join(lines) if lines else ""


def reader_selection(pane: ArticlePane) -> Span | None:
    """The text the reader selected in ``pane`` with the mouse or the keyboard (blanks at
    either end left out), or None. (``ArticlePane.selected_span`` is another thing: the
    passage the window selected, a match side.)"""
    doc = pane.document()
    cursor = pane.browser.textCursor()
    if doc is None or not cursor.hasSelection():
        return None
    offsets = pane.pointer.offsets  # the map of doc's text
    n = len(doc.text)
    start = min(n, offsets.from_qt(cursor.selectionStart()))
    end = min(n, offsets.from_qt(cursor.selectionEnd()))
    while start < end and doc.text[start].isspace():
        start += 1
    while end > start and doc.text[end - 1].isspace():
        end -= 1
    return Span(start, end) if end > start else None


def release_reader_selection(pane: ArticlePane, span: Span | None) -> None:
    """Let go of the selection in ``pane`` when it is ``span``, the passage a note was
    just written on (left selected, the next Add note, made on a selection in the other
    article, would take it too); a selection made since stays."""
    if span is None or reader_selection(pane) != span:
        return
    if pane.selected_span() == span:  # the window selected it again, showing the note
        pane.select_span(None)
    else:
        pane.selections.release()


def paint_focus_ring(pane: QWidget, view: QWidget) -> None:
    """A ring in the selection colour round ``view`` (a child of ``pane``) while it has
    the keyboard focus: the frame of a read-only text looks the same focused or not."""
    if not view.hasFocus():
        return
    # the pen centred half its width outside the view's edges (a QRectF's right is x +
    # width): one pixel less at the right and bottom put half the ring under the text
    half = FOCUS_RING / 2
    draw_ring(pane, view.geometry().toRectF().adjusted(-half, -half, half, half))
