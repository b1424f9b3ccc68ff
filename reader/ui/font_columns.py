"""Widths of a table's short columns in characters of its font, so that a larger desktop
font does not clip their titles ("Article", "Also in") or their few words."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView


def fit_columns(table: QTableView, samples: Mapping[int, str]) -> None:
    """Set each column of ``samples`` as wide as its title or its sample text, whichever
    is wider, in the table's present font, with room for the cell margins and the sort
    arrow. (Fixed widths: sizing to contents would read every row.)"""
    head = table.horizontalHeader()
    cells, titles = table.fontMetrics(), head.fontMetrics()
    pad = 2 * titles.horizontalAdvance("M")
    model = table.model()
    for column, sample in samples.items():
        title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        width = max(titles.horizontalAdvance(title), cells.horizontalAdvance(sample)) + pad
        table.setColumnWidth(column, width)
