"""The table view the docks and dialogs share: read-only, one whole row selected at a time."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterator
from contextlib import contextmanager
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QItemSelection,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QFocusEvent, QKeySequence, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QLayout,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reader.bidi import is_rtl
from reader.ui.chosen_rows import ChosenRows, RowsOf
from reader.ui.focus_ring import paint_table_ring

# a row's room above and below its text: 22 pixels a row for the 14 of a 9 point font
ROW_PADDING = 8


class RowTable(QTableView):
    """A table that says what to do while it has no rows (``empty_hint``, grey, centred),
    and whose selection only the reader (or the program, on purpose) moves.

    Rows leaving the model (a filter, a deleted note) would make Qt select a neighbour
    of the selected row, one range of rows at a time, and a reset (a filter, a new
    alignment, a swap) drops the selection; neither is the reader's choice. Here a
    change of the model selects nothing new: the selected rows stay selected if the
    change keeps them (and, with :meth:`keep_rows`, every chosen row is selected again,
    the cursor on its row, when a reset or an insertion brings it back: see
    reader/ui/chosen_rows.py), else no row is selected.

    Signals:
        selection_chosen(QItemSelection, QItemSelection): the selection changed, not by
            a change of the model (connect this, not the selection model's
            ``selectionChanged``, to act on a choice of row).
        rows_changed(): a change of the model is over, the chosen rows chosen again
            (what counts the chosen rows counts them here, not at each of Qt's steps:
            a filter takes rows out one range at a time).
    """

    selection_chosen = Signal(QItemSelection, QItemSelection)
    rows_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.empty_hint = ""
        self.setTabKeyNavigation(False)  # arrows move between rows; Tab leaves the table
        self._changing = 0  # the model is changing its rows (nested begin/end pairs)
        self._chosen: ChosenRows | None = None  # the rows chosen, by key (keep_rows)
        self._least_row = self.verticalHeader().defaultSectionSize()

    def set_least_row_height(self, pixels: int) -> None:
        """Rows ``pixels`` high, or as high as the table's font needs when that is more
        (a zoom, a large system font): Qt's height stays as it was for any font, and
        text of twice the size was cut in half."""
        self._least_row = pixels
        self._fit_rows()

    def _fit_rows(self) -> None:
        needed = self.fontMetrics().height() + ROW_PADDING
        self.verticalHeader().setDefaultSectionSize(max(self._least_row, needed))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_rows()

    def minimumSizeHint(self) -> QSize:
        """As short as its header and one row: a panel of tables below the articles (all
        its tabs at their least height, the tallest holding the rest up) leaves a small
        window's articles the room (Qt's least for a table was 70 pixels, the panels'
        was 60 set by hand)."""
        hint = super().minimumSizeHint()
        header = self.horizontalHeader()
        rows = 0 if header.isHidden() else header.sizeHint().height()
        rows += self.verticalHeader().defaultSectionSize() + 2 * self.frameWidth()
        return QSize(hint.width(), rows)

    def keep_rows(
        self, row_key: Callable[[int], Hashable | None], rows_of: RowsOf | None = None
    ) -> None:
        """Name each row by ``row_key(row)`` (a key that stays the same across resets)
        so the chosen rows are selected again when a change of the model brings them
        back; ``rows_of(keys)`` finds the rows of keys (by default ``row_key`` is asked
        of every row)."""
        self._chosen = ChosenRows(self, row_key, rows_of)

    def carry_rows(self, new_key: Callable[[Hashable], Hashable | None] | None) -> None:
        """The model is to show its rows under other keys, ``new_key(key)`` each (None:
        that row is gone); None: choose no kept row again (other rows under the keys)."""
        if self._chosen is None:
            return
        if new_key is None:
            self._chosen.forget()
        else:
            self._chosen.carry(new_key)

    @contextmanager
    def model_change(self) -> Iterator[None]:
        """One change of the model, however many changes of rows it makes (a proxy's
        filter: one range of rows at a time): the chosen rows are selected again once,
        at its end."""
        self._change_begins()
        try:
            yield
        finally:
            self._change_ends()

    def model_changing(self) -> bool:
        """True while the model is changing its rows (a selection change then is Qt's)."""
        return self._changing > 0

    def setModel(self, model: QAbstractItemModel | None) -> None:
        old = self.model()
        if old is not None:
            begins, ends = self._model_signals(old)
            for signal, slot in begins + ends:
                signal.disconnect(slot)
        # the "about to" slots run before the view's own and its selection model's, the
        # "done" ones after: every selection change Qt makes meanwhile falls in between
        begins, ends = self._model_signals(model)
        for signal, slot in begins:
            signal.connect(slot)
        super().setModel(model)
        for signal, slot in ends:
            signal.connect(slot)
        selection = self.selectionModel()
        if selection is not None:
            selection.selectionChanged.connect(self._selection_changed)
            selection.currentChanged.connect(self._current_changed)

    def _model_signals(self, model: QAbstractItemModel | None) -> tuple[list[Any], list[Any]]:
        """(signal, slot) pairs: those announcing a change of rows, those ending one."""
        if model is None:
            return [], []
        begin, end = self._change_begins, self._change_ends
        begins = [
            (model.rowsAboutToBeRemoved, self._rows_leaving),
            (model.rowsAboutToBeInserted, begin),
            (model.rowsAboutToBeMoved, begin),
            (model.modelAboutToBeReset, begin),
            (model.layoutAboutToBeChanged, begin),
        ]
        ends = [
            (model.rowsRemoved, end),
            (model.rowsInserted, end),
            (model.rowsMoved, end),
            (model.modelReset, end),
            (model.layoutChanged, end),
        ]
        return begins, ends

    def _change_begins(self, *_args: object) -> None:
        if self._changing == 0 and self._chosen is not None:
            self._chosen.read()  # the selection is still the reader's
        self._changing += 1

    def _rows_leaving(self, parent: QModelIndex, first: int, last: int) -> None:
        self._change_begins()
        current = self.currentIndex()
        if current.isValid() and not parent.isValid() and first <= current.row() <= last:
            # else Qt makes a neighbour current (and, one row at a time, selected)
            self.selectionModel().clear()

    def _change_ends(self, *_args: object) -> None:
        self._changing = max(0, self._changing - 1)
        if self._changing == 0:
            self._select_kept()
            self.rows_changed.emit()

    def _select_kept(self) -> None:
        """Select the rows chosen last again, those the model has, the cursor on its row."""
        if self._chosen is None:
            return
        self._changing += 1  # not the reader's choice: the panes stay where they are
        try:
            current = self._chosen.choose_again()
        finally:
            self._changing -= 1
        if current is not None:
            self.scrollTo(current)

    def _selection_changed(self, selected: QItemSelection, deselected: QItemSelection) -> None:
        if self._changing:
            return
        if self._chosen is not None:
            self._chosen.changed()
        self.selection_chosen.emit(selected, deselected)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not self._changing and self._chosen is not None:
            self._chosen.moved(current)

    def focusInEvent(self, event: QFocusEvent) -> None:
        """A table with no current row takes the focus with none: Qt would make the first
        row current without choosing it, and the first Down would then choose the second."""
        had_current = self.currentIndex().isValid()
        super().focusInEvent(event)
        if not had_current and not self.selectionModel().hasSelection():
            self.selectionModel().clearCurrentIndex()
        self.viewport().update()  # the ring (reader/ui/focus_ring.py)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.viewport().update()  # the ring goes

    def set_empty_hint(self, text: str) -> None:
        self.empty_hint = text
        self.viewport().update()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.hasFocus():
            paint_table_ring(self.viewport())
        model = self.model()
        if not self.empty_hint or model is None or model.rowCount() > 0:
            return
        painter = QPainter(self.viewport())
        painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
        area = self.viewport().rect().adjusted(12, 8, -12, -8)
        flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
        painter.drawText(area, int(flags), self.empty_hint)
        painter.end()


class DirectionDelegate(QStyledItemDelegate):
    """Lays out each cell's text in the direction of its own first strong letter: an
    Arabic or Hebrew passage right to left (its figures, dates and full stop in their
    places, elided at its left end) and right-aligned, an English one as before.

    Qt lays out every cell in the table's direction (left to right), whatever its text:
    "20 ביוני 2024" then reads "ביוני 2024 20". An alignment the model gives for a cell
    (``TextAlignmentRole``) is kept as it is, left meaning left; a cell without one is
    aligned at the start of its text (the right edge for right-to-left text)."""

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        if not is_rtl(option.text):
            return
        option.direction = Qt.LayoutDirection.RightToLeft
        if index.data(Qt.ItemDataRole.TextAlignmentRole) is not None:
            option.displayAlignment |= Qt.AlignmentFlag.AlignAbsolute


def row_table(model: QAbstractItemModel) -> RowTable:
    """A view of ``model`` that selects single rows, never edits, wraps no text, shows
    no row numbers and lays out each cell in its text's direction."""
    table = RowTable()
    table.setItemDelegate(DirectionDelegate(table))
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    return table


class DockBody(QWidget):
    """A table dock's contents: asks for a modest height so the articles keep the room."""

    def sizeHint(self) -> QSize:
        return QSize(800, 150)


def dock_table(body: QWidget, controls: QLayout, model: QAbstractItemModel, name: str) -> RowTable:
    """Lay out ``body``: the row of ``controls`` over a compact table of ``model``."""
    table = row_table(model)
    table.setParent(body)
    table.setAccessibleName(name)
    table.set_least_row_height(22)
    column = QVBoxLayout(body)
    column.setContentsMargins(4, 2, 4, 2)
    column.addLayout(controls)
    column.addWidget(table, 1)
    return table


# what Ctrl+C in a panel's list says when no row is chosen ("what": "a note")
NOTHING_TO_COPY = "Choose {what} in the list first (click its row), then copy it."


def add_copy_action(table: QTableView, text: str, copy: Callable[[], object]) -> QAction:
    """Ctrl+C in ``table`` (and its context menu) runs ``copy`` instead of copying the
    current cell's text."""
    action = QAction(text, table)
    action.setShortcut(QKeySequence.StandardKey.Copy)
    action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
    action.triggered.connect(copy)
    table.addAction(action)
    table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
    return action


def side_boxes(
    body: QWidget,
    add: Callable[[QWidget], object],
    label: str,
    accessible: str,
    toggled: Callable[[], object],
) -> dict[str, QCheckBox]:
    """One ticked check box per article, handed to ``add`` (a row's), labelled ``label``
    and ``accessible`` with "{side}" standing for A or B; ``toggled`` runs when either
    changes."""
    boxes: dict[str, QCheckBox] = {}
    for side in ("a", "b"):
        box = QCheckBox(label.format(side=side.upper()), body)
        box.setChecked(True)
        box.setAccessibleName(accessible.format(side=side.upper()))
        box.toggled.connect(toggled)
        boxes[side] = box
        add(box)
    return boxes
