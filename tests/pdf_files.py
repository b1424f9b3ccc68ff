"""PDF files the tests write: the sample article with a picture that makes it larger than
a text article may be (MAX_BYTES), as a PDF with its photos is."""

from __future__ import annotations

import random
from pathlib import Path

from reader.ingest import MAX_BYTES

ARTICLE_PDF = Path(__file__).resolve().parent / "data" / "pdf" / "article.pdf"


def pdf_over_the_text_limit(path: Path) -> Path:
    """Write the sample article PDF, with a photo of a little over MAX_BYTES, to ``path``."""
    from pypdf import PdfReader, PdfWriter

    out = PdfWriter(clone_from=PdfReader(ARTICLE_PDF))
    out.add_attachment("photo.jpg", random.Random(1).randbytes(MAX_BYTES + 1024 * 1024))
    with path.open("wb") as fh:
        out.write(fh)
    assert path.stat().st_size > MAX_BYTES
    return path


PRINT_DPI = 150
PRINT_FONT = ("DejaVu Sans", 11)


def printed_page(path: Path, *, html: str = "", text: str = "", width_cm: float = 16) -> Path:
    """Print ``html`` (Qt's rich text: type sizes, weights and gaps as its markup sets
    them) or ``text`` (a paragraph a line, no gap between, as a .txt file prints) on an A4
    page, its lines broken at a column ``width_cm`` wide, as Qt's PDF writer prints it.
    Needs a Qt application (pytest-qt's ``qapp``)."""
    from PySide6.QtCore import QMarginsF
    from PySide6.QtGui import (
        QAbstractTextDocumentLayout,
        QFont,
        QPageLayout,
        QPageSize,
        QPainter,
        QPdfWriter,
        QTextDocument,
    )

    writer = QPdfWriter(str(path))
    writer.setResolution(PRINT_DPI)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)
    doc = QTextDocument()
    doc.setDefaultFont(QFont(*PRINT_FONT))
    doc.setDocumentMargin(0)
    if html:
        doc.setHtml(html)
    else:
        doc.setPlainText(text)
    doc.documentLayout().setPaintDevice(writer)
    doc.setTextWidth(width_cm / 2.54 * PRINT_DPI)
    painter = QPainter(writer)
    painter.translate(PRINT_DPI, PRINT_DPI)
    doc.documentLayout().draw(painter, QAbstractTextDocumentLayout.PaintContext())
    painter.end()
    return path


def one_full_line(words: str, width_cm: float = 16) -> str:
    """The first words of ``words`` that fill a line of :func:`printed_page`'s column but
    for the width of one letter M: a paragraph of one line, printed full. Needs a Qt
    application."""
    from PySide6.QtGui import QFont, QFontMetricsF, QImage

    device = QImage(8, 8, QImage.Format.Format_RGB32)
    dots_per_metre = round(PRINT_DPI / 0.0254)
    device.setDotsPerMeterX(dots_per_metre)
    device.setDotsPerMeterY(dots_per_metre)
    metrics = QFontMetricsF(QFont(*PRINT_FONT), device)
    room = width_cm / 2.54 * PRINT_DPI - metrics.horizontalAdvance("M")
    line = ""
    for word in words.split():
        longer = f"{line} {word}".strip()
        if metrics.horizontalAdvance(longer) > room:
            break
        line = longer
    return line
