"""Where a PDF's layout ends a paragraph that its text runs on.

pypdf's layout text prints a blank line only where two lines are twice their type's
height apart. A web page printed as a PDF sets its date line, subheading and photo
caption apart by their size of type or a smaller gap, and a text printed without a gap
between its paragraphs (a paragraph a line, as a .txt file prints) ends a paragraph only
by leaving the rest of its last line empty. Read as text, each such run of lines would be
one paragraph: "Posted on : 2024-06-20 17:30 KST North Korea and Russia forged a new
level of ties ... (AFP/Yonhap) North Korean leader ...".

So a page is laid out by pypdf's own layout steps once, for its text and for where each
line of it is printed (its baseline, the height of most of its characters, its left and
right ends), and a blank line is put after a line that ends a paragraph by its layout:

- the next line is printed in another size of type (a headline, a date line or a
  caption in smaller type);
- the gap to the next line is wider than the page's line spacing for its type;
- the line left room, as printed, for the next line's first word (a line breaks early
  only where its paragraph ends), measured against the widest line that starts where
  it starts (a quotation set in, a centred headline keep their lines).

A page printed in columns is left as its text is (a row holds a line of each column).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import TYPE_CHECKING

from reader.ingest.line_joins import WORD_CUT
from reader.ingest.pdf_columns import in_columns

if TYPE_CHECKING:
    from pypdf import PageObject
    from pypdf._text_extraction._layout_mode._fixed_width_page import BTGroup

OTHER_TYPE = 0.08
"""Share of its height by which a line's type differs from the next one's, at least, for
the two to be printed in other sizes of type (11 and 12 points differ by 8%)."""

WIDER_GAP = 0.3
"""Share of the type's height by which a gap between lines is wider than the page's line
spacing, at least, to set a paragraph apart (a browser's paragraph margin is one or half
a line; a superscript widens its line by less)."""

SAME_START = 0.25
"""Share of the type's height within which two lines start at the same place."""

WORD_ROOM = 1.5
"""Letters' widths a line leaves free, past the next line's first word, to have left room
for it: a letter taken as wide as the next line's printed width over its letters (its
spaces, narrower, not counted), the space before the word as wide as a letter. Measured
on 40 ECB+ articles printed in Qt without gaps between paragraphs, in a column of 16 cm
and of 7 (4,250 line ends): no line end inside a paragraph left more than half a letter
over; 1,535 of the 1,780 paragraph ends left more (and 145 less but still room)."""

_CONTROLS = str.maketrans(dict.fromkeys(range(14, 32), " "))  # as pypdf prints them


@dataclass(frozen=True, slots=True)
class PrintedLine:
    """Where a line of a page's text is printed, in the page's units: its baseline's
    distance down the page, the height of most of its characters and its left and right
    ends."""

    baseline: float
    height: float
    left: float
    right: float


@dataclass(frozen=True, slots=True)
class LaidOutPage:
    """A page's layout text (as pypdf's ``extract_text(extraction_mode="layout")`` gives
    it) and where each of its lines with characters is printed, in order."""

    text: str
    lines: tuple[PrintedLine, ...]


def laid_out(page: PageObject) -> LaidOutPage | None:
    """The page's layout text and its lines' places, by pypdf's layout steps; None when
    they cannot be had this way (a damaged page, a pypdf whose layout steps changed):
    the caller then asks pypdf for the text alone."""
    try:
        return _laid_out(page)
    except Exception:  # a damaged page or another pypdf: its text is asked for again
        return None


def _laid_out(page: PageObject) -> LaidOutPage | None:
    from pypdf._text_extraction import _layout_mode as layout
    from pypdf.generic import ArrayObject, ContentStream, StreamObject

    fonts = page._layout_mode_fonts()
    contents = page.get("/Contents")
    contents = contents.get_object() if contents is not None else None
    if not isinstance(contents, ArrayObject | StreamObject):
        return LaidOutPage("", ())
    ops = iter(ContentStream(contents, page.pdf, "bytes").operations)
    shown = layout.text_show_operations(ops, fonts, True, None)
    if not shown:
        return LaidOutPage("", ())
    rows = layout.y_coordinate_groups(shown, None)
    text = layout.fixed_width_page(rows, layout.fixed_char_width(shown, 1.25), True, 1)
    lines = tuple(
        _printed(y, row)
        for y, row in rows.items()
        if "".join(part["text"] for part in row).translate(_CONTROLS).strip()
    )
    if len(lines) != sum(1 for line in text.split("\n") if line.strip()):
        return None  # the lines are not those of the text: pypdf prints them otherwise
    return LaidOutPage(text, lines)


