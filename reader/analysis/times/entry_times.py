"""The timed entries of a live page: each update's time ("12:40 GMT", "2.45pm", "14.32
Uhr"), a line of its own as reader.ingest.live_blog writes it, and the text up to the
next, so that a sentence's entry tells when it was written.

A live blog tells the day as it goes: its 12:40 entry says "nine people have died", its
18:05 entry "14 people are now confirmed dead". Read against a report written at the
end of the day ("killing 14 people"), the early figure is the one that stood then, not
a disagreement between the two (reader.analysis.conflicts.superseded_entries), and a
figure that still disagrees is told with the time of the entry that gives it.

The entries are ordered in time by their clocks when these run one way down the page,
newest first (the usual order) or oldest first; a page whose clocks do not (a blog of
several days, one crossing midnight, times unread) has entries but no order, and no
entry is read as written after another.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from reader.ingest.update_stamps import MIN_STAMPS, is_update_stamp
from reader.lazy_regex import LazyPattern
from reader.model import Document, Span

__all__ = ["Entry", "LiveEntries", "live_entries"]


@dataclass(frozen=True, slots=True)
class Entry:
    """One entry: its time as the page writes it, and its text from that time's line to
    the next entry's; ``order`` its place in time (0 the first written), None when the
    page's clocks give none."""

    stamp: str
    span: Span
    order: int | None


@dataclass(frozen=True, slots=True)
class LiveEntries:
    """The entries of a document, in the page's order (none when it is no live page);
    ``top`` the text before the first (its headline, standfirst and summary box, which
    a live page rewrites as the day goes on)."""

    entries: tuple[Entry, ...] = ()
    top: Span | None = None

    def at(self, offset: int) -> Entry | None:
        """The entry holding the character at ``offset``, or None."""
        return next((e for e in self.entries if e.span.start <= offset < e.span.end), None)

    def written_after(self, entry: Entry) -> list[Span]:
        """The text written after ``entry``: the later entries and the page's top, or
        nothing when the page's entries have no order."""
        if entry.order is None:
            return []
        later = [e.span for e in self.entries if e.order is not None and e.order > entry.order]
        return later if self.top is None else [self.top, *later]


# a clock time: "12:40", "12.40", "14h32", "2.45pm", "2pm", "6:40 a.m."
_CLOCK = LazyPattern(r"\b(\d{1,2})(?:[:.h]\s?(\d{2}))?\s?([ap])?\.?(?:m\b\.?)?", re.IGNORECASE)


def clock_minutes(stamp: str) -> int | None:
    """The minute of the day of the clock time in ``stamp`` ("12:40 GMT": 760, "2.45pm":
    885), or None when it writes none."""
    for m in _CLOCK.finditer(stamp):
        hour, minute, half = m.group(1), m.group(2), m.group(3)
        if minute is None and half is None:
            continue  # a day or a year, no clock
        h = int(hour)
        if half is not None:
            if not 1 <= h <= 12:
                continue
            h = h % 12 + (12 if half.lower() == "p" else 0)
        if h > 23 or (minute is not None and int(minute) > 59):
            continue
        return h * 60 + int(minute or 0)
    return None


def live_entries(doc: Document) -> LiveEntries:
    """The timed entries of ``doc``: each paragraph that is an update's time
    (reader.ingest.update_stamps) and the text up to the next; none when it holds fewer
    than ``MIN_STAMPS``."""
    stamps = [p for p in doc.paragraphs if is_update_stamp(doc.slice(p))]
    if len(stamps) < MIN_STAMPS:
        return LiveEntries()
    ends = [s.start for s in stamps[1:]] + [len(doc.text)]
    orders = _orders([clock_minutes(doc.slice(s)) for s in stamps])
    entries = tuple(
        Entry(doc.slice(s), Span(s.start, end), order)
        for s, end, order in zip(stamps, ends, orders, strict=True)
    )
    top = Span(0, stamps[0].start) if stamps[0].start > 0 else None
    return LiveEntries(entries, top)


def _orders(minutes: list[int | None]) -> list[int | None]:
    """Each entry's place in time from its clock's ``minutes``: newest first down the page
    when the clocks fall, oldest first when they rise; none when they do neither."""
    known = [m for m in minutes if m is not None]
    if len(known) < len(minutes):
        return [None] * len(minutes)
    if all(x > y for x, y in pairwise(known)):
        return list(range(len(known) - 1, -1, -1))
    if all(x < y for x, y in pairwise(known)):
        return list(range(len(known)))
    return [None] * len(minutes)
