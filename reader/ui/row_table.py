"""The table view the docks and dialogs share: read-only, one whole row selected at a time."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractItemModel, QSize, Qt
from PySide6.QtGui import QAction, QKeySequence, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QLayout,
    QTableView,
    QVBoxLayout,
    QWidget,
)


class RowTable(QTableView):
    """A table that says what to do while it has no rows (``empty_hint``, grey, centred)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.empty_hint = ""
        self.setTabKeyNavigation(False)  # arrows move between rows; Tab leaves the table

    def set_empty_hint(self, text: str) -> None:
        self.empty_hint = text
        self.viewport().update()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        model = self.model()
        if not self.empty_hint or model is None or model.rowCount() > 0:
            return
        painter = QPainter(self.viewport())
        painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
        area = self.viewport().rect().adjusted(12, 8, -12, -8)
        flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
        painter.drawText(area, int(flags), self.empty_hint)
        painter.end()


def row_table(model: QAbstractItemModel) -> RowTable:
    """A view of ``model`` that selects single rows, never edits, wraps no text and shows
    no row numbers."""
    table = RowTable()
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
    table.setMinimumHeight(60)
    table.setAccessibleName(name)
    table.verticalHeader().setDefaultSectionSize(22)
    column = QVBoxLayout(body)
    column.setContentsMargins(4, 2, 4, 2)
    column.addLayout(controls)
    column.addWidget(table, 1)
    return table


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
    body: QWidget, row: QHBoxLayout, label: str, accessible: str, toggled: Callable[[], object]
) -> dict[str, QCheckBox]:
    """One ticked check box per article in ``row``, labelled ``label`` and ``accessible``
    with "{side}" standing for A or B; ``toggled`` runs when either changes."""
    boxes: dict[str, QCheckBox] = {}
    for side in ("a", "b"):
        box = QCheckBox(label.format(side=side.upper()), body)
        box.setChecked(True)
        box.setAccessibleName(accessible.format(side=side.upper()))
        box.toggled.connect(toggled)
        boxes[side] = box
        row.addWidget(box)
    return boxes
