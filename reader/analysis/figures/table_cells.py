"""The figures of a table's cells read with their column (reader.analysis
.table_reading): a figure alone in a cell of a column of shares (its header cell, or the
table's title, telling "%": "(likely voters, %)") is a percentage, "41.6" of "| Okafor |
41.6 |" as "41.6%"; one under a header of words counts what they say, "12" under "Dead"
as "12 dead", "40" under "Injured" as "40 injured" (``column_of``: what befell those
it counts is read from them, reader.analysis.figures.fated_counts)."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from reader.analysis.features import UnitFeatures
from reader.analysis.mention import Mention
from reader.analysis.words.stems import stem

__all__ = ["column_of", "read_table_cells"]

# a header cell of one or two words, which a figure under it counts ("Dead", "Injured",
# "Seats won"); not a time ("Nov. 1-4"), nor a change ("+/-")
_COUNTED = re.compile(r"[^\W\d_]+(?: [^\W\d_]+)?")


def column_of(f: UnitFeatures, m: Mention) -> str:
    """The header cell of the column of figure ``m`` of the table row ``f``, '' when it
    is no row's or its column's header is not words of a count."""
    row = f.unit.row
    if row is None:
        return ""
    for cell, head in row.columns:
        if cell.contains(m.span):
            return head if _COUNTED.fullmatch(head) else ""
    return ""


def read_table_cells(feats: Sequence[UnitFeatures]) -> None:
    """Each figure of a table's cell among ``feats`` read with its column, in place: of
    a share column, a percentage; under words of a count, counting their last word."""
    for f in feats:
        row = f.unit.row
        if row is None or row.header:
            continue
        numbers = []
        for m in f.numbers:
            if m.key.startswith("num:") and any(c.contains(m.span) for c in row.percent):
                m = dataclasses.replace(m, key="pct:" + m.key[4:], unit_word="percent")
            elif m.key.startswith("num:") and not m.unit_word and (head := column_of(f, m)):
                m = dataclasses.replace(m, unit_word=stem(head.split()[-1].lower()))
            numbers.append(m)
        f.numbers = numbers
