"""The updates of a live blog, each with the time the page gives it, in the page's order.

A live page ("Storm Isha: live updates") writes each update as an ``<article>``, or a
``<div class="live-blog-post">`` and the like, with a ``<time datetime=...>`` of its own.
trafilatura reads such a page as one story and drops the times (it deletes ``<time>``
elements and an update's ``<header>``), or takes the first ``<article>`` for the story
and keeps one update: the reader saw the updates run together, without their times, or
only one. Here the updates are read with ``html.parser`` (standard library), each one's
time a line of its own before its text (reader.ingest.html puts them together).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

from reader.ingest.block_breaks import BLOCK_TAGS
from reader.ingest.date_lines import clock_zones, names_zone
from reader.ingest.normalize import clean
from reader.ingest.page_titles import one_line
from reader.ingest.page_tree import is_share_label, names_sharing
from reader.ingest.update_stamps import is_update_stamp
from reader.ingest.zoned_times import moment, zoned_clock
from reader.lazy_regex import LazyPattern

__all__ = ["Update", "live_updates", "with_updates"]


@dataclass(frozen=True, slots=True)
class Update:
    """One update of a live blog: its time as the page writes it, and its lines; ``aside``
    the words the page shows with its time that are no line of it (a relative time,
    "vor 2 Stunden"), which the extractor may have kept."""

    time: str
    lines: tuple[str, ...]
    aside: tuple[str, ...] = ()


# An element holding one update: an <article>, or a block one of whose classes names one
# ("live-blog-post", "c-liveblog-update", "lx-stream-post", the Guardian's "block"); not
# its parts ("live-blog-post__meta").
_UPDATE_CLASS = LazyPattern(
    r"(?:[a-z0-9]+[-_]+)*live[-_]*(?:blog[-_]*)?(?:post|update|entry|event)s?"
    r"|lx-stream-post|block",
    re.IGNORECASE,
)
_UPDATE_BLOCK_TAGS = frozenset({"div", "section", "li"})
# Readers' comments (WordPress writes each as an <article> with a <time>) are no updates,
# nor is anything in a comment section. (A page's own classes, "comments-open" on <body>,
# say nothing of where the comments are.)
_COMMENT = LazyPattern(r"comment", re.IGNORECASE)
_PAGE_TAGS = frozenset({"html", "body", "main"})
_HIDDEN_CLASS = LazyPattern(r"sr-only|visually-?hidden|screen-reader-text", re.IGNORECASE)
# Never an update's text: what html.py skips, and what trafilatura leaves out around a
# story (sidebars, share buttons, forms).
_SKIP_TAGS = """
    script style noscript template svg math iframe object embed canvas head select button
    textarea nav menu footer aside form
