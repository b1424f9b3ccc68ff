"""A table's rows read with their header, for matching.

A row of a table is a line of cells ("| Margaret Okafor | 41.6 | 39.8 | +1.8 |", as the
reader shows it: reader.ingest.table_rows); alone it is a name and bare figures, whose
meaning is in the header row above it ("| Candidate | Nov. 1-4 | Oct. 4-7 | Change |") and
in the table's title ("... (likely voters, %)"). For matching, a row under a header is
read against it: the sentence model embeds "Margaret Okafor: Nov. 1-4 41.6%, Oct. 4-7
39.8%, Change +1.8" while the pane shows the row; each figure cell knows its column, and
a figure of a column of shares (a header cell or the title telling "%", "per cent") is a
percentage (``percent_cells``). The header row states nothing: it is no claim
(``header_rows``), nor is a row of labels over a timeline's dated entries, "| Date |
Event |" (no passage only in one article either)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from reader.ingest.table_rows import table_rows
from reader.model import Document, Span

__all__ = ["TableRow", "table_reading"]

# a cell that is a figure alone: "41.6", "+1.8", "-0.9", "1,012", "42%"
_FIGURE = re.compile(r"[+\-−–]?\d[\d,.]*\s*%?")
# a title or a header cell telling shares: "(likely voters, %)", "Share (%)", "per cent"
_SHARES = re.compile(r"%|\bper\s?cent\b|\bpercentage\b|\bshare\b", re.IGNORECASE)
# a column of changes, of points of a share, not shares: "Change", "+/-", "Swing", "Diff."
_CHANGE = re.compile(r"\bchange\b|\bswing\b|\bdiff|\+/[-−]|±|\bgain\b|\bloss\b", re.IGNORECASE)
# a header cell of words only, a label: "Date", "Event", "Vote share", "Polling firm"
_LABEL = re.compile(r"[^\W\d_][\w'’&/().-]*(?:\s+[\w'’&/().-]+){0,2}")

# a word that names what a column holds: "Date", "Event", "Name", "Status", "Region"
_LABEL_WORD = re.compile(
    r"\b(?:dates?|days?|years?|months?|times?|when|what|who|where|events?|names?|status"
    r"|regions?|countr(?:y|ies)|states?|city|cities|places?|locations?|areas?|districts?"
    r"|parties|party|roles?|positions?|posts?|titles?|outcomes?|results?|notes?|details?"
    r"|descriptions?|summary|candidates?|members?|sources?|types?|kinds?|categor(?:y|ies)"
    r"|steps?|stages?|phases?|milestones?|actions?|decisions?|reasons?|comments?|remarks?"
    r"|items?|topics?|issues?|subjects?|persons?|people|officials?|departments?|agency"
    r"|agencies|organi[sz]ations?|groups?|teams?|players?|ministers?|ministry|office"
    r"|period|term|duration|deadline|changes?|measures?|policy|policies|plans?|projects?"
    r"|amounts?|figures?|totals?|numbers?|counts?|sums?|costs?|values?|votes?|seats?|shares?"
    r"|rank|ranking|order|ref|happened|occurred|age|gender|sex|cause)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class TableRow:
    """A row of a table under a header row: ``read``, the row read against its header;
    ``percent``, the spans (in the document) of its figure cells that are shares;
    ``header``: the row is the header itself (``read`` is empty); ``title``: the
    paragraph before the header row, the table's title when it has one."""

    read: str = ""
    percent: tuple[Span, ...] = ()
    header: bool = False
    title: str = ""
    # each cell but the first, with its column's header cell ("41.6" under "Nov. 1-4")
    columns: tuple[tuple[Span, str], ...] = ()


def _cells(doc: Document, paragraph: Span) -> list[Span]:
    """The cells of the row ``paragraph``, each its words' span (outer bars left off)."""
    text = doc.slice(paragraph)
    out: list[Span] = []
    start = 0
    for k, part in enumerate(text.split("|")):
        end = start + len(part)
        words = part.strip()
        edge = k == 0 or end == len(text)
        if words or not edge:
            at = paragraph.start + start + (len(part) - len(part.lstrip()))
            out.append(Span(at, at + len(words)))
        start = end + 1
    return out


def _figure(cell: str) -> bool:
    return _FIGURE.fullmatch(cell) is not None


