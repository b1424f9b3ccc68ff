"""What the "Only in one" and "Quotes" panels share: a row of controls (a tick box per
article, then any others, then a count) over a table of passages of both articles;
choosing a row shows its passage, Ctrl+C copies it, and the chosen row stays chosen
when the table is filled again."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Mapping

from PySide6.QtCore import QAbstractItemModel, QEvent, QItemSelection, Signal
from PySide6.QtWidgets import QDockWidget, QHBoxLayout, QHeaderView, QLabel, QWidget

from reader.model import Alignment, Span
from reader.ui.flow_row import GROUP_GAP, FlowRow
from reader.ui.font_columns import FittedColumns
from reader.ui.row_again import RowAgain
from reader.ui.row_table import NOTHING_TO_COPY, DockBody, add_copy_action, dock_table, side_boxes


class PassagesDock(QDockWidget):
    """A panel of passages of both articles. A subclass makes its model, calls
    :meth:`_add_side_boxes`, adds its own controls to ``controls``, then calls
    :meth:`_add_table`; it gives ``_count`` (the count label and the empty table's hint),
    ``_item_at``, ``_alignment`` and ``_show_row``, and names what a row holds in
    ``what`` ("a passage").

    Signals:
        passage_selected(str, object): the reader chose a passage (side, Span).
        copy_requested(str, object): Ctrl+C (or the table's context menu) on a row (side,
            what the row holds).
        hint(str): Ctrl+C with no row chosen; a message for the status bar.
        filter_changed(): the reader ticked or unticked a box that filters the rows.
    """

    passage_selected = Signal(str, object)
    copy_requested = Signal(str, object)
    hint = Signal(str)
    filter_changed = Signal()
    what = "a passage"
    # each panel's own: the count label and the empty table's hint; the side, the item (a
    # Span, a Quoted) and the passage of a row, if any; the alignment shown; what choosing
    # a row shows
    _count: Callable[[], None]
    _item_at: Callable[[int], tuple[str, Hashable, Span] | None]
    _alignment: Callable[[], Alignment | None]
    _show_row: Callable[[int], None]

    def __init__(self, title: str, name: str, accessible: str, parent: QWidget | None) -> None:
        super().__init__(title, parent)
        self.setObjectName(name)
        self.setAccessibleName(accessible)
        self.body = DockBody(self)
        # the tick boxes, then the count; on more lines when the panel is narrow
        self.controls = FlowRow(self.body)

    def _add_side_boxes(self, label: str, accessible: str, toggled: Callable[[], object]) -> None:
        """A ticked box per article ("{side}" in ``label`` and ``accessible`` stands for A
        or B), first in the row of controls."""
        self.side_boxes = side_boxes(self.body, self.controls.add, label, accessible, toggled)

    def _add_table(
        self,
        model: QAbstractItemModel,
        name: str,
        stretch: tuple[int, ...],
        samples: Mapping[int, str],
        copy_label: str,
        shares: Mapping[int, float] | None = None,
    ) -> None:
        """The count, last in the row of controls, then the table of ``model`` (named
        ``name`` for screen readers): the columns of ``stretch`` share the width, those of
        ``samples`` are as wide as their sample text (at most ``shares`` of the width)."""
        self.count_label = QLabel(self.body)
        self.controls.add(self.count_label, 1, GROUP_GAP)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.controls)
        self.table = dock_table(self.body, row, model, name)
        head = self.table.horizontalHeader()
        for column in stretch:
            head.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.columns = FittedColumns(self.table, samples, shares)
        self.table.selection_chosen.connect(self._row_selected)
        self.table.keep_rows(self._row_key)
        self.again = RowAgain(self.table, self._show_row)
        self.copy_action = add_copy_action(self.table, copy_label, self._copy)
        self.setWidget(self.body)
        self._count()

    def changeEvent(self, e: QEvent) -> None:
        super().changeEvent(e)
        if e.type() == QEvent.Type.FontChange and hasattr(self, "columns"):
            self.columns.font_changed()

    def _row_selected(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = selected.indexes()
        if rows:
            self._show_row(rows[0].row())

    def _copy(self) -> None:
        found = self._item_at(self.table.currentIndex().row())
        if found is not None:
            self.copy_requested.emit(found[0], found[1])
        else:
            self.hint.emit(NOTHING_TO_COPY.format(what=self.what))

    def _row_key(self, row: int) -> Hashable | None:
        """The item of ``row``, with its text: a swap puts other text at its offsets."""
        found = self._item_at(row)
        al = self._alignment()
        if found is None or al is None:
            return None
        side, item, span = found
        return side, item, (al.a if side == "a" else al.b).slice(span)
