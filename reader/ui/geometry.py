"""Pure geometry for the reader window (no Qt): link-map bands, offsets, match lookup.

The link map gets its data through ``compute_bands``: visible ranges in, bands out.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from reader.model import Match, MatchKind, Span


@dataclass(frozen=True, slots=True)
class BandInput:
    """One match with its extents in the link map's y coordinates (may lie off-screen)."""

    match_id: str
    kind: MatchKind
    a_top: float
    a_bottom: float
    b_top: float
    b_bottom: float
    manual: bool = False  # linked by hand
    loose: bool = False  # a claim scored under LOOSE_SCORE


@dataclass(frozen=True, slots=True)
class Band:
    """A band to paint: ends clamped to [top, bottom]; a stub end lies off-screen."""

    match_id: str
    kind: MatchKind
    a_top: float
    a_bottom: float
    b_top: float
    b_bottom: float
    a_stub: bool = False
    b_stub: bool = False
    manual: bool = False  # linked by hand
    loose: bool = False  # a claim scored under LOOSE_SCORE

    def contains(self, x: float, y: float, width: float) -> bool:
        """True when (x, y) lies inside the band (linear between its ends)."""
        if width <= 0 or not 0 <= x <= width:
            return False
        t = x / width
        top = self.a_top + (self.b_top - self.a_top) * t
        bottom = self.a_bottom + (self.b_bottom - self.a_bottom) * t
        return top - 2 <= y <= max(bottom, top + 3) + 2

    def middle(self, x: float, width: float) -> float:
        """The band's middle at ``x`` (linear between its ends, as ``contains``)."""
        t = min(1.0, max(0.0, x / width)) if width > 0 else 0.0
        a, b = (self.a_top + self.a_bottom) / 2, (self.b_top + self.b_bottom) / 2
        return a + (b - a) * t


STUB = 6.0  # height of a capped off-screen end


def _on_screen(top: float, bottom: float, lo: float, hi: float) -> bool:
    return bottom >= lo and top <= hi


def _clamp_end(top: float, bottom: float, lo: float, hi: float) -> tuple[float, float, bool]:
    if _on_screen(top, bottom, lo, hi):
        return max(lo, top), min(hi, bottom), False
    if bottom < lo:
        return lo, lo + STUB, True
    return hi - STUB, hi, True


def compute_bands(items: Iterable[BandInput], height: float, top: float = 0.0) -> list[Band]:
    """Bands for the matches visible on at least one side; off-screen ends become stubs.

    The visible range is [top, height] in the link map's coordinates (the part level
    with the panes' text); ends outside it are clamped to its edges.
    """
    out: list[Band] = []
    for it in items:
        a_vis = _on_screen(it.a_top, it.a_bottom, top, height)
        b_vis = _on_screen(it.b_top, it.b_bottom, top, height)
        if not (a_vis or b_vis):
            continue
        at, ab, a_stub = _clamp_end(it.a_top, it.a_bottom, top, height)
        bt, bb, b_stub = _clamp_end(it.b_top, it.b_bottom, top, height)
        out.append(Band(it.match_id, it.kind, at, ab, bt, bb, a_stub, b_stub, it.manual, it.loose))
    return out


def band_at(bands: Sequence[Band], x: float, y: float, width: float) -> Band | None:
    """The band under (x, y) whose middle runs closest to it, preferring non-stub bands
    (where bands overlap, the one the pointer is most inside, not the one painted last)."""
    hits = [b for b in bands if b.contains(x, y, width)]
    if not hits:
        return None
    full = [b for b in hits if not (b.a_stub or b.b_stub)]
    return min(full or hits, key=lambda b: abs(b.middle(x, width) - y))


class Utf16Map:
    """Python str offsets <-> UTF-16 positions (what QTextDocument counts)."""

    def __init__(self, text: str) -> None:
        # Python offsets of characters outside the BMP (two UTF-16 units each)
        wide = len(text.encode("utf-16-le", "surrogatepass")) // 2 != len(text)
        self._wide = [i for i, ch in enumerate(text) if ord(ch) > 0xFFFF] if wide else []
        self._wide_u16 = [i + k for k, i in enumerate(self._wide)]

    def to_qt(self, offset: int) -> int:
        if not self._wide:
            return offset
        return offset + bisect_right(self._wide, offset - 1)

    def from_qt(self, position: int) -> int:
        if not self._wide:
            return position
        return position - bisect_right(self._wide_u16, position - 2)


