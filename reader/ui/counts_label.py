"""The status bar's match counts, shortened to the room the bar has.

The counts are parts joined by " · " (reader.ui.messages.status_summary): the claims,
shared quotes, entities, numbers and discrepancies, then how long aligning took. When the
bar is too narrow for all of them (a large font, a narrow window), the parts go from the
end, whole, the timing first, and a "…" says there is more; the whole line is in the
tooltip, with the aligner's notices (the sentence model could not be used...) after it.
A part is never cut in the middle of a word, and the counts never hold the window wide.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QWidget

SEPARATOR = " · "
MORE = " …"


def shortened(text: str, fits: Callable[[str], bool]) -> str:
    """The longest run of ``text``'s first parts (with "…" if any are left out) for
    which ``fits(candidate)`` is true; the first part alone if none fits."""
    parts = text.split(SEPARATOR)
    if fits(text):
        return text
    for keep in range(len(parts) - 1, 0, -1):
        candidate = SEPARATOR.join(parts[:keep]) + MORE
        if fits(candidate):
            return candidate
    return parts[0] + MORE if len(parts) > 1 else text


class CountsLabel(QLabel):
    """A label showing as much of its counts as its width allows (see the module)."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self._full = ""
        self.setText(text)

    def full_text(self) -> str:
        return self._full

    def setText(self, text: str, details: str = "") -> None:
        """Show ``text``; its tooltip (and screen readers) also get ``details``: what the
        counts alone do not say, such as why the pair was matched on words only."""
        self._full = text
        whole = f"{text}\n\n{details}" if details else text
        self.setToolTip(whole)
        self.setAccessibleDescription(whole)
        self._fit()
        self.updateGeometry()

    def _width_of(self, text: str) -> int:
        margins = self.contentsMargins()
        extra = margins.left() + margins.right() + 2 * self.margin() + 2 * max(self.indent(), 0)
        return self.fontMetrics().horizontalAdvance(text) + extra

    def sizeHint(self) -> QSize:
        # the whole line, so that the bar gives it all the room it has
        return QSize(self._width_of(self._full), super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:
        least = shortened(self._full, lambda _text: False)
        return QSize(self._width_of(least), super().minimumSizeHint().height())

    def _fit(self) -> None:
        room = self.width()
        super().setText(shortened(self._full, lambda text: self._width_of(text) <= room))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def changeEvent(self, e: QEvent) -> None:
        super().changeEvent(e)
        if e.type() == QEvent.Type.FontChange and hasattr(self, "_full"):
            self._fit()
            self.updateGeometry()
