"""Make the PDFs the ingest tests read (run again only to change them):

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/data/pdf/make_pdfs.py

- ``article.pdf``: the Hankyoreh sample article printed as a browser prints a web page
  (A4, the date and the title at the top of each page, the address and "1/2" at the
  foot), by Qt's PDF writer;
- ``locked.pdf``: the same, protected by the password "secret" (pypdf);
- ``restricted.pdf``: the same, encrypted with AES-256 against editing only (an owner
  password, none to open it), as Acrobat leaves a press release (pypdf, pycryptodome);
- ``scanned.pdf``: a page with a picture and no text, as a scanner makes;
- ``columns.pdf``: the AP sample article printed in two columns, as a newspaper page,
  its headline across them and "The Ledger" and the page number at each page's foot.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)

HERE = Path(__file__).resolve().parent
SAMPLES = HERE.parents[2] / "resources/sample"
ARTICLE = SAMPLES / "hankyoreh-2024-06-20-putin-kim-mutual-assistance.txt"
AP = SAMPLES / "ap-2024-06-20-north-korea-deal-military-assistance.txt"
URL = "https://english.hani.co.kr/arti/english_edition/e_northkorea/1145532.html"
DPI = 150
MARGIN = 150  # pixels at DPI: an inch


def writer(path: Path, title: str) -> QPdfWriter:
    w = QPdfWriter(str(path))
    w.setResolution(DPI)
    w.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    w.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)
    w.setTitle(title)
    return w


def laid_out(paragraphs: list[str], width: float) -> QTextDocument:
    doc = QTextDocument()
    font = QFont("DejaVu Sans")
    font.setPointSizeF(11)
    doc.setDefaultFont(font)
    doc.setPlainText("\n".join(paragraphs))
    doc.setTextWidth(width)
    return doc


def printed_article(path: Path) -> None:
    """Whole paragraphs on each page (Qt draws a paragraph crossing a page on both pages,
    clipped, and the hidden half is still text in the PDF: a browser draws lines)."""
    text = ARTICLE.read_text(encoding="utf-8")
    title = text.splitlines()[0]
    w = writer(path, title)
    width, body = w.width() - 2 * MARGIN, w.height() - 2 * MARGIN
    pages = fitted(text.split("\n"), width, body, w)
    painter = QPainter(w)
    for i, paragraphs in enumerate(pages):
        if i:
            w.newPage()
        painter.setFont(QFont("DejaVu Sans", 8))
        painter.drawText(MARGIN, MARGIN // 2, "6/20/24, 5:43 PM")
        painter.drawText(w.width() // 2, MARGIN // 2, title[:40])
        painter.drawText(MARGIN, w.height() - MARGIN // 2, URL)
        painter.drawText(w.width() - MARGIN - 60, w.height() - MARGIN // 2, f"{i + 1}/{len(pages)}")
        doc = laid_out(paragraphs, width)
        doc.documentLayout().setPaintDevice(w)
        doc.setTextWidth(width)
        painter.save()
        painter.translate(MARGIN, MARGIN)
        doc.documentLayout().draw(painter, QAbstractTextDocumentLayout.PaintContext())
        painter.restore()
    painter.end()


def fitted(paragraphs: list[str], width: float, height: float, w: QPdfWriter) -> list[list[str]]:
    """``paragraphs`` in boxes of ``width`` x ``height``, whole paragraphs in each."""
    boxes: list[list[str]] = [[]]
    for paragraph in paragraphs:
        trial = laid_out([*boxes[-1], paragraph], width)
        trial.documentLayout().setPaintDevice(w)
        trial.setTextWidth(width)
        if boxes[-1] and trial.size().height() > height:
            boxes.append([])
        boxes[-1].append(paragraph)
    return boxes


def in_columns(path: Path, columns: int = 2, gutter: int = 60, head: int = 120) -> None:
    """The AP article in ``columns`` columns a page, whole paragraphs in each."""
    lines = [line for line in AP.read_text(encoding="utf-8").splitlines() if line.strip()]
    title = lines[3]  # the headline, after the page's "x", "Breaking News", "More"
    w = writer(path, title)
    width = (w.width() - 2 * MARGIN - (columns - 1) * gutter) / columns
    boxes = fitted(lines[4:], width, w.height() - 2 * MARGIN - head, w)
    pages = [boxes[i : i + columns] for i in range(0, len(boxes), columns)]
    painter = QPainter(w)
    for i, page in enumerate(pages):
        if i:
            w.newPage()
        if i == 0:
            painter.setFont(QFont("DejaVu Sans", 14))
            painter.drawText(MARGIN, MARGIN + 40, title)
        painter.setFont(QFont("DejaVu Sans", 8))
        painter.drawText(MARGIN, w.height() - MARGIN // 2, "The Ledger")
        painter.drawText(w.width() - MARGIN - 90, w.height() - MARGIN // 2, f"Page {i + 1}")
        for c, box in enumerate(page):
            doc = laid_out(box, width)
            doc.documentLayout().setPaintDevice(w)
            doc.setTextWidth(width)
            painter.save()
            painter.translate(MARGIN + c * (width + gutter), MARGIN + head)
            doc.documentLayout().draw(painter, QAbstractTextDocumentLayout.PaintContext())
            painter.restore()
    painter.end()


def scanned(path: Path) -> None:
    w = writer(path, "")
    painter = QPainter(w)
    painter.fillRect(MARGIN, MARGIN, w.width() - 2 * MARGIN, 600, QColor("#888888"))
    painter.end()


def locked(source: Path, path: Path) -> None:
    from pypdf import PdfReader, PdfWriter

    out = PdfWriter(clone_from=PdfReader(source))
    out.encrypt(user_password="secret", owner_password="owner", algorithm="RC4-128")
    with path.open("wb") as fh:
        out.write(fh)


def restricted(source: Path, path: Path) -> None:
    from pypdf import PdfReader, PdfWriter

    out = PdfWriter(clone_from=PdfReader(source))
    out.encrypt(user_password="", owner_password="owner", algorithm="AES-256")
    with path.open("wb") as fh:
        out.write(fh)


def main() -> None:
    app = QGuiApplication(["make_pdfs"])
    printed_article(HERE / "article.pdf")
    scanned(HERE / "scanned.pdf")
    locked(HERE / "article.pdf", HERE / "locked.pdf")
    restricted(HERE / "article.pdf", HERE / "restricted.pdf")
    in_columns(HERE / "columns.pdf")
    del app


if __name__ == "__main__":
    main()
