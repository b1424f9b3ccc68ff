"""A time told to the minute and one told roughly around it, in linked sentences: one
moment. "The 20-metre boat overturned at 02:50 local time" and "The boat overturned
shortly before 3am" tell one capsizing; the two clock times share no key, so no Numbers
match joined them. A time told with "shortly before", "shortly after" or "about" (a
window of at most an hour and a half: reader.analysis.times.clock_times) holds a time
told exactly, in the same zone or both in none, within it: a rough Numbers match "02:50
≈ 3am (rounded)", as a figure told rounded is (reader.analysis.figures.rounded_partners).
An open bound ("before 3am", "after midnight") holds too much to be one moment; two
times told roughly are left alone; a time outside the window is reader.analysis
.conflicts.told_times's to judge."""

from __future__ import annotations

from collections.abc import Collection, Iterator

from reader.analysis.features import UnitFeatures
from reader.analysis.figures.linked_figures import LinkedSentences, each_way
from reader.analysis.figures.rounded_partners import ROUNDED
from reader.analysis.mention import Mention
from reader.analysis.times.clock_times import ClockTime, Reading, clock_times
from reader.model import Span

__all__ = ["bounded_partners"]

_WIDEST = 90  # minutes a rough time's window spans at most ("shortly before 3am": 45)
_EXACT = 10  # minutes an exact time's window spans at most ("02:50": 4)


def bounded_partners(linked: LinkedSentences) -> Iterator[tuple[Mention, Mention, str]]:
    """Each time told exactly and a time told roughly around it, in linked sentences of
    A and B, neither already matched, with the evidence saying so."""
    return each_way(linked, _within)


def _within(
    f: UnitFeatures, g: UnitFeatures, taken: Collection[Span]
) -> Iterator[tuple[Mention, Mention, str]]:
    """Each time of ``f`` told exactly with a time of ``g`` (not ``taken``) told roughly
    around it."""
    exact = [(t, m) for t in clock_times(f) if (m := _time_of(f, t)) is not None and _exact(f, t)]
    if not exact:
        return
    for y in clock_times(g):
        my = _time_of(g, y)
        if my is None or my.span in taken or _exact(g, y):
            continue
        windows = [r for r in y.readings if _narrow(r, _WIDEST)]
        for x, mx in exact:
            if any(_holds(w, r) for w in windows for r in x.readings):
                yield mx, my, ROUNDED


def _time_of(f: UnitFeatures, t: ClockTime) -> Mention | None:
    """The time mention of ``f`` clock time ``t`` tells ("3am" of "shortly before 3am")."""
    start = f.unit.span.start + t.at
    return next((m for m in f.numbers if m.kind == "time" and m.span.start == start), None)


def _exact(f: UnitFeatures, t: ClockTime) -> bool:
    """Clock time ``t`` of ``f`` is told with no bound word before it."""
    return t.mention.span.start == f.unit.span.start + t.at


def _narrow(r: Reading, width: int) -> bool:
    """Window ``r`` spans at most ``width`` minutes, within one day."""
    return r.low <= r.high and r.high - r.low <= width


def _holds(window: Reading, r: Reading) -> bool:
    """Reading ``r`` of a time told exactly lies within ``window``, in its zone."""
    return (
        _narrow(r, _EXACT)
        and r.zone == window.zone
        and window.low <= r.low
        and r.high <= window.high
    )
