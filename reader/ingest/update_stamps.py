"""The times of a live page's updates written as text: a line holding a clock time and no
more than a date and the small words around it ("14:32", "12.12.2023 • 14:32 Uhr",
"14 h 32", "a las 14:32", "11.32 GMT").

A live ticker that writes its times without a ``<time>`` element (reader.ingest.live_blog
reads those that have one) may lose them to the extractor: trafilatura drops a ``<div>``
holding only "12.12.2023 • 14:32 Uhr", and the updates ran together, a heading the only
sign of where one ended. ``with_stamps`` puts each time back before the line it stood
before on the page.
"""

from __future__ import annotations

import re
from itertools import islice, pairwise

from reader.ingest.date_lines import is_date_line
from reader.ingest.stamp_words import PUBLISHED, UPDATED
from reader.lazy_regex import LazyPattern

__all__ = ["MIN_STAMPS", "is_update_stamp", "may_hold_stamps", "with_stamps"]

MIN_STAMPS = 3
"""Fewer stamps put back than this leave the extractor's lines as they are: a story may
hold a time alone on a line, a live page holds many."""

# a clock time: "14:32", "14.32" (not the "12.12" of "12.12.2023"), "14h32", "14 h 32",
# "6:40 a.m.", "2pm"
_CLOCK = LazyPattern(
    r"\b\d{1,2}(?::\d{2}|\.\d{2}(?![.\d])|\s?h\s?\d{2})\b"
    r"|\b\d{1,2}(?::\d{2})?\s?[ap]\.?m\b",
    re.IGNORECASE,
)
# "Stand: 12.12.2023 14:32 Uhr", "Updated 14:32": the page's own date, not an update's
_LABEL = LazyPattern(rf"\b(?:{PUBLISHED}|{UPDATED})\b", re.IGNORECASE)
_STAMP_CHARS = 40


def is_update_stamp(line: str) -> bool:
    """True when ``line`` is an update's time as a live page writes it: a clock time, with
    at most a weekday, a date, a time zone and the small words around them; not the page's
    own "Updated" or "Stand:" line."""
    return (
        len(line) <= _STAMP_CHARS
        and _CLOCK.search(line) is not None
        and _LABEL.search(line) is None
        and is_date_line(line)
    )


def may_hold_stamps(html: str) -> bool:
    """False when ``html`` holds fewer clock times than a live page's updates (most pages:
    no second reading)."""
    return next(islice(_CLOCK.finditer(html), MIN_STAMPS - 1, None), None) is not None


def with_stamps(lines: list[str], page_lines: list[str]) -> list[str]:
    """``lines`` (the extractor's) with the update stamps of ``page_lines`` (the page's
    blocks in order, one a line) each put back before the line it stands before on the
    page, where the extractor dropped it; ``lines`` unchanged when fewer than
    ``MIN_STAMPS`` are put back."""
    out = list(lines)
    at = put = 0
    for stamp, follower in _stamped(page_lines):
        try:
            i = out.index(follower, at)
        except ValueError:
            continue
        if i == 0 or not is_update_stamp(out[i - 1]):
            out.insert(i, stamp)
            i += 1
            put += 1
        at = i + 1
    return out if put >= MIN_STAMPS else lines


def _stamped(page_lines: list[str]) -> list[tuple[str, str]]:
    """Each update stamp of ``page_lines`` and the line after it (the update's heading or
    first paragraph)."""
    return [
        (line, after)
        for line, after in pairwise(page_lines)
        if is_update_stamp(line) and not is_update_stamp(after)
    ]
