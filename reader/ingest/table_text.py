"""A table of figures in a page's story, read as a reader sees it.

trafilatura writes a table's rows as lines of cells ("| Okafor | 41.6 | 39.8 |"), which
the reader reads as they are. Two things of its rendering are no part of what a browser
shows:

- the table's caption, which it writes as a first row of one cell padded with empty ones
  ("| If the election were held today, for whom would you vote? | | | |"), and under it
  the line that marks a header row: the caption is the title of the table, a paragraph
  before it (``captions_before``);
- the lines it writes under a header row to mark it, as Markdown does ("|---|---|"):
  no words, they are left out (``without_rule_lines``). What they told, that the row
  above is the table's header, is read from the page's markup instead: a row of <th>
  cells, or a row in <thead> (``marked_header_rows``), kept by the Document as
  ``table_heads`` for reader.analysis.table_reading.
"""

from __future__ import annotations

import re
from typing import Any

from reader.ingest.table_rows import table_rows
from reader.model.document import Document
from reader.model.span import Span

__all__ = [
    "captions_before",
    "header_cells_in_thead",
    "marked_header_rows",
    "marked_rows",
    "row_key",
    "without_rule_lines",
]


def captions_before(tree: Any) -> None:
    """Each <caption> of the lxml ``tree``'s tables made a paragraph before its table."""
    for caption in list(tree.iter("caption")):
        table = caption.getparent()
        if table is None or not isinstance(table.tag, str) or table.tag != "table":
            continue
        tail = caption.tail
        caption.tail = None
        table.remove(caption)
        if tail and tail.strip():  # words after the caption, before the first row
            table.text = (table.text or "") + tail
        caption.tag = "p"
        caption.attrib.clear()
        table.addprevious(caption)


def header_cells_in_thead(tree: Any) -> None:
    """Each <td> of the lxml ``tree``'s <thead>s made a <th>: a header cell, as the
    extractor marks a <th> (``marked_header_rows``)."""
    for head in list(tree.iter("thead")):
        for cell in head.iter("td"):
            cell.tag = "th"


def row_key(line: str) -> tuple[str, ...]:
    """The words of the cells of a table's row ``line`` ("| Smith | Resigned |"),
    whitespace made one space, case folded, empty cells left out: a row as the text shows
    it and as the markup holds it are told the same."""
    cells = (" ".join(cell.split()).casefold() for cell in line.split("|"))
    return tuple(cell for cell in cells if cell)


def marked_header_rows(body: Any) -> frozenset[tuple[str, ...]]:
    """The rows (``row_key``) of the tables of trafilatura's ``body`` (an lxml element, or
    None) that the page marks as headers: every cell of the row a <th> (the extractor's
    role="head"; a <thead>'s cells are made <th>s before it reads the page,
    ``header_cells_in_thead``). A row opening with a <th> of its own, a row's label
    ("| <th>Eastvale</th> | 8 |"), is no header."""
    if body is None or not hasattr(body, "iter"):
        return frozenset()
    out: set[tuple[str, ...]] = set()
    for row in body.iter("row"):
        cells = [c for c in row if isinstance(c.tag, str) and c.tag == "cell"]
        if len(cells) >= 2 and all(c.get("role") == "head" for c in cells):
            key = row_key(" | ".join("".join(c.itertext()) for c in cells))
            if key:
                out.add(key)
    return frozenset(out)


def marked_rows(doc: Document, heads: frozenset[tuple[str, ...]]) -> tuple[Span, ...]:
    """The paragraphs of ``doc`` that are rows of a table (reader.ingest.table_rows) whose
    cells are those of one of the marked header rows ``heads`` (``row_key``)."""
    paragraphs = list(doc.paragraphs)
    rows = table_rows([doc.slice(p) for p in paragraphs])
    return tuple(
        p for k, p in enumerate(paragraphs) if k in rows and row_key(doc.slice(p)) in heads
    )


def without_rule_lines(lines: list[str]) -> list[str]:
    """``lines`` without the lines marking a table's header row ("|---|---|")."""
    return [line for line in lines if not _RULE_LINE.fullmatch(line)]


# a line of a table's rendering that marks its header row: cells of dashes, colons and
# spaces only
_RULE_LINE = re.compile(r"\|(?:\s*:?-{3,}:?\s*\|)+")
