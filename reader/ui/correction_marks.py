"""An article's correction notes in its pane (reader.analysis.correction_notes): a bracket
in the left margin beside the note's lines, drawn in the text's colour, and, with the
pointer on the note, a tooltip opening "Correction note". A bracket, not a tint: the
note's words keep their shading as only in one article, and the mark is told from a
change bar (a plain bar, reader.ui.change_marks) by its shape, not its colour."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QTextEdit

from reader.analysis.correction_notes import CorrectionNote
from reader.ui.change_marks import bar_runs
from reader.ui.removed_wedges import BAR_X

STEM = 2.0  # the bracket's stroke
ARM = 6.0  # how far its arms reach to the right of BAR_X
CORRECTION_SIGN = "⚑"
CORRECTION_TITLE = "Correction note"


def correction_said(side: str, notes: Sequence[CorrectionNote], offset: int) -> str:
    """What the text cursor (or the pointer) at ``offset`` of article ``side`` is on when
    it lies in one of its correction ``notes``, in plain text: the status bar's and a
    screen reader's words ("" otherwise)."""
    if not any(n.span.start <= offset < n.span.end for n in notes):
        return ""
    other = "B" if side == "a" else "A"
    return (
        f"{CORRECTION_SIGN} {CORRECTION_TITLE}: {side.upper()}'s outlet says here what an "
        f"earlier version of the article got wrong; check whether {other} still gives the "
        "old value."
    )


def correction_tooltip(side: str, notes: Sequence[CorrectionNote], offset: int) -> str:
    """Rich-text lines (no <qt> wrapper) for the pointer at ``offset`` of article ``side``
    when it lies in one of its correction ``notes`` ("" otherwise): ``correction_said``,
    its title in bold."""
    said = escape(correction_said(side, notes, offset), quote=False)
    return said.replace(CORRECTION_TITLE, f"<b>{CORRECTION_TITLE}</b>", 1)


def paint_brackets(view: QTextEdit, spans: Sequence[tuple[int, int]], colour: QColor) -> None:
    """A bracket in the left margin of ``view`` beside the lines of each Qt span."""
    if not spans:
        return
    runs = bar_runs(view, spans)
    if not runs:
        return
    painter = QPainter(view.viewport())
    try:
        for top, bottom in runs:
            painter.fillRect(QRectF(BAR_X, top, STEM, bottom - top), colour)
            painter.fillRect(QRectF(BAR_X, top, ARM, STEM), colour)
            painter.fillRect(QRectF(BAR_X, bottom - STEM, ARM, STEM), colour)
    finally:
        painter.end()
