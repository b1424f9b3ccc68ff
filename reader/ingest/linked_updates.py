"""A live page's update times and headings put back from its JSON-LD.

CNN's and Reuters' live pages write each update's time with JavaScript (an empty
``<div data-ts=...>`` in the saved page) and keep the update's heading in a ``<header>``
the extractor drops with it: the reader found the updates run together, with no times and
most headings gone. The page's schema.org LiveBlogPosting lists the same updates
(``liveBlogUpdate``: headline, datePublished, articleBody; reader.ingest.linked_data). Each
update the extractor kept gets its time before it and its heading back, in the order the
text holds them, as update_stamps puts back the times a page writes; when the extractor
kept fewer than ``MIN_STAMPS`` of them, the updates are read from the JSON-LD instead, as
live_blog reads those of a page with ``<time>`` elements.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from reader.ingest.date_lines import clock_zones, is_date_line
from reader.ingest.linked_data import LinkedUpdate
from reader.ingest.live_blog import Update, with_updates
from reader.ingest.update_stamps import MIN_STAMPS, is_update_stamp
from reader.ingest.zoned_times import in_written_zone, zoned_clock

__all__ = ["lacks_stamps", "page_zones", "with_linked_updates"]

# a line of the text and an update's body are the same paragraph when one opens the other
# (an articleBody may run the update's paragraphs together, or cut the last short)
_MIN_OPENING = 20


def lacks_stamps(lines: list[str]) -> bool:
    """``lines`` hold fewer update times than a live page's."""
    return sum(map(is_update_stamp, lines)) < MIN_STAMPS


def page_zones(blocks: Sequence[str]) -> tuple[str, ...]:
    """The zones the page writes its own times in (date_lines.clock_zones), read from its
    date lines and stamps among ``blocks`` ("Updated 5:41 AM EDT, Wed June 19, 2024",
    "Stand: 20.06.2024, 00:45 Uhr (MESZ)"), not from its prose."""
    stamps = (b for b in blocks if is_date_line(b) or is_update_stamp(b))
    return tuple(clock_zones("\n".join(stamps)))


def with_linked_updates(
    lines: list[str], updates: tuple[LinkedUpdate, ...], zones: Sequence[str] = ()
) -> list[str]:
    """``lines`` (the extractor's) with each update of ``updates`` found among them
    preceded by its time, its heading put back where the extractor dropped it; ``lines``
    unchanged when ``updates`` are fewer than a live page's. When fewer than
    ``MIN_STAMPS`` are found, the lines that are no update's, then each update's time,
    heading and body as the JSON-LD gives them. The times are in the ``zones`` the page
    writes its own in ("05:41 EDT", not "09:41 UTC", beside "Updated 5:41 AM EDT"), when
    it writes any (see ``page_zones``)."""
    if len(updates) < MIN_STAMPS:
        return lines
    updates = tuple(_in_zones(update, zones) for update in updates)
    starts: dict[int, LinkedUpdate] = {}
    for update in updates:
        at = _start(lines, update)
        if at is not None:
            starts.setdefault(at, update)
    if len(starts) < MIN_STAMPS:
        return with_updates(lines, list(map(_as_update, updates, _times(updates))))
    times = dict(zip(sorted(starts), _times([starts[i] for i in sorted(starts)]), strict=True))
    out: list[str] = []
    for i, line in enumerate(lines):
        start = starts.get(i)
        if start is not None:
            out.append(times[i])
            if start.headline and line != start.headline:
                out.append(start.headline)
        out.append(line)
    return out


def _times(updates: Sequence[LinkedUpdate]) -> list[str]:
    """The time line of each of ``updates`` (in the order the reader sees them): on updates
    of more than one day (a live page running past midnight), the day before the time on
    the first and wherever it changes ("2024-06-20 00:15 UTC+2", then "23:40 UTC+2" of
    the day before is "2024-06-19 23:40 UTC+2")."""
    if len({u.day for u in updates if u.day}) < 2:
        return [u.time for u in updates]
    out = []
    shown = None
    for update in updates:
        new_day = update.day is not None and update.day != shown
        out.append(f"{update.day} {update.time}" if new_day else update.time)
        shown = update.day or shown
    return out


def _start(lines: list[str], update: LinkedUpdate) -> int | None:
    """Where ``update`` begins among ``lines``: its heading, else its first paragraph."""
    if update.headline and update.headline in lines:
        return lines.index(update.headline)
    if not update.body:
        return None
    first = update.body[0]
    return next(
        (
            i
            for i, line in enumerate(lines)
            if len(line) >= _MIN_OPENING and (first.startswith(line) or line.startswith(first))
        ),
        None,
    )


def _as_update(update: LinkedUpdate, time: str) -> Update:
    heading = (update.headline,) if update.headline else ()
    return Update(time=time, lines=(*heading, *update.body))


def _in_zones(update: LinkedUpdate, zones: Sequence[str]) -> LinkedUpdate:
    """``update`` with its time and day in the zone the page writes (zoned_times)."""
    if update.when is None or not zones:
        return update
    day = in_written_zone(update.when, zones).date().isoformat()
    return replace(update, time=zoned_clock(update.when, zones), day=day)
