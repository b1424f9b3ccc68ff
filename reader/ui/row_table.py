"""The table view the docks and dialogs share: read-only, one whole row selected at a time."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractItemModel, QSize, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QLayout, QTableView, QVBoxLayout, QWidget


def row_table(model: QAbstractItemModel) -> QTableView:
    """A view of ``model`` that selects single rows, never edits, wraps no text and shows
    no row numbers."""
    table = QTableView()
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


def dock_table(
    body: QWidget, controls: QLayout, model: QAbstractItemModel, name: str
) -> QTableView:
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
