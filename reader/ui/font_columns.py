"""Widths of a table's short columns in characters of its font, so that a larger desktop
font does not clip their titles ("Article", "Also in") or their few words, nor lets them
take the room of the long column."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QTableView


class FittedColumns(QObject):
    """Keeps each column of ``samples`` as wide as its title or its sample text,
    whichever is wider, in the table's present font, with room for the cell margins and
    the sort arrow; a column of ``shares`` no wider than that share of the table's width
    (but never narrower than its title). Fixed widths: sizing to contents would read
    every row. A column the reader resizes keeps its width until the font changes
    (:meth:`font_changed`)."""

    def __init__(
        self,
        table: QTableView,
        samples: Mapping[int, str],
        shares: Mapping[int, float] | None = None,
    ) -> None:
        super().__init__(table)
        self._table = table
        self._viewport = table.viewport()  # kept: asked of a table being destroyed, Qt fails
        self._samples = dict(samples)
        self._shares = dict(shares or {})
        self._resized: set[int] = set()  # by the reader, dragging the header
        self._fitting = False
        table.horizontalHeader().sectionResized.connect(self._section_resized)
        self._viewport.installEventFilter(self)
        self.fit()

    def fit(self) -> None:
        head = self._table.horizontalHeader()
        cells, titles = self._table.fontMetrics(), head.fontMetrics()
        pad = 2 * titles.horizontalAdvance("M")
        model = self._table.model()
        room = self._viewport.width()
        self._fitting = True
        try:
            for column, sample in self._samples.items():
                if column in self._resized:
                    continue
                title = titles.horizontalAdvance(
                    str(model.headerData(column, Qt.Orientation.Horizontal) or "")
                )
                width = max(title, cells.horizontalAdvance(sample)) + pad
                share = self._shares.get(column)
                if share is not None and room > 0:
                    width = max(title + pad, min(width, round(room * share)))
                self._table.setColumnWidth(column, width)
        finally:
            self._fitting = False

    def font_changed(self) -> None:
        """The font changed: every column fits it again, those the reader resized too."""
        self._resized.clear()
        self.fit()

    def _section_resized(self, column: int, _old: int, _new: int) -> None:
        if not self._fitting and column in self._samples:
            self._resized.add(column)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self._viewport and self._shares:
            self.fit()
        return super().eventFilter(watched, event)
