"""Lines broken at a fixed width made paragraphs again: the lines a PDF prints, and a text
wrapped at its width (an e-mail, text copied from a PDF viewer or a terminal).

A block of lines is cut where a paragraph ends without a gap after it (a line that ends a
sentence well short of the block's width, or one that left room for the next line's first
word), and each paragraph's lines are joined with a space; a word cut by a hyphen at a
line's end is joined without one, keeping the hyphen ("Il-" + "sung"). On a PDF's page, a
line or run of lines whose words make it a paragraph of its own (a date line, a caption
printed twice) is set apart first (:func:`set_apart`).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator
from itertools import pairwise

from reader.ingest.date_lines import is_date_line

__all__ = [
    "ROOM_LEFT",
    "SENTENCE_END",
    "WORD_CUT",
    "joined",
    "paragraph_runs",
    "set_apart",
    "unwrapped",
    "words_of",
]

ROOM_LEFT = 0.85
"""A line shorter than this share of its block's widest, counting the next line's first
word, ends its paragraph. Measured on 40 ECB+ articles printed without paragraph gaps
(260 paragraphs): paragraphs read exactly 140 without the rule, 177 at 0.85, 193 at 0.9,
with 2 cut in two either way; at 0.95, 91 cut in two (a line's characters are a rough
measure of its printed width)."""

SENTENCE_END = re.compile(r"[.!?:…][\"'”’)\]]*$")
WORD_CUT = re.compile(r"\w-$")


def paragraph_runs(block: list[str]) -> Iterator[list[str]]:
    """A block of lines cut where a paragraph ends without a gap after it: after a line
    that ends a sentence well short of the block's width, or one that left room for the
    next line's first word (a line breaks early only where its paragraph ends)."""
    width = max(len(line) for line in block)
    start = 0
    for i, line in enumerate(block[:-1]):
        ended = len(block) >= 3 and len(line) < 0.75 * width and SENTENCE_END.search(line)
        room = len(line) + 1 + len(block[i + 1].split(" ")[0]) < ROOM_LEFT * width
        if ended or (room and not WORD_CUT.search(line)):
            yield block[start : i + 1]
            start = i + 1
    yield block[start:]


def set_apart(lines: list[str]) -> list[str]:
    """``lines`` (a page's, a blank line between its blocks) with a blank line before and
    after each line, or run of lines, that its words show to be a paragraph of its own,
    however it is printed:

    - a date line ("Posted on : 2024-06-20 17:30 KST", "June 19, 2024") that is no part
      of a sentence (it starts with a capital or a digit, ends with no comma, semicolon
      or full stop, and the next line starts with no small letter: "on Wednesday,
      June 19," / "2024 in Pyongyang" is a sentence's) and goes on on no next line
      ("Updated: Jul 07, 2012 8:44 PM" / "ET", "TNN Nov 12, 2011, 05:51AM IST" /
      "MUMBAI: An Indian warship ...");
    - a run of lines printed twice in a row, each copy (a photo's caption, printed as the
      picture's text and under it: "... on June 18, 2024. (AFP/Yonhap)" twice).
    """
    filled = [i for i, line in enumerate(lines) if line]
    texts = [lines[i] for i in filled]
    starts: set[int] = set()  # indexes in ``texts`` of the lines that start a paragraph
    for k, line in enumerate(texts):
        if _own_date_line(line, texts[k + 1] if k + 1 < len(texts) else ""):
            starts |= {k, k + 1}
    for k, size in _printed_twice(texts):
        starts |= {k, k + size, k + 2 * size}
    firsts = {filled[k] for k in starts if 0 < k < len(texts)}
    out: list[str] = []
    for i, line in enumerate(lines):
        if i in firsts and out and out[-1]:
            out.append("")
        out.append(line)
    return out


def _own_date_line(line: str, after: str) -> bool:
    going_on = after.split(" ", 1)[0]  # in capitals, a time zone or a place: "ET", "MUMBAI:"
    return (
        is_date_line(line)
        and (line[:1].isupper() or line[:1].isdigit())
        and not line.endswith((",", ";", "."))
        and not after[:1].islower()
        and not (going_on.isupper() and is_date_line(f"{line} {going_on}"))
    )


