"""The rows of a table among a text's lines, which are the story's, never boilerplate: a
poll's header row "| Candidate | Nov. 1-4 | Oct. 4-7 | Change |" tells its fieldwork dates,
though set off by bars it reads like a site's date stamp ("By Jane Doe | Nov. 4, 2026 | 3
min read", reader.ingest.date_lines.is_date_stamp).

A row is a line of two cells or more (split by "|") that is next to the delimiter row of a
table as a page's tables are read ("|---|---|", under the header row), or one of three
lines or more in a row of as many cells (a table read from Markdown, Word or OpenDocument,
"Candidate | Nov. 1-4 | Oct. 4-7", each row one line, no delimiter kept). A site's
stamp and a share bar after it are two lines, no table."""

from __future__ import annotations

import re

# a delimiter row: "|---|:---:|", "--- | ---"
_DELIMITER_ROW = re.compile(r"^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$")
_RUN = 3  # lines of as many cells, in a row, that make a table with no delimiter row


def _cells(line: str) -> int:
    """How many cells ``line`` has, split by its bars (its outer bars left off); 0 for a
    delimiter row or a line of one cell."""
    line = line.strip()
    if "|" not in line or _DELIMITER_ROW.match(line):
        return 0
    cells = len(line.removeprefix("|").removesuffix("|").split("|"))
    return cells if cells >= 2 else 0


def table_rows(lines: list[str]) -> set[int]:
    """The indexes of ``lines`` (a text's paragraphs, in order) that are rows of a table."""
    widths = [_cells(line) for line in lines]
    delimiter = [
        "|" in line and "-" in line and _DELIMITER_ROW.match(line) is not None for line in lines
    ]
    rows: set[int] = set()
    for i, width in enumerate(widths):
        if not width:
            continue
        if (i > 0 and delimiter[i - 1]) or (i + 1 < len(lines) and delimiter[i + 1]):
            rows.add(i)
    start = 0
    for i in range(1, len(lines) + 1):
        if i == len(lines) or widths[i] != widths[start] or not widths[i]:
            if widths[start] and i - start >= _RUN:
                rows.update(range(start, i))
            start = i
    return rows
