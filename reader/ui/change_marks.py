"""What an update from the article files changed, in the panes: a bar in the left margin
beside each sentence holding words the outlet changed (the session's
:class:`~reader.model.update_mark.UpdateMark` s), a wedge in the margin pointing at the
place of each passage it took out (a dashed line across the gap a paragraph left, a
caret in the text where sentences went: :mod:`reader.ui.removed_wedges`), a tick at
the left edge of the overview strip for each, and, with the pointer on the sentence, its
bar or the wedge, in the tooltip: the changed words before and now, struck through and
in bold, in a few words of context, or the words taken out (a paragraph, or of this
paragraph).

A bar rather than a mark on the words: the words keep their highlights, note marks and
selection as they were, and the bar is told from all of them by its place. Its colour
(a brown, lighter on a dark page) reads at 3:1 on the page in light, dark and
high-contrast palettes (``change_colour``; tests/ui/test_change_marks.py measures it).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import QTextEdit

from reader.model.session import Session
from reader.model.update_mark import UpdateMark
from reader.session.update_marks import (
    before_words,
    first_words,
    mark_changes,
    marks_on,
    paragraphs_taken,
)
from reader.session.word_changes import Kind, in_context
from reader.ui.highlights import LINE_CONTRAST, readable
from reader.ui.removed_wedges import BAR_X, RemovedPlace, paint_wedges, wedges_in_view
from reader.ui.selected_frame import passage_lines

if TYPE_CHECKING:
    from reader.ui.article_pane import ArticlePane

CHANGE_COLOUR = "#9A6324"  # brown: no kind's, nor the notes', colour
CHANGE_SIGN = "✱"  # opens the tooltip's line about the change
BAR_WIDTH = 3.0
CHANGED = "Changed in the update from the article file"
REMOVED = "Taken out here in the update from the article file"
REMOVED_SENTENCES = "Taken out of this paragraph in the update from the article file"
REMOVED_WORDS = 40  # words of a passage taken out the tooltip gives, at most


def change_colour(palette: QPalette) -> QColor:
    """The bars' colour on a page of ``palette``: the brown, lighter on a dark page, moved
    towards the text colour as far as it takes to stand out at 3:1 from the page."""
    base = palette.color(QPalette.ColorRole.Base)
    text = palette.color(QPalette.ColorRole.Text)
    colour = QColor(CHANGE_COLOUR)
    if base.lightnessF() < 0.5:
        colour = colour.lighter(170)
    return readable(colour, [base], text, LINE_CONTRAST)


def _pieces_html(pieces: Sequence[tuple[str, Kind]], shown: Kind) -> str:
    """One wording as rich text: the kept words, and those of kind ``shown`` marked (taken
    out: struck through; put in: bold)."""
    out = []
    for text, kind in pieces:
        if kind is Kind.SAME:
            out.append(escape(text))
        elif kind is shown:
            tag = "s" if kind is Kind.REMOVED else "b"
            out.append(f"<{tag}>{escape(text.strip())}</{tag}>")
            if text[:1] == " ":
                out[-1] = " " + out[-1]
    return " ".join("".join(out).split())


def change_lines(mark: UpdateMark, text: str) -> str:
    """A changed sentence's wording before the update and now, the words taken out
    struck through and those put in bold, each cut to the changes and a few words either
    side (``text``: the article's text now); the words of a passage taken out."""
    if mark.removed:
        return f"“{escape(first_words(mark.before, REMOVED_WORDS))}”"
    if not mark.before:
        return escape(before_words(mark))
    cut = [(p.text, p.kind) for p in in_context(mark_changes(mark, text))]
    if not any(kind is not Kind.SAME for _t, kind in cut):  # the spacing alone
        return escape(before_words(mark))
    was, now = _pieces_html(cut, Kind.REMOVED), _pieces_html(cut, Kind.ADDED)
    return f"Before: “{was}”<br>Now: “{now}”"


def removed_title(mark: UpdateMark) -> str:
    """What the tooltip calls a passage taken out: the paragraphs it was, the sentences
    of this paragraph, or (a mark an older Crossread saved does not say) a passage."""
    if mark.paragraphs is None:
        return REMOVED
    if not mark.paragraphs:
        return REMOVED_SENTENCES
    return f"{paragraphs_taken(mark.paragraphs)} {REMOVED[0].lower()}{REMOVED[1:]}"


def change_tooltip(marks: Sequence[UpdateMark], text: str) -> str:
    """Rich-text lines (no <qt> wrapper) for a tooltip over changed text, or a place a
    passage was taken out of ("" for none); ``text``: the article's text now."""
    return "<br>".join(
        f"{CHANGE_SIGN} <b>{removed_title(m) + ':' if m.removed else CHANGED + '.'}</b><br>"
        + change_lines(m, text)
        for m in marks
    )


def bar_runs(view: QTextEdit, spans: Iterable[tuple[int, int]]) -> list[tuple[float, float]]:
    """The viewport (top, bottom) of the lines of each Qt span, those in view only."""
    height = view.viewport().height()
    out = []
    for start, end in spans:
        lines = passage_lines(view, start, end)
        if not lines:
            continue
        top, bottom = min(r.top() for r in lines), max(r.bottom() for r in lines)
        if bottom >= 0 and top <= height:
            out.append((top, bottom))
    return out


def paint_bars(
    view: QTextEdit,
    spans: Sequence[tuple[int, int]],
    colour: QColor,
    places: Sequence[RemovedPlace] = (),
) -> None:
    """A bar in the left margin of ``view`` beside the lines of each Qt span, and the
    mark of each passage taken out at ``places`` (:mod:`reader.ui.removed_wedges`)."""
    if not spans and not places:
        return
    runs = bar_runs(view, spans)
    wedges = wedges_in_view(view, places)
    if not runs and not wedges:
        return
    painter = QPainter(view.viewport())
    try:
        for top, bottom in runs:
            painter.fillRect(QRectF(BAR_X, top, BAR_WIDTH, bottom - top), colour)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        paint_wedges(painter, wedges, colour)
    finally:
        painter.end()


def apply_change_marks(panes: Iterable[ArticlePane], session: Session | None) -> None:
    """Show ``session``'s update marks on each pane (only on a pane showing its text)."""
    for pane in panes:
        doc = pane.document()
        if doc is None:
            continue
        marks: list[UpdateMark] = []
        if session is not None:
            expected = session.alignment.a if pane.side == "a" else session.alignment.b
            if doc.text != expected.text:
                continue
            marks = marks_on(session.update_marks, pane.side)
        pane.marks.set_change_marks(marks)


__all__ = [
    "BAR_WIDTH",
    "BAR_X",
    "CHANGED",
    "CHANGE_COLOUR",
    "REMOVED",
    "REMOVED_SENTENCES",
    "REMOVED_WORDS",
    "apply_change_marks",
    "bar_runs",
    "change_colour",
    "change_lines",
    "change_tooltip",
    "paint_bars",
    "removed_title",
]
