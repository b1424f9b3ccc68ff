"""The column of a table's row that a sentence tells, for comparing their figures: a
poll's row "| Okafor | 41.6 | 39.8 |" under "| Candidate | Nov. 1-4 | Oct. 4-7 |" holds
this poll's share and the last one's; the paper's "carried out between 1 and 4
November, puts Ms Okafor ... on 41 per cent" tells November's, and its 41 is compared
with 41.6 alone, never with October's 39.8 (reader.analysis.table_reading).

Of a row's columns headed by a time (a month, a year), the sentence's figures are
compared with the column of the month or year it names, else with the first (a table
puts the latest first, or the one it is about); the other columns' figures are left
out. Columns headed by no time stay."""

from __future__ import annotations

import dataclasses
import re

from reader.analysis.features import UnitFeatures
from reader.model import Span

_MONTH = re.compile(
    r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?![a-z])", re.IGNORECASE
)
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")


def _times(words: str) -> set[str]:
    """The months (three letters) and years ``words`` name."""
    return {m.group(1).lower() for m in _MONTH.finditer(words)} | set(_YEAR.findall(words))


def told_column(row: UnitFeatures, sentence: UnitFeatures) -> UnitFeatures:
    """``row``'s features with only the figures of the time column ``sentence`` tells
    (and of its columns headed by no time); ``row`` itself when it is no table row or
    has one time column at most."""
    table = row.unit.row
    if table is None or table.header:
        return row
    timed = [(span, _times(head)) for span, head in table.columns if _times(head)]
    if len(timed) < 2:
        return row
    said = _times(sentence.unit.text)
    told = [span for span, times in timed if times & said] or [timed[0][0]]
    left: list[Span] = [span for span, _ in timed if span not in told]
    numbers = [m for m in row.numbers if not any(s.contains(m.span) for s in left)]
    return dataclasses.replace(row, numbers=numbers)
