"""The "Quotes" dock: every quotation of both articles with who says it, and whether the
other article quotes it too, so a reader sees at a glance who is quoted saying what."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QCheckBox, QStyleOptionViewItem, QWidget

from reader.model import Alignment, Quoted, Span
from reader.ui.passages_dock import PassagesDock
from reader.ui.quote_count import quotes_count
from reader.ui.quotes_model import (
    CELL_CHARS,
    QUOTATION,
    SHARED,
    SIDE,
    SPEAKER,
    TERM_ROLE,
    UNNAMED,
    QuotesModel,
)
from reader.ui.row_table import DirectionDelegate

__all__ = [  # the table's names, from before the model had a module of its own
    "CELL_CHARS",
    "QUOTATION",
    "SHARED",
    "SIDE",
    "SPEAKER",
    "UNNAMED",
    "QuotesDock",
    "QuotesModel",
]
# the short columns' widths, in characters of the table's font
COLUMN_SAMPLES = {SIDE: "A", SPEAKER: "Laurence Mark and Bill Condon", SHARED: "A"}
SPEAKER_SHARE = 0.25  # the Speaker column at most this share of the table's width
TERM_DIM = 0.35  # a term's text: this share of the way from the text colour to the base


def terms_title(terms: int) -> str:
    """The Terms box's title: how many of the quotations counted are quoted terms, as a
    filter names what it holds ("Terms (1)"), not one more count after the quotations'."""
    return f"Terms ({terms})" if terms else "Terms"


def dimmed(text: QColor, base: QColor, share: float = TERM_DIM) -> QColor:
    """``text`` moved ``share`` of the way towards ``base`` (still legible: black on white
    becomes #595959, 7:1)."""

    def mix(a: float, b: float) -> float:
        return a + (b - a) * share

    return QColor.fromRgbF(
        mix(text.redF(), base.redF()),
        mix(text.greenF(), base.greenF()),
        mix(text.blueF(), base.blueF()),
    )


class TermDelegate(DirectionDelegate):
    """Draws a quoted term's row in italics and a dimmer text colour of the table's
    palette, so the spoken quotations stand out (a selected row keeps the highlight's
    colours)."""

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        if index.data(TERM_ROLE):
            option.font.setItalic(True)
            colours = option.palette
            for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
                text = colours.color(group, QPalette.ColorRole.Text)
                base = colours.color(group, QPalette.ColorRole.Base)
                colours.setColor(group, QPalette.ColorRole.Text, dimmed(text, base))
            option.palette = colours


class QuotesDock(PassagesDock):
    """Every quotation of both articles with its speaker.

    Signals:
        passage_selected(str, object): the reader chose a quotation only one article has
            (side, Span).
        match_selected(str): the reader chose a quotation both have (its quote match).
        copy_requested(str, object): Ctrl+C (or the context menu) on a quotation (side,
            Quoted).
        hint(str): Ctrl+C with no row chosen; a message for the status bar.
    """

    match_selected = Signal(str)
    what = "a quotation"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Quotes", "quotes_dock", "Quotations of both articles", parent)
        self.model = QuotesModel(self)
        self._add_side_boxes(
            "In {side}", "Show the quotations of article {side}", self._filter_changed
        )
        self.unshared_box = QCheckBox("Only those the other lacks", self.body)
        self.unshared_box.setAccessibleName("Show only quotations one article has")
        self.unshared_box.toggled.connect(self._filter_changed)
        self.controls.add(self.unshared_box)
        self.terms_box = QCheckBox("Terms", self.body)
        self.terms_box.setChecked(True)
        self.terms_box.setAccessibleName("Show quoted terms")
        self.terms_box.setToolTip(
            "List the quoted terms too: words in quote marks that nobody is named as\n"
            "saying (a pirate \u201cmother ship\u201d, \u2018mutual assistance\u2019), in italics\n"
            "after the quotations."
        )
        self.terms_box.toggled.connect(self._filter_changed)
        self.controls.add(self.terms_box)
        # the speaker's name no wider than a quarter of the row at a large font
        self._add_table(
            self.model,
            "Quotations of both articles",
            (QUOTATION,),
            COLUMN_SAMPLES,
            "&Copy quotation",
            {SPEAKER: SPEAKER_SHARE},
        )
        self.table.setItemDelegate(TermDelegate(self.table))
        self.table.setSortingEnabled(True)
        # quotations, then terms, in reading order until the reader clicks a title; a
        # third click on it comes back to that order
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.table.horizontalHeader().setSortIndicatorClearable(True)

    def set_alignment(self, alignment: Alignment | None) -> None:
        self.model.set_alignment(alignment)
        self._count()

    def _count(self) -> None:
        counts = self.model.counts()
        self._update_hint(counts)
        text = ""
        if counts is not None:
            in_a, in_b, shared, _terms = counts
            text = quotes_count(in_a, in_b, shared, self.model.posts())
        # the terms are among the quotations counted: "; 1 term" after them read as one
        # more, and "; 1 of them a term" held a floated panel wider than 360 pixels
        self.terms_box.setText(terms_title(0 if counts is None else counts[3]))
        self.count_label.setText(text)

    def _filter_changed(self) -> None:
        sides = tuple(s for s, box in self.side_boxes.items() if box.isChecked())
        self.model.set_filter(sides, self.unshared_box.isChecked(), self.terms_box.isChecked())
        self._update_hint(self.model.counts())
        self.filter_changed.emit()

    def _update_hint(self, counts: tuple[int, int, int, int] | None) -> None:
        """What the empty table says: why it is empty, and what would fill it."""
        if counts is None:
            hint = "The quotations of both articles appear here once a pair is aligned."
        elif counts[:2] == (0, 0):
            hint = "Neither article quotes anyone."
        else:
            hint = (
                "Tick In A or In B (or Terms, or untick Only those the other lacks) "
                "to list quotations."
            )
        self.table.set_empty_hint(hint)

    def _item_at(self, row: int) -> tuple[str, Quoted, Span] | None:
        found = self.model.quotation_at(row)
        return (found[0], found[1], found[1].span) if found is not None else None

    def _alignment(self) -> Alignment | None:
        return self.model.alignment()

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
