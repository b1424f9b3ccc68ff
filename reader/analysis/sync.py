"""Scroll-sync math: which offset of one article sits level with an offset of the other.

Meld's approach, adapted to reordered prose: the claim and quote matches are the anchors,
but news matches are many-to-many and cross each other, so only a non-crossing chain of
them is used (a longest increasing subsequence by position in both documents, without
overlaps). Inside an anchor the position maps proportionally; between anchors it is
interpolated linearly. The mapping is monotone and sends 0 to 0 and the end to the end.

It is also gentle: a line scrolled in one article moves the other a few lines at most.
The tops sit level, so an anchor far from the diagonal (A's lead told half-way down B)
would make the other pane leap on the first line scrolled, and the same at the bottom
and between two anchors adjacent in one article but far apart in the other. Of the
anchors' ends, only those joined by gentle steps (no steeper than ``STEEPNESS`` times
the ratio of the two lengths, give or take ``SLACK`` characters) are kept, as many as
possible: the other article then moves gradually through what lies between.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Literal

from reader.model import Match, MatchKind, Span

Side = Literal["a", "b"]

ANCHOR_KINDS = frozenset({MatchKind.CLAIM, MatchKind.QUOTE})
STEEPNESS = 3.0  # most one article moves per character of the other, over the length ratio
SLACK = 80  # characters (about a line) a step may move beyond that
REACH = 32  # a kept point follows one of the previous REACH points (or the top)

Point = tuple[int, int]


@dataclass(frozen=True, slots=True)
class Anchor:
    """A matched chunk used for syncing: ``a`` in article A sits level with ``b`` in B."""

    a: Span
    b: Span


def anchor_chain(matches: Iterable[Match]) -> tuple[Anchor, ...]:
    """The non-crossing, non-overlapping chain of claim/quote matches (LIS by position).

    Matches are sorted by their start in A; the longest subsequence whose starts in B
    strictly increase is kept (patience sorting, O(n log n)); anchors overlapping the
    previous kept one on either side are then dropped.
    """
    cands = sorted(
        ((m.a, m.b) for m in matches if m.kind in ANCHOR_KINDS and len(m.a) and len(m.b)),
        key=lambda ab: (ab[0].start, -ab[1].start),
    )
    tails: list[int] = []  # b.start of the smallest tail of each length
    tail_idx: list[int] = []
    prev: list[int] = [-1] * len(cands)
    for i, (_, b) in enumerate(cands):
        k = bisect_left(tails, b.start)
        if k == len(tails):
            tails.append(b.start)
            tail_idx.append(i)
        else:
            tails[k] = b.start
            tail_idx[k] = i
        prev[i] = tail_idx[k - 1] if k else -1
    chain: list[int] = []
    i = tail_idx[-1] if tail_idx else -1
    while i >= 0:
        chain.append(i)
        i = prev[i]
    out: list[Anchor] = []
    for i in reversed(chain):
        a, b = cands[i]
        if out and (a.start < out[-1].a.end or b.start < out[-1].b.end):
            continue
        out.append(Anchor(a, b))
    return tuple(out)


class SyncMap:
    """Monotone map between offsets of A and B built from an anchor chain."""

    def __init__(self, anchors: Sequence[Anchor], length_a: int, length_b: int) -> None:
        self.length_a = length_a
        self.length_b = length_b
        self.anchors = tuple(anchors)
        # breakpoints: (a offset, b offset) pairs, non-decreasing in both
        pts: list[tuple[int, int]] = [(0, 0)]
        for an in self.anchors:
            pts.append((an.a.start, an.b.start))
            pts.append((an.a.end, an.b.end))
        pts.append((length_a, length_b))
        pts = gentle_path(pts)
        self._a = [p[0] for p in pts]
        self._b = [p[1] for p in pts]

    @classmethod
    def from_matches(cls, matches: Iterable[Match], length_a: int, length_b: int) -> SyncMap:
        return cls(anchor_chain(matches), length_a, length_b)

    def map(self, offset: int, from_side: Side = "a") -> int:
        """The offset in the other document that should sit level with ``offset``."""
        src, dst = (self._a, self._b) if from_side == "a" else (self._b, self._a)
        dst_len = self.length_b if from_side == "a" else self.length_a
        src_len = self.length_a if from_side == "a" else self.length_b
        if offset <= 0 < src_len:
            # the top of one article sits level with the top of the other, even when a
            # match starts at the first character of one (a pair opens with both leads)
            return 0
        j = bisect_right(src, offset)  # src[j-1] <= offset < src[j]
        if j == 0:
            return dst[0]
        if j == len(src):
            return dst[-1]
        x0, x1, y0, y1 = src[j - 1], src[j], dst[j - 1], dst[j]
        if x1 == x0:
            return min(y1, dst_len)
        return min(dst_len, round(y0 + (offset - x0) * (y1 - y0) / (x1 - x0)))


def gentle_path(pts: Sequence[Point]) -> list[Point]:
    """The most points of ``pts`` (A offset, B offset; non-decreasing in both, from the
    top to the end) that a path of gentle steps can keep, the first and last always;
    O(n * REACH). A step is gentle when neither article moves by more than STEEPNESS
    times the ratio of their lengths per character of the other, give or take SLACK."""
    if len(pts) <= 2 or pts[-1][0] <= 0 or pts[-1][1] <= 0:
        return [pts[0], pts[-1]]
    ratio = pts[-1][1] / pts[-1][0]
    up, down = STEEPNESS * ratio, STEEPNESS / ratio
    kept = [1] + [0] * (len(pts) - 1)  # points kept on the best path to each (0: none)
    prev = [-1] * len(pts)
    for j in range(1, len(pts)):
        xj, yj = pts[j]
        best = 0
        for i in (0, *range(max(1, j - REACH), j)):  # ties: the nearest predecessor
            k = kept[i]
            if k and k >= best:
                dx, dy = xj - pts[i][0], yj - pts[i][1]
                if dy <= up * dx + SLACK and dx <= down * dy + SLACK:
                    best, prev[j] = k, i
        kept[j] = best + 1 if best else 0
    path: list[Point] = []
    j = len(pts) - 1  # the top to the end is one gentle step: the end is always reached
    while j >= 0:
        path.append(pts[j])
        j = prev[j]
    return path[::-1]


def partner_offset(
    matches: Iterable[Match],
    offset: int,
    *,
    length_a: int,
    length_b: int,
    from_side: Side = "a",
) -> int:
    """The offset in the other document that should sit at the sync line.

    ``offset`` is a character offset in the ``from_side`` document; the result is an
    offset in the other one. Builds the anchor chain each call: keep a ``SyncMap`` when
    mapping repeatedly.
    """
    return SyncMap.from_matches(matches, length_a, length_b).map(offset, from_side)
