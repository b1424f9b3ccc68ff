"""The "Only in one" dock: the passages that one article reports and the other does not,
listed so a reader can go through them (in the panes they are shaded grey). A passage in
an article's correction note (reader.analysis.correction_notes) comes first, its cell
opening with "Correction": the outlet's own word on what it got wrong. A passage that
comes after the other article's text ends, that page cut short (a paywall, page 1 of 3:
reader.analysis.cut_ends), is listed last, its cell opening "(after B's text ends)"."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QWidget

from reader.analysis.correction_notes import only_passages
from reader.analysis.cut_ends import past_end
from reader.model import Alignment, Document, Note, Span
from reader.ui.matches_model import note_line, notes_tip
from reader.ui.messages import plural
from reader.ui.passages_dock import PassagesDock
from reader.ui.table_model import (
    DESCRIPTION,
    AnyIndex,
    ColumnsTableModel,
    spoken_tip,
    text_alignment,
)
from reader.ui.tooltips import post_tip, shorten

SIDE, PASSAGE, CLOSEST, NOTE = range(4)
CELL_CHARS = 200
CORRECTION = "Correction"  # the kind a passage in a correction note is listed as
CORRECTION_TIP = (
    "{side}'s correction note: the outlet says here what an earlier version of the "
    "article got wrong. Check whether {other} still gives the old value."
)
PAST_END_TIP = (
    "{other} seems cut short (a paywall, or the first of several pages): this passage "
    "comes after the point where {other}'s text ends, so {other} may well report it too."
)
# the Article column's width: its title's, in the table's font; the Note's as the Matches
# panel's, at most a fifth of the table
COLUMN_SAMPLES = {SIDE: "A", NOTE: "M" * 15}
COLUMN_SHARES = {NOTE: 0.19}


def notes_on_passage(notes: Iterable[Note], side: str, span: Span) -> tuple[Note, ...]:
    """The ``notes`` whose passage in article ``side`` ("a" or "b") overlaps ``span``:
    a note written on an "Only in one" passage, or on words selected inside it."""
    found = []
    for note in notes:
        on = note.a if side == "a" else note.b
        if on is not None and on.start < span.end and span.start < on.end:
            found.append(note)
    return tuple(found)


class OnlyInOneModel(ColumnsTableModel):
    """One row per passage found in one article only: which article, the passage, and the
    other article's sentence closest to it (to check the omission at a glance), and the
    reader's notes on it; A's in reading order, then B's. ``set_sides`` keeps one
    article's rows or both."""

    columns = ("Article", "Passage", "Closest in the other", "Note")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._alignment: Alignment | None = None
        self._sides: tuple[str, ...] = ("a", "b")
        self._rows: list[tuple[str, Span]] = []
        self._notes: tuple[Note, ...] = ()
        self._corrected: list[bool] = []  # each row's passage is in a correction note
        self._past_end: list[str] = []  # each row's words on the other's text ending

    def set_notes(self, notes: Iterable[Note]) -> None:
        """The reader's notes: each one on (or inside) a passage listed here shows in that
        passage's Note cell."""
        self._notes = tuple(n for n in notes if n.a is not None or n.b is not None)
        if self._rows:
            last = self.index(len(self._rows) - 1, NOTE)
            self.dataChanged.emit(self.index(0, NOTE), last)

    def notes_at(self, row: int) -> tuple[Note, ...]:
        """The notes on the passage of ``row`` (none for a row out of range)."""
        found = self.passage_at(row)
        return notes_on_passage(self._notes, *found) if found is not None else ()

    def set_alignment(self, alignment: Alignment | None) -> None:
        self._alignment = alignment
        self._rebuild()

    def set_sides(self, sides: tuple[str, ...]) -> None:
        self._sides = sides
        self._rebuild()

    def _rebuild(self) -> None:
        self.beginResetModel()
        al = self._alignment
        listed = only_passages(al) if al is not None else ()  # the correction notes first
        rows = [p for p in listed if p.side in self._sides]
        self._rows = [(p.side, p.span) for p in rows]
        self._corrected = [p.correction for p in rows]
        self._past_end = [past_end(p) for p in rows]  # after the other's text ends
        self.endResetModel()

    def is_correction(self, row: int) -> bool:
        """Whether the passage of ``row`` is in a correction note."""
        return 0 <= row < len(self._corrected) and self._corrected[row]

    def alignment(self) -> Alignment | None:
        return self._alignment

    def row_total(self) -> int:
        return len(self._rows)

    def passage_at(self, row: int) -> tuple[str, Span] | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def _doc(self, side: str) -> Document:
        assert self._alignment is not None
        return self._alignment.a if side == "a" else self._alignment.b

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        found = self.passage_at(index.row()) if index.isValid() else None
        if found is None or self._alignment is None:
            return None
        side, span = found
        col = index.column()
        if role == DESCRIPTION:
            return spoken_tip(self, index)
        if col == CLOSEST:
            return self._closest_data(side, span, role)
        if col == NOTE:
            return self._note_data(index.row(), role)
        corrected = self.is_correction(index.row())
        if role == Qt.ItemDataRole.DisplayRole:
            text = self._doc(side).slice(span)
            if col == SIDE:
                return side.upper()
            opening = self._past_end[index.row()] + (f"{CORRECTION} · " if corrected else "")
            return opening + shorten(text, CELL_CHARS)
        if role == Qt.ItemDataRole.TextAlignmentRole and col == PASSAGE:
            return text_alignment(self._doc(side).slice(span))  # right for Arabic, Hebrew
        if role == Qt.ItemDataRole.ToolTipRole:
            doc = self._doc(side)
            if col == SIDE:
                return doc.display_name
            told = shorten(doc.slice(span), 800)
            post = doc.post_at(span.start)
            if post is not None:  # the poster's words, not the article's
                told = post_tip(post.poster, side) + "\n\n" + told
            other = "B" if side == "a" else "A"
            if corrected:
                told = CORRECTION_TIP.format(side=side.upper(), other=other) + "\n\n" + told
            if self._past_end[index.row()]:
                told = PAST_END_TIP.format(other=other) + "\n\n" + told
            return told
        return None

    def _note_data(self, row: int, role: int) -> object:
        """The Note cell: each note's first line (else its tags); the whole notes in its
        tooltip."""
        if role == Qt.ItemDataRole.DisplayRole:
            return " · ".join(note_line(n) for n in self.notes_at(row))
        if role == Qt.ItemDataRole.ToolTipRole:
            return notes_tip(self.notes_at(row))
        return None

    def _closest_data(self, side: str, span: Span, role: int) -> object:
        """The Closest cell: the other article's sentence nearest the passage, or a dash
        when none comes near."""
        assert self._alignment is not None
        closest = self._alignment.closest_to(side, span)
        other = "b" if side == "a" else "a"
        text = self._doc(other).slice(closest.partner) if closest is not None else ""
        if role == Qt.ItemDataRole.DisplayRole:
            return shorten(text, CELL_CHARS) if closest is not None else "\u2014"
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return text_alignment(text)
        if role == Qt.ItemDataRole.ToolTipRole:
            if closest is None:
                return f"No sentence of {other.upper()} comes near this passage."
            return (
                f"The sentence of {other.upper()} closest to this passage (no claim links "
                f"them; if it says the same, select both and link them, Ctrl+K):\n\n"
                f"{shorten(text, 800)}"
            )
        return None

    def counts(self) -> tuple[int, int] | None:
        """How many passages only A and only B report (whatever ``set_sides`` keeps);
        None with no alignment."""
        al = self._alignment
        return (len(al.only_a), len(al.only_b)) if al else None


