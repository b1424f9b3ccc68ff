"""The two articles' headlines, linked to each other when they tell one fact.

A headline tells in a few words what the lead tells in full, so its best partner in the
other article is that article's lead, and the other's headline, telling the fact in as
few words and other ones, comes after the lead in its row. Link selection (``select``)
asks a pair in the middle band to be among the ``top_k`` (two, with the sentence model)
best of its row and its column, so the lead and one body sentence sharing a word or two
put the other headline out: "Flash floods kill at least 23 in Mill Creek as Pecan River
tops its banks" (its row: B's lead 0.57, a sentence on the town's 1987 flood 0.28) lost
"Texas flood death toll rises to 25 as search for missing campers goes on" (0.27), which
was listed as only in B, though the two tell the one toll.

So the two headlines are ranked as any pair is, but the other article's lead (the unit
after its headline) is left out of each headline's rank: it is expected to outrank the
other headline, telling the same fact in full. The floor (absolute evidence) and the
ratio to the weaker side's best (relative evidence, the lead counted) hold as for any
link. A headline keeps its links to the other's lead and sentences: a sentence may have
several partners. Two headlines telling different facts stay apart: under the floor, or
with a sentence of the other article telling one's fact far better (outside the ratio),
or with two of its sentences besides the lead ranking above the other headline.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from reader.analysis.linking.select import Link
from reader.analysis.linking.select_params import SelectParams
from reader.analysis.units import Unit
from reader.model import Document

__all__ = ["HeadlinePair", "headline_pair", "headline_unit"]


def headline_unit(doc: Document, units: Sequence[Unit]) -> int | None:
    """The index of the unit that is ``doc``'s headline: its first unit, when its words
    are the article's title (a page's headline, a text's first line) whole; None when the
    article has no title of its own (a text named by its file) or the title is cut into
    several units."""
    if not units or not doc.title.strip():
        return None
    first = units[0]
    return first.index if first.text.split() == doc.title.split() else None


class HeadlinePair:
    """A's headline ``i`` and B's headline ``j``: collects A's headline's row and B's
    headline's column of the (contextual) similarity matrix as it passes in blocks of
    rows, then tells whether the two are linked."""

    def __init__(self, i: int, j: int, n_a: int, n_b: int) -> None:
        self.i, self.j = i, j
        self.row = np.zeros(n_b, dtype=np.float32)
        self.col = np.zeros(n_a, dtype=np.float32)

    def add_block(self, start: int, block: np.ndarray) -> None:
        """Rows ``start .. start + len(block)`` of the contextual matrix."""
        self.col[start : start + len(block)] = block[:, self.j]
        if start <= self.i < start + len(block):
            self.row[:] = block[self.i - start]

    def link(self, p: SelectParams) -> Link | None:
        """The two headlines' link, when their pair reaches the floor, lies within
        ``p.ratio`` of the weaker side's best and is among the ``p.top_k`` best of its row
        and its column, the other article's lead (the unit after its headline) left out."""
        score = float(self.row[self.j])
        best = min(float(self.row.max()), float(self.col.max()))
        if score < p.floor or score < p.ratio * best:
            return None
        if _rank(self.row, score, self.j + 1) >= p.top_k:
            return None
        if _rank(self.col, score, self.i + 1) >= p.top_k:
            return None
        return Link(self.i, self.j, score)


def _rank(values: np.ndarray, score: float, lead: int) -> int:
    """How many of ``values`` but the one at ``lead`` score above ``score``."""
    above = values > score
    if lead < len(values):
        above[lead] = False
    return int(above.sum())


def headline_pair(
    docs: tuple[Document, Document], units: tuple[Sequence[Unit], Sequence[Unit]]
) -> HeadlinePair | None:
    """The pair of the two articles' headlines, when each has one."""
    i, j = headline_unit(docs[0], units[0]), headline_unit(docs[1], units[1])
    if i is None or j is None:
        return None
    return HeadlinePair(i, j, len(units[0]), len(units[1]))
