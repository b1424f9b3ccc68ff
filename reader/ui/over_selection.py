"""Passages drawn again above a text view's own selection: the selection colour is
translucent so that the highlights under it show, but blue over the orange of a disputed
figure reads grey-blue (#f2cfb2 under the selection's blue at 110/255 is #9fb2bb), so the
figures a selected match disputes are painted once more, in their own format, on top."""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import QRect
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QPainter,
    QPalette,
    QRegion,
    QTextFormat,
)
from PySide6.QtWidgets import QStyle, QStyleOption, QTextEdit

from reader.ui.text_geometry import doc_y


def paint_on_top(view: QTextEdit, selections: Sequence[QTextEdit.ExtraSelection]) -> None:
    """Draw ``selections`` (their background and text) over what the view has painted:
    the lines they lie on are painted again, whole, as the view paints them (its ground,
    its extra selections, its own selection), with ``selections`` laid last. Clipped to
    the passages' caret rectangles, the match was drawn a pixel or a few short of the
    selection Qt lays under it, whose blue showed past it: at a paragraph's end (a
    quarter line's width more where the selection goes on into the next), after a line
    broken at a hyphen, a pixel where it starts. The text cursor's caret is left as the
    view drew it (shown or hidden as it blinks)."""
    if not selections:
        return
    rows = _rows(view, selections)
    if rows.isEmpty():
        return
    painter = QPainter(view.viewport())
    dx, dy = view.horizontalScrollBar().value(), view.verticalScrollBar().value()
    try:
        clip = QRegion(rows)
        if view.hasFocus():  # the caret blinks there: left as the view drew it
            clip -= QRegion(view.cursorRect())
        painter.setClipRegion(clip)
        viewport = view.viewport()
        painter.fillRect(rows, viewport.palette().brush(viewport.backgroundRole()))
        painter.translate(-dx, -dy)  # the layout draws in document coordinates
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette = view.palette()
        context.clip = rows.translated(dx, dy).toRectF()
        context.cursorPosition = -1
        context.selections = [*_view_selections(view), *map(_laid, selections)]
        view.document().documentLayout().draw(painter, context)
    finally:
        painter.end()


def _rows(view: QTextEdit, selections: Sequence[QTextEdit.ExtraSelection]) -> QRect:
    """The viewport's band from the top of the first line of ``selections`` to the bottom
    of their last, as wide as the viewport."""
    document, scroll = view.document(), view.verticalScrollBar().value()
    tops = [doc_y(document, s.cursor.selectionStart()) for s in selections]
    bottoms = [doc_y(document, s.cursor.selectionEnd(), bottom=True) for s in selections]
    top, bottom = math.floor(min(tops)) - scroll, math.ceil(max(bottoms)) - scroll
    return QRect(0, top, view.viewport().width(), bottom - top) & view.viewport().rect()


def _laid(selection: QTextEdit.ExtraSelection) -> QAbstractTextDocumentLayout.Selection:
    laid = QAbstractTextDocumentLayout.Selection()
    laid.cursor, laid.format = selection.cursor, selection.format
    return laid


def _view_selections(view: QTextEdit) -> list[QAbstractTextDocumentLayout.Selection]:
    """What the view lays over its text when it paints: its extra selections, then the
    text cursor's selection in the palette's Highlight and HighlightedText (of the
    active group when it has the focus)."""
    laid = [_laid(selection) for selection in view.extraSelections()]
    cursor = view.textCursor()
    if cursor.hasSelection():
        group = QPalette.ColorGroup.Active if view.hasFocus() else QPalette.ColorGroup.Inactive
        palette = view.palette()
        own = QAbstractTextDocumentLayout.Selection()
        own.cursor = cursor
        own.format.setBackground(palette.brush(group, QPalette.ColorRole.Highlight))
        own.format.setForeground(palette.brush(group, QPalette.ColorRole.HighlightedText))
        option = QStyleOption()
        option.initFrom(view)
        if view.style().styleHint(QStyle.StyleHint.SH_RichText_FullWidthSelection, option, view):
            own.format.setProperty(QTextFormat.Property.FullWidthSelection, True)
        laid.append(own)
    return laid