def _printed(y: int, row: Sequence[BTGroup]) -> PrintedLine:
    heights: Counter[float] = Counter()
    for part in row:
        heights[round(part["font_height"], 1)] += len(part["text"].strip())
    return PrintedLine(
        baseline=-float(y),
        height=heights.most_common(1)[0][0],
        left=min(part["tx"] for part in row),
        right=max(part["displaced_tx"] for part in row),
    )


def with_layout_breaks(page: LaidOutPage) -> str:
    """The page's text with a blank line after each line that ends a paragraph by its
    layout (the module's doc says how); as it is when its lines' places are unknown or
    the page is printed in columns."""
    rows = page.text.split("\n")
    filled = [i for i, row in enumerate(rows) if row.strip()]
    if len(filled) != len(page.lines) or in_columns(page.text):
        return page.text
    apart = [b - a > 1 for a, b in pairwise(filled)]
    ends = {filled[k] for k in paragraph_ends([rows[i] for i in filled], page.lines, apart)}
    out: list[str] = []
    for i, row in enumerate(rows):
        out.append(row)
        if i in ends:
            out.append("")
    return "\n".join(out)


def paragraph_ends(
    texts: Sequence[str], lines: Sequence[PrintedLine], apart: Sequence[bool]
) -> set[int]:
    """The indexes of the lines (``texts``, printed at ``lines``) that end a paragraph by
    their layout, among those not already ``apart`` from the next by a blank line."""
    spacing = _line_spacing(lines, apart)
    by_type_or_gap = {
        k
        for k, (a, b) in enumerate(pairwise(lines))
        if not apart[k] and (_other_type(a, b) or _wider_gap(a, b, spacing))
    }
    ends = set(by_type_or_gap)
    run: list[int] = []  # lines in one type, no gap between them
    for k in range(len(lines)):
        run.append(k)
        if k in by_type_or_gap or k == len(lines) - 1 or apart[k]:
            ends |= _left_room(texts, lines, run)
            run = []
    return ends


def _other_type(a: PrintedLine, b: PrintedLine) -> bool:
    return abs(a.height - b.height) > OTHER_TYPE * max(a.height, b.height)


def _wider_gap(a: PrintedLine, b: PrintedLine, spacing: dict[float, float]) -> bool:
    usual = spacing.get(a.height)
    return usual is not None and b.baseline - a.baseline > usual + WIDER_GAP * a.height


def _line_spacing(lines: Sequence[PrintedLine], apart: Sequence[bool]) -> dict[float, float]:
    """The page's line spacing for each height of type: the gap that a fifth of the gaps
    between two lines of it, next to each other, are narrower than (two gaps at least)."""
    gaps: dict[float, list[float]] = {}
    for k, (a, b) in enumerate(pairwise(lines)):
        if not apart[k] and a.height == b.height and a.height > 0:
            gaps.setdefault(a.height, []).append(b.baseline - a.baseline)
    return {h: sorted(g)[len(g) // 5] for h, g in gaps.items() if len(g) >= 2}


def _left_room(texts: Sequence[str], lines: Sequence[PrintedLine], run: list[int]) -> set[int]:
    """The lines of ``run`` (a run of lines in one type, no gap between them) that left
    room for the next one's first word, as printed."""
    ends: set[int] = set()
    for k, n in pairwise(run):
        line, after = lines[k], lines[n]
        peers = [
            lines[j] for j in run if abs(lines[j].left - line.left) <= SAME_START * line.height
        ]
        width = max(peer.right for peer in peers)
        if WORD_CUT.search(texts[k].rstrip()) or line.right >= width:
            continue
        words = _SPACES.split(texts[n].strip())
        per_letter = (after.right - after.left) / max(1, len("".join(words)))
        if line.right + (len(words[0]) + WORD_ROOM) * per_letter < width:
            ends.add(k)
    return ends


_SPACES = re.compile(r"\s+")
