"""A highlight's sample drawn as a picture, for rich text that cannot carry its format: a
hatched background (what only one article reports) is a texture brush, which
``QTextDocument.toHtml`` drops, so the sample showed bare in the legend's tooltip. The
picture is drawn at a given device pixel ratio (the screen's it shows on) and goes in as
a ``data:`` image of its size in logical pixels, sharp at that ratio."""

from __future__ import annotations

import base64
import html
import math

from PySide6.QtCore import QBuffer, QIODevice, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFont,
    QImage,
    QPainter,
    QPalette,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextImageFormat,
)


def needs_picture(format_: QTextCharFormat) -> bool:
    """Whether rich text loses ``format_``'s look (its background is a picture)."""
    return format_.background().style() == Qt.BrushStyle.TexturePattern


def sample_image(
    text: str, format_: QTextCharFormat, font: QFont, palette: QPalette, ratio: float
) -> QImage:
    """``text`` in ``format_`` (its words in ``palette``'s text colour, as in the articles)
    drawn at device pixel ratio ``ratio``, on a transparent ground."""
    doc = QTextDocument()
    doc.setDocumentMargin(0)
    doc.setDefaultFont(font)
    QTextCursor(doc).insertText(text, format_)
    size = doc.size()
    width, height = math.ceil(size.width()), math.ceil(size.height())
    image = QImage(  # whole device pixels covering whole logical ones
        math.ceil(width * ratio),
        math.ceil(height * ratio),
        QImage.Format.Format_ARGB32_Premultiplied,
    )
    image.setDevicePixelRatio(ratio)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    context = QAbstractTextDocumentLayout.PaintContext()
    context.palette = palette
    doc.documentLayout().draw(painter, context)
    painter.end()
    return image


def logical(pixels: int, ratio: float) -> int:
    """The whole logical pixels ``pixels`` device pixels (rounded up from them) cover."""
    return math.floor(pixels / ratio + 1e-6)


def data_url(image: QImage) -> str:
    """``image`` as a PNG ``data:`` URL (rich text loads it as it loads a file)."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # its stubs say bytes, refused
    return "data:image/png;base64," + base64.b64encode(bytes(buffer.data().data())).decode()


def sample_picture(
    text: str, format_: QTextCharFormat, font: QFont, palette: QPalette, ratio: float
) -> QTextImageFormat:
    """The image format that shows ``text`` in ``format_`` as a picture drawn at ``ratio``,
    its size in logical pixels (``insertImage`` it)."""
    image = sample_image(text, format_, font, palette, ratio)
    picture = QTextImageFormat()
    picture.setName(data_url(image))
    picture.setWidth(logical(image.width(), ratio))
    picture.setHeight(logical(image.height(), ratio))
    picture.setVerticalAlignment(QTextCharFormat.VerticalAlignment.AlignMiddle)
    return picture


def named(rich_text: str, picture: QTextImageFormat, text: str) -> str:
    """``rich_text`` (``toHtml``'s) with ``picture`` named by its words, ``text``, as HTML
    names a picture (``alt``): Qt writes no name for an image, so the words a picture
    shows were nowhere in the text."""
    src = f'src="{picture.name()}"'
    return rich_text.replace(src, f'{src} alt="{html.escape(text.strip())}"')
