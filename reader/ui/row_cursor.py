"""The keyboard's place in a table after the reader took a row out of it (a note deleted).

A deleted note selects no other (choosing one would bring into view a note the reader
never picked), but Qt then also dropped the table's current row, the keyboard's place:
the next Down chose the first note, wherever the deleted one had been, and a keyboard
user deleting notes one after another started again from the top each time.
:class:`GapCursor` puts the current row (not the selection) where the deleted row was, on
the row that took its place (the new last row when it was the last), so a screen reader
says that row and the keyboard goes on from there, and nothing is chosen until the
reader chooses:

- Down chooses the row that followed the deleted one (the row the cursor is on: Qt's
  Down would go past it to the next), Up the row that preceded it; at either end of the
  table, the row there.
- Space chooses the row at the cursor (Qt's own Space).
- Delete deletes nothing until a row is chosen (the dock says so).
"""

from __future__ import annotations

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QTableView

PLAIN = (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)


class GapCursor(QObject):
    """``table``'s keyboard cursor left where a row was taken out (:meth:`place`)."""

    def __init__(self, table: QTableView) -> None:
        super().__init__(table)
        self._table = table
        self._at = QPersistentModelIndex()  # the cursor as placed
        self._before = QPersistentModelIndex()  # the row before the gap
        self._after = QPersistentModelIndex()  # the row after it (the cursor's, if any)
        table.installEventFilter(self)

    def place(self, row: int, column: int = 0) -> None:
        """Put the cursor where row ``row`` was before it left the table: on the row that
        took its place, else on the last row; select nothing."""
        model, selection = self._table.model(), self._table.selectionModel()
        count = model.rowCount()
        if count == 0 or selection is None:
            self._forget()
            return
        column = max(0, min(column, model.columnCount() - 1))
        self._before = QPersistentModelIndex(
            model.index(row - 1, column) if 0 < row <= count else QModelIndex()
        )
        self._after = QPersistentModelIndex(
            model.index(row, column) if 0 <= row < count else QModelIndex()
        )
        at = self._index(self._after if self._after.isValid() else self._before)
        self._at = QPersistentModelIndex(at)
        selection.setCurrentIndex(at, QItemSelectionModel.SelectionFlag.NoUpdate)
        self._table.scrollTo(at)

    def placed(self) -> bool:
        """True while the cursor is where :meth:`place` put it and nothing is chosen."""
        selection = self._table.selectionModel()
        return (
            self._at.isValid()
            and selection is not None
            and not selection.hasSelection()
            and QPersistentModelIndex(self._table.currentIndex()) == self._at
        )

    def _index(self, place: QPersistentModelIndex) -> QModelIndex:
        return self._table.model().index(place.row(), place.column())

    def _forget(self) -> None:
        self._at = self._before = self._after = QPersistentModelIndex()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self._table
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up)
            and event.modifiers() in PLAIN
        ):
            if not self.placed():
                self._forget()
                return super().eventFilter(watched, event)
            first, second = (
                (self._after, self._before)
                if event.key() == Qt.Key.Key_Down
                else (self._before, self._after)
            )
            target = self._index(first if first.isValid() else second)
            self._forget()
            flags = QItemSelectionModel.SelectionFlag
            self._table.selectionModel().setCurrentIndex(target, flags.ClearAndSelect | flags.Rows)
            self._table.scrollTo(target)
            return True
        return super().eventFilter(watched, event)
