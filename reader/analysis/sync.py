"""Scroll-sync math: which offset of one article sits level with an offset of the other.

Meld's approach, adapted to reordered prose: the claim and quote matches are the anchors,
but news matches are many-to-many and cross each other, so only a non-crossing chain of
them is used (a longest increasing subsequence by position in both documents, without
overlaps). Inside an anchor the position maps proportionally; between anchors it is
interpolated linearly. The mapping is monotone and sends 0 to 0 and the end to the end.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Literal

from reader.model import Match, MatchKind, Span

Side = Literal["a", "b"]

ANCHOR_KINDS = frozenset({MatchKind.CLAIM, MatchKind.QUOTE})


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
