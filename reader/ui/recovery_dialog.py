"""File > Recover unsaved notes: the kept copies of unsaved work, to open or delete.

The dialog lists :func:`reader.session.kept_copies.list_kept_copies` (newest first) in a
table over :class:`KeptCopiesModel`; it opens nothing itself: Open emits
``open_requested`` and the session controller opens the file as unsaved work (no file of its own).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reader.errors import SessionError
from reader.session.kept_copies import KeptCopy, delete_kept_copy, list_kept_copies
from reader.ui.notes_model import elide
from reader.ui.row_table import row_table
from reader.ui.table_model import AnyIndex, ColumnsTableModel

KEPT, TITLE_A, TITLE_B, NOTES = range(4)
TITLE_CHARS = 60


def kept_label(copy: KeptCopy) -> str:
    """When the copy was kept, in local time (``2024-06-21 09:30``)."""
    return copy.kept.astimezone().strftime("%Y-%m-%d %H:%M")


class KeptCopiesModel(ColumnsTableModel):
    """One row a kept copy: when, article A, article B, notes; unreadable ones say why."""

    columns = ("Kept", "Article A", "Article B", "Notes")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._copies: list[KeptCopy] = []

    def set_copies(self, copies: list[KeptCopy]) -> None:
        self.beginResetModel()
        self._copies = list(copies)
        self.endResetModel()

    def copy_at(self, row: int) -> KeptCopy | None:
        return self._copies[row] if 0 <= row < len(self._copies) else None

    def row_total(self) -> int:
        return len(self._copies)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        copy = self.copy_at(index.row()) if index.isValid() else None
        if copy is None:
            return None
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(copy, col)
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == TITLE_A and copy.error is not None:
                return f"{copy.error}\n{copy.path}"
            return str(copy.path) if col == KEPT else self._text(copy, col)
        if role == Qt.ItemDataRole.TextAlignmentRole and col == NOTES:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and copy.error is not None:
            font = QFont()
            font.setItalic(True)
            return font
        return None

    @staticmethod
    def _text(copy: KeptCopy, col: int) -> str:
        if col == KEPT:
            return kept_label(copy)
        if copy.error is not None:
            return f"Unreadable: {elide(copy.error, 2 * TITLE_CHARS)}" if col == TITLE_A else ""
        if col == NOTES:
            return str(copy.notes)
        return elide(copy.titles[0 if col == TITLE_A else 1], TITLE_CHARS)


class RecoveryDialog(QDialog):
    """The kept copies, newest first, with Open, Delete (after a question) and Close.

    Signals:
        open_requested(str): the reader chose to open this copy (a .crossread path).
        copy_deleted(str): this copy was deleted.
    """

    open_requested = Signal(str)
    copy_deleted = Signal(str)

    def __init__(self, directory: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Recover unsaved notes")
        self.setObjectName("recovery_dialog")
        self._directory = directory
        layout = QVBoxLayout(self)
        intro = QLabel(
            "Crossread kept these copies of unsaved notes when another pair or session "
            "replaced them. Open one to go on with it, or delete the ones you no longer need."
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.model = KeptCopiesModel(self)
        self.table = row_table(self.model)
        self.table.setAccessibleName("Kept copies of unsaved notes")
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for col in (KEPT, NOTES):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        layout.addWidget(self.table)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox()
        role = QDialogButtonBox.ButtonRole
        self.open_button = self._button("&Open", role.AcceptRole, self.open_selected)
        self.delete_button = self._button("&Delete", role.DestructiveRole, self.delete_selected)
        close = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.clicked.connect(self.reject)
        layout.addWidget(self.buttons)
        self.refresh()
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.table.selectRow(0)
        self._update_buttons()
        self.resize(760, 320)

    def _button(
        self, text: str, role: QDialogButtonBox.ButtonRole, slot: Callable[[], None]
    ) -> QPushButton:
        button = self.buttons.addButton(text, role)
        button.clicked.connect(slot)
        return button

    def refresh(self) -> None:
        """Read the data folder again."""
        self.model.set_copies(list_kept_copies(self._directory))
        self.table.clearSpans()
        for row in range(self.model.row_total()):
            copy = self.model.copy_at(row)
            if copy is not None and not copy.readable:  # the reason across both titles
                self.table.setSpan(row, TITLE_A, 1, 2)
        if self.model.row_total() == 0:
            self._say("No copies of unsaved notes are left.")
        else:
            self.message.hide()

    def selected_copy(self) -> KeptCopy | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.copy_at(rows[0].row()) if rows else None

    def open_selected(self) -> None:
        copy = self.selected_copy()
        if copy is not None and copy.readable:
            self.open_requested.emit(str(copy.path))

    def delete_selected(self) -> None:
        copy = self.selected_copy()
        if copy is None or not self.ask_delete(copy):
            return
        row = self.table.selectionModel().selectedRows()[0].row()
        try:
            delete_kept_copy(copy.path)
        except SessionError as exc:
            self._say(exc.message)
            return
        self.refresh()
        self.table.selectRow(min(row, self.model.row_total() - 1))
        self._update_buttons()
        self.copy_deleted.emit(str(copy.path))

    def ask_delete(self, copy: KeptCopy) -> bool:
        """Whether to delete ``copy`` (tests replace this)."""
        what = (
            f"{copy.notes} note(s) on “{copy.titles[0]}” and “{copy.titles[1]}”"
            if copy.readable
            else "an unreadable copy"
        )
        answer = QMessageBox.question(
            self,
            "Delete kept copy?",
            f"Delete the copy kept {kept_label(copy)} ({what})? This cannot be undone.",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def _update_buttons(self) -> None:
        copy = self.selected_copy()
        self.open_button.setEnabled(copy is not None and copy.readable)
        self.delete_button.setEnabled(copy is not None)