"""
_SKIP = frozenset(_SKIP_TAGS.split())
_VOID_TAGS = "area base br col embed hr img input link meta param source track wbr"
_VOID = frozenset(_VOID_TAGS.split())
_HEADINGS = frozenset({"h2", "h3", "h4", "h5"})
# A <p> ends where another block begins, though the page does not close it.
_CLOSES_P = BLOCK_TAGS - {"br", "hr"}
# A relative time ("2 hours ago", "5m", "vor 2 Stunden", "il y a 2 heures", "hace 2
# horas", "2 ore fa", "há 2 horas") says nothing once the page is saved: the clock time
# the page writes beside it, else that of its datetime attribute, is written instead.
_RELATIVE = LazyPattern(
    r"\b(?:ago|fa)\b|\b(?:vor|hace|há)\s+\d|\bil\s+y\s+a\b"
    r"|^\s*\d+\s*(?:[smhd]|min|mins|hrs?|std)\.?\s*$",
    re.IGNORECASE,
)
_CLOCK = LazyPattern(r"T(\d{2}):(\d{2})")
_DIGIT = LazyPattern(r"\d")
_DATED_TIME = LazyPattern(r"<time\b[^<>]*\bdatetime\s*=", re.IGNORECASE)

MIN_UPDATES = 3
"""A page with fewer updates than this is read as any page (two dated blocks may be a
story and its correction)."""
_TEASER_CHARS = 600
_LIVE_SHARE = 0.5
"""The part of the page's text its updates must hold: a story with a list of dated
teasers or comments after it is no live blog."""


@dataclass(slots=True)
class _Candidate:
    parent: int | None
    times: list[str] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)
    buffer: list[str] = field(default_factory=list)
    paragraphs: int = 0
    linked_heading: bool = False
    chars: int = 0
    # the first time was read from its datetime attribute, the page writing none
    # or a relative one
    time_unwritten: bool = False
    # that time's datetime attribute ("2024-04-03T06:05:00+08:00")
    datetime: str = ""
    relative: list[str] = field(default_factory=list)

    def flush(self) -> None:
        line = one_line(clean("".join(self.buffer)))
        self.buffer.clear()
        if line:
            self.lines.append(line)

    def is_teaser(self) -> bool:
        """A card of another story, as page_tree reads one: a linked heading,
        a paragraph at most, short."""
        return self.linked_heading and self.paragraphs < 2 and self.chars < _TEASER_CHARS


class _UpdateFinder(HTMLParser):
    """The candidate updates of a page and the number of characters it shows."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.candidates: list[_Candidate] = []
        self.shown_chars = 0
        # open elements: (tag, index of the candidate it opens or None, a comment section)
        self._stack: list[tuple[str, int | None, bool]] = []
        self._comment_depth = 0
        self._skip_depth = 0
        self._time: list[str] | None = None
        self._time_datetime = ""
        self._heading_depth = 0
        self._link_depth = 0

    def _innermost_index(self) -> int | None:
        for _, index, _ in reversed(self._stack):
            if index is not None:
                return index
        return None

    def _innermost(self) -> _Candidate | None:
        index = self._innermost_index()
        return None if index is None else self.candidates[index]

    def _is_candidate(self, tag: str, attrs: dict[str, str]) -> bool:
        return tag == "article" or (
            tag in _UPDATE_BLOCK_TAGS
            and any(_UPDATE_CLASS.fullmatch(c) for c in attrs.get("class", "").split())
        )

    def _is_share_bar(self, tag: str, attrs: dict[str, str]) -> bool:
        """A share bar or button in an update ("Share on Facebook", "Copy link"); an
        update itself is read, whatever its class."""
        if self._is_candidate(tag, attrs):
            return False
        return is_share_label(attrs.get("aria-label", "")) or names_sharing(
            tag, attrs.get("class", ""), attrs.get("id", "")
        )

    def handle_starttag(self, tag: str, attr_list: list[tuple[str, str | None]]) -> None:
        attrs = {k: v or "" for k, v in attr_list}
        if tag in _VOID:
            self.handle_startendtag(tag, attr_list)
            return
        if tag in _CLOSES_P and self._stack and self._stack[-1][0] == "p":
            self._pop_to(len(self._stack) - 1)
        if tag == "li":
            self._close_open_item()
        hidden = "hidden" in attrs or _HIDDEN_CLASS.search(attrs.get("class", ""))
        if self._skip_depth or tag in _SKIP or hidden or self._is_share_bar(tag, attrs):
            self._skip_depth += 1
            self._stack.append((tag, None, False))
            return
        names = attrs.get("class", "") + " " + attrs.get("id", "")
        comment = tag not in _PAGE_TAGS and _COMMENT.search(names) is not None
        self._comment_depth += comment
        index: int | None = None
        if not self._comment_depth and self._is_candidate(tag, attrs):
            parent = self._innermost_index()
            if parent is not None:
                self.candidates[parent].flush()
            index = len(self.candidates)
            self.candidates.append(_Candidate(parent=parent))
        self._stack.append((tag, index, comment))
        here = self._innermost()
        if tag == "time" and here is not None and attrs.get("datetime"):
            self._time, self._time_datetime = [], attrs["datetime"]
        if tag in _HEADINGS:
            self._heading_depth += 1
            linked = self._link_depth > 0
        elif tag == "a":
            self._link_depth += 1
            # a link to the update itself ("#post-7") leads to no other story
            linked = self._heading_depth > 0 and not attrs.get("href", "").startswith("#")
        else:
            linked = False
        if here is not None and linked:
            here.linked_heading = True
        if tag == "p" and here is not None:
            here.paragraphs += 1
        if tag in BLOCK_TAGS and here is not None:
            here.flush()

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        here = self._innermost()
        if tag in BLOCK_TAGS and here is not None and not self._skip_depth:
            here.flush()

    def handle_endtag(self, tag: str) -> None:
        for depth in range(len(self._stack) - 1, -1, -1):
            if self._stack[depth][0] == tag:
                self._pop_to(depth)
                return

    def _close_open_item(self) -> None:
        """A new <li> closes the item before it in the same list."""
        for depth in range(len(self._stack) - 1, -1, -1):
            tag = self._stack[depth][0]
            if tag in ("ul", "ol"):
                return
            if tag == "li":
                self._pop_to(depth)
                return

    def _pop_to(self, depth: int) -> None:
        """Close the elements open from ``depth`` on."""
        while len(self._stack) > depth:
            tag, index, comment = self._stack.pop()
            if self._skip_depth:
                self._skip_depth -= 1
                continue
            self._comment_depth -= comment
            here = self._innermost() if index is None else self.candidates[index]
            if tag == "time" and self._time is not None:
                if here is not None:
                    shown = one_line(clean("".join(self._time)))
                    text, written = _time_line(shown, self._time_datetime)
                    if not here.times and not written:
                        here.time_unwritten = True
                        here.datetime = self._time_datetime
                    here.times.append(text)
                    if shown and not written:
                        here.relative.append(shown)
                self._time = None
            elif tag in _HEADINGS:
                self._heading_depth = max(0, self._heading_depth - 1)
            elif tag == "a":
                self._link_depth = max(0, self._link_depth - 1)
            if here is not None and (tag in BLOCK_TAGS or index is not None):
                here.flush()

    def handle_data(self, data: str) -> None:
        if self._skip_depth:
            return
        self.shown_chars += len(data.strip())
        if self._time is not None:
            self._time.append(data)
            return
        here = self._innermost()
        if here is not None:
            here.buffer.append(data.replace("\n", " "))
            here.chars += len(data.strip())


