"""Qt item models over an Alignment's matches: a thin table adapter and its filter."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from reader.model import Alignment, Match, MatchKind
from reader.ui.tooltips import shorten

AnyIndex = QModelIndex | QPersistentModelIndex

COLUMNS = ("Kind", "Score", "A text", "B text")
KIND, SCORE, A_TEXT, B_TEXT = range(4)
MATCH_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
CELL_CHARS = 160


class MatchesTableModel(QAbstractTableModel):
    """One row per match: kind, score, A text, B text (read-only)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._alignment: Alignment | None = None
        self._rows: tuple[Match, ...] = ()

    def set_alignment(self, alignment: Alignment | None) -> None:
        self.beginResetModel()
        self._alignment = alignment
        self._rows = alignment.matches if alignment else ()
        self.endResetModel()

    def match_at(self, row: int) -> Match | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, match_id: str) -> int:
        for i, m in enumerate(self._rows):
            if m.id == match_id:
                return i
        return -1

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(COLUMNS)
        ):
            return COLUMNS[section]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or self._alignment is None:
            return None
        m = self.match_at(index.row())
        if m is None:
            return None
        col = index.column()
        if role == MATCH_ID_ROLE:
            return m.id
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            if col == KIND:
                return m.kind.value
            if col == SCORE:
                return m.score if role == SORT_ROLE else f"{m.score:.2f}"
            doc, span = (self._alignment.a, m.a) if col == A_TEXT else (self._alignment.b, m.b)
            text = doc.slice(span)
            return text if role == SORT_ROLE else shorten(text, CELL_CHARS)
        if role == Qt.ItemDataRole.ToolTipRole and col in (A_TEXT, B_TEXT):
            doc, span = (self._alignment.a, m.a) if col == A_TEXT else (self._alignment.b, m.b)
            return shorten(doc.slice(span), 600)
        if role == Qt.ItemDataRole.TextAlignmentRole and col == SCORE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class MatchesFilterModel(QSortFilterProxyModel):
    """Filters rows by kind and minimum score; sorts by the raw values."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._kinds: frozenset[str] = frozenset(k.value for k in MatchKind)
        self._min_score = 0.0
        self.setSortRole(SORT_ROLE)

    def set_kinds(self, kinds: Iterable[str]) -> None:
        self.beginFilterChange()
        self._kinds = frozenset(kinds)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def kinds(self) -> frozenset[str]:
        return self._kinds

    def set_min_score(self, score: float) -> None:
        self.beginFilterChange()
        self._min_score = score
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def min_score(self) -> float:
        return self._min_score

    def accepts(self, m: Match) -> bool:
        return m.kind.value in self._kinds and m.score >= self._min_score

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        model = self.sourceModel()
        if not isinstance(model, MatchesTableModel):
            return True
        m = model.match_at(source_row)
        return m is not None and self.accepts(m)
