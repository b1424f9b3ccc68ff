"""Qt item models over an Alignment's matches: a thin table adapter, and its filter
(``reader.ui.matches_filter``).

Sorting happens in the table model (one Python ``sorted`` call); the proxy only filters,
so a reset of a thousand matches costs no per-comparison calls back into Python.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Hashable, Iterable
from html import escape
from typing import Any

from PySide6.QtCore import (
    QObject,
    Qt,
)
from PySide6.QtGui import QColor

from reader.bidi import isolate_detail
from reader.ingest.normalize import fold
from reader.model import Alignment, Match, Note, Span
from reader.model.alignment import SCORE_DIGITS  # Min score compares 0.87, not 0.8684
from reader.model.spelling import SPELT_APART
from reader.ui.differs_cell import differs_cell
from reader.ui.highlights import DISCREPANCY_COLOUR
from reader.ui.row_words import in_row, placed
from reader.ui.table_model import (
    DESCRIPTION,
    AnyIndex,
    ColumnsTableModel,
    spoken_tip,
    text_alignment,
)
from reader.ui.tooltips import (
    SHORT_PASSAGE,
    details_by_match,
    partner_text,
    shorten,
    wording,
)

COLUMNS = ("Kind", "Score", "A text", "B text", "Differs", "Note")
KIND, SCORE, A_TEXT, B_TEXT, DIFFERS, NOTE = range(6)
MATCH_ID_ROLE = Qt.ItemDataRole.UserRole + 1
CELL_CHARS = 160
Cells = tuple[str, str, str, str, str, str]
# a discrepancy stands out in the table as in the panes; translucent, so it reads on a
# light or a dark palette
DIFFERS_BACKGROUND = QColor(DISCREPANCY_COLOUR)
DIFFERS_BACKGROUND.setAlpha(70)

# what each column holds (its header's tooltip)
COLUMN_TIPS = (
    "What the passages share: a claim, a quote, an entity (a person, place, organisation, "
    "date) or a number; (manual): linked by hand; (spelt differently): a name the two "
    "articles spell apart",
    "How sure the match is, from 0 to 1 (1: the same words); —: linked by hand",
    "The passage of article A",
    "The passage of article B",
    "What the two passages disagree on: A's value vs B's value (a date, a figure, a "
    "quotation's words, a claim denied)",
    "Your notes on the match",
)
# a link made by hand has no score: the reader made it, nothing measured it
NO_SCORE = "—"
HAND_TIP = "Linked by hand: the reader's link, with no score"
# the order of a column's first sort: the best scores and the disagreements first
FIRST_SORT = {SCORE: Qt.SortOrder.DescendingOrder}

# what the dock's "Show" choice keeps, besides the kinds and the minimum score
# (reader.ui.matches_filter)
SHOW_ALL, SHOW_DIFFERS, SHOW_NOTED = "", "differs", "noted"


def differences(alignment: Alignment) -> dict[str, str]:
    """Match id -> what its two passages disagree on ("June 18 vs June 19")."""
    found = details_by_match(alignment.discrepancies)
    return {mid: "; ".join(details) for mid, details in found.items()}


def search_words(text: str) -> tuple[str, ...]:
    """The words a filter box's ``text`` looks for: case, curly or straight quotes and
    dashes do not matter."""
    return tuple(fold(text).casefold().split())


def note_line(note: Note) -> str:
    """A note in one line: its first line of text, else its tags."""
    first = note.text.strip().splitlines()[0] if note.text.strip() else ""
    return first or ", ".join(note.tags)


def notes_tip(notes: Iterable[Note], limit: int = 600) -> str | None:
    """Rich text with each whole note (line breaks kept) and its tags; None for none."""
    parts = []
    for note in notes:
        text = note.text.strip()
        if len(text) > limit:
            text = text[: limit - 1].rstrip() + "…"
        tags = f"<i>[{escape(', '.join(note.tags))}]</i> " if note.tags else ""
        parts.append(tags + escape(text).replace("\n", "<br>"))
    return "<qt>" + "<hr>".join(parts) + "</qt>" if parts else None


def kind_text(m: Match) -> str:
    """The Kind cell of ``m``: its kind, "(manual)" after it for a link made by hand,
    "(spelt differently)" after a name the two articles spell apart ("Smith", "Smyth")."""
    if m.manual:
        return f"{m.kind.value} (manual)"
    return m.kind.value + (f" ({SPELT_APART})" if m.spelling else "")


class MatchesTableModel(ColumnsTableModel):
    """One row per match: kind, score, A text, B text, what the passages disagree on and
    the reader's notes on the match (read-only, sortable)."""

    columns = COLUMNS

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._alignment: Alignment | None = None
        self._rows: tuple[Match, ...] = ()
        self._cells: dict[int, Cells] = {}
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self._differs: dict[str, str] = {}
        self._notes: dict[str, tuple[Note, ...]] = {}
        self._search: dict[str, str] = {}  # match id -> its passages and evidence, folded
        self._alike: set[tuple[str, str]] | None = None  # short passage pairs shown twice
        # of those, the passages whose words around them repeat too: shown with their place
        self._placed: tuple[set[Span], set[Span]] | None = None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        """The column names, what each holds (tooltip), and for Score a first sort
        from the best match down (a click on the header)."""
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            if role == Qt.ItemDataRole.ToolTipRole:
                return COLUMN_TIPS[section]
            if role == Qt.ItemDataRole.InitialSortOrderRole:
                return FIRST_SORT.get(section, Qt.SortOrder.AscendingOrder)
        return super().headerData(section, orientation, role)

    def set_alignment(self, alignment: Alignment | None) -> None:
        self.beginResetModel()
        self._alignment = alignment
        self._differs = differences(alignment) if alignment else {}
        self._search = {}
        self._alike = self._placed = None
        self._rows = self._sorted(alignment.matches) if alignment else ()
        self._cells = {}
        self.endResetModel()

    def set_notes(self, notes: Iterable[Note]) -> None:
        """The reader's notes: each one on a match shows in that match's Note cell."""
        by_match: dict[str, list[Note]] = defaultdict(list)
        for note in notes:
            if note.match_id is not None:
                by_match[note.match_id].append(note)
        fresh = {mid: tuple(ns) for mid, ns in by_match.items()}
        old = self._notes
        changed = {mid for mid in fresh.keys() | old.keys() if fresh.get(mid) != old.get(mid)}
        if not changed:
            return
        self._notes = fresh
        if self._sort is not None and self._sort[0] == NOTE:
            self._cells = {}
            self.sort(*self._sort)
            if self._rows:
                self.dataChanged.emit(self.index(0, NOTE), self.index(len(self._rows) - 1, NOTE))
            return
        # only the rows of the matches whose notes changed (one note: one row)
        rows = [i for i, m in enumerate(self._rows) if m.id in changed]
        for row in rows:
            self._cells.pop(row, None)
        if rows:
            self.dataChanged.emit(self.index(min(rows), NOTE), self.index(max(rows), NOTE))

    def differs(self, match_id: str) -> str:
        """What the match's two passages disagree on; "" when nothing."""
        return self._differs.get(match_id, "")

    def notes_on(self, match_id: str) -> tuple[Note, ...]:
        return self._notes.get(match_id, ())

    def holds(self, m: Match, words: tuple[str, ...]) -> bool:
        """Every one of ``words`` (from :func:`search_words`) is in the match's passages,
        its evidence, what its passages disagree on (or "spelt differently"), its speaker
        or the reader's notes on it."""
        al = self._alignment
        if al is None:
            return False
        text = self._search.get(m.id)
        if text is None:
            parts = (al.a.slice(m.a), al.b.slice(m.b), *m.evidence, self.differs(m.id))
            parts += (SPELT_APART,) if m.spelling else ()  # "spelt" finds "Smith" / "Smyth"
            text = self._search[m.id] = fold(" ".join((*parts, m.speaker or ""))).casefold()
        missing = [w for w in words if w not in text]
        if not missing:
            return True
        notes = self.notes_on(m.id)
        if not notes:
            return False
        noted = fold(" ".join(f"{n.text} {' '.join(n.tags)}" for n in notes)).casefold()
        return all(w in noted for w in missing)

    def rows(self) -> tuple[Match, ...]:
        """The matches in row order."""
        return self._rows

    def match_at(self, row: int) -> Match | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, match_id: str) -> int:
        for i, m in enumerate(self._rows):
            if m.id == match_id:
                return i
        return -1

    def rows_of(self, match_ids: Collection[Hashable]) -> dict[Hashable, int]:
        """The rows of those of ``match_ids`` the table has, by id."""
        wanted = set(match_ids)
        return {m.id: i for i, m in enumerate(self._rows) if m.id in wanted}

    def _sort_key(self, column: int) -> Callable[[Match], Any]:
        al = self._alignment
        if column == SCORE or al is None:
            return lambda m: (m.score, m.id)
        if column == KIND:
            return lambda m: (m.kind.value, m.score)
        if column in (DIFFERS, NOTE):
            # passages with something to read first (ascending), then the rest
            def text(m: Match) -> str:
                if column == DIFFERS:
                    return self.differs(m.id)
                return " ".join(note_line(n) for n in self.notes_on(m.id))

            return lambda m: (not text(m), text(m).casefold(), m.a.start)
        doc, side = (al.a, "a") if column == A_TEXT else (al.b, "b")
        return lambda m: doc.slice(m.a if side == "a" else m.b).casefold()

    def _sorted(self, rows: Iterable[Match]) -> tuple[Match, ...]:
        if self._sort is None:
            return tuple(rows)
        column, order = self._sort
        descending = order == Qt.SortOrder.DescendingOrder
        return tuple(sorted(rows, key=self._sort_key(column), reverse=descending))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by ``column``; a negative column restores the aligner's order."""
        if column >= len(COLUMNS):
            return
        self.layoutAboutToBeChanged.emit()
        self._sort = (column, order) if column >= 0 else None
        old_ids = [m.id for m in self._rows]
        original = self._alignment.matches if self._alignment else ()
        self._rows = self._sorted(self._rows) if self._sort else tuple(original)
        self._cells = {}
        new_rows = {m.id: i for i, m in enumerate(self._rows)}
        before = self.persistentIndexList()
        after = [self.index(new_rows[old_ids[i.row()]], i.column()) for i in before]
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()

    def _short_pair(self, m: Match) -> tuple[str, str] | None:
        """The words of ``m``'s two passages when both are short (a name, a figure)."""
        al = self._alignment
        if al is None or max(len(m.a), len(m.b)) > SHORT_PASSAGE:
            return None
        return al.a.slice(m.a), al.b.slice(m.b)

    def _alike_pairs(self) -> set[tuple[str, str]]:
        """The short passage pairs more than one row shows ("Kim", "Kim" six times on the
        sample pair): counted once, when a cell is first asked for."""
        if self._alike is None:
            al = self._alignment
            pairs = Counter(self._short_pair(m) for m in (al.matches if al else ()))
            self._alike = {pair for pair, n in pairs.items() if pair is not None and n > 1}
        return self._alike

    def _placed_spans(self) -> tuple[set[Span], set[Span]]:
        """A's and B's passages among the rows alike whose words around them another
        passage of the rows shows alike (a caption the body repeats): their rows say
        where they are."""
        if self._placed is None:
            al = self._alignment
            alike = self._alike_pairs()
            rows = [m for m in (al.matches if al else ()) if self._short_pair(m) in alike]
            self._placed = (
                placed(al.a, (m.a for m in rows)) if al else set(),
                placed(al.b, (m.b for m in rows)) if al else set(),
            )
        return self._placed

    def _passages(self, m: Match) -> tuple[str, str]:
        """The A text and B text cells: a name or a figure other rows show alike in its
        words around it ("…their summit in Pyongyang on Wednesday…"), so that the rows
        tell their places apart; any other passage in its own words."""
        al = self._alignment
        assert al is not None
        if self._short_pair(m) in self._alike_pairs():
            a_placed, b_placed = self._placed_spans()
            return in_row(al.a, m.a, m.a in a_placed), in_row(al.b, m.b, m.b in b_placed)
        return shorten(al.a.slice(m.a), CELL_CHARS), shorten(al.b.slice(m.b), CELL_CHARS)

    def _row_cells(self, row: int) -> Cells:
        cells = self._cells.get(row)
        if cells is None:
            m = self._rows[row]
            a_text, b_text = self._passages(m)
            cells = (
                kind_text(m),
                NO_SCORE if m.manual else f"{m.score:.{SCORE_DIGITS}f}",
                a_text,
                b_text,
                # each value in its own direction: "19 يونيو 2024 vs 20 يونيو 2024" keeps
                # A's value first, each date in order; a long quotation's shared words
                # left out, so that what differs shows in the cell
                isolate_detail(differs_cell(self.differs(m.id))),
                " · ".join(note_line(n) for n in self.notes_on(m.id)),
            )
            self._cells[row] = cells
        return cells

    def row_total(self) -> int:
        return len(self._rows)

    def alignment(self) -> Alignment | None:
        return self._alignment

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or self._alignment is None:
            return None
        row, col = index.row(), index.column()
        if not 0 <= row < len(self._rows):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._row_cells(row)[col]
        if role == DESCRIPTION:
            return spoken_tip(self, index)
        if role == MATCH_ID_ROLE:
            return self._rows[row].id
        if role == Qt.ItemDataRole.ToolTipRole and col in (A_TEXT, B_TEXT):
            m = self._rows[row]
            doc, span = (self._alignment.a, m.a) if col == A_TEXT else (self._alignment.b, m.b)
            # a name or a figure in its words around it: "Greek" four times says not where
            shown = partner_text(doc, span, 600)
            worded = wording(m, self._alignment.a, self._alignment.b)  # as a diff tool would
            return f"{shown}\n\n{worded}" if worded else shown
        if role == Qt.ItemDataRole.ToolTipRole and col in (KIND, SCORE) and self._rows[row].manual:
            return HAND_TIP
        if role == Qt.ItemDataRole.ToolTipRole and col == KIND:
            m = self._rows[row]
            if m.spelling is not None:  # "Spelt differently: “Smith” in A, “Smyth” in B: ..."
                return wording(m, self._alignment.a, self._alignment.b)
            return f"Quoted speaker: {m.speaker}" if m.speaker else None
        if role == Qt.ItemDataRole.ToolTipRole and col == NOTE:
            return notes_tip(self.notes_on(self._rows[row].id))
        if role == Qt.ItemDataRole.ToolTipRole and col == DIFFERS:
            return self.differs(self._rows[row].id) or None
        if role == Qt.ItemDataRole.BackgroundRole and col == DIFFERS:
            return DIFFERS_BACKGROUND if self.differs(self._rows[row].id) else None
        if role == Qt.ItemDataRole.TextAlignmentRole and col == SCORE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (A_TEXT, B_TEXT, DIFFERS, NOTE):
            # an Arabic or Hebrew passage at the right (the table's delegate lays it out
            # right to left), an English one at the left
            return text_alignment(self._row_cells(row)[col])
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
