"""Find bar: a small row under the panes to search the active pane (Ctrl+F)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QToolButton,
    QWidget,
)


class FindBar(QWidget):
    """Search field with next / previous / close.

    Signals:
        find_requested(str, bool): search for the text (bool: backward).
        closed(): the bar was hidden.
    """

    find_requested = Signal(str, bool)
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Find bar")
        self.field = QLineEdit(self)
        self.field.setPlaceholderText("Find in the active article…")
        self.field.setAccessibleName("Find text")
        self.field.setClearButtonEnabled(True)
        self.field.returnPressed.connect(lambda: self._find(False))
        self.field.installEventFilter(self)  # Shift+Enter, which the field takes as Enter
        self.status = QLabel(self)
        prev_btn = QToolButton(self)
        prev_btn.setText("▲")
        prev_btn.setToolTip("Previous (Shift+Enter)")
        prev_btn.setAccessibleName("Find previous")
        prev_btn.clicked.connect(lambda: self._find(True))
        next_btn = QToolButton(self)
        next_btn.setText("▼")
        next_btn.setToolTip("Next (Enter)")
        next_btn.setAccessibleName("Find next")
        next_btn.clicked.connect(lambda: self._find(False))
        close_btn = QToolButton(self)
        close_btn.setText("✕")
        close_btn.setToolTip("Close (Esc)")
        close_btn.setAccessibleName("Close find bar")
        close_btn.clicked.connect(self.close_bar)
        row = QHBoxLayout(self)
        row.setContentsMargins(4, 2, 4, 2)
        row.addWidget(QLabel("Find:", self))
        row.addWidget(self.field, 1)
        row.addWidget(prev_btn)
        row.addWidget(next_btn)
        row.addWidget(self.status)
        row.addWidget(close_btn)
        self.hide()

    def open_bar(self) -> None:
        self.show()
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()

    def close_bar(self) -> None:
        self.hide()
        self.closed.emit()

    def show_result(self, found: bool, where: str = "", hit: int = 0, hits: int = 0) -> None:
        """Say where the search landed: "3 of 20 in A", or "Not found in B"."""
        place = f" in {where}" if where else ""
        if not found:
            self.status.setText(f"Not found{place}")
        elif hits:
            self.status.setText(f"{hit} of {hits}{place}")
        else:
            self.status.setText("")

    def _find(self, backward: bool) -> None:
        if self.field.text():
            self.find_requested.emit(self.field.text(), backward)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Shift+Enter in the field finds backward."""
        if (
            watched is self.field
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        ):
            self._find(True)
            return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close_bar()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (
            event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        ):
            self._find(True)
            return
        super().keyPressEvent(event)


def find_in(browser: QTextEdit | QPlainTextEdit, text: str, backward: bool = False) -> bool:
    """Select the next (or previous) ``text`` in ``browser`` (a pane's text, or its
    preview), wrapping around the end; False when the text is nowhere."""
    flags = QTextDocument.FindFlag.FindBackward if backward else QTextDocument.FindFlag(0)
    if browser.find(text, flags):
        return True
    cursor = browser.textCursor()
    cursor.movePosition(
        QTextCursor.MoveOperation.End if backward else QTextCursor.MoveOperation.Start
    )
    browser.setTextCursor(cursor)
    return browser.find(text, flags)


def hit_count(browser: QTextEdit | QPlainTextEdit, text: str) -> tuple[int, int]:
    """(which hit the selection is, counted from 1; how many hits there are) of ``text``
    in ``browser``, case folded as the search folds it."""
    needle = text.casefold()
    if not needle:
        return 0, 0
    hay = browser.toPlainText().casefold()
    starts = []
    k = hay.find(needle)
    while k >= 0:
        starts.append(k)
        k = hay.find(needle, k + 1)
    here = browser.textCursor().selectionStart()
    return sum(1 for k in starts if k <= here), len(starts)
