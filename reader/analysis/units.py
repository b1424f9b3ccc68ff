"""Units of matching: the non-boilerplate sentences of a document, with folded text."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from reader.analysis.table_reading import TableRow, table_reading
from reader.ingest.normalize import fold
from reader.model import Document, Span


@dataclass(frozen=True, slots=True)
class Unit:
    """One sentence of a document that alignment may match."""

    index: int
    span: Span
    text: str
    folded: str
    # a row of a table under a header row, or the header row itself (table_reading)
    row: TableRow | None = None

    @property
    def read(self) -> str:
        """The words the unit is read as for matching: a table row read against its
        header ("Okafor: Nov. 1-4 41.6%, Oct. 4-7 39.8%"), else its text."""
        return self.row.read if self.row is not None and self.row.read else self.text


def document_units(doc: Document, max_chars: int = 1200) -> list[Unit]:
    """Content sentences of ``doc`` in reading order; very long ones cut at clause breaks."""
    units: list[Unit] = []
    rows = table_reading(doc)
    starts = [p.start for p in doc.paragraphs]
    for s in doc.content_sentences():
        for part in _cut_long(doc.text, s, max_chars):
            raw = doc.slice(part)
            if any(ch.isalnum() for ch in raw):
                row = _row_of(part, doc, starts, rows) if rows else None
                units.append(Unit(len(units), part, raw, fold(raw), row))
    return units


def _row_of(
    span: Span, doc: Document, starts: list[int], rows: dict[int, TableRow]
) -> TableRow | None:
    """The table row (or header row) that ``span`` of ``doc`` is whole, if any."""
    at = bisect_right(starts, span.start) - 1
    if at < 0:
        return None
    paragraph = doc.paragraphs[at]
    row = rows.get(paragraph.start)
    if row is None or doc.text[paragraph.start : paragraph.end].strip() != doc.slice(span).strip():
        return None
    return row


def header_rows(units: list[Unit]) -> frozenset[int]:
    """The indices of ``units`` that are a table's header row ("| Candidate | Nov. 1-4 |"):
    the words a row is read with, no claim of their own (table_reading)."""
    return frozenset(u.index for u in units if u.row is not None and u.row.header)


def posted_units(units: list[Unit], doc: Document) -> frozenset[int]:
    """The indices of ``units`` inside a social post ``doc`` embeds (``doc.posts``)."""
    spans = [p.span for p in doc.posts]
    return frozenset(u.index for u in units if any(s.overlaps(u.span) for s in spans))


def _cut_long(text: str, span: Span, max_chars: int) -> list[Span]:
    """Split a run-on sentence (tables, lists pasted as one line) into pieces under max_chars."""
    if len(span) <= max_chars:
        return [span]
    out: list[Span] = []
    start = span.start
    while span.end - start > max_chars:
        window = text[start : start + max_chars]
        cut = max(window.rfind("; "), window.rfind(", "), window.rfind(" "))
        end = start + (cut + 1 if cut > max_chars // 4 else max_chars)
        out.append(Span(start, end))
        start = end
    out.append(Span(start, span.end))
    return [s for s in out if len(s) > 0]


_WORD = re.compile(r"\w+")


def own_paragraph(unit: Unit, doc: Document, starts: list[int]) -> bool:
    """``unit`` is all the words of its paragraph of ``doc`` (``starts``: where the
    paragraphs start): not the end of a sentence cut at an ellipsis ("And the next host
    is … Ellen DeGeneres."), nor a clause of a longer paragraph."""
    at = bisect_right(starts, unit.span.start) - 1
    if at < 0:
        return False
    paragraph = doc.paragraphs[at]
    before = doc.text[paragraph.start : unit.span.start]
    after = doc.text[unit.span.end : paragraph.end]
    return not _WORD.search(before) and not _WORD.search(after)
