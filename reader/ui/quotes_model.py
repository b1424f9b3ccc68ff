"""The Quotes tab's table model: every quotation of both articles, who says it, whether
the other article quotes it too; spoken quotations before quoted terms."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Qt

from reader.analysis.quotations.misattributed import may_be_one_person
from reader.analysis.quotations.quote_terms import is_term
from reader.model import Alignment, Document, Quoted
from reader.model.post import posted
from reader.ui.table_model import (
    DESCRIPTION,
    AnyIndex,
    ColumnsTableModel,
    spoken_tip,
    text_alignment,
)
from reader.ui.tooltips import post_tip, shorten

SIDE, SPEAKER, QUOTATION, SHARED = range(4)
CELL_CHARS = 200
UNNAMED = "\u2014"  # the speaker cell of a quotation nobody is named as saying
TERM_ROLE = Qt.ItemDataRole.UserRole + 1  # True in the cells of a quoted term's row
TERM_TIP = "A quoted term: words in quote marks that nobody is named as saying."
_MARKS = "\"'\u201c\u201d\u2018\u2019\u300c\u300d\u300e\u300f "


@dataclass(frozen=True, slots=True)
class QuoteRow:
    side: str  # "a" or "b"
    quoted: Quoted
    match_id: str | None  # the quote match pairing it with the other article's
    term: bool  # a quoted term (quote_terms.is_term), listed after the quotations
    # who the other article says said it, when it quotes it too and names someone
    partner_speaker: str | None = None
    post: bool = False  # a social post the article embeds (Document.posts), not speech

    def speaker(self) -> str | None:
        """Who says it: the name this article gives, else the other article's."""
        return self.quoted.speaker or self.partner_speaker


