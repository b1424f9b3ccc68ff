"""PDF export through Qt: the HTML export laid out by QTextDocument, printed by QPdfWriter.

No dependency beyond Qt. Works from the command line too: without a running
QGuiApplication one is created (offscreen unless QT_QPA_PLATFORM says otherwise).

Qt's HTML has no "page-break-inside: avoid", so the pages are laid out here, as
``QTextDocument.print_`` would (A4, 2 cm margins, the page number at the foot), and then
measured: an entry (a note with its A and B passages) that would cross a page boundary
but fits on one page starts a new page instead. An entry longer than a page is split,
and its heading and the A and B labels of its passages are header rows, repeated at the
top of each page it continues on. A section's heading ("Only in A: ...", "Quoted in B:
...") left as the last line of a page goes over to the next with the passages it heads.
File > Print Preview paints the same layout on its printer (:func:`paint_export`,
``reader.ui.print_preview``).
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QMarginsF,
    QRectF,
    QSizeF,
    Qt,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPalette,
    QPdfWriter,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextTable,
    QTextTableCell,
)

from reader.errors import ReaderError

MARGIN_CM = 2.0  # round the text, as QTextDocument.print_ leaves it
RESOLUTION_DPI = 300
TALL_ENTRY_START = 1 / 3  # an entry longer than a page starts with this much of a page left
LABEL_SEPARATOR = "\u2028"  # the <br> after a passage's "A · source" label
_app: QGuiApplication | None = None  # kept alive when this module had to create it


def ensure_gui_application() -> QCoreApplication:
    """The running Qt application, or a new offscreen QGuiApplication."""
    global _app
    existing = QCoreApplication.instance()
    if existing is not None:
        if not isinstance(existing, QGuiApplication):
            raise ReaderError("PDF export needs a Qt GUI application; a console one is running.")
        return existing
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _app = QGuiApplication(["crossread"])
    return _app


def set_a4_pages(device: QPagedPaintDevice) -> None:
    """A4 pages on ``device``, without margins of its own (the layout has them); its
    resolution is to be RESOLUTION_DPI, as the export's, for the same page breaks."""
    device.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    device.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)


def pdf_writer(buffer: QBuffer, title: str = "") -> QPdfWriter:
    """An A4 writer into ``buffer``, without margins of its own (the layout has them)."""
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION_DPI)
    set_a4_pages(writer)
    writer.setTitle(title)
    writer.setCreator("Crossread")
    return writer


def _default_dpi() -> float:
    """Qt's default DPI, the unit of frame margins (scaled to the device when laid out)."""
    screen = QGuiApplication.primaryScreen()
    return float(round(screen.logicalDotsPerInchY())) if screen is not None else 100.0


