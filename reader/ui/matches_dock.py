"""Matches dock: a sortable, filterable table of the alignment's matches."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import (
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from reader.model import Alignment, MatchKind, Note
from reader.ui.chosen_kept import carried_matches
from reader.ui.chosen_rows import proxy_rows
from reader.ui.flow_row import GROUP_GAP, FlowRow
from reader.ui.highlights import KIND_COLOURS
from reader.ui.kind_box import KindBox
from reader.ui.matches_filter import MatchesFilterModel
from reader.ui.matches_model import (
    A_TEXT,
    B_TEXT,
    DIFFERS,
    KIND,
    MATCH_ID_ROLE,
    NOTE,
    SCORE,
    SHOW_ALL,
    SHOW_DIFFERS,
    SHOW_NOTED,
    MatchesTableModel,
    kind_text,
)
from reader.ui.pane_filter import KIND_NAMES
from reader.ui.row_again import RowAgain
from reader.ui.row_table import DockBody, add_copy_action, dock_table
from reader.ui.score_slider import ScoreSlider
from reader.ui.words_filter import WordsFilter

# the fixed columns' widths, as text of the table's font (plus margins)
KIND_SAMPLE = "number"  # the longest kind; a pair with a hand link: "claim (manual)"
# Differs as wide as two dates with their years, the commonest disagreement, when the
# row has room: sixteen M's cut "June 18, 2024 vs June 19, 2..." at any window width
DATES_APART = "September 18, 2024 vs September 19, 2024"
NATURAL = ((KIND, KIND_SAMPLE), (SCORE, "Score"), (DIFFERS, DATES_APART), (NOTE, "M" * 15))
# the most of a row (less Kind and Score) Differs and Note take: A and B text keep 60%
SHARES = {DIFFERS: 0.21, NOTE: 0.19}
SHOW_CHOICES = (
    ("All matches", SHOW_ALL),
    ("With a discrepancy", SHOW_DIFFERS),
    ("With a note", SHOW_NOTED),
)


def _labelled(
    parent: QWidget, label: str, *controls: QWidget, stretch: QWidget | None = None
) -> QWidget:
    """``label`` and ``controls`` kept together on one line of the filter row, the
    ``stretch`` control taking the room the line gives them."""
    group = QWidget(parent)
    row = QHBoxLayout(group)
    row.setContentsMargins(0, 0, 0, 0)
    named = QLabel(label, group)
    named.setBuddy(controls[0])  # a screen reader reads the control as labelled by it
    row.addWidget(named)
    for control in controls:
        control.setParent(group)
        row.addWidget(control, 1 if control is stretch else 0)
    return group


def score_description(value: int) -> str:
    """The Min score slider in words: its value is read out in hundredths ("37"), its
    label shows 0.37."""
    if value <= 0:
        return "0.00: every match shown, whatever its score"
    return f"{value / 100:.2f}: matches scoring less are hidden"


class MatchesDock(QDockWidget):
    """Table of matches with kind checkboxes, a choice of all matches / those whose
    passages disagree / those with a note, and a minimum-score slider.

    Signals:
        match_selected(str): the reader selected the row of this match.
        filter_changed(): the kinds, Show, the words or the minimum score changed.
        copy_requested(list): the reader asked to copy these matches (Ctrl+C in the table,
            or its context menu).
    """

    match_selected = Signal(str)
    filter_changed = Signal()
    copy_requested = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Matches", parent)
        self.setObjectName("matches_dock")
        self.setAccessibleName("Matches")
        self.model = MatchesTableModel(self)
        self.proxy = MatchesFilterModel(self)
        self.proxy.setSourceModel(self.model)
        self._syncing = False
        self._current: str | None = None  # the match whose row is selected (or was)

        body = DockBody(self)
        self.kind_boxes: dict[str, QCheckBox] = {}
        # the controls on one line while they fit, else on as many as the panel's width
        # needs (a narrow or floated panel, a large font): the kinds, the words, Show,
        # Min score, each whole
        self.filter_row = FlowRow(body)
        for kind in MatchKind:
            box = KindBox(KIND_NAMES[kind], KIND_COLOURS[kind], self.filter_row)
            box.setChecked(True)
            box.setAccessibleName(f"Show {kind.value} matches")
            box.toggled.connect(self._kinds_changed)
            self.kind_boxes[kind.value] = box
            self.filter_row.add(box)
        # words the matches must hold: beside the boxes, taking the rest of their line
        self.words = WordsFilter(
            "Filter by words",
            "Filter matches",
            "Keep the matches holding every word typed: in either passage, the evidence,\n"
            "the quote's speaker, what the passages disagree on or your notes (Esc: all).",
            self.filter_row,
        )
        self.words.words_changed.connect(self._words_changed)
        self.filter_row.add(self.words, 1, GROUP_GAP)
        self.show_box = QComboBox()
        self.show_box.setAccessibleName("Which matches to show")
        for label, value in SHOW_CHOICES:
            self.show_box.addItem(label, value)
        self.show_box.currentIndexChanged.connect(self._show_changed)
        self.filter_row.add(_labelled(self.filter_row, "Show:", self.show_box), 0, GROUP_GAP)
        self.slider = ScoreSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(0, 100)
        self.slider.setAccessibleName("Minimum score")
        self.slider.setAccessibleDescription(score_description(0))
        self.slider.valueChanged.connect(self._score_changed)
        self.score_label = QLabel("0.00")
        score = _labelled(
            self.filter_row, "Min score:", self.slider, self.score_label, stretch=self.slider
        )
        self.filter_row.add(score, 1, GROUP_GAP)
        row = QVBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.filter_row)

        self.table = dock_table(body, row, self.proxy, "Matches table")
        # several rows at once (Shift, Ctrl, Ctrl+A) for copying; the row clicked last is
        # the current match
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setSortingEnabled(True)
        # the aligner's order until the reader asks: claims in reading order, then quotes,
        # entities and numbers
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        head = self.table.horizontalHeader()
        head.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        head.setSectionResizeMode(A_TEXT, QHeaderView.ResizeMode.Stretch)
        head.setSectionResizeMode(B_TEXT, QHeaderView.ResizeMode.Stretch)
        self._sizing = False
        self._kind_sample = KIND_SAMPLE
        self._resized: set[int] = set()  # the columns the reader has resized
        head.sectionResized.connect(self._section_resized)
        self.table.viewport().installEventFilter(self)  # its width: the row's
        self._size_columns()
        self.table.selection_chosen.connect(self._row_selected)
        # the rows chosen stay chosen through a filter or a sort (those it shows)
        self.table.keep_rows(
            lambda row: self.proxy.index(row, 0).data(MATCH_ID_ROLE),
            proxy_rows(self.proxy, self.model.rows_of),
        )
        # the selected row chosen again (Enter, a click) after the panes were scrolled away
        self.again = RowAgain(self.table, self._chosen_again)
        self.copy_action = add_copy_action(
            self.table, "&Copy match", lambda: self.copy_requested.emit(self.selected_ids())
        )
        self.table.selectionModel().selectionChanged.connect(self._name_copy)
        self.setWidget(body)
        self._update_hint()

    def _name_copy(self) -> None:
        """Copy names how many rows it copies ("&Copy 3 matches")."""
        count = len(self.table.selectionModel().selectedRows())
        self.copy_action.setText("&Copy match" if count < 2 else f"&Copy {count} matches")

    def _size_columns(self) -> None:
        """The fixed columns' widths in characters of the table's font, so that a larger
        font does not clip "Score" or "entity"; Differs and Note no wider than a share of
        the row (their text is elided, whole in the tooltip), so that the two passages
        keep most of it at a large font or in a narrow window. A column the reader has
        resized keeps its width until the font changes."""
        fm = self.table.fontMetrics()
        pad = 2 * fm.horizontalAdvance("M")  # cell margins and the sort arrow
        samples = dict(NATURAL) | {KIND: self._kind_sample}
        widths = {column: fm.horizontalAdvance(sample) + pad for column, sample in samples.items()}
        rest = self.table.viewport().width() - widths[KIND] - widths[SCORE]
        model = self.table.model()
        for column, share in SHARES.items():
            title = str(model.headerData(column, Qt.Orientation.Horizontal))
            least = fm.horizontalAdvance(title) + pad
            widths[column] = max(least, min(widths[column], round(rest * share)))
        self._sizing = True
        try:
            for column, width in widths.items():
                if column not in self._resized:
                    self.table.setColumnWidth(column, width)
        finally:
            self._sizing = False

    def _section_resized(self, column: int, _old: int, _new: int) -> None:
        if not self._sizing and column in SHARES:
            self._resized.add(column)  # by the reader, dragging the header

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._size_columns()
        return super().eventFilter(watched, event)

    def changeEvent(self, e: QEvent) -> None:
        super().changeEvent(e)
        if e.type() == QEvent.Type.FontChange and hasattr(self, "_resized"):
            self._resized.clear()
            self._size_columns()

    def selected_ids(self) -> list[str]:
        """Match ids of the selected rows, in table order."""
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [str(self.proxy.index(r, 0).data(MATCH_ID_ROLE)) for r in rows]

    def set_alignment(self, alignment: Alignment | None) -> None:
        self._current = None  # an id of the old alignment may name another match here
        with self.table.model_change():
            # the chosen rows stay chosen through a swap or a new matching of the pair
            self.table.carry_rows(carried_matches(self.model.alignment(), alignment))
            self.model.set_alignment(alignment)
        # "claim (manual)", "entity (spelt differently)": longer than a kind alone
        marked = (m for m in (alignment.matches if alignment else ()) if m.manual or m.spelling)
        sample = max((kind_text(m) for m in marked), key=len, default=KIND_SAMPLE)
        if sample != self._kind_sample:  # "claim (manual)" whole, not "claim (…"
            self._kind_sample = sample
            self._size_columns()
        self._update_hint()

    def _update_hint(self) -> None:
        """What the empty table says: why it is empty, and what would fill it."""
        if self.model.alignment() is None:
            hint = "Matches appear here once a pair is open and aligned."
        elif self.model.row_total() == 0:
            hint = "No match: the two articles share no claim, quote, name or figure."
        elif self.proxy.words():
            words = " ".join(self.words.text().split())
            hint = f"No match holds “{words}” (with the kinds, Show and Min score above)."
        else:
            hint = (
                "No match passes the filters above: tick more kinds, lower Min score or "
                "show all matches."
            )
        self.table.set_empty_hint(hint)
        self.words.count(self.proxy.rowCount(), self.model.row_total())

    def set_notes(self, notes: tuple[Note, ...]) -> None:
        """The session's notes, shown beside the matches they are on."""
        self.model.set_notes(notes)

    def show_every_match(self) -> None:
        """Tick every kind and put Min score back to 0 (what hides matches in the
        articles too); Show and the words stay as they are."""
        for box in self.kind_boxes.values():
            box.setChecked(True)
        self.slider.setValue(0)

    def set_show(self, show: str) -> None:
        """Choose SHOW_ALL, SHOW_DIFFERS or SHOW_NOTED (as the reader would)."""
        index = self.show_box.findData(show)
        if index >= 0:
            self.show_box.setCurrentIndex(index)

    def visible_ids(self) -> list[str]:
        """Match ids of the rows the filter lets through, in table order."""
        return [
            str(self.proxy.index(r, 0).data(MATCH_ID_ROLE)) for r in range(self.proxy.rowCount())
        ]

    def select_match(self, match_id: str | None) -> None:
        """Select the row of ``match_id`` (or clear) without emitting match_selected."""
        self._current = match_id
        self._syncing = True
        try:
            sel = self.table.selectionModel()
            row = self.model.row_of(match_id) if match_id else -1
            index = self.proxy.mapFromSource(self.model.index(row, 0)) if row >= 0 else None
            if index is None or not index.isValid():
                sel.clearSelection()
                return
            flags = QItemSelectionModel.SelectionFlag
            if not sel.isRowSelected(index.row()):  # else the reader's rows stay selected
                # not selectRow: with Ctrl held (Ctrl+F8) it would add the row
                sel.select(index, flags.ClearAndSelect | flags.Rows)
            sel.setCurrentIndex(index, flags.NoUpdate)
            self.table.scrollTo(index)
        finally:
            self._syncing = False

    def let_go(self, match_id: str) -> None:
        """Match ``match_id``, the current one, is chosen no longer (the kinds or Min
        score hid it in the articles): its row leaves the choice and is not chosen again
        when shown again; the other chosen rows stay chosen."""
        if self._current == match_id:
            self._current = None
        self.table.carry_rows(lambda key: None if key == match_id else key)
        row = self.model.row_of(match_id)
        index = self.proxy.mapFromSource(self.model.index(row, 0)) if row >= 0 else None
        sel = self.table.selectionModel()
        if index is not None and index.isValid() and sel.isRowSelected(index.row()):
            flags = QItemSelectionModel.SelectionFlag
            self._syncing = True
            try:
                sel.select(index, flags.Deselect | flags.Rows)
            finally:
                self._syncing = False

    @contextmanager
    def _refiltering(self) -> Iterator[None]:
        """Change the filter without selecting a match: as rows leave the table, Qt moves
        the selection from row to row (once per range of rows removed: hundreds of times
        on a long pair, each a jump of both panes); none of those moves is the reader's.
        The chosen rows the filter keeps stay chosen, the cursor on its row (the table
        keeps them: reader/ui/chosen_rows.py); with none of them, the current match's
        row is selected if the filter keeps it."""
        self._syncing = True
        try:
            with self.table.model_change():
                yield
        finally:
            self._syncing = False
        if not self.table.selectionModel().hasSelection():
            self.select_match(self._current)
        self._update_hint()
        self.filter_changed.emit()

    def _kinds_changed(self) -> None:
        with self._refiltering():
            self.proxy.set_kinds(k for k, b in self.kind_boxes.items() if b.isChecked())

    def _show_changed(self, _index: int) -> None:
        with self._refiltering():
            self.proxy.set_show(str(self.show_box.currentData()))

    def _words_changed(self, text: str) -> None:
        with self._refiltering():
            self.proxy.set_words(text)

    def _score_changed(self, value: int) -> None:
        self.score_label.setText(f"{value / 100:.2f}")
        self.slider.setAccessibleDescription(score_description(value))
        with self._refiltering():
            self.proxy.set_min_score(value / 100)

    def _chosen_again(self, row: int) -> None:
        match_id = self.proxy.index(row, 0).data(MATCH_ID_ROLE)
        if match_id is not None:
            self._current = str(match_id)
            self.match_selected.emit(self._current)

    def _row_selected(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        if self._syncing:
            return
        current = self.table.currentIndex()
        rows = selected.indexes()
        if current.isValid() and self.table.selectionModel().isRowSelected(current.row()):
            index: QModelIndex = current
        elif rows:
            index = rows[0]
        else:
            return
        self._current = str(index.sibling(index.row(), 0).data(MATCH_ID_ROLE))
        self.match_selected.emit(self._current)
