"""The Matches panel's filter over its table model (``reader.ui.matches_model``): the
kinds and the least score (the panes' filter too), the Show choice and the words typed.

It only filters: sorting is the table model's (one Python ``sorted`` call), so a reset of
a thousand matches costs no per-comparison calls back into Python.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from PySide6.QtCore import (
    QAbstractItemModel,
    QObject,
    QSortFilterProxyModel,
    Qt,
    SignalInstance,
)

from reader.model import Match
from reader.ui.matches_model import SHOW_ALL, SHOW_DIFFERS, MatchesTableModel, search_words
from reader.ui.pane_filter import PaneFilter
from reader.ui.table_model import AnyIndex


class MatchesFilterModel(QSortFilterProxyModel):
    """Filters rows by kind and minimum score; sorting is delegated to the table model.

    Qt asks ``filterAcceptsRow`` once per row (27,000 calls for a 5 MB pair): the answers
    are computed in one list when first asked, again after the rows or the filter change.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._panes = PaneFilter()  # the kinds and the least score: the panes' filter too
        self._show = SHOW_ALL
        self._words: tuple[str, ...] = ()  # the filter box's
        self._table: MatchesTableModel | None = None
        self._accepted: list[bool] | None = None

    def setSourceModel(self, model: QAbstractItemModel) -> None:
        old = self.sourceModel()
        if old is not None:
            for signal in _row_change_signals(old):
                signal.disconnect(self._forget)
            old.dataChanged.disconnect(self._rows_changed)
        for signal in _row_change_signals(model):
            signal.connect(self._forget)
        model.dataChanged.connect(self._rows_changed)  # before the proxy's own: it asks next
        self._accepted = None
        self._table = model if isinstance(model, MatchesTableModel) else None
        super().setSourceModel(model)

    def _forget(self, *_args: object) -> None:
        self._accepted = None

    def _rows_changed(self, top: AnyIndex, bottom: AnyIndex, *_args: object) -> None:
        """Rows' cells changed (their notes): the "with a note" choice looks at them again."""
        accepted, model = self._accepted, self._table
        if accepted is None or model is None or len(accepted) != model.rowCount():
            self._accepted = None
            return
        for row in range(max(0, top.row()), min(bottom.row() + 1, len(accepted))):
            m = model.match_at(row)
            if m is not None:
                accepted[row] = self.accepts(m)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        model = self.sourceModel()
        if isinstance(model, MatchesTableModel):
            model.sort(column, order)

    def _refilter(self, name: str, value: object) -> None:
        """Set the filter attribute ``name`` and filter the rows again."""
        self.beginFilterChange()
        setattr(self, name, value)
        self._accepted = None
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_kinds(self, kinds: Iterable[str]) -> None:
        self._refilter("_panes", replace(self._panes, kinds=frozenset(kinds)))

    def kinds(self) -> frozenset[str]:
        return self._panes.kinds

    def set_min_score(self, score: float) -> None:
        self._refilter("_panes", replace(self._panes, min_score=score))

    def min_score(self) -> float:
        return self._panes.min_score

    def pane_filter(self) -> PaneFilter:
        """The kinds and the least score: what the article panes and the link map show
        (reader.ui.pane_filter); Show and the words pick rows, not highlights."""
        return self._panes

    def set_show(self, show: str) -> None:
        """Keep every match (SHOW_ALL), only those whose passages disagree (SHOW_DIFFERS)
        or only those with a note (SHOW_NOTED)."""
        self._refilter("_show", show)

    def show_choice(self) -> str:
        return self._show

    def set_words(self, text: str) -> None:
        """Keep only the matches holding every word of ``text`` (none: every match)."""
        words = search_words(text)
        if words != self._words:
            self._refilter("_words", words)

    def words(self) -> tuple[str, ...]:
        return self._words

    def accepts(self, m: Match) -> bool:
        if not self._panes.shows(m):
            return False
        table = self._table
        if table is None:
            return True
        if self._words and not table.holds(m, self._words):
            return False
        return self._show_keeps(table, m)

    def _show_keeps(self, table: MatchesTableModel, m: Match) -> bool:
        """The Show choice keeps ``m``."""
        if self._show == SHOW_ALL:
            return True
        if self._show == SHOW_DIFFERS:
            return bool(table.differs(m.id))
        return bool(table.notes_on(m.id))

    def hiding(self, m: Match) -> tuple[str, ...]:
        """The filters that hide ``m``, by the Matches panel's names, in its order
        ("kinds", "words", "Show", "Min score"); () when it lists ``m``. Every one is
        named, where ``accepts`` stops at the first."""
        panes = self._panes.hiding(m)
        table = self._table
        words = table is not None and bool(self._words) and not table.holds(m, self._words)
        show = table is not None and not self._show_keeps(table, m)
        named = (
            ("kinds", "kinds" in panes),
            ("words", words),
            ("Show", show),
            ("Min score", "Min score" in panes),
        )
        return tuple(name for name, hides in named if hides)

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        accepted = self._accepted
        if accepted is None:
            model = self.sourceModel()
            if not isinstance(model, MatchesTableModel):
                return True
            accepted = self._accepted = [self.accepts(m) for m in model.rows()]
        return 0 <= source_row < len(accepted) and accepted[source_row]


def _row_change_signals(model: QAbstractItemModel) -> list[SignalInstance]:
    """The signals a model emits before its rows change (or change order)."""
    return [
        model.modelAboutToBeReset,
        model.layoutAboutToBeChanged,
        model.rowsAboutToBeInserted,
        model.rowsAboutToBeRemoved,
        model.rowsAboutToBeMoved,
    ]
