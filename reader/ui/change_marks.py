"""What an update from the article files changed, in the panes: a bar in the left margin
beside each sentence holding words the outlet changed (the session's
:class:`~reader.model.update_mark.UpdateMark` s), a tick at the left edge of the overview
strip for each, and, with the pointer on the sentence or its bar, its wording before
the update in the tooltip.

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
from reader.session.update_marks import before_words, marks_on
from reader.ui.highlights import LINE_CONTRAST, readable
from reader.ui.selected_frame import passage_lines

if TYPE_CHECKING:
    from reader.ui.article_pane import ArticlePane

CHANGE_COLOUR = "#9A6324"  # brown: no kind's, nor the notes', colour
CHANGE_SIGN = "✱"  # opens the tooltip's line about the change
BAR_X = 2.0  # pixels from the viewport's left edge (in the document's 10-pixel margin)
BAR_WIDTH = 3.0
CHANGED = "Changed in the update from the article file"


def change_colour(palette: QPalette) -> QColor:
    """The bars' colour on a page of ``palette``: the brown, lighter on a dark page, moved
    towards the text colour as far as it takes to stand out at 3:1 from the page."""
    base = palette.color(QPalette.ColorRole.Base)
    text = palette.color(QPalette.ColorRole.Text)
    colour = QColor(CHANGE_COLOUR)
    if base.lightnessF() < 0.5:
        colour = colour.lighter(170)
    return readable(colour, [base], text, LINE_CONTRAST)


def change_tooltip(marks: Sequence[UpdateMark]) -> str:
    """Rich-text lines (no <qt> wrapper) for a tooltip over changed text ("" for none)."""
    return "<br>".join(
        f"{CHANGE_SIGN} <b>{CHANGED}.</b><br>{escape(before_words(m))}" for m in marks
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


def paint_bars(view: QTextEdit, spans: Sequence[tuple[int, int]], colour: QColor) -> None:
    """A bar in the left margin of ``view`` beside the lines of each Qt span."""
    if not spans:
        return
    runs = bar_runs(view, spans)
    if not runs:
        return
    painter = QPainter(view.viewport())
    try:
        for top, bottom in runs:
            painter.fillRect(QRectF(BAR_X, top, BAR_WIDTH, bottom - top), colour)
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
        pane.set_change_marks(marks)


__all__ = [
    "BAR_WIDTH",
    "BAR_X",
    "CHANGED",
    "CHANGE_COLOUR",
    "apply_change_marks",
    "bar_runs",
    "change_colour",
    "change_tooltip",
    "paint_bars",
]