class OnlyInOneDock(PassagesDock):
    """Passages only one article reports, with a check box per article; Ctrl+C on one
    sends ``copy_requested`` with its side and Span."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Only in one", "only_dock", "Passages only in one article", parent)
        self.model = OnlyInOneModel(self)
        self._add_side_boxes(
            "Only in {side}", "Show passages only in article {side}", self._sides_changed
        )
        self._add_table(
            self.model,
            "Passages only in one article",
            (PASSAGE, CLOSEST),  # the two share the width
            COLUMN_SAMPLES,
            "&Copy passage",
            COLUMN_SHARES,
        )

    def set_notes(self, notes: Iterable[Note]) -> None:
        """The reader's notes, shown beside the passages they are on."""
        self.model.set_notes(notes)

    def set_alignment(self, alignment: Alignment | None) -> None:
        self.model.set_alignment(alignment)
        self._count()

    def _count(self) -> None:
        counts = self.model.counts()
        self._update_hint(counts)
        text = ""
        if counts is not None:
            only_a, only_b = counts
            text = f"{plural(only_a, 'passage')} only in A, {plural(only_b, 'passage')} only in B"
        self.count_label.setText(text)

    def _sides_changed(self) -> None:
        self.model.set_sides(tuple(s for s, box in self.side_boxes.items() if box.isChecked()))
        self._update_hint(self.model.counts())
        self.filter_changed.emit()

    def _update_hint(self, counts: tuple[int, int] | None) -> None:
        """What the empty table says: why it is empty, and what would fill it."""
        if counts is None:
            hint = "Passages only one article reports appear here once a pair is aligned."
        elif counts == (0, 0):
            hint = "Every passage of each article has a partner in the other."
        else:
            hint = "Tick Only in A or Only in B to list the passages only that article reports."
        self.table.set_empty_hint(hint)

    def _item_at(self, row: int) -> tuple[str, Span, Span] | None:
        found = self.model.passage_at(row)
        return (found[0], found[1], found[1]) if found is not None else None

    def _alignment(self) -> Alignment | None:
        return self.model.alignment()

    def _show_row(self, row: int) -> None:
        found = self.model.passage_at(row)
        if found is not None:
            self.passage_selected.emit(found[0], found[1])
