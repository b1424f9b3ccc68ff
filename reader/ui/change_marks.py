"""What an update from the article files changed, in the panes: a bar in the left margin
beside each sentence holding words the outlet changed (the session's
:class:`~reader.model.update_mark.UpdateMark` s), a wedge in the margin pointing at the
place of each passage it took out (with a short line into the text there), a tick at
the left edge of the overview strip for each, and, with the pointer on the sentence, its
bar or the wedge, in the tooltip: the changed words before and now, struck through and
in bold, in a few words of context, or the words taken out.

A bar rather than a mark on the words: the words keep their highlights, note marks and
selection as they were, and the bar is told from all of them by its place. Its colour
(a brown, lighter on a dark page) reads at 3:1 on the page in light, dark and
high-contrast palettes (``change_colour``; tests/ui/test_change_marks.py measures it).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QPainter, QPalette, QPolygonF
from PySide6.QtWidgets import QTextEdit

from reader.model.session import Session
from reader.model.update_mark import UpdateMark
from reader.session.update_marks import before_words, first_words, mark_changes, marks_on
from reader.session.word_changes import Kind, in_context
from reader.ui.highlights import LINE_CONTRAST, readable
from reader.ui.selected_frame import passage_lines

if TYPE_CHECKING:
    from reader.ui.article_pane import ArticlePane

CHANGE_COLOUR = "#9A6324"  # brown: no kind's, nor the notes', colour
CHANGE_SIGN = "✱"  # opens the tooltip's line about the change
BAR_X = 2.0  # pixels from the viewport's left edge (in the document's 10-pixel margin)
BAR_WIDTH = 3.0
CHANGED = "Changed in the update from the article file"
REMOVED = "Taken out here in the update from the article file"
REMOVED_WORDS = 40  # words of a passage taken out the tooltip gives, at most
WEDGE = (1.0, 8.0, 4.5)  # the removed passage's wedge: its left, its tip, half its height
LEAD = 22.0  # pixels of the line the wedge draws into the text at the place
HIT = 6.0  # pixels above or below a wedge the pointer shows its tooltip at
HIT_X = BAR_X + WEDGE[1] + LEAD + 4.0  # and how far from the viewport's left edge


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


def change_tooltip(marks: Sequence[UpdateMark], text: str) -> str:
    """Rich-text lines (no <qt> wrapper) for a tooltip over changed text, or a place a
    passage was taken out of ("" for none); ``text``: the article's text now."""
    return "<br>".join(
        f"{CHANGE_SIGN} <b>{REMOVED + ':' if m.removed else CHANGED + '.'}</b><br>"
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


def place_y(view: QTextEdit, pos: int) -> float | None:
    """The viewport y of the place of a passage taken out at Qt position ``pos``: midway
    between two paragraphs at a paragraph's start, just above the first; the top of the
    line holding it inside a paragraph; just under the last line at the text's end. None
    when that part of the text is not laid out yet (not in view)."""
    document = view.document()
    layout = document.documentLayout()
    block = document.findBlock(pos)
    if not block.isValid():
        block = document.lastBlock()
    if not block.layout().lineCount():
        return None
    shift = float(view.verticalScrollBar().value())
    top = layout.blockBoundingRect(block).top() - shift
    at = pos - block.position()
    lines = block.layout()
    if at >= block.length() - 1 and at > 0 and not block.next().isValid():
        last = lines.lineAt(lines.lineCount() - 1)
        return top + last.y() + last.height() + 2.0
    if at > 0:
        return top + lines.lineForTextPosition(at).y()
    before = block.previous()
    while before.isValid() and not before.text().strip():
        before = before.previous()
    if not before.isValid() or not before.layout().lineCount():
        return top - 2.0
    bottom = layout.blockBoundingRect(before).bottom() - shift
    return (bottom + top) / 2


def wedge_ys(view: QTextEdit, places: Iterable[int]) -> list[float]:
    """The viewport y of each place of a passage taken out, those in view only."""
    height = view.viewport().height()
    found = (place_y(view, pos) for pos in places)
    return [y for y in found if y is not None and -HIT <= y <= height + HIT]


def paint_bars(
    view: QTextEdit, spans: Sequence[tuple[int, int]], colour: QColor, places: Sequence[int] = ()
) -> None:
    """A bar in the left margin of ``view`` beside the lines of each Qt span, and a wedge
    with a short line into the text at each Qt position of ``places``."""
    if not spans and not places:
        return
    runs = bar_runs(view, spans)
    wedges = wedge_ys(view, places)
    if not runs and not wedges:
        return
    painter = QPainter(view.viewport())
    try:
        for top, bottom in runs:
            painter.fillRect(QRectF(BAR_X, top, BAR_WIDTH, bottom - top), colour)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(colour)
        painter.setBrush(colour)
        left, tip, half = WEDGE
        for y in wedges:
            painter.drawPolygon(
                QPolygonF([QPointF(left, y - half), QPointF(tip, y), QPointF(left, y + half)])
            )
            painter.fillRect(QRectF(tip, y - 0.75, LEAD, 1.5), colour)
    finally:
        painter.end()


def removed_near(
    view: QTextEdit, marks: Sequence[UpdateMark], to_qt: Callable[[int], int], x: float, y: float
) -> list[UpdateMark]:
    """The marks of passages taken out whose wedge (or its line) is at viewport (x, y)."""
    if x > HIT_X:
        return []
    out = []
    for m in marks:
        if m.removed:
            at = place_y(view, to_qt(m.span.start))
            if at is not None and abs(at - y) <= HIT:
                out.append(m)
    return out


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
    "REMOVED_WORDS",
    "apply_change_marks",
    "bar_runs",
    "change_colour",
    "change_lines",
    "change_tooltip",
    "paint_bars",
    "place_y",
    "removed_near",
    "wedge_ys",
]
