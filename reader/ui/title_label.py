"""An article's title over its pane: at most two lines, the second ended with "…" when
the title is longer, the whole title in the tooltip (one line in a short pane: a small
window, a large font); and the line under it (source and
date, else the file's path) on one line, shortened in its middle when too long.

A QLabel with word wrap and a fixed height draws every line of a long headline and
shows those that fit, cut through the middle of one (a pane 450 pixels wide showed the
last two of four lines, the top half of the line above them above those). Here the
label paints its own lines; its ``text()`` stays the whole title.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QRect, QSize, Qt
from PySide6.QtGui import (
    QFont,
    QFontMetrics,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import QLabel, QWidget

from reader.model import Document
from reader.session.pasted import PASTED_MARK, pasted_folder

MAX_LINES = 2
ROOM_LINES = 10  # a pane this many title lines high, or more, gives its title two


def _utf16_slice(text: str, start: int, length: int) -> str:
    """``text`` cut at Qt (UTF-16) positions."""
    data = text.encode("utf-16-le")
    return data[2 * start : 2 * (start + length)].decode("utf-16-le", errors="ignore")


def title_lines(text: str, font: QFont, width: int, max_lines: int = MAX_LINES) -> list[str]:
    """``text`` wrapped at word boundaries to ``width`` pixels in ``font``: at most
    ``max_lines`` lines, the last ended with "…" when the text goes on."""
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout = QTextLayout(text, font)
    layout.setTextOption(option)
    layout.beginLayout()
    ranges: list[tuple[int, int]] = []
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(max(1, width))
        ranges.append((line.textStart(), line.textLength()))
    layout.endLayout()
    lines = [_utf16_slice(text, start, length).strip() for start, length in ranges]
    if len(lines) <= max_lines:
        return [line for line in lines if line]
    rest = _utf16_slice(text, ranges[max_lines - 1][0], len(text.encode("utf-16-le")) // 2)
    last = QFontMetrics(font).elidedText(" ".join(rest.split()), Qt.TextElideMode.ElideRight, width)
    return [*lines[: max_lines - 1], last]


class TitleLabel(QLabel):
    """A plain-text title laid at the bottom of the label: MAX_LINES lines high over a
    pane of ROOM_LINES of its lines or more, one line over a shorter one (two lines of a
    large font took a fifth of a pane's height from the article). The label sizes itself
    to its parent's height; both panes are as high, so their text starts level."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self._max_lines = MAX_LINES
        if parent is not None:
            parent.installEventFilter(self)  # its height decides the title's

    def max_lines(self) -> int:
        """How many lines the label has room for now."""
        return self._max_lines

    def style_after(self, font: QFont) -> None:
        """A little larger than ``font`` (its pane's) and bold, two lines high (one in a
        short pane), so both panes' text starts at the same height and bands stay level."""
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.setFont(font)
        self.fit_height()

    def fit_height(self) -> None:
        """Two lines high (one in a short parent) of the label's font."""
        parent = self.parentWidget()
        spacing = QFontMetrics(self.font()).lineSpacing()
        short = parent is not None and 0 < parent.height() < ROOM_LINES * spacing
        self._max_lines = 1 if short else MAX_LINES
        self.setFixedHeight(spacing * self._max_lines + 4)
        self._update_tip()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize:
            self.fit_height()
        return super().eventFilter(watched, event)

    def lines(self) -> list[str]:
        """The lines the label shows."""
        return title_lines(self.text(), self.font(), self.contentsRect().width(), self._max_lines)

    def is_shortened(self) -> bool:
        """True when the title is longer than the label shows."""
        return " ".join(" ".join(self.lines()).split()) != " ".join(self.text().split())

    def setText(self, text: str) -> None:
        super().setText(text)
        self._update_tip()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._update_tip()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._update_tip()

    def _update_tip(self) -> None:
        self.setToolTip(self.text() if self.is_shortened() else "")

    def paintEvent(self, event: QPaintEvent) -> None:
        rect = self.contentsRect()
        step = self.fontMetrics().lineSpacing()
        lines = self.lines()
        top = rect.bottom() + 1 - step * len(lines)
        horizontal = self.alignment() & Qt.AlignmentFlag.AlignHorizontal_Mask
        painter = QPainter(self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.setFont(self.font())
        for i, line in enumerate(lines):
            box = QRect(rect.left(), top + i * step, rect.width(), step)
            painter.drawText(box, horizontal | Qt.AlignmentFlag.AlignVCenter, line)
        painter.end()


class SourceLine(QLabel):
    """One line of plain text, shortened in its middle ("/home/…/floods.txt") to the
    width it is given. A QLabel asks for the width of its whole text: a file's path deep
    in folders made its pane, and the window, wider than the screen."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)

    def minimumSizeHint(self) -> QSize:
        return QSize(0, super().minimumSizeHint().height())

    def shown_text(self) -> str:
        """The text as the line shows it."""
        width = self.contentsRect().width()
        return self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideMiddle, width)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.setFont(self.font())
        flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(self.contentsRect(), flags, self.shown_text())
        painter.end()


PASTED_LINE = "Pasted text"  # the line under a pasted article's title


def source_line(doc: Document) -> str:
    """The line under a pane's title: the article's source and date, else where it comes
    from ("Pasted text" rather than the data folder's file for a pasted article)."""
    known = " · ".join(x for x in (doc.source, doc.date) if x)
    if known:
        return known
    if is_pasted(doc):
        return PASTED_LINE
    return doc.path


def is_pasted(doc: Document) -> bool:
    """Whether ``doc`` is a pasted text, kept in the data folder."""
    return bool(doc.path) and Path(doc.path).parent == pasted_folder()


def pane_labels(doc: Document) -> tuple[str, str, str]:
    """A pane's title, the line under it and that line's tooltip. A pasted text is said
    to be one once: "Pasted text" under its title, which is then its opening words alone
    (not “...” (pasted) as in Recent pairs), and the tooltip says where it is kept."""
    title, line = doc.title or doc.path, source_line(doc)
    if line == PASTED_LINE and title.endswith(PASTED_MARK):
        title = title.removesuffix(PASTED_MARK)
    return title, line, f"Kept in {doc.path}" if is_pasted(doc) else doc.path


def show_labels(title: QLabel, source: QLabel, doc: Document) -> None:
    """``doc``'s title above a pane's text, its source and date (or where it comes from)
    under the title, where the article is kept in that line's tooltip."""
    text, line, where = pane_labels(doc)
    title.setText(text)
    source.setText(line)
    source.setToolTip(where)
