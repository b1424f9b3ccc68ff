"""What an edit of an article's text did to its passages (Qt-free): the words the old and
the new text share, found by a diff of their words (:func:`difflib.SequenceMatcher`:
their lines first, then the words of the lines that differ), and each old passage carried
onto the same words in the new text.

An article updated by its outlet (a correction, an added paragraph) keeps most of its
words; a note on a passage should stay on those words wherever they now are. A passage
whose words all survive in one piece is *kept* (it may have moved); one whose words were
partly changed goes to the surviving ones (*changed*); one none of whose words survive
is *gone*, and is carried to the place its words were taken out of, an empty span there.
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass
from difflib import SequenceMatcher
from enum import StrEnum

from reader.model.span import Span

# a word (letters, digits, underscore) or one mark of punctuation: what the diff compares
TOKEN = re.compile(r"\w+|[^\w\s]")
WORDY = re.compile(r"\w")


class Fate(StrEnum):
    """What became of an old passage in the new text."""

    KEPT = "kept"  # the same words, in one piece (perhaps elsewhere)
    CHANGED = "changed"  # some of its words survive, or words were put among them
    GONE = "gone"  # none of its words survive


@dataclass(frozen=True, slots=True)
class Carried:
    """An old passage in the new text: ``span`` there and what became of it."""

    span: Span
    fate: Fate


@dataclass(frozen=True, slots=True)
class Block:
    """Characters ``old[old:old + size]`` that are ``new[new:new + size]``."""

    old: int
    new: int
    size: int

    @property
    def old_end(self) -> int:
        return self.old + self.size


def _tokens(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in TOKEN.finditer(text)]


def _merge(blocks: list[Block], old: str, new: str) -> list[Block]:
    """Blocks one after the other in both texts, with the same characters between them,
    joined into one (the spaces between two kept words are kept too)."""
    out: list[Block] = []
    o0 = n0 = size = -1  # the block being joined: its starts and size
    for b in blocks:
        if size >= 0 and old[o0 + size : b.old] == new[n0 + size : b.new]:
            size = b.old_end - o0
            continue
        if size >= 0:
            out.append(Block(o0, n0, size))
        o0, n0, size = b.old, b.new, b.size
    if size >= 0:
        out.append(Block(o0, n0, size))
    return out


@dataclass(frozen=True, slots=True)
class TextEdit:
    """The old and the new text of one article and the characters they share
    (``blocks``, in order in both texts); ``inserted``: the new text's words that are not
    the old one's, ``removed_at``: where in the new text old words were taken out."""

    old: str
    new: str
    blocks: tuple[Block, ...]
    inserted: tuple[Span, ...]
    removed_at: tuple[int, ...]
    starts: tuple[int, ...] = ()  # each block's start in the old text

    @classmethod
    def between(cls, old: str, new: str) -> TextEdit:
        """The edit that made ``new`` of ``old``, word by word."""
        ot, nt = _tokens(old), _tokens(new)
        ow = [old[s:e] for s, e in ot]
        nw = [new[s:e] for s, e in nt]
        pairs = _word_pairs(old, new, ot, nt, ow, nw)
        blocks: list[Block] = []
        kept_new = [False] * len(nt)
        kept_old = [False] * len(ot)
        for i, j, n in pairs:
            for k in range(n):
                (os_, oe), (ns, _ne) = ot[i + k], nt[j + k]
                blocks.append(Block(os_, ns, oe - os_))
                kept_old[i + k] = kept_new[j + k] = True
        inserted = [Span(*nt[j]) for j in range(len(nt)) if not kept_new[j]]
        merged = tuple(_merge(blocks, old, new))
        starts = tuple(b.old for b in merged)
        gone = (ot[i][0] for i in range(len(ot)) if not kept_old[i])
        removed = sorted({_offset(merged, starts, at) for at in gone})
        return cls(old, new, merged, tuple(_joined(inserted, new)), tuple(removed), starts)

    @property
    def unchanged(self) -> bool:
        return self.old == self.new

    def kept_share(self) -> float:
        """The share of the old text's words found again in the new one (1.0 for an
        old text of no words)."""
        words = len(TOKEN.findall(self.old))
        if not words:
            return 1.0
        kept = sum(len(TOKEN.findall(self.old[b.old : b.old_end])) for b in self.blocks)
        return kept / words

    def offset(self, at: int) -> int:
        """Where old offset ``at`` is in the new text: the same character when it was kept,
        else the place where the text around it was taken out (just after the kept text
        before it)."""
        if self.unchanged:
            return at
        return _offset(self.blocks, self.starts, at)

    def span(self, span: Span) -> Carried:
        """``span`` of the old text carried onto the new one."""
        if self.unchanged:
            return Carried(span, Fate.KEPT)
        starts = self.starts
        first = max(0, bisect.bisect_right(starts, span.start) - 1)
        inside = [
            b
            for b in self.blocks[first : bisect.bisect_left(starts, span.end)]
            if b.old < span.end and span.start < b.old_end
        ]
        kept = (self.old[max(span.start, b.old) : min(span.end, b.old_end)] for b in inside)
        if not any(WORDY.search(piece) for piece in kept):  # a comma or a stop is no passage
            at = self.offset(span.start)
            return Carried(Span(at, at), Fate.GONE)
        f, last = inside[0], inside[-1]
        start = f.new + max(span.start, f.old) - f.old
        end = last.new + min(span.end, last.old_end) - last.old
        moved = Span(start, end)
        before, after = span.slice(self.old), moved.slice(self.new)
        same = before.split() == after.split()  # the same words: spaces may differ
        return Carried(moved, Fate.KEPT if same else Fate.CHANGED)

    def old_span(self, span: Span) -> Span:
        """Where the text of ``span`` of the new text was in the old one: its kept ends
        where they were; an end among new words at the edge of the old words they
        replaced (so a reworded sentence's old span holds its old words, and a sentence
        the edit added has an old span of spaces, or of the words it took the place of)."""
        if self.unchanged:
            return span
        news = [b.new for b in self.blocks]
        start = _old_start(self.blocks, news, span.start)
        end = _old_end(self.blocks, news, span.end, len(self.old))
        return Span(start, max(start, end))

    def changed_in(self, span: Span) -> bool:
        """Whether a span of the new text holds words the old lacked, or lost some."""
        if any(s.overlaps(span) for s in self.inserted):
            return True
        return any(span.start < at < span.end for at in self.removed_at)