def _time_line(text: str, datetime: str) -> tuple[str, bool]:
    """An update's time as the page writes it in ``text`` ("10:42 GMT") and True, or the
    clock time of its datetime attribute and False when the page writes none or a
    relative one ("2 hours ago")."""
    if text and _DIGIT.search(text) and not _RELATIVE.search(text):
        return text, True
    clock = _CLOCK.search(datetime)
    return (f"{clock.group(1)}:{clock.group(2)}" if clock else text), False


def _update(candidate: _Candidate, zones: tuple[str, ...] | None) -> Update:
    """The update ``candidate`` holds: its time, then its lines (its heading first). The
    clock time the page writes beside a relative time ("3h ago 14.32 GMT", the Guardian's)
    is the update's time, not a line of its own before its heading. A time the page does
    not write is its datetime attribute's clock, with a zone when the page's times have
    ``zones`` (see ``_zones``): the one the page writes ("10:42 GMT" among "10:15 GMT"),
    else the attribute's ("06:05 UTC+8", where the page writes none)."""
    time, lines = candidate.times[0], candidate.lines
    relative = list(candidate.relative)
    if _written_stamp(candidate) is not None:
        time, lines = lines[0], lines[1:]
    elif candidate.time_unwritten and zones is not None:
        when = moment(candidate.datetime)
        time = zoned_clock(when, zones) if when is not None else time
    elif lines and _is_relative_line(lines[0]):
        # "18:05 GMT" in its <time>, "1h ago" beside it: the time the page writes stands
        relative.append(lines[0])
        lines = lines[1:]
    return Update(time=time, lines=tuple(lines), aside=tuple(relative))


_RELATIVE_CHARS = 24


