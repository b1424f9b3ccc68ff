"""PDF export through Qt: the HTML export laid out by QTextDocument, printed by QPdfWriter.

No dependency beyond Qt. Works from the command line too: without a running
QGuiApplication one is created (offscreen unless QT_QPA_PLATFORM says otherwise).

The pages are laid out here, as ``QTextDocument.print_`` would (A4, 2 cm margins, the
page number at the foot), and measured, since Qt's HTML has no "page-break-inside:
avoid" (``reader.ui.page_breaks``): an entry, a passage only one article reports or a
quotation that would cross a page boundary but fits on one page starts a new page, and a
section's heading ("Only in A: ...", "Quoted in B: ...") goes over with what it heads.
File > Print Preview paints the same layout on its printer (:func:`paint_export`,
``reader.ui.print_preview``).
"""

from __future__ import annotations

import os

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
    QTextDocument,
)

from reader.errors import ReaderError
from reader.ui.page_breaks import Page, keep_tables_whole

MARGIN_CM = 2.0  # round the text, as QTextDocument.print_ leaves it
RESOLUTION_DPI = 300
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


def print_layout(html: str, writer: QPagedPaintDevice) -> tuple[QTextDocument, Page]:
    """``html`` laid out in pages for ``writer`` (the PDF writer, or the printer of File >
    Print Preview), tables and their headings kept together (``reader.ui.page_breaks``)."""
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
    keep_tables_whole(document, page)
    return document, page


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
