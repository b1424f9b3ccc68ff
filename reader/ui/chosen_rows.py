"""The rows the reader chose in a table, and the row at its cursor, kept through a change
of the table's model (a filter, a sort, a reset, rows taken out and brought back).

A table of several chosen rows (the Notes and Matches panels: Shift and Ctrl+click,
Ctrl+A) used to keep only one of them: a filter that hid the row at the cursor dropped
the whole choice (:class:`reader.ui.row_table.RowTable` clears it, lest Qt choose a
neighbour), a reset dropped it too, and either chose the first chosen row again alone; a
chosen row a filter hid and let through again came back unchosen. :class:`ChosenRows`
reads the choice by the rows' keys as a change of the model begins (the selection is
then still the reader's) and, once the change is over, chooses again every row of those
keys the model shows, the cursor back on its row. What the reader chooses next replaces
what was kept; a row hidden meanwhile is then no longer chosen."""

from __future__ import annotations

from collections.abc import Callable, Collection, Hashable, Mapping

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QModelIndex, QSortFilterProxyModel
from PySide6.QtWidgets import QTableView

RowKey = Callable[[int], Hashable | None]
# the rows (of the table's model) of those keys that it shows: {key: row}
RowsOf = Callable[[Collection[Hashable]], Mapping[Hashable, int]]


def scanned_rows(table: QTableView, row_key: RowKey) -> RowsOf:
    """A :data:`RowsOf` asking ``row_key`` of every row of ``table``'s model (for small
    tables; a long one does better with a look-up of its own)."""

    def rows_of(keys: Collection[Hashable]) -> Mapping[Hashable, int]:
        wanted = set(keys)
        found: dict[Hashable, int] = {}
        for row in range(table.model().rowCount()):
            key = row_key(row)
            if key in wanted:
                found.setdefault(key, row)
        return found

    return rows_of


def proxy_rows(proxy: QSortFilterProxyModel, source_rows: RowsOf) -> RowsOf:
    """A :data:`RowsOf` for a view of ``proxy``: ``source_rows`` finds the rows in its
    source model, those the proxy shows are mapped to its own."""

    def rows_of(keys: Collection[Hashable]) -> Mapping[Hashable, int]:
        source = proxy.sourceModel()
        found: dict[Hashable, int] = {}
        for key, row in source_rows(keys).items():
            index = proxy.mapFromSource(source.index(row, 0))
            if index.isValid():
                found[key] = index.row()
        return found

    return rows_of


def row_runs(rows: list[int]) -> list[tuple[int, int]]:
    """Sorted ``rows`` as runs of neighbours, (first, last) each."""
    runs: list[tuple[int, int]] = []
    for row in rows:
        if runs and runs[-1][1] == row - 1:
            runs[-1] = (runs[-1][0], row)
        else:
            runs.append((row, row))
    return runs


class ChosenRows:
    """``table``'s chosen rows and cursor row by their keys (``row_key(row)``, the same
    across the model's changes), read by :meth:`read` and chosen again by
    :meth:`choose_again`."""

    def __init__(self, table: QTableView, row_key: RowKey, rows_of: RowsOf | None = None) -> None:
        self._table = table
        self._row_key = row_key
        self._rows_of = rows_of or scanned_rows(table, row_key)
        self._keys: tuple[Hashable, ...] = ()  # the chosen rows', in row order
        self._current: Hashable | None = None  # the cursor's row's
        self._stale = True  # the choice changed since it was read

    def changed(self) -> None:
        """The reader (or the program, on purpose) changed the choice."""
        self._stale = True

    def moved(self, current: QModelIndex) -> None:
        """The reader (or the program, on purpose) put the cursor on ``current``."""
        self._current = self._row_key(current.row()) if current.isValid() else None

    def forget(self) -> None:
        """Keep nothing (the model is to show other rows under the same keys)."""
        self._keys, self._current, self._stale = (), None, False

    def carry(self, new_key: Callable[[Hashable], Hashable | None]) -> None:
        """Keep the rows the model is to show under other keys: ``new_key(key)`` (None:
        the row is gone)."""
        self.read()
        keys = (new_key(k) for k in self._keys)
        self._keys = tuple(k for k in keys if k is not None)
        self._current = None if self._current is None else new_key(self._current)

    def read(self) -> None:
        """Read the choice from the table, if it changed since it was last read."""
        if not self._stale:
            return
        self._stale = False
        selection = self._table.selectionModel()
        rows = sorted({i.row() for i in selection.selectedRows()}) if selection else []
        self._keys = tuple(k for k in map(self._row_key, rows) if k is not None)

    def choose_again(self) -> QModelIndex | None:
        """Choose every kept row the model shows (and no other), the cursor on its row
        when the model shows it (else where it is, on a chosen row, or on the first
        chosen); the cursor's index when anything changed, else None."""
        selection, model = self._table.selectionModel(), self._table.model()
        if not self._keys or selection is None or model is None or self._in_place():
            return None
        cursor = () if self._current is None else (self._current,)
        found = self._rows_of((*self._keys, *cursor))
        rows = sorted({found[k] for k in self._keys if k in found})
        if not rows:
            return None
        flags = QItemSelectionModel.SelectionFlag
        changed = False
        if {i.row() for i in selection.selectedRows()} != set(rows):
            chosen = QItemSelection()  # whole rows: the Rows flag below
            for first, last in row_runs(rows):
                chosen.select(model.index(first, 0), model.index(last, 0))
            selection.select(chosen, flags.ClearAndSelect | flags.Rows)
            changed = True
        current = self._table.currentIndex()
        row = found.get(self._current, -1) if self._current is not None else -1
        if row < 0:
            row = current.row() if current.isValid() and current.row() in rows else rows[0]
        if not current.isValid() or current.row() != row:
            current = model.index(row, max(current.column(), 0))
            selection.setCurrentIndex(current, flags.NoUpdate)
            changed = True
        return current if changed else None

    def _in_place(self) -> bool:
        """True when every kept row is chosen and the cursor is on its row: a change of
        the model only takes rows out of the choice, so as many chosen as kept are they."""
        if len(self._table.selectionModel().selectedRows()) != len(self._keys):
            return False
        current = self._table.currentIndex()
        return self._current is None or (
            current.isValid() and self._row_key(current.row()) == self._current
        )
