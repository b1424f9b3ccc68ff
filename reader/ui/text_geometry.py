"""Positions and heights in a pane's text that stay right while Qt is still laying out a
long article (Qt positions, UTF-16; ``ArticlePane`` converts to Python offsets).

QTextDocumentLayout lays a long text out lazily, a slice per timer tick, in order from
the top. Until it is done, its hit test (``QTextEdit.cursorForPosition``) can answer with
a position far below the point asked about (it searches blocks by height, and the blocks
not laid out yet sit at height 0), and asking for a block's rectangle lays out every block
above it first: seconds for a 5 MB article. So a hit is checked against the block it
names and, when wrong, found again among the laid-out blocks; and a height can be asked
for without laying anything out, a block not laid out yet being below the laid-out part
(which always covers the viewport: painting lays it out).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QMetaObject, QPoint
from PySide6.QtGui import QTextBlock, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QTextEdit


def is_laid_out(block: QTextBlock) -> bool:
    """True when Qt has laid ``block`` out (even an empty block then has one line)."""
    layout = block.layout()
    return layout is not None and layout.lineCount() > 0


def laid_out_blocks(document: QTextDocument) -> int:
    """How many blocks, from the top, Qt has laid out."""
    lo, hi = 0, document.blockCount()
    while lo < hi:
        mid = (lo + hi) // 2
        if is_laid_out(document.findBlockByNumber(mid)):
            lo = mid + 1
        else:
            hi = mid
    return lo


def doc_y(
    document: QTextDocument, position: int, bottom: bool = False, lazy: bool = False
) -> float:
    """Document y of the line holding ``position`` (its top, or its bottom).

    With ``lazy``, a block not laid out yet is not laid out now: its y is reported just
    below the laid-out part (and so below the viewport). (``documentSize()`` would lay
    out the whole text.)
    """
    pos = min(position, max(0, document.characterCount() - 1))
    block = document.findBlock(pos)
    if not block.isValid():
        return 0.0
    layout = document.documentLayout()
    if lazy and not is_laid_out(block):
        done = laid_out_blocks(document)
        last = document.findBlockByNumber(done - 1)
        return (layout.blockBoundingRect(last).bottom() if done else 0.0) + 1.0
    rect = layout.blockBoundingRect(block)
    text_layout = block.layout()
    line = text_layout.lineForTextPosition(pos - block.position()) if text_layout else None
    if line is None or not line.isValid():
        return rect.top() + (rect.height() if bottom else 0.0)
    y = rect.top() + line.y()
    return y + (line.height() if bottom else 0.0)


def _block_at_y(document: QTextDocument, y: float) -> QTextBlock:
    """The laid-out block at document height ``y`` (the nearest one above or below)."""
    layout = document.documentLayout()
    lo, hi = 0, laid_out_blocks(document)
    last = max(0, hi - 1)
    while lo < hi:
        mid = (lo + hi) // 2
        if layout.blockBoundingRect(document.findBlockByNumber(mid)).bottom() <= y:
            lo = mid + 1
        else:
            hi = mid
    return document.findBlockByNumber(min(lo, last))


def _hit_in_block(document: QTextDocument, block: QTextBlock, x: float, y: float) -> int:
    rect = document.documentLayout().blockBoundingRect(block)
    text_layout = block.layout()
    count = text_layout.lineCount() if text_layout is not None else 0
    for i in range(count):
        line = text_layout.lineAt(i)
        if rect.top() + line.y() + line.height() > y or i == count - 1:
            return block.position() + line.xToCursor(x - rect.left())
    return block.position()


def position_at(browser: QTextEdit, point: QPoint) -> int:
    """The text position under a viewport point, as ``cursorForPosition`` means it, but
    checked: a hit in a block that is not where the point is gets found again.

    A point above the first line is the start of the text, one below the last line its
    end, as for Qt, but without asking Qt (which then looks through every block: 20 ms
    in a 5 MB article).
    """
    document = browser.document()
    layout = document.documentLayout()
    x = point.x() + browser.horizontalScrollBar().value()
    y = point.y() + browser.verticalScrollBar().value()
    if y < layout.blockBoundingRect(document.firstBlock()).top():
        return 0
    last = document.lastBlock()
    if is_laid_out(last) and y >= layout.blockBoundingRect(last).bottom():
        return max(0, document.characterCount() - 1)
    position = browser.cursorForPosition(point).position()  # lays out down to the point
    block = document.findBlock(position)
    if block.isValid() and is_laid_out(block):
        rect = layout.blockBoundingRect(block)
        if rect.top() <= y < rect.bottom():
            return position
    return _hit_in_block(document, _block_at_y(document, y), x, y)


def span_selection(
    document: QTextDocument, start: int, end: int, fmt: QTextCharFormat
) -> QTextEdit.ExtraSelection | None:
    """An extra selection painting Qt positions ``start``..``end`` of ``document`` (clipped
    to its text) in ``fmt``; None when nothing of it is left."""
    end = min(end, max(0, document.characterCount() - 1))
    if end <= start:
        return None
    selection = QTextEdit.ExtraSelection()
    cursor = QTextCursor(document)
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    selection.cursor = cursor
    selection.format = fmt
    return selection


def watch_size(document: QTextDocument, slot: Callable[[], None]) -> QMetaObject.Connection:
    """Call ``slot`` whenever the laid-out size of ``document`` changes (Qt lays a long
    text out bit by bit, even in a hidden window)."""
    return document.documentLayout().documentSizeChanged.connect(lambda _size: slot())
