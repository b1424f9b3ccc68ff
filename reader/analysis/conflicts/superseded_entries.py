"""A figure of a live page's early entry that the page itself gives later as the other
article's: no discrepancy; a figure of an entry that still disagrees, told with its
entry's time.

A live blog's 12:40 entry says "The fire service has confirmed that nine people have
died"; its 18:05 entry, and its summary box at the top, "14". Against a wire's report
written at the end of the day ("killing 14 people"), "nine vs 14 dead" read as the two
disagreeing, though the blog gives 14 itself once the toll rose: the early figure is the
one that stood when the entry was written, as reader.analysis.conflicts.revised_figures
reads a toll revised in the next sentence. Only an entry the page wrote later than the
figure's (reader.analysis.times.entry_times: its clocks in order), or the page's top,
and only the other side's very value counting people the same befell ("dead",
"missing", "evacuated"): "11 houses had been destroyed" at 12:40 against "nine homes"
stands, told as "11 (12:40 GMT entry) vs nine": the figure as it stood at that time.
"""

from __future__ import annotations

from collections.abc import Sequence

from reader.analysis.conflicts.conflict import Conflict
from reader.analysis.features import UnitFeatures
from reader.analysis.figures.fated_counts import fated_counts
from reader.analysis.mention import Mention
from reader.analysis.times.entry_times import LiveEntries
from reader.model import DiscrepancyKind, Span

__all__ = ["entry_told", "superseded"]


def superseded(
    c: Conflict,
    i: int,
    j: int,
    feats: tuple[Sequence[UnitFeatures], Sequence[UnitFeatures]],
    entries: tuple[LiveEntries, LiveEntries],
) -> bool:
    """Count conflict ``c`` of A's sentence ``i`` and B's ``j`` is of a figure its live
    page gives later as the other side's value (``feats``: A's and B's sentences;
    ``entries``: A's and B's timed entries)."""
    if c.kind is not DiscrepancyKind.NUMBER:
        return False
    feats_a, feats_b = feats
    entries_a, entries_b = entries
    return _given_later(entries_a, feats_a, feats_a[i], c.a, c.b) or _given_later(
        entries_b, feats_b, feats_b[j], c.b, c.a
    )


def _given_later(
    entries: LiveEntries,
    feats: Sequence[UnitFeatures],
    f: UnitFeatures,
    mine: Mention,
    other: Mention,
) -> bool:
    """``mine`` (of sentence ``f``) is in an entry of ``entries``, and a sentence of
    ``feats`` written after it gives ``other``'s value counting the same."""
    entry = entries.at(mine.span.start)
    if entry is None:
        return False
    later = entries.written_after(entry)
    if not later:
        return False
    fate = fated_counts(f).get(mine.span, "")
    for g in feats:
        if not any(s.contains(g.unit.span) for s in later):
            continue
        fates = fated_counts(g)
        for m in g.numbers:
            if m.kind == "number" and m.key == other.key and _same_count(m, fates, mine, fate):
                return True
    return False


def _same_count(m: Mention, fates: dict[Span, str], mine: Mention, fate: str) -> bool:
    """``m`` counts what ``mine`` counts: people the same befell (``fate``, ``mine``'s;
    "14 people are now confirmed dead" and "nine people have died"), the counts a live
    page revises through the day. A measure told again later may tell another thing
    ("180mm of rain fell", then "up to 60mm more possible"), and is not read."""
    return bool(fate) and fates.get(m.span, "") == fate


def entry_told(c: Conflict, entries: tuple[LiveEntries, LiveEntries]) -> str:
    """``c``'s detail with the time of the live page's entry each side's figure is in
    after that figure ("11 (12:40 GMT entry) vs nine": the note travels with its value
    when the sides are swapped), as it is when neither is in one, or for a conflict of
    another kind than a count."""
    left, sep, right = c.detail.partition(" vs ")
    if c.kind is not DiscrepancyKind.NUMBER or not sep:
        return c.detail
    values = []
    for value, live, mention in ((left, entries[0], c.a), (right, entries[1], c.b)):
        entry = live.at(mention.span.start)
        values.append(value if entry is None else f"{value} ({entry.stamp} entry)")
    return " vs ".join(values)
