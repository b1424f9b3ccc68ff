"""A filter box for a panel's table: the words typed, passed on once typing pauses, and
"12 of 2,300" beside it while rows are hidden (by the words or the panel's other
filters). Esc empties it."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QWidget

from reader.ui.screen_reader import clear_button, describe_label

# a long pair's table is filtered again once typing pauses this long, not at every key
PAUSE_MS = 150


# the least a filter box is given: room for a word or two beside its clear button
LEAST_TEXT = "M" * 8


class _Box(QLineEdit):
    """A line edit that asks for room for its whole placeholder (a layout with room to
    spare gives it that; a narrow one may give it less, down to its least width: room to
    type a word or two, however narrow the panel, not a sliver)."""

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        room = self.fontMetrics().horizontalAdvance(self.placeholderText() + "MM")
        return QSize(max(hint.width(), room + 2 * hint.height()), hint.height())

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        room = self.fontMetrics().horizontalAdvance(LEAST_TEXT) + 2 * hint.height()
        return QSize(max(hint.width(), room), hint.height())


class WordsFilter(QWidget):
    """A line edit whose words filter a table.

    Signals:
        words_changed(str): the box's text, once typing paused (at once when emptied).
    """

    words_changed = Signal(str)

    def __init__(
        self, placeholder: str, name: str, tip: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.edit = _Box(self)
        self.edit.setPlaceholderText(placeholder)
        self.edit.setAccessibleName(name)
        self.edit.setToolTip(tip)
        clear_button(self.edit)
        self.setFocusProxy(self.edit)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self.edit, self.edit.clear).setContext(
            Qt.ShortcutContext.WidgetShortcut
        )
        self.shown = QLabel(self)
        describe_label(self.shown, f"{name}: rows shown")
        self.shown.hide()
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(PAUSE_MS)
        self._pause.timeout.connect(self.flush)
        self.edit.textChanged.connect(self._typed)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(self.shown)

    def text(self) -> str:
        return self.edit.text()

    def _typed(self, text: str) -> None:
        if text.strip():
            self._pause.start()
        else:
            self.flush()  # emptied (Esc, the clear button): every row back at once

    def flush(self) -> None:
        """Pass the words on now (typing need not pause)."""
        self._pause.stop()
        self.words_changed.emit(self.edit.text())

    def count(self, shown: int, total: int) -> None:
        """Say how many of the table's rows the filters keep (these words and the panel's
        other filters); nothing when no word is typed and every row is kept."""
        if not self.edit.text().strip() and shown >= total:
            self.shown.hide()
            return
        self.shown.setText(f"{shown:,} of {total:,}")
        self.shown.show()

    def stop(self) -> None:
        """The window closes: no filtering left to do."""
        self._pause.stop()
