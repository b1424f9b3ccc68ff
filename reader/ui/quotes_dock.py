"""The "Quotes" dock: every quotation of both articles with who says it, and whether the
other article quotes it too, so a reader sees at a glance who is quoted saying what."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelection, QObject, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QDockWidget, QHBoxLayout, QHeaderView, QLabel, QWidget

from reader.model import Alignment, Document, Quoted
from reader.ui.font_columns import fit_columns
from reader.ui.messages import plural
from reader.ui.row_again import RowAgain
from reader.ui.row_table import DockBody, add_copy_action, dock_table, side_boxes
from reader.ui.table_model import AnyIndex, ColumnsTableModel, text_alignment
from reader.ui.tooltips import shorten
from reader.ui.wrapping_row import WrappingRow

SIDE, SPEAKER, QUOTATION, SHARED = range(4)
CELL_CHARS = 200
UNNAMED = "\u2014"  # the speaker cell of a quotation nobody is named as saying
# the short columns' widths, in characters of the table's font
COLUMN_SAMPLES = {SIDE: "A", SPEAKER: "Yiannis Panagopoulos", SHARED: "A"}


class QuotesModel(ColumnsTableModel):
    """One row per quotation: which article, who says it, the quotation, whether the other
    article quotes it too; A's in reading order, then B's. ``set_filter`` keeps one
    article's rows or both, and all quotations or only those the other article lacks."""

    columns = ("Article", "Speaker", "Quotation", "Also in")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._alignment: Alignment | None = None
        self._sides: tuple[str, ...] = ("a", "b")
        self._unshared_only = False
        # (side, quotation, the id of the quote match pairing it with the other's, or None)
        self._all: list[tuple[str, Quoted, str | None]] = []
        self._rows: list[tuple[str, Quoted, str | None]] = []

    def set_alignment(self, alignment: Alignment | None) -> None:
        self._alignment = alignment
        self._all = alignment.quotations() if alignment is not None else []
        self._rebuild()

    def set_filter(self, sides: tuple[str, ...], unshared_only: bool) -> None:
        self._sides, self._unshared_only = sides, unshared_only
        self._rebuild()

    def _rebuild(self) -> None:
        self.beginResetModel()
        self._rows = [
            row
            for row in self._all
            if row[0] in self._sides and not (self._unshared_only and row[2])
        ]
        self.endResetModel()

    def alignment(self) -> Alignment | None:
        return self._alignment

    def row_total(self) -> int:
        return len(self._rows)

    def quotation_at(self, row: int) -> tuple[str, Quoted] | None:
        if not 0 <= row < len(self._rows):
            return None
        side, quoted, _ = self._rows[row]
        return side, quoted

    def match_at(self, row: int) -> str | None:
        """The id of the quote match pairing this row's quotation, if both quote it."""
        return self._rows[row][2] if 0 <= row < len(self._rows) else None

    def _doc(self, side: str) -> Document:
        assert self._alignment is not None
        return self._alignment.a if side == "a" else self._alignment.b

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        side, quoted, shared = self._rows[index.row()]
        other = "B" if side == "a" else "A"
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == SIDE:
                return side.upper()
            if col == SPEAKER:
                return quoted.speaker or UNNAMED
            if col == QUOTATION:
                return shorten(self._doc(side).slice(quoted.span), CELL_CHARS)
            return other if shared else ""
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (SPEAKER, QUOTATION):
            return text_alignment(str(self.data(index)))  # right for Arabic, Hebrew
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == SIDE:
                return self._doc(side).display_name
            if col == SPEAKER:
                return quoted.speaker or "The article names nobody as saying it."
            if col == QUOTATION:
                return shorten(self._doc(side).slice(quoted.span), 800)
            return (
                f"Article {other} quotes it too: see the Matches tab."
                if shared
                else f"Article {other} does not quote it."
            )
        return None

    def counts(self) -> tuple[int, int, int] | None:
        """Quotations in A, in B, and those both articles quote (of A's); None with no
        alignment."""
        al = self._alignment
        if al is None:
            return None
        shared = sum(1 for side, _, m in self._all if m and side == "a")
        return len(al.quotes_a), len(al.quotes_b), shared


