"""The part every Crossread table model shares: fixed, named columns over a row count."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QTextDocumentFragment

from reader.bidi import is_rtl

AnyIndex = QModelIndex | QPersistentModelIndex


class ColumnsTableModel(QAbstractTableModel):
    """A flat table with the header ``columns``; subclasses give ``row_total`` and ``data``."""

    columns: tuple[str, ...] = ()

    def row_total(self) -> int:  # abstract (ABCMeta does not mix with Qt's metaclass)
        return 0

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.row_total()

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self.columns)
        ):
            return self.columns[section]
        return None


DESCRIPTION = Qt.ItemDataRole.AccessibleDescriptionRole


def spoken_tip(model: QAbstractTableModel, index: AnyIndex) -> str | None:
    """A cell's accessible description: its tooltip as plain text (the whole passage of a
    shortened cell, a quotation's speaker, what two passages disagree on), which a screen
    reader does not get from the tooltip."""
    tip = model.data(index, Qt.ItemDataRole.ToolTipRole)
    if not isinstance(tip, str) or not tip:
        return None
    return QTextDocumentFragment.fromHtml(tip).toPlainText() if tip.startswith("<qt>") else tip


RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def text_alignment(text: str) -> int | None:
    """The ``TextAlignmentRole`` of a cell holding ``text``: right-aligned when the text
    reads right to left (its first strong letter Hebrew or Arabic), else None (the
    view's own, left)."""
    return RIGHT if is_rtl(text) else None
