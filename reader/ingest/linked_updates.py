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

from reader.ingest.linked_data import LinkedUpdate
from reader.ingest.live_blog import Update, with_updates
from reader.ingest.update_stamps import MIN_STAMPS, is_update_stamp

__all__ = ["lacks_stamps", "with_linked_updates"]

# a line of the text and an update's body are the same paragraph when one opens the other
# (an articleBody may run the update's paragraphs together, or cut the last short)
_MIN_OPENING = 20


def lacks_stamps(lines: list[str]) -> bool:
    """``lines`` hold fewer update times than a live page's."""
    return sum(map(is_update_stamp, lines)) < MIN_STAMPS


def with_linked_updates(lines: list[str], updates: tuple[LinkedUpdate, ...]) -> list[str]:
    """``lines`` (the extractor's) with each update of ``updates`` found among them
    preceded by its time, its heading put back where the extractor dropped it; ``lines``
    unchanged when ``updates`` are fewer than a live page's. When fewer than
    ``MIN_STAMPS`` are found, the lines that are no update's, then each update's time,
    heading and body as the JSON-LD gives them."""
    if len(updates) < MIN_STAMPS:
        return lines
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
