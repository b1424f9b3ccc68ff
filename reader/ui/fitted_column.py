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

from collections import Counter

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex
from PySide6.QtWidgets import QHeaderView, QTableView

_REFIT = (QEvent.Type.FontChange, QEvent.Type.StyleChange, QEvent.Type.Show)


class FittedColumn(QObject):
    """Keeps ``column`` of ``table`` (whose model is set) as wide as its contents.

    The text of each row's cell is kept, with how many rows hold each text and each
    text's width (measured once, again after a font or style change): a row added,
    changed or removed (a note) costs that row, not a pass over every row."""

    def __init__(self, table: QTableView, column: int) -> None:
        super().__init__(table)
        self._table, self._column = table, column
        self._stale = True
        self._widest = 0  # the widest cell's width, once fitted
        self._texts: list[object] = []  # each row's cell, while not stale
        self._rows_of: Counter[object] = Counter()  # text -> how many rows hold it
        self._widths: dict[object, int] = {}  # text -> its cell's width
        table.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
        model = table.model()
        for signal in (model.modelReset, model.layoutChanged, model.rowsMoved):
            signal.connect(self.refit)
        model.rowsInserted.connect(self._rows_inserted)
        model.rowsAboutToBeRemoved.connect(self._rows_leaving)
        model.rowsRemoved.connect(self._rows_removed)
        model.dataChanged.connect(self._data_changed)
        table.installEventFilter(self)
        self.refit()

    def widest(self, rows: range) -> int:
        """The width of the widest cell of the column among ``rows`` (0: none)."""
        model = self._table.model()
        texts = {model.index(row, self._column).data(): row for row in rows}
        return max((self._width_of(text, row) for text, row in texts.items()), default=0)

    def _width_of(self, text: object, row: int) -> int:
        """The width of the cell of ``row``, which holds ``text`` (measured once a text)."""
        width = self._widths.get(text)
        if width is None:
            table = self._table
            width = table.sizeHintForIndex(table.model().index(row, self._column)).width()
            width = self._widths[text] = width + 1 if table.showGrid() else width
        return width

    def width(self) -> int:
        """The width the column's contents ask for."""
        header = self._table.horizontalHeader()
        width = max(self._widest, header.sectionSizeHint(self._column))
        return min(max(width, header.minimumSectionSize()), header.maximumSectionSize())

    def refit(self) -> None:
        """Fit the column to every row now if the table is shown, else once it is."""
        self._stale = True
        self._texts, self._rows_of = [], Counter()
        if self._table.isVisible():
            model = self._table.model()
            self._texts = [model.index(r, self._column).data() for r in range(model.rowCount())]
            self._rows_of = Counter(self._texts)
            self._stale = False
            self._resize()

    def _resize(self) -> None:
        """Size the column to the widest text some row holds."""
        firsts = {text: row for row, text in enumerate(self._texts) if text not in self._widths}
        for text, row in firsts.items():
            self._width_of(text, row)
        self._widest = max((self._widths[t] for t in self._rows_of), default=0)
        self._table.horizontalHeader().resizeSection(self._column, self.width())

    def _rows_inserted(
        self, _parent: QModelIndex | QPersistentModelIndex, first: int, last: int
    ) -> None:
        """Rows came (a note added): only they are measured."""
        if self._stale or not self._table.isVisible():
            self.refit()
            return
        model = self._table.model()
        came = [model.index(r, self._column).data() for r in range(first, last + 1)]
        self._texts[first:first] = came
        self._rows_of.update(came)
        self._resize()

    def _rows_leaving(
        self, _parent: QModelIndex | QPersistentModelIndex, first: int, last: int
    ) -> None:
        if self._stale:
            return
        self._rows_of.subtract(self._texts[first : last + 1])
        del self._texts[first : last + 1]
        self._rows_of = +self._rows_of  # texts no row holds now go

    def _rows_removed(self) -> None:
        if self._stale or not self._table.isVisible():
            self.refit()
        else:
            self._resize()

    def _data_changed(
        self,
        top: QModelIndex | QPersistentModelIndex,
        bottom: QModelIndex | QPersistentModelIndex,
        _roles: object = None,
    ) -> None:
        """Cells changed (a note edited): only their rows are looked at again."""
        if not top.column() <= self._column <= bottom.column():
            return
        if self._stale or not self._table.isVisible():
            self.refit()
            return
        model = self._table.model()
        rows = range(top.row(), bottom.row() + 1)
        now = [model.index(r, self._column).data() for r in rows]
        self._rows_of.subtract(self._texts[rows.start : rows.stop])
        self._rows_of.update(now)
        self._rows_of = +self._rows_of
        self._texts[rows.start : rows.stop] = now
        self._resize()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is self._table and kind in _REFIT and (kind != QEvent.Type.Show or self._stale):
            if kind != QEvent.Type.Show:
                self._widths.clear()  # another font or style: every text measured again
            self.refit()
        return super().eventFilter(watched, event)
