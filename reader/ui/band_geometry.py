"""Where the link map draws a band (no Qt): how far across a band or a thin link reaches,
where a discrepancy's mark goes, and what a band's painting depends on, to the pixel.

The bands themselves (their ends in y, capped off-screen) come from
``reader.ui.geometry.compute_bands``; ``reader.ui.band_paint`` paints them with these."""

from __future__ import annotations

from collections.abc import Collection, Iterable

from reader.model import MatchKind
from reader.ui.geometry import Band

STUB_REACH = 0.3  # fraction of the width a stub band reaches across
THIN_KINDS = (MatchKind.ENTITY, MatchKind.NUMBER)  # linked by a line, not a band
# a discrepancy's mark, from top to bottom (reader.ui.band_paint: a ring of radius 6
# drawn with a line 2 wide), and a pixel: marks nearer than this would overlap
FLAG_SPAN = 15


def is_thin(band: Band) -> bool:
    """An entity's or a number's link: a line between its passages' middles."""
    return band.kind in THIN_KINDS


def band_reach(band: Band, width: float) -> tuple[float, float]:
    """The x where a wide band leaves the A side and meets the B side: 0 and ``width``,
    but a stub stops STUB_REACH of the width short of the side its other end is off."""
    x0, x1 = 0.0, width
    if band.b_stub:
        x1 = width * STUB_REACH
    elif band.a_stub:
        x0 = width * (1 - STUB_REACH)
    return x0, x1


def thin_ends(band: Band, width: float) -> tuple[float, float, float, float]:
    """A thin link's ends, (x0, y0) on the A side and (x1, y1) on the B side: the middles
    of its passages, a stub end stopping short as a band's does."""
    y0 = (band.a_top + band.a_bottom) / 2
    y1 = (band.b_top + band.b_bottom) / 2
    x1 = width * STUB_REACH if band.b_stub else width
    x0 = width * (1 - STUB_REACH) if band.a_stub else 0.0
    return x0, y0, x1, y1


def flag_places(bands: Iterable[Band], flagged: Collection[str]) -> list[int]:
    """The y (whole pixels, top down) of the discrepancy marks: one at the middle of each
    flagged band, once a place; marks that would overlap (a quote's band inside its
    claim's, both disputing one figure: two rings a few pixels apart, one half hidden)
    are one, in the middle of those it stands for."""
    middles = sorted(
        {
            round((b.a_top + b.a_bottom + b.b_top + b.b_bottom) / 4)
            for b in bands
            if b.match_id in flagged
        }
    )
    runs: list[list[int]] = []
    for y in middles:
        if runs and y - runs[-1][0] < FLAG_SPAN:
            runs[-1].append(y)
        else:
            runs.append([y])
    return [round((run[0] + run[-1]) / 2) for run in runs]


def band_shape(band: Band, selected: bool, faded: bool) -> tuple[object, ...]:
    """What a band's painting depends on, to the pixel (a chosen band is unique): bands
    of one shape are painted once (a long pair's names recur, and many of its bands run
    to a stub at an edge on the very same pixels)."""
    if selected:
        return (band.match_id,)
    ends: tuple[float, ...] = (band.a_top, band.a_bottom, band.b_top, band.b_bottom)
    if is_thin(band):  # a line at the middles
        ends = ((band.a_top + band.a_bottom) / 2, (band.b_top + band.b_bottom) / 2)
    return (
        band.kind,
        *(round(y) for y in ends),
        band.a_stub,
        band.b_stub,
        faded,
        band.manual,
        band.loose,
    )
