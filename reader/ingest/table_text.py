"""A table of figures in a page's story, read as a reader sees it.

trafilatura writes a table's rows as lines of cells ("| Okafor | 41.6 | 39.8 |"), which
the reader reads as they are. Two things of its rendering are no part of what a browser
shows:

- the table's caption, which it writes as a first row of one cell padded with empty ones
  ("| If the election were held today, for whom would you vote? | | | |"), and under it
  the line that marks a header row: the caption is the title of the table, a paragraph
  before it (``captions_before``);
- the lines it writes under a header row to mark it, as Markdown does ("|---|---|"):
  no words, they are left out (``without_rule_lines``).
"""

from __future__ import annotations

import re
from typing import Any

__all__ = ["captions_before", "without_rule_lines"]


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


def without_rule_lines(lines: list[str]) -> list[str]:
    """``lines`` without the lines marking a table's header row ("|---|---|")."""
    return [line for line in lines if not _RULE_LINE.fullmatch(line)]


# a line of a table's rendering that marks its header row: cells of dashes, colons and
# spaces only
_RULE_LINE = re.compile(r"\|(?:\s*:?-{3,}:?\s*\|)+")