def _units(text: str, tokens: list[tuple[int, int]], lo: int, hi: int) -> list[int]:
    """Where each line of tokens ``lo`` to ``hi`` begins (a token with a line break
    before it begins one), and ``hi``: the bounds of the units the diff matches first."""
    starts = [lo]
    for k in range(lo + 1, hi):
        if "\n" in text[tokens[k - 1][1] : tokens[k][0]]:
            starts.append(k)
    starts.append(hi)
    return starts


def _word_pairs(
    old: str,
    new: str,
    ot: list[tuple[int, int]],
    nt: list[tuple[int, int]],
    ow: list[str],
    nw: list[str],
) -> list[tuple[int, int, int]]:
    """Runs of the same words in both texts, (old index, new index, length) in order.
    The lines (paragraphs) each text holds once and the other too, in the same order,
    are matched whole first (as a patience diff does); the words between them are then
    matched among themselves. A diff of every word of a long article took a second, and
    matched a stop ending one line with one ending another (an added paragraph's last
    word, the one before it marked changed); an article's edits touch few lines."""
    ou, nu = _units(old, ot, 0, len(ow)), _units(new, nt, 0, len(nw))
    okeys = [tuple(ow[a:b]) for a, b in itertools.pairwise(ou)]
    nkeys = [tuple(nw[a:b]) for a, b in itertools.pairwise(nu)]
    pairs: list[tuple[int, int, int]] = []
    a = c = 0  # the words from here on are not matched yet
    for i, j in (*_anchors(okeys, nkeys), (len(okeys), len(nkeys))):
        b, d = ou[i], nu[j]
        if a < b and c < d:  # no autojunk: "the" and "," are common, yet words to keep
            words = SequenceMatcher(None, ow[a:b], nw[c:d], autojunk=False)
            pairs.extend((a + x, c + y, n) for x, y, n in words.get_matching_blocks() if n)
        if i < len(okeys):
            pairs.append((b, d, ou[i + 1] - b))
            a, c = ou[i + 1], nu[j + 1]
    return pairs


def _anchors(okeys: list[tuple[str, ...]], nkeys: list[tuple[str, ...]]) -> list[tuple[int, int]]:
    """(old line, new line) of the lines each text holds once, the other too: as many in
    the same order in both as can be (a longest increasing run, by patience sorting)."""
    counts: dict[tuple[str, ...], list[int]] = {}
    for key in okeys:
        counts.setdefault(key, [0, 0])[0] += 1
    for key in nkeys:
        if key in counts:
            counts[key][1] += 1
    at_new = {key: j for j, key in enumerate(nkeys) if key and counts.get(key) == [1, 1]}
    candidates = [(i, at_new[key]) for i, key in enumerate(okeys) if key in at_new]
    tops: list[int] = []  # the smallest new line ending a run of each length
    ends: list[int] = []  # the candidate ending it
    back: list[int] = []  # each candidate's one before it in its run
    for k, (_i, j) in enumerate(candidates):
        n = bisect.bisect_left(tops, j)
        back.append(ends[n - 1] if n else -1)
        if n == len(tops):
            tops.append(j)
            ends.append(k)
        else:
            tops[n], ends[n] = j, k
    out: list[tuple[int, int]] = []
    k = ends[-1] if ends else -1
    while k >= 0:
        out.append(candidates[k])
        k = back[k]
    return out[::-1]


def _offset(blocks: tuple[Block, ...], starts: tuple[int, ...], at: int) -> int:
    """See :meth:`TextEdit.offset`."""
    k = bisect.bisect_right(starts, at) - 1
    if k < 0:
        return 0
    b = blocks[k]
    return b.new + min(at, b.old_end) - b.old


def _old_start(blocks: tuple[Block, ...], news: list[int], at: int) -> int:
    """The old offset of new offset ``at`` as a passage's start (see ``old_span``)."""
    k = bisect.bisect_right(news, at) - 1
    if k < 0:
        return 0
    b = blocks[k]
    return b.old + at - b.new if at < b.new + b.size else b.old_end


def _old_end(blocks: tuple[Block, ...], news: list[int], at: int, length: int) -> int:
    """The old offset of new offset ``at`` as a passage's end (see ``old_span``)."""
    k = bisect.bisect_left(news, at) - 1
    if k >= 0 and at <= blocks[k].new + blocks[k].size:
        return blocks[k].old + at - blocks[k].new
    return blocks[k + 1].old if k + 1 < len(blocks) else length


def _joined(spans: list[Span], text: str) -> list[Span]:
    """Spans with only spaces between them joined into one."""
    out: list[Span] = []
    for s in spans:
        if out and not text[out[-1].end : s.start].strip():
            out[-1] = Span(out[-1].start, s.end)
        else:
            out.append(s)
    return out


__all__ = ["TOKEN", "WORDY", "Block", "Carried", "Fate", "TextEdit"]
