"""A page printed in columns, read one column after the other.

pypdf's layout extraction prints a page as it looks: the lines of a two-column page hold
a line of each column, side by side, apart by the gutter's blanks. Read as they come,
each line would join the two columns' sentences halfway. Here the gutters are found (a
strip of blank characters down the page with text on both sides of it in many lines),
and the page is read column by column: from the top down to a line that crosses a gutter
(a headline over the columns), the first column, then the next; then that line; and so on.

A short band at the page's top or foot, set apart from the body by a blank row (a
running header or footer: "Page 3 | The Herald | Tuesday"), stays as it was printed, so
that it is still found at the page's edge and left out as running text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import accumulate

MIN_GUTTER = 3
"""Blank characters a gutter is at least wide (words are one apart, sometimes two)."""

GUTTER_TEXT = 0.1
"""The most lines that may print across a gutter, as a share of the page's text lines
(headlines, captions over the columns), one at least."""

MIN_SIDE_BY_SIDE = 6
"""The fewest lines with text on both sides of a gutter: fewer are a form or a caption
beside a picture, not columns (a short last column may stop well before the first)."""

MIN_COLUMN_CHARS = 12
"""The shortest a column's lines are (the median of its parts of the lines divided): a
column of prose holds a few words a line (18-19 characters in three columns of A4, 11
pt), a table's cells a word or a figure ("Team  W  L"), and a table is read row by
row, as printed."""

EDGE_BAND = 2  # lines of a band at the page's top or foot kept as printed
SLACK = 4  # characters either side of a gutter where a column's line may end or begin
_BLANKS = re.compile(r" {2,}")


def reading_order(page: str) -> list[str]:
    """The lines of ``page`` (pypdf's layout text) in reading order: column after
    column when the page is printed in columns, else as they are."""
    lines = _lines(page)
    gutters = _gutters(lines)
    if not gutters:
        return lines
    head, body, foot = _edge_bands(lines)
    return [*head, *_by_column(body, gutters), *foot]


def in_columns(page: str) -> bool:
    """Whether ``page`` (pypdf's layout text) is printed in columns."""
    return bool(_gutters(_lines(page)))


def _lines(page: str) -> list[str]:
    return [line.replace("\t", " ").rstrip() for line in page.splitlines()]


def _gutters(lines: list[str]) -> list[tuple[int, int]]:
    """The gutters of a page (start and end column of each blank strip), left to right;
    none for a page in one column."""
    text = [line for line in lines if line.strip()]
    if len(text) < MIN_SIDE_BY_SIDE:
        return []
    width = max(len(line) for line in text)
    used = [0] * width
    for line in text:
        for x, char in enumerate(line):
            if char != " ":
                used[x] += 1
    most = max(1.0, GUTTER_TEXT * len(text))
    inner = range(int(0.15 * width), int(0.85 * width))
    strips = _runs([x for x in inner if used[x] <= most])
    gutters = [
        (start, end)
        for start, end in strips
        if end - start >= MIN_GUTTER and _side_by_side(text, start, end) >= MIN_SIDE_BY_SIDE
    ]
    return gutters if gutters and _prose(text, gutters) else []


def _prose(text: list[str], gutters: list[tuple[int, int]]) -> bool:
    """Whether the columns the gutters part hold prose: each column's parts of the lines
    divided run to MIN_COLUMN_CHARS characters at the median."""
    columns: list[list[int]] = [[] for _ in range(len(gutters) + 1)]
    for parts in _divided(text, gutters):
        for column, part in zip(columns, parts, strict=True):
            if part:
                column.append(len(part))
    return all(
        column and sorted(column)[len(column) // 2] >= MIN_COLUMN_CHARS for column in columns
    )


def _runs(xs: list[int]) -> list[tuple[int, int]]:
    """Runs of consecutive numbers in ``xs`` (sorted), as (first, last + 1)."""
    runs: list[tuple[int, int]] = []
    for x in xs:
        if runs and runs[-1][1] == x:
            runs[-1] = (runs[-1][0], x + 1)
        else:
            runs.append((x, x + 1))
    return runs


def _side_by_side(text: list[str], start: int, end: int) -> int:
    """How many lines divide at the strip with text on both sides."""
    count = 0
    for line in text:
        cut = _cut(line, start, end)
        count += cut is not None and bool(line[:cut].strip() and line[cut:].strip())
    return count


def _edge_bands(lines: list[str]) -> tuple[list[str], list[str], list[str]]:
    """The page's lines as its top band, body and foot band: a band of at most EDGE_BAND
    lines set apart from the body by a blank row (else empty)."""
    filled = [i for i, line in enumerate(lines) if line.strip()]
    if not filled:
        return [], lines, []
    start, stop = filled[0], filled[-1] + 1
    head_end = next((i for i in range(start, stop) if not lines[i].strip()), stop)
    if head_end - start > EDGE_BAND or head_end == stop:
        head_end = start
    foot_start = next((i + 1 for i in range(stop - 1, start - 1, -1) if not lines[i].strip()), 0)
    if stop - foot_start > EDGE_BAND or foot_start <= head_end:
        foot_start = stop
    return lines[:head_end], lines[head_end:foot_start], lines[foot_start:]


def _by_column(lines: list[str], gutters: list[tuple[int, int]]) -> Iterator[str]:
    """``lines`` read column by column, band by band between lines across a gutter."""
    band: list[list[str]] = []
    for line in lines:
        parts = _parts(line, gutters)
        if not band and not line.strip():  # a blank row above the columns
            yield line
        elif parts is None:
            yield from _columns_of(band)
            band = []
            yield line
        else:
            band.append(parts)
    yield from _columns_of(band)


def _parts(line: str, gutters: list[tuple[int, int]]) -> list[str] | None:
    """``line``'s part in each column, or None for a line printed across a gutter."""
    cuts = [_cut(line, start, end) for start, end in gutters]
    if None in cuts:
        return None
    ends = list(accumulate((c or 0 for c in cuts), max))  # left to right
    return [line[a:b].strip() for a, b in zip([0, *ends], [*ends, None], strict=True)]


def _divided(text: list[str], gutters: list[tuple[int, int]]) -> Iterator[list[str]]:
    """The parts of the lines the gutters divide (not those printed across them)."""
    for line in text:
        parts = _parts(line, gutters)
        if parts is not None:
            yield parts


def _cut(line: str, start: int, end: int) -> int | None:
    """Where ``line`` divides at the gutter ``start``..``end``: the middle of the blank
    run nearest the gutter's middle (the columns' lines come out a character or two off
    the strip, a long one reaching into it); its end when its text stops before the
    other column; None for a line printed across the gutter."""
    lo, hi, middle = max(0, start - SLACK), end + SLACK, (start + end) // 2
    if not line[lo:hi].strip():
        return middle
    gaps = [m.span() for m in _BLANKS.finditer(line) if m.end() > lo and m.start() < hi]
    if gaps:
        a, b = min(gaps, key=lambda g: abs((g[0] + g[1]) // 2 - middle))
        return (a + b) // 2
    if line[:lo].strip() and line[hi:].strip():
        return None
    return len(line) if line[:middle].strip() else 0


def _columns_of(band: list[list[str]]) -> Iterator[str]:
    """The lines of a band, each cut into its columns' parts: every part of the first
    column, then of the next."""
    for col in range(len(band[0]) if band else 0):
        column = [parts[col] for parts in band]
        while column and not column[-1]:
            column.pop()
        yield from column