class QuotesModel(ColumnsTableModel):
    """One row per quotation: which article, who says it (and whom the other article
    names, when it quotes it too and names another: "Kim (B: Lee)"), the quotation,
    whether the other article quotes it too. Spoken quotations come first, A's then B's
    in reading order, then the quoted terms in the same order, until ``sort`` orders them
    by a column.
    ``set_filter`` keeps one article's rows or both, all quotations or only those the
    other article lacks, and the terms or not."""

    columns = ("Article", "Speaker", "Quotation", "Also in")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._alignment: Alignment | None = None
        self._sides: tuple[str, ...] = ("a", "b")
        self._unshared_only = False
        self._terms = True
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self._all: list[QuoteRow] = []
        self._rows: list[QuoteRow] = []

    def set_alignment(self, alignment: Alignment | None) -> None:
        self._alignment = alignment
        self._all = []
        if alignment is not None:
            found = alignment.quotations()
            # (side, quote match) -> the speaker that side gives its quotation
            named = {(side, m): q.speaker for side, q, m in found if m and q.speaker}
            for side, quoted, match_id in found:
                doc = alignment.a if side == "a" else alignment.b
                partner = named.get(("b" if side == "a" else "a", match_id or ""))
                # words the other article gives a speaker are no term here either
                term = partner is None and is_term(doc, quoted)
                post = doc.post_at(quoted.span.start) is not None
                self._all.append(QuoteRow(side, quoted, match_id, term, partner, post))
        self._rebuild()

    def set_filter(self, sides: tuple[str, ...], unshared_only: bool, terms: bool = True) -> None:
        self._sides, self._unshared_only, self._terms = sides, unshared_only, terms
        self._rebuild()

    def _rebuild(self) -> None:
        self.beginResetModel()
        self._rows = self._sorted(
            row
            for row in self._all
            if row.side in self._sides
            and not (self._unshared_only and row.match_id)
            and (self._terms or not row.term)
        )
        self.endResetModel()

    # -- order

    def _reading(self, row: QuoteRow) -> tuple[bool, str, int]:
        """The order until the reader sorts: quotations, then terms; A's then B's."""
        return row.term, row.side, row.quoted.span.start

    def _sort_key(self, column: int) -> Callable[[QuoteRow], tuple[Any, ...]]:
        """The key of ``column``'s order; rows alike in it keep the first order."""
        reading = self._reading
        if column == SIDE:
            return lambda r: (r.side, *reading(r))
        if column == SPEAKER:  # a speaker's quotations together, the unnamed last
            return lambda r: (not r.speaker(), (r.speaker() or "").casefold(), *reading(r))
        if column == QUOTATION:
            return lambda r: (self._text(r).strip(_MARKS).casefold(), *reading(r))
        if column == SHARED:  # those both quote first
            return lambda r: (r.match_id is None, *reading(r))
        return reading

    def _sorted(self, rows: Iterable[QuoteRow]) -> list[QuoteRow]:
        column, order = self._sort if self._sort else (-1, Qt.SortOrder.AscendingOrder)
        descending = order == Qt.SortOrder.DescendingOrder
        return sorted(rows, key=self._sort_key(column), reverse=descending)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by ``column``; a negative column restores the first order (quotations,
        then terms, each in reading order)."""
        if column >= len(self.columns):
            return
        self.layoutAboutToBeChanged.emit()
        self._sort = (column, order) if column >= 0 else None
        old = self._rows
        self._rows = self._sorted(old)
        new_row = {id(r): i for i, r in enumerate(self._rows)}
        before = self.persistentIndexList()
        after = [self.index(new_row[id(old[i.row()])], i.column()) for i in before]
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()

    # -- rows

    def alignment(self) -> Alignment | None:
        return self._alignment

    def row_total(self) -> int:
        return len(self._rows)

    def quotation_at(self, row: int) -> tuple[str, Quoted] | None:
        if not 0 <= row < len(self._rows):
            return None
        found = self._rows[row]
        return found.side, found.quoted

    def match_at(self, row: int) -> str | None:
        """The id of the quote match pairing this row's quotation, if both quote it."""
        return self._rows[row].match_id if 0 <= row < len(self._rows) else None

    def is_term_at(self, row: int) -> bool:
        return 0 <= row < len(self._rows) and self._rows[row].term

    def _doc(self, side: str) -> Document:
        assert self._alignment is not None
        return self._alignment.a if side == "a" else self._alignment.b

    def _text(self, row: QuoteRow) -> str:
        return self._doc(row.side).slice(row.quoted.span)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        quoted, shared = row.quoted, row.match_id
        other = "B" if row.side == "a" else "A"
        col = index.column()
        if role == DESCRIPTION:
            return spoken_tip(self, index)
        if role == Qt.ItemDataRole.DisplayRole:
            if col == SIDE:
                return row.side.upper()
            if col == SPEAKER:
                return self._speaker_cell(row, other)
            if col == QUOTATION:
                return shorten(self._text(row), CELL_CHARS)
            return other if shared else ""
        if role == TERM_ROLE:
            return row.term
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (SPEAKER, QUOTATION):
            return text_alignment(str(self.data(index)))  # right for Arabic, Hebrew
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == SIDE:
                return self._doc(row.side).display_name
            if col == SPEAKER:
                if row.term:
                    return TERM_TIP
                if row.post:
                    return post_tip(quoted.speaker, row.side)
                if quoted.speaker:
                    given = row.partner_speaker
                    if given and given != quoted.speaker:
                        return f"{quoted.speaker}; article {other} gives {given}."
                    return quoted.speaker
                nobody = f"Article {row.side.upper()} names nobody as saying it"
                if row.partner_speaker:
                    return f"{nobody}; article {other} gives {row.partner_speaker}."
                return f"{nobody}."
            if col == QUOTATION:
                text = shorten(self._text(row), 800)
                return f"{text}\n\n{TERM_TIP}" if row.term else text
            if not shared:
                return f"Article {other} does not quote it."
            said = f", said by {row.partner_speaker} there" if row.partner_speaker else ""
            return f"Article {other} quotes it too{said}: see the Matches tab."
        return None

    @staticmethod
    def _speaker_cell(row: QuoteRow, other: str) -> str:
        """Who says it ("DHWU Carrowick (post)" for a post the article embeds), and whom
        the other article names instead, when it quotes it too: "Kim (B: Lee)"."""
        quoted, given = row.quoted, row.partner_speaker
        said = quoted.speaker or UNNAMED
        said = posted(said) if row.post else said
        if not given or (quoted.speaker and may_be_one_person(given, quoted.speaker)):
            return said
        return f"{said} ({other}: {given})"

    def counts(self) -> tuple[int, int, int, int] | None:
        """Quotations in A, in B, those both articles quote (of A's), and the quoted terms
        among all of them; None with no alignment."""
        al = self._alignment
        if al is None:
            return None
        shared = sum(1 for r in self._all if r.match_id and r.side == "a")
        terms = sum(1 for r in self._all if r.term)
        return len(al.quotes_a), len(al.quotes_b), shared, terms

    def posts(self) -> tuple[int, int]:
        """How many of A's quotations and of B's are social posts the article embeds."""
        return (
            sum(1 for r in self._all if r.post and r.side == "a"),
            sum(1 for r in self._all if r.post and r.side == "b"),
        )
