"""The name mentions inside one stretch of a document, found without reading them all.

A quotation's speaker is looked for sentence by sentence, among the names of each
sentence; filtering the article's every name for each one made a long article's
quotations take time in the square of its length (a 1,000,000-character article: 9 s
of 38 in that filter alone). A document's mentions come in text order, so the ones a
stretch holds are found by bisection on where they start (the starts worked out once a
list, for the few lists last asked about: a document's names, and the same read whole;
a list is known by its identity and length, so one changed in place at the same length
would not be noticed: the analysis builds its lists once and never changes them).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from itertools import pairwise

from reader.analysis.mention import Mention
from reader.model import Span

KEPT = 4  # lists whose starts are kept
# the lists last asked about, the latest last: each list (the object itself, kept so that
# it is the one compared), its length, and its mentions' starts (None: not in text order)
_kept: tuple[tuple[Sequence[Mention], int, list[int] | None], ...] = ()


def names_within(names: Sequence[Mention], region: Span) -> list[Mention]:
    """The mentions of ``names`` that ``region`` contains, in their order."""
    starts = _starts(names)
    if starts is None:
        return [n for n in names if region.contains(n.span)]
    out: list[Mention] = []
    for i in range(bisect_left(starts, region.start), len(names)):
        n = names[i]
        if n.span.start >= region.end:
            break
        if region.contains(n.span):
            out.append(n)
    return out


def _starts(names: Sequence[Mention]) -> list[int] | None:
    """Where the mentions of ``names`` start, when they come in text order; else None."""
    global _kept
    kept = _kept  # one read: another thread may set it meanwhile
    for listed, length, starts in kept:
        if listed is names and length == len(names):
            return starts
    found = [n.span.start for n in names]
    ordered = found if all(a <= b for a, b in pairwise(found)) else None
    _kept = (*kept, (names, len(names), ordered))[-KEPT:]
    return ordered