def _is_relative_line(line: str) -> bool:
    """``line`` is a relative time alone ("1h ago", "vor 2 Stunden", "5m")."""
    return len(line) <= _RELATIVE_CHARS and _RELATIVE.search(line) is not None


def _written_stamp(candidate: _Candidate) -> str | None:
    """The time the page writes beside the relative one of ``candidate`` (its first line),
    or None."""
    lines = candidate.lines
    if candidate.time_unwritten and lines and is_update_stamp(lines[0]):
        return lines[0]
    return None


def _zones(updates: list[_Candidate]) -> tuple[str, ...] | None:
    """The zones the page's times are written in ("GMT", "MESZ"; date_lines.clock_zones)
    when every time the page writes says its zone ("11:05 GMT", "14.32 Uhr (MESZ)"), none
    when it writes no time (a script fills them in); None when it writes zoneless times.
    A time it does not write is given a zone only in the first two cases; on a page
    writing "6:40 a.m." or "10:20 Uhr", it is a clock like theirs, not "06:05 UTC+8"."""
    written = [c.times[0] if not c.time_unwritten else _written_stamp(c) for c in updates]
    times = [time for time in written if time is not None]
    if not all(map(names_zone, times)):
        return None
    return tuple(clock_zones(" ".join(times)))


def live_updates(html: str) -> list[Update] | None:
    """The updates of the live blog ``html`` in the page's order, or None when the page is
    no live blog: fewer than ``MIN_UPDATES`` dated updates, or updates holding less than
    half of the text the page shows (teaser cards or comments after a story)."""
    if len(_DATED_TIME.findall(html)) < MIN_UPDATES:
        return None  # most pages: no second parse
    finder = _UpdateFinder()
    try:
        finder.feed(html)
        finder.close()
    except Exception:  # html.parser is lenient; anything it still raises means "none"
        return None
    dated = finder.candidates
    # a block holding dated blocks is the feed, or the story around it, not an update
    holders = {c.parent for c in dated if c.times and c.parent is not None}
    updates = [
        c
        for i, c in enumerate(dated)
        if c.times and i not in holders and not c.is_teaser() and c.lines
    ]
    if len(updates) < MIN_UPDATES:
        return None
    if sum(c.chars for c in updates) < _LIVE_SHARE * finder.shown_chars:
        return None
    zones = _zones(updates)
    return [_update(c, zones) for c in updates]


def with_updates(lines: list[str], updates: list[Update]) -> list[str]:
    """The lines of a live blog: those of ``lines`` (the extractor's) that are no update's
    (its summary, key points), then each update's time and lines, in the page's order."""
    shown = [" ".join((*u.aside, u.time, *u.lines)) for u in updates]
    blob = " ".join(shown)
    # a relative time may stand before the update's time on the page or after it
    squeezed = _squeezed(blob + " ".join(" ".join((u.time, *u.aside)) for u in updates))
    words = [_words(text) for text in shown]
    lead = [
        line
        for line in lines
        if line not in blob and _squeezed(line) not in squeezed and not _of_one_update(line, words)
    ]
    return lead + [line for u in updates for line in (u.time, *u.lines)]


_SPACE = LazyPattern(r"\s+")


def _squeezed(text: str) -> str:
    """``text`` without its spaces: the extractor runs an update's time into the words
    beside it ("18:05 GMT" and "1h ago" read "18:05 GMT1h ago"), which are the update's
    all the same."""
    return _SPACE.sub("", text)


_WORD = LazyPattern(r"\w+(?:[:.']\w+)*")


def _words(text: str) -> set[str]:
    return {w.casefold() for w in _WORD.findall(text)}


def _of_one_update(line: str, updates: list[set[str]]) -> bool:
    """``line`` is the extractor's reading of one update: all its words are that update's.
    A feed written as a list (``<li><article>...``) reads as one line an update, its
    time, heading and paragraphs run together ("- 11:48 GMT Pontypridd residents ...")."""
    mine = _words(line)
    return bool(mine) and any(mine <= update for update in updates)