KIND_ORDER = {MatchKind.CLAIM: 0, MatchKind.QUOTE: 1, MatchKind.NUMBER: 2, MatchKind.ENTITY: 3}


class SpanIndex:
    """Which matches cover an offset on one side; cheap enough for hover and clicks."""

    def __init__(self, matches: Iterable[Match], side: str) -> None:
        self._items = sorted(
            (((m.a if side == "a" else m.b), m) for m in matches), key=lambda sm: sm[0]
        )
        self._starts = [s.start for s, _ in self._items]
        self._longest = max((len(s) for s, _ in self._items), default=0)

    def at(self, offset: int) -> list[Match]:
        """Matches whose span contains ``offset``: claims and quotes first, best score first."""
        hi = bisect_right(self._starts, offset)
        lo = bisect_right(self._starts, offset - self._longest - 1)
        found = [m for s, m in self._items[lo:hi] if s.contains_offset(offset)]
        found.sort(key=lambda x: (KIND_ORDER[x.kind], -x.score, x.id))
        return found

    def overlapping(self, span: Span) -> list[Match]:
        hi = bisect_right(self._starts, span.end - 1)
        lo = bisect_right(self._starts, span.start - self._longest - 1)
        return [m for s, m in self._items[lo:hi] if s.overlaps(span) or s.start == span.start]


def _step_to(
    ids: Sequence[str], current: str | None, step: int, starts: Sequence[int], top: int
) -> int:
    """The index a step goes to before it wraps: -1 or ``len(ids)`` past either end."""
    if current in ids:
        return ids.index(current) + step
    after = next((i for i, s in enumerate(starts) if s >= top), None)
    if step > 0:
        return after if after is not None else len(ids)
    return after - 1 if after is not None else len(ids) - 1


def step_index(
    ids: Sequence[str], current: str | None, step: int, starts: Sequence[int], top: int
) -> int:
    """Index of the next (step > 0) or previous match in ``ids`` (reading order).

    From the current match when there is one; else from the first match at or after
    ``top`` (the first visible offset), so F8 starts where the reader is. Wraps around.
    """
    return _step_to(ids, current, step, starts, top) % len(ids)


def step_wraps(
    ids: Sequence[str], current: str | None, step: int, starts: Sequence[int], top: int
) -> bool:
    """Whether that step wraps around: Next from the last match (or from below the last
    one, with no current match) to the first, Previous from the first to the last."""
    return not 0 <= _step_to(ids, current, step, starts, top) < len(ids)


CONTEXT_LINES = 3  # lines kept in view above and below a passage the reader jumps to
JUMP_PLACE = 0.3  # where such a passage goes when it must move: a third down the view


def jump_place(top: float, bottom: float, height: float, margin: float) -> float | None:
    """Where a passage jumped to should start, as a fraction of the view's ``height``,
    when it lies from ``top`` to ``bottom`` (viewport y): None when it shows with
    ``margin`` (at most a quarter of the view) above and below it, and the view stays;
    else a third down, or higher for a long passage so that its end shows too (its start
    ``margin`` down at least)."""
    if height <= 0:
        return None
    margin = min(margin, height / 4)
    if top >= margin and bottom <= height - margin:
        return None
    place = JUMP_PLACE * height
    if place + bottom - top > height - margin:
        place = max(margin, height - margin - (bottom - top))
    return place / height


FIRST_SIZE = (1400, 900)  # the window's size on a first start, where the screen has room


def first_window_size(available_width: int, available_height: int) -> tuple[int, int]:
    """The window's size on a first start (nothing saved): ``FIRST_SIZE``, or less on a
    screen whose free area (the desktop less panels and docks) is smaller, so the whole
    window, title bar and edges included, fits on it (a free 1366x768 gets 1256x691)."""
    width, height = FIRST_SIZE
    if available_width > 0:
        width = min(width, int(available_width * 0.92))
    if available_height > 0:
        height = min(height, int(available_height * 0.9))
    return width, height


def first_window_place(
    left: int, top: int, available_width: int, available_height: int
) -> tuple[int, int, int, int]:
    """The window's place and size on a first start (left, top, width, height): its
    ``first_window_size``, centred in the screen's free area at (``left``, ``top``). Left
    to Qt, it went to the free area's top-left corner wherever no window manager chose
    a place (a window manager that keeps a program's own, the offscreen platform)."""
    width, height = first_window_size(available_width, available_height)
    return (
        left + max(0, (available_width - width) // 2),
        top + max(0, (available_height - height) // 2),
        width,
        height,
    )
