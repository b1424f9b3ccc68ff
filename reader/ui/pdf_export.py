"""PDF export through Qt: the HTML export laid out by QTextDocument, printed by QPdfWriter.

No dependency beyond Qt. Works from the command line too: without a running
QGuiApplication one is created (offscreen unless QT_QPA_PLATFORM says otherwise).
"""

from __future__ import annotations

import os

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QMarginsF
from PySide6.QtGui import QFont, QGuiApplication, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from reader.errors import ReaderError

# QTextDocument.print_ adds its own 2 cm margin round an unpaginated document (and puts
# the page number in it), so the writer's own margins stay at zero.
MARGIN_MM = 0.0
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


def render_pdf(html: str, title: str = "") -> bytes:
    """``html`` as an A4 PDF with 2 cm margins; the bytes of the file."""
    ensure_gui_application()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION_DPI)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(
        QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM), QPageLayout.Unit.Millimeter
    )
    writer.setTitle(title)
    writer.setCreator("Crossread")
    document = QTextDocument()
    font = QFont("DejaVu Sans")
    font.setPointSizeF(10.0)
    document.setDefaultFont(font)
    document.setHtml(html)
    document.print_(writer)
    del writer
    buffer.close()
    return bytes(data.data())
