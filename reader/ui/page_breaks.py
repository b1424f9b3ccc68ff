"""Page breaks of the printed export: what Qt's rich text cannot be told to keep together.

Qt's HTML knows "page-break-before: always" and "page-break-after: always", and no
"page-break-inside: avoid" or "page-break-after: avoid": a table row is split wherever a
page ends, and a heading may end a page. So the export is laid out in pages, as
``QTextDocument.print_`` would, and measured (:func:`keep_tables_whole`):

- a table that would cross a page boundary but fits on one page starts a new page: an
  entry (a note with its A and B passages), and, each a table of its own in the print
  HTML, a passage only one article reports and a quotation;
- a section's heading ("Only in A: ...", "Quoted in B: ...") goes over to the next page
  with the table after it, so that no heading ends a page;
- a table longer than a page is split; it starts on a new page when less than a third of
  the page is left (not two lines, then a page break, then the rest), and an entry's
  heading and the A and B labels of its passages are header rows, repeated at the top of
  each page it continues on.

Only blocks are measured, never a frame's rectangle or the page count: Qt lays a
document out as far as a block asked for, where the others lay out the whole of it,
again after each page break set, which made a long export take minutes.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import (
    QTextBlock,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextTable,
    QTextTableCell,
)

TALL_ENTRY_START = 1 / 3  # a table longer than a page starts with this much of a page left
LABEL_SEPARATOR = "\u2028"  # the <br> after a passage's "A · source" label


@dataclass(frozen=True, slots=True)
class Page:
    """The page size and margins of a laid-out document, in the writer's pixels."""

    width: float
    height: float
    margin: float  # on each side

    def of(self, y: float) -> int:
        """The page (0-based) that document position ``y`` lies on."""
        return int(y // self.height)


def page_tables(document: QTextDocument) -> list[QTextTable]:
    """The tables of the page, in order: the articles' titles, the entries, and each
    passage only one article reports and each quotation (a table each, for print)."""
    return [f for f in document.rootFrame().childFrames() if isinstance(f, QTextTable)]


def entry_tables(document: QTextDocument) -> list[QTextTable]:
    """The entries of an export, in order: the tables with a heading row."""
    return [table for table in page_tables(document) if table.format().headerRowCount() > 0]


def entry_extent(document: QTextDocument, table: QTextTable) -> tuple[float, float]:
    """Where ``table`` starts (its first text) and ends (the last text of its last row)."""
    layout = document.documentLayout()
    top = layout.blockBoundingRect(table.cellAt(0, 0).firstCursorPosition().block()).top()
    return top, row_bottom(document, table, table.rows() - 1)


def row_bottom(document: QTextDocument, table: QTextTable, row: int) -> float:
    """Where row ``row`` of ``table`` ends: the last line of its longest cell."""
    layout = document.documentLayout()
    return max(
        layout.blockBoundingRect(table.cellAt(row, col).lastCursorPosition().block()).bottom()
        for col in range(table.columns())
    )


def heading_before(document: QTextDocument, table: QTextTable) -> QTextBlock | None:
    """The heading right before ``table`` ("Only in A: ...", "Quoted in B: ..."), or None."""
    block = document.findBlock(table.firstPosition() - 1)
    if not block.isValid() or block.blockFormat().headingLevel() == 0:
        return None
    return block


def keep_tables_whole(document: QTextDocument, page: Page) -> None:
    """Start each table that would cross a page boundary but fits on one page on a new
    page, its heading with it; see the module for a table longer than a page."""
    room = page.height - 2 * page.margin
    layout = document.documentLayout()
    texts = RootTexts(document)
    for table in page_tables(document):
        heading = heading_before(document, table)
        top, bottom = entry_extent(document, table)
        if heading is not None:
            top = layout.blockBoundingRect(heading).top()
        if page.of(top) == page.of(bottom):
            continue
        if bottom - top > room:
            if table.format().headerRowCount() > 0 and repeat_side_labels(table):
                texts.lay_out_passed(table.firstPosition())
            left = (page.of(top) + 1) * page.height - page.margin - top
            first = row_bottom(document, table, table.format().headerRowCount())
            alone = heading is not None and page.of(top) != page.of(first)
            if left >= room * TALL_ENTRY_START and not (alone and first - top <= room):
                continue
        start_new_page(table if heading is None else heading)
        texts.lay_out_passed(table.firstPosition() if heading is None else heading.position())


def start_new_page(start: QTextTable | QTextBlock) -> None:
    """Lay ``start`` (a table, or a heading's block) out at the top of a new page."""
    if isinstance(start, QTextTable):
        table_format = start.format()
        table_format.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        start.setFormat(table_format)
    else:
        block_format = QTextBlockFormat()
        block_format.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        QTextCursor(start).mergeBlockFormat(block_format)


class RootTexts:
    """The paragraphs and headings outside the tables (the blocks of the root frame that
    hold text), to lay out again after a change when Qt passed them over.

    After a change, Qt lays out the part changed and moves what follows without laying it
    out again, as far as it had laid the document out before and a little further. A block
    of that little further had never been laid out: it was moved as it was, without a
    line, and printed as nothing. The "Only in A" heading after the seed pair's last entry
    was so missing from its PDF, its space and its text gone. A table's cells are always
    laid out in full, so only these blocks are at risk.
    """

    def __init__(self, document: QTextDocument) -> None:
        self.blocks: list[QTextBlock] = []
        frames = document.rootFrame().begin()
        while not frames.atEnd():
            block = frames.currentBlock()
            if block.isValid() and block.length() > 1:
                self.blocks.append(block)
            frames += 1

    def lay_out_passed(self, changed: int) -> None:
        """Lay out again each block after position ``changed`` that the layout placed
        without laying it out (no line, though placed below the top of the document)."""
        for block in self.blocks:
            text = block.layout()
            if block.position() > changed and text.lineCount() == 0 and text.position().y() > 0:
                QTextCursor(block).setBlockFormat(block.blockFormat())  # the same: a relayout


def _label(cell: QTextTableCell) -> str:
    """The "A · source" label opening a passage cell ("" when the cell has none)."""
    text = cell.firstCursorPosition().block().text()
    head, sep, _ = text.partition(LABEL_SEPARATOR)
    return head if sep and len(head) < 80 else ""


def repeat_side_labels(table: QTextTable) -> bool:
    """Move the labels of the passages ("A · Hankyoreh", "B · AP") out of the passage
    cells into a heading row of their own, so that every page the entry continues on
    says which article each column is from. Whether they were moved."""
    if table.rows() < 2 or table.columns() != 2:
        return False
    labels = [_label(table.cellAt(1, col)) for col in range(2)]
    if not all(labels):
        return False
    table.insertRows(1, 1)
    for col, label in enumerate(labels):
        passage = table.cellAt(2, col)
        cursor = passage.firstCursorPosition()
        cursor.movePosition(QTextCursor.MoveOperation.NextCharacter)
        char_format = cursor.charFormat()  # the label's small grey type
        cursor.setPosition(passage.firstPosition())
        cursor.setPosition(
            passage.firstPosition() + len(label) + 1, QTextCursor.MoveMode.KeepAnchor
        )
        cursor.removeSelectedText()
        head = table.cellAt(1, col)
        cell_format = passage.format().toTableCellFormat()
        cell_format.setBottomPadding(0)
        head.setFormat(cell_format)
        head.firstCursorPosition().insertText(label, char_format)
        cell_format = passage.format().toTableCellFormat()
        cell_format.setTopPadding(0)
        passage.setFormat(cell_format)
    fmt = table.format()
    fmt.setHeaderRowCount(2)
    table.setFormat(fmt)
    return True