class QuotesDock(QDockWidget):
    """Every quotation of both articles with its speaker.

    Signals:
        passage_selected(str, object): the reader chose a quotation only one article has
            (side, Span).
        match_selected(str): the reader chose a quotation both have (its quote match).
        copy_requested(str, object): Ctrl+C (or the context menu) on a quotation (side,
            Quoted).
    """

    passage_selected = Signal(str, object)
    match_selected = Signal(str)
    copy_requested = Signal(str, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Quotes", parent)
        self.setObjectName("quotes_dock")
        self.setAccessibleName("Quotations of both articles")
        self.model = QuotesModel(self)
        body = DockBody(self)
        self.controls = WrappingRow(body)
        self.side_boxes = side_boxes(
            body,
            self.controls.first,
            "In {side}",
            "Show the quotations of article {side}",
            self._filter_changed,
        )
        self.unshared_box = QCheckBox("Only those the other lacks", body)
        self.unshared_box.setAccessibleName("Show only quotations one article has")
        self.unshared_box.toggled.connect(self._filter_changed)
        self.controls.first.addWidget(self.unshared_box)
        self.count_label = QLabel(body)
        self.controls.second.addWidget(self.count_label, 1)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.controls)
        self.table = dock_table(body, row, self.model, "Quotations of both articles")
        head = self.table.horizontalHeader()
        head.setSectionResizeMode(QUOTATION, QHeaderView.ResizeMode.Stretch)
        fit_columns(self.table, COLUMN_SAMPLES)
        self.table.selection_chosen.connect(self._row_selected)
        self.table.keep_rows(self._row_key)
        self.again = RowAgain(self.table, self._show_row)
        self.copy_action = add_copy_action(self.table, "&Copy quotation", self._copy)
        self.setWidget(body)
        self._count()

    def changeEvent(self, e: QEvent) -> None:
        super().changeEvent(e)
        if e.type() == QEvent.Type.FontChange and hasattr(self, "table"):
            fit_columns(self.table, COLUMN_SAMPLES)

    def set_alignment(self, alignment: Alignment | None) -> None:
        self.model.set_alignment(alignment)
        self._count()

    def _count(self) -> None:
        counts = self.model.counts()
        self._update_hint(counts)
        text = ""
        if counts is not None:
            in_a, in_b, shared = counts
            text = f"{plural(in_a, 'quotation')} in A, {in_b} in B, {shared} quoted in both"
        self.count_label.setText(text)
        self.controls.texts_changed()

    def _filter_changed(self) -> None:
        sides = tuple(s for s, box in self.side_boxes.items() if box.isChecked())
        self.model.set_filter(sides, self.unshared_box.isChecked())
        self._update_hint(self.model.counts())

    def _update_hint(self, counts: tuple[int, int, int] | None) -> None:
        """What the empty table says: why it is empty, and what would fill it."""
        if counts is None:
            hint = "The quotations of both articles appear here once a pair is aligned."
        elif counts[:2] == (0, 0):
            hint = "Neither article quotes anyone."
        else:
            hint = "Tick In A or In B (or untick Only those the other lacks) to list quotations."
        self.table.set_empty_hint(hint)

    def _copy(self) -> None:
        found = self.model.quotation_at(self.table.currentIndex().row())
        if found is not None:
            self.copy_requested.emit(found[0], found[1])

    def _row_key(self, row: int) -> tuple[str, Quoted, str] | None:
        """The quotation of ``row`` (with its text: a swap puts other text at its offsets)."""
        found = self.model.quotation_at(row)
        al = self.model.alignment()
        if found is None or al is None:
            return None
        side, quoted = found
        return side, quoted, (al.a if side == "a" else al.b).slice(quoted.span)

    def _row_selected(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = selected.indexes()
        if rows:
            self._show_row(rows[0].row())

    def _show_row(self, row: int) -> None:
        """Bring the quotation of ``row`` into view: both panes for one both quote."""
        found = self.model.quotation_at(row)
        if found is None:
            return
        match_id = self.model.match_at(row)
        if match_id is not None:
            self.match_selected.emit(match_id)  # both panes go to the quotation
        else:
            self.passage_selected.emit(found[0], found[1].span)