def _labels(head: list[str], body: list[list[str]]) -> bool:
    """``head`` is a row of labels over ``body`` ("| Date | Event |" over "| 2 June 2026 |
    Inspectors find ... |"): each cell a word or up to three, no digit in them, and a row
    under it tells more (a digit, or a cell longer than a label). One of its cells names
    what a column holds ("Date", "Name", "Status": ``_LABEL_WORD``) and none is a value
    of its column in a row under it: a first row of data in short words ("| Smith |
    Resigned |") is no header."""
    if not all(_LABEL.fullmatch(h) and not any(ch.isdigit() for ch in h) for h in head):
        return False
    # a first row of data in short words ("| Smith | Resigned |" over "| Jones | Stayed
    # on as adviser |"): no cell names what a column holds, or one is a value of its column
    if not any(_LABEL_WORD.search(h) for h in head):
        return False
    values = {(k, c.casefold()) for cells in body for k, c in enumerate(cells)}
    if any((k, h.casefold()) in values for k, h in enumerate(head)):
        return False
    return any(
        any(ch.isdigit() for ch in c) or not _LABEL.fullmatch(c) for cells in body for c in cells
    )


def table_reading(doc: Document) -> dict[int, TableRow]:
    """Each row of ``doc``'s tables that has a header row, and each header row, by where
    its paragraph starts. When the page marks its tables' header rows (a <th> row, a
    <thead>: ``Document.table_heads``) in a table, its first row is its header when marked,
    for certain, and not otherwise. In a table it marks none of: a first row is
    its header when none of its cells but the first is a figure alone and a row under it
    has one; a first row of labels over rows of no figure cells ("| Date | Event |") is a
    header too, its rows read as they stand (``_labels``)."""
    paragraphs = list(doc.paragraphs)
    rows = table_rows([doc.slice(p) for p in paragraphs])
    out: dict[int, TableRow] = {}
    marked = frozenset(doc.table_heads) if doc.table_heads else None
    k = 0
    while k < len(paragraphs):
        if k not in rows:
            k += 1
            continue
        end = k
        while end + 1 < len(paragraphs) and end + 1 in rows:
            end += 1
        _read_table(doc, paragraphs, k, end, out, marked)
        k = end + 1
    return out


def _read_table(
    doc: Document,
    paragraphs: list[Span],
    first: int,
    last: int,
    out: dict[int, TableRow],
    marked: frozenset[Span] | None = None,
) -> None:
    """The rows ``first`` .. ``last`` of ``paragraphs``, one table, read into ``out``;
    ``marked``: the header rows the page marks (None, or none in this table: the header
    guessed)."""
    head = [doc.slice(c) for c in _cells(doc, paragraphs[first])]
    body = [_cells(doc, paragraphs[k]) for k in range(first + 1, last + 1)]
    # a table some row of which the page marks a header: marked or not, for certain
    here = marked is not None and any(paragraphs[k] in marked for k in range(first, last + 1))
    certain = here and paragraphs[first] in (marked or ())
    if len(head) < 2 or (here and not certain):
        return
    if not certain and any(_figure(c) for c in head[1:]):
        return
    title = doc.slice(paragraphs[first - 1]) if first > 0 else ""
    if not any(_figure(doc.slice(c)) for cells in body for c in cells[1:]):
        texts = [[doc.slice(c) for c in cells] for cells in body]
        if certain or _labels(head, texts):
            out[paragraphs[first].start] = TableRow(header=True, title=title)
        return
    shares = [
        (bool(_SHARES.search(h)) or bool(_SHARES.search(title))) and not _CHANGE.search(h)
        for h in head
    ]
    out[paragraphs[first].start] = TableRow(header=True, title=title)
    for k, cells in zip(range(first + 1, last + 1), body, strict=True):
        if len(cells) != len(head):
            continue
        words = [doc.slice(c) for c in cells]
        told: list[str] = []
        percent: list[Span] = []
        for column, (cell, span) in enumerate(zip(words[1:], cells[1:], strict=True), 1):
            share = shares[column] and _figure(cell) and not cell.endswith("%")
            if share:
                percent.append(span)
            told.append(f"{head[column]} {cell}{'%' if share else ''}".strip())
        read = f"{words[0]}: {', '.join(told)}"
        columns = tuple(zip(cells[1:], head[1:], strict=True))
        out[paragraphs[k].start] = TableRow(read, tuple(percent), title=title, columns=columns)