TWICE_MAX_LINES = 8
"""Most lines of a run printed twice that is looked for (a caption runs to a few)."""

TWICE_MIN_WORDS = 4
"""Fewest words of a run printed twice that is set apart ("Advertisement" twice is not)."""


def _printed_twice(texts: list[str]) -> Iterator[tuple[int, int]]:
    """Where a run of lines of ``texts`` is printed again right after it: its first
    line's index and its length in lines, the longest run at each place."""
    k = 0
    while k < len(texts):
        size = _twice_at(texts, k)
        if size:
            yield k, size
        k += 2 * size or 1


def _twice_at(texts: list[str], k: int) -> int:
    """The length in lines of the longest run from ``texts[k]`` printed again right after
    it, of TWICE_MIN_WORDS words at least; 0 for none."""
    for size in range(min(TWICE_MAX_LINES, (len(texts) - k) // 2), 0, -1):
        run = texts[k : k + size]
        words = len(_WORDS.findall(" ".join(run)))
        if run == texts[k + size : k + 2 * size] and words >= TWICE_MIN_WORDS:
            return size
    return 0


def joined(lines: list[str], words: Collection[str] = ()) -> str:
    """Lines of one paragraph as one line: a word cut by a hyphen at a line's end is
    joined without a space, keeping the hyphen ("Il-" + "sung", "well-" + "known"), or
    without it when the text writes the whole word elsewhere (``words``, in small letters:
    "con-" + "tinued" is "continued" in a text that has "continued")."""
    out = lines[0]
    for line in lines[1:]:
        if not WORD_CUT.search(out):
            out += " " + line
            continue
        head = _LAST_WORD.search(out[:-1])
        tail = _FIRST_WORD.match(line)
        whole = (head.group() + tail.group()).lower() if head and tail else ""
        out = out[:-1] + line if whole in words else out + line
    return out


_LAST_WORD = re.compile(r"[^\W\d_]+$")
_FIRST_WORD = re.compile(r"[^\W\d_]+")
_WORDS = re.compile(r"[^\W\d_]{2,}")


def words_of(text: str) -> frozenset[str]:
    """The words of ``text`` in small letters: what :func:`joined` checks a word cut by a
    hyphen against."""
    return frozenset(w.lower() for w in _WORDS.findall(text))


WRAP_WIDTH = (30, 100)
"""A text wrapped at a fixed width has nine lines in ten at most this long, and the tenth
longest at least as long as the first figure (e-mail wraps at 72 to 78 characters; text
copied from a PDF viewer at its column's width): a list of short lines is no wrapped
text."""

RUN_ON_SHARE = 0.3
"""Share of its line breaks, at least, that a wrapped text makes inside a sentence (a line
not ending one, the next opening with a small letter). A text of a line per sentence or a
paragraph per line (ECB+, the sample pair) makes almost none."""


def unwrapped(text: str) -> str:
    """``text`` with each paragraph's lines joined into one when it was wrapped at a fixed
    width; any other text as it is. Paragraphs end at a blank line, or where a line left
    room for the next one's first word (:func:`paragraph_runs`)."""
    lines = [line.strip() for line in text.split("\n")]
    if not _wrapped(lines):
        return text
    paragraphs: list[str] = []
    block: list[str] = []
    words = words_of(text)
    for line in [*lines, ""]:
        if line:
            block.append(line)
        elif block:
            paragraphs.append("\n".join(joined(run, words) for run in paragraph_runs(block)))
            block = []
    return "\n\n".join(paragraphs)


def _wrapped(lines: list[str]) -> bool:
    """True when ``lines`` (stripped) are a text wrapped at a fixed width."""
    filled = sorted(len(line) for line in lines if line)
    breaks = [(a, b) for a, b in pairwise(lines) if a and b]
    narrowest, widest = WRAP_WIDTH
    if len(breaks) < 2 or not narrowest <= filled[int(0.9 * (len(filled) - 1))] <= widest:
        return False
    inside = sum(1 for a, b in breaks if not SENTENCE_END.search(a) and b[:1].islower())
    return inside >= 1 and inside >= RUN_ON_SHARE * len(breaks)
