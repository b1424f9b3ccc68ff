"""A table column as wide as its widest cell, each distinct text measured once.

Qt's ``QHeaderView.ResizeMode.ResizeToContents`` asks the delegate for the size of up to
1,000 cells of the column at every layout of the header (a show, a model reset, a
repaint after rows came or went): through a Python model and delegate that is eight
Python calls a cell, and with two thousand notes it stalled the window 100-200 ms each
time. :class:`FittedColumn` keeps the column in ``Fixed`` mode at the width Qt would
give it: the widest cell (its delegate's size hint, cells of the same text measured once,
every row counted) or the header's label, within the header's bounds.

It fits a model whose cells of one column differ by their text only (no icons or fonts
a row), as the row tables' models do.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex
from PySide6.QtWidgets import QHeaderView, QTableView

_REFIT = (QEvent.Type.FontChange, QEvent.Type.StyleChange, QEvent.Type.Show)


class FittedColumn(QObject):
    """Keeps ``column`` of ``table`` (whose model is set) as wide as its contents."""

    def __init__(self, table: QTableView, column: int) -> None:
        super().__init__(table)
        self._table, self._column = table, column
        self._stale = True
        self._widest = 0  # the widest cell's width, once fitted
        table.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
        model = table.model()
        for signal in (model.modelReset, model.rowsRemoved, model.layoutChanged):
            signal.connect(self.refit)
        model.rowsInserted.connect(self._rows_inserted)
        model.dataChanged.connect(self._data_changed)
        table.installEventFilter(self)
        self.refit()

    def widest(self, rows: range) -> int:
        """The width of the widest cell of the column among ``rows`` (0: none)."""
        table, column = self._table, self._column
        model = table.model()
        firsts: dict[object, QModelIndex] = {}
        for row in rows:
            index = model.index(row, column)
            firsts.setdefault(index.data(), index)
        hint = max((table.sizeHintForIndex(i).width() for i in firsts.values()), default=0)
        return hint + 1 if firsts and table.showGrid() else hint

    def width(self) -> int:
        """The width the column's contents ask for."""
        header = self._table.horizontalHeader()
        width = max(self._widest, header.sectionSizeHint(self._column))
        return min(max(width, header.minimumSectionSize()), header.maximumSectionSize())

    def refit(self) -> None:
        """Fit the column to every row now if the table is shown, else once it is."""
        self._stale = True
        if self._table.isVisible():
            self._stale = False
            self._widest = self.widest(range(self._table.model().rowCount()))
            self._table.horizontalHeader().resizeSection(self._column, self.width())

    def _rows_inserted(
        self, _parent: QModelIndex | QPersistentModelIndex, first: int, last: int
    ) -> None:
        """Rows came (a note added): only they are measured, the column widened if need be."""
        if self._stale or not self._table.isVisible():
            self.refit()
            return
        self._widest = max(self._widest, self.widest(range(first, last + 1)))
        self._table.horizontalHeader().resizeSection(self._column, self.width())

    def _data_changed(
        self,
        top: QModelIndex | QPersistentModelIndex,
        bottom: QModelIndex | QPersistentModelIndex,
        _roles: object = None,
    ) -> None:
        if top.column() <= self._column <= bottom.column():
            self.refit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is self._table and kind in _REFIT and (kind != QEvent.Type.Show or self._stale):
            self.refit()
        return super().eventFilter(watched, event)