@dataclass(frozen=True, slots=True)
class Page:
    """The page size and margins of a laid-out document, in the writer's pixels."""

    width: float
    height: float
    margin: float  # on each side

    def of(self, y: float) -> int:
        """The page (0-based) that document position ``y`` lies on."""
        return int(y // self.height)


def print_layout(html: str, writer: QPagedPaintDevice) -> tuple[QTextDocument, Page]:
    """``html`` laid out in pages for ``writer`` (the PDF writer, or the printer of File >
    Print Preview), entries kept whole (see the module)."""
    document = QTextDocument()
    font = QFont("DejaVu Sans")
    font.setPointSizeF(10.0)
    document.setDefaultFont(font)
    document.setHtml(html)
    document.documentLayout().setPaintDevice(writer)
    margin = MARGIN_CM / 2.54 * _default_dpi()  # scaled to the writer's pixels by the layout
    root = document.rootFrame().frameFormat()
    root.setMargin(margin)  # on every page, as print_ sets it
    document.rootFrame().setFrameFormat(root)
    document.setPageSize(QSizeF(writer.width(), writer.height()))
    page = Page(writer.width(), writer.height(), MARGIN_CM / 2.54 * writer.logicalDpiY())
    keep_entries_whole(document, page)
    keep_headings_with_their_tables(document, page)
    return document, page


def entry_tables(document: QTextDocument) -> list[QTextTable]:
    """The entries of an export, in order: the tables with a heading row."""
    return [
        frame
        for frame in document.rootFrame().childFrames()
        if isinstance(frame, QTextTable) and frame.format().headerRowCount() > 0
    ]


def entry_extent(document: QTextDocument, table: QTextTable) -> tuple[float, float]:
    """Where ``table`` starts (its heading's text) and ends (the last text of its last
    row). Only blocks are measured: Qt lays a document out as far as a block asked for,
    where a frame's rectangle (or the page count) lays out the whole of it, again after
    each page break set, which made a long export take minutes."""
    layout = document.documentLayout()
    top = layout.blockBoundingRect(table.cellAt(0, 0).firstCursorPosition().block()).top()
    last = table.rows() - 1
    bottom = max(
        layout.blockBoundingRect(table.cellAt(last, col).lastCursorPosition().block()).bottom()
        for col in range(table.columns())
    )
    return top, bottom


def keep_entries_whole(document: QTextDocument, page: Page) -> None:
    """Start an entry on a new page when it would cross a page boundary but fits on one
    page; repeat the labels of an entry longer than a page on each page, and start it on
    a new page too when less than a third of the page is left (not two lines, then a
    page break, then the rest)."""
    room = page.height - 2 * page.margin
    for table in entry_tables(document):
        top, bottom = entry_extent(document, table)
        if page.of(top) == page.of(bottom):
            continue
        left = (page.of(top) + 1) * page.height - page.margin - top
        if bottom - top > room:
            repeat_side_labels(table)
        if bottom - top <= room or left < room * TALL_ENTRY_START:
            fmt = table.format()
            fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
            table.setFormat(fmt)


def keep_headings_with_their_tables(document: QTextDocument, page: Page) -> None:
    """Start a heading on a new page when the first row of the table it heads (a passage
    only one article reports, a quotation) ends on the next one: no heading is left
    alone, or with half a line of what it heads, at the foot of a page."""
    layout = document.documentLayout()
    room = page.height - 2 * page.margin
    for frame in document.rootFrame().childFrames():
        if not isinstance(frame, QTextTable):
            continue
        heading = document.findBlock(frame.firstPosition() - 1)
        if not heading.isValid() or heading.blockFormat().headingLevel() == 0:
            continue
        first_row = max(  # the first row's end: the last line of its longest cell
            layout.blockBoundingRect(frame.cellAt(0, col).lastCursorPosition().block()).bottom()
            for col in range(frame.columns())
        )
        top = layout.blockBoundingRect(heading).top()
        if page.of(top) == page.of(first_row) or first_row - top > room:
            continue  # together already, or no page holds them together
        fmt = QTextBlockFormat()
        fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        QTextCursor(heading).mergeBlockFormat(fmt)


def _label(cell: QTextTableCell) -> str:
    """The "A · source" label opening a passage cell ("" when the cell has none)."""
    text = cell.firstCursorPosition().block().text()
    head, sep, _ = text.partition(LABEL_SEPARATOR)
    return head if sep and len(head) < 80 else ""


def repeat_side_labels(table: QTextTable) -> None:
    """Move the labels of the passages ("A · Hankyoreh", "B · AP") out of the passage
    cells into a heading row of their own, so that every page the entry continues on
    says which article each column is from."""
    if table.rows() < 2 or table.columns() != 2:
        return
    labels = [_label(table.cellAt(1, col)) for col in range(2)]
    if not all(labels):
        return
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


def print_pages(document: QTextDocument, page: Page, writer: QPagedPaintDevice) -> None:
    """Paint ``document``'s pages on ``writer``, each numbered at its foot (as
    QTextDocument.print_ does for a document it paginates itself)."""
    painter = QPainter(writer)
    metrics = QFontMetricsF(document.defaultFont(), writer)
    foot = page.height - page.margin - metrics.ascent() - 5 * writer.logicalDpiY() / 72
    try:
        for index in range(document.pageCount()):
            if index:
                writer.newPage()
            view = QRectF(0, index * page.height, page.width, page.height)
            painter.save()
            painter.translate(0, -view.top())
            painter.setClipRect(view)
            context = QAbstractTextDocumentLayout.PaintContext()
            context.clip = view
            context.palette.setColor(QPalette.ColorRole.Text, Qt.GlobalColor.black)
            document.documentLayout().draw(painter, context)
            painter.restore()
            painter.setFont(document.defaultFont())
            number = str(index + 1)
            x = page.width - page.margin - painter.fontMetrics().horizontalAdvance(number)
            painter.drawText(round(x), round(foot), number)
    finally:
        painter.end()


def paint_export(html: str, device: QPagedPaintDevice) -> int:
    """Lay ``html`` out in pages for ``device`` and paint them on it; how many pages.
    The document laid out goes first, when this returns (it measures on ``device``)."""
    document, page = print_layout(html, device)
    print_pages(document, page, device)
    return document.pageCount()


def render_pdf(html: str, title: str = "") -> bytes:
    """``html`` as an A4 PDF with 2 cm margins; the bytes of the file."""
    ensure_gui_application()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = pdf_writer(buffer, title)
    paint_export(html, writer)
    del writer  # after the document laid out on it, gone with paint_export
    buffer.close()
    return bytes(data.data())
