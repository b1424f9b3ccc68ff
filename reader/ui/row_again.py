"""Choosing a table's selected row again: Enter on it, or a click on it.

A table dock shows a row's passage when the row is selected; once the reader has
scrolled the pane elsewhere, choosing the same row again changed no selection, and so
did nothing. :class:`RowAgain` calls back for those two gestures."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QTableView


class RowAgain(QObject):
    """Calls ``again(row)`` on Enter (or Return) in ``table`` while a row is selected,
    and on a click on a row that was selected before the click (a click on another row
    selects it, which the table's owner already acts on)."""

    def __init__(self, table: QTableView, again: Callable[[int], object]) -> None:
        super().__init__(table)
        self._table = table
        self._again = again
        self._viewport = table.viewport()  # kept: asked of a table being destroyed, Qt fails
        self._pressed_selected = -1  # the row pressed, if it was selected then
        table.installEventFilter(self)
        self._viewport.installEventFilter(self)
        table.clicked.connect(self._clicked)

    def _selected_row(self) -> int:
        """The selected row at the cursor (of several chosen, the one clicked last), else
        the first selected; -1 for none."""
        selection = self._table.selectionModel()
        if selection is None:
            return -1
        current = self._table.currentIndex()
        if current.isValid() and selection.isRowSelected(current.row()):
            return current.row()
        rows = selection.selectedRows()
        return rows[0].row() if rows else -1

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if (
            kind == QEvent.Type.KeyPress
            and watched is self._table
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers()
            in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
        ):
            row = self._selected_row()
            if row >= 0:
                self._again(row)
                return True
        elif (
            kind == QEvent.Type.MouseButtonPress
            and watched is self._viewport
            and isinstance(event, QMouseEvent)
        ):
            row = self._table.indexAt(event.position().toPoint()).row()
            self._pressed_selected = row if row >= 0 and row == self._selected_row() else -1
        return super().eventFilter(watched, event)

    def _clicked(self, index: QModelIndex) -> None:
        if index.row() >= 0 and index.row() == self._pressed_selected:
            self._again(index.row())
        self._pressed_selected = -1
