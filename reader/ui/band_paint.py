"""How the link map paints its bands (reader.ui.link_map): each band's path, fill and
edge, the chosen one on top, the keyboard's current band haloed, a discrepancy's "!"
above them all, and "No links" down an empty map.

Kinds differ by more than colour, as in the text (``reader.ui.highlights``): a quote's
band is edged in dashes (the quote's dashed underline), a claim's in a whole line; a
number's link is dotted, an entity's a whole line. A loose claim's band (one scored
under LOOSE_SCORE) is fainter, as its tint in the text is paler. Where the bands go is
``reader.ui.band_geometry`` (no Qt)."""

from __future__ import annotations

from collections.abc import Collection, Sequence

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen

from reader.model import MatchKind
from reader.ui.band_geometry import band_reach, band_shape, flag_places, is_thin, thin_ends
from reader.ui.band_halo import paint_halo
from reader.ui.geometry import Band
from reader.ui.highlights import (
    DISCREPANCY_COLOUR,
    KIND_COLOURS,
    LINE_CONTRAST,
    Theme,
    blend,
    readable,
)

DASHES = [4.0, 3.0]  # a quote band's edge: dash and gap, in widths of its line
DOTS = [1.0, 2.0]  # a number's link: dot and gap, in widths of its line
DASH_DOT = [6.0, 2.0, 1.0, 2.0]  # a link made by hand: dash, gap, dot, gap
THIN_LINE = 1.2  # an entity's or a number's link
THIN_CHOSEN = 2.5  # its line when chosen or current
FADE = 0.35  # a band's fill, times this, while another match is chosen
FADED_ALPHA = 60  # its edge's opacity then
EDGE_ALPHA = 170  # a claim's edge, otherwise
LOOSE_FILL = 0.45  # a loose claim's fill, times this (besides FADE)
LOOSE_EDGE_ALPHA = 90  # its edge's opacity, unless chosen or stepped back
FLAG_RADIUS = 6.0  # a discrepancy's ring, to the middle of its line
FLAG_LINE = 2.0  # the ring's line and the "!"'s stroke
NONE_DRAWN = "No links"  # down the strip, when there are none


def flag_path(centre: QPointF) -> QPainterPath:
    """The "!" in a discrepancy's ring, a stem and a dot FLAG_LINE wide on whole pixels
    about ``centre``, rather than a glyph of the font, whose place in its box depends on
    the font and on rounding to whole pixels (it sat a pixel or two left of the middle at
    scale 2 and ran into the ring at scale 1)."""
    x, y, half = centre.x(), centre.y(), FLAG_LINE / 2
    path = QPainterPath()
    path.addRect(QRectF(x - half, y - 4.0, FLAG_LINE, 4.0))
    path.addRect(QRectF(x - half, y + 1.0, FLAG_LINE, FLAG_LINE))
    return path


def paint_flag(p: QPainter, centre: QPointF, ground: QColor) -> None:
    """A discrepancy's mark on its band: a vermillion ring on ``ground`` with a "!", its
    centre on a whole pixel (between two, at scale 1: the "!" is two pixels wide)."""
    at = QPointF(round(centre.x()), round(centre.y()))
    colour = QColor(DISCREPANCY_COLOUR)
    p.setPen(QPen(colour, FLAG_LINE))
    p.setBrush(ground)
    p.drawEllipse(at, FLAG_RADIUS, FLAG_RADIUS)
    p.fillPath(flag_path(at), colour)


def band_path(band: Band, width: float) -> QPainterPath:
    """A bezier band from the A side (x=0) to the B side (x=width); stubs stop short."""
    x0, x1 = band_reach(band, width)
    mid = (x0 + x1) / 2
    path = QPainterPath(QPointF(x0, band.a_top))
    path.cubicTo(QPointF(mid, band.a_top), QPointF(mid, band.b_top), QPointF(x1, band.b_top))
    path.lineTo(QPointF(x1, band.b_bottom))
    path.cubicTo(
        QPointF(mid, band.b_bottom), QPointF(mid, band.a_bottom), QPointF(x0, band.a_bottom)
    )
    path.closeSubpath()
    return path


def thin_path(band: Band, width: float) -> QPainterPath:
    """An entity's or a number's link: a curve between its passages' middles."""
    x0, y0, x1, y1 = thin_ends(band, width)
    path = QPainterPath(QPointF(x0, y0))
    mid = width / 2
    path.cubicTo(QPointF(mid, y0), QPointF(mid, y1), QPointF(x1, y1))
    return path


def quote_edge(theme: Theme) -> QColor:
    """The dashes round a quote's band: its orange, moved towards the text colour until
    they stand out (3:1) from the map's background and from the band's fill, as the
    quote's underline does from its tint."""
    fill = theme.band_fill(MatchKind.QUOTE)
    on = [theme.base, blend(fill, theme.base, fill.alphaF())]
    return readable(theme.line_colour(KIND_COLOURS[MatchKind.QUOTE]), on, theme.text, LINE_CONTRAST)


def band_colours(theme: Theme, band: Band, selected: bool, faded: bool) -> tuple[QColor, QColor]:
    """A wide band's fill and edge: strong when chosen, stepped back when another is, a
    loose claim's fainter than a sure one's (but when chosen)."""
    fill = theme.band_fill(band.kind)
    loose = band.loose and not selected
    if selected:
        fill.setAlpha(230)
    elif faded:
        fill.setAlpha(int(fill.alpha() * FADE))
    if loose:
        fill.setAlpha(int(fill.alpha() * LOOSE_FILL))
    if band.kind == MatchKind.QUOTE:
        # dashes in the colour of the quote's underline: darker (lighter, on a dark
        # page) than the band's orange, or the gaps would not show
        edge = quote_edge(theme)
        edge.setAlpha(255 if selected else FADED_ALPHA if faded else 230)
        return fill, edge
    edge = theme.kind_colour(band.kind)
    edge.setAlpha(
        255 if selected else FADED_ALPHA if faded else LOOSE_EDGE_ALPHA if loose else EDGE_ALPHA
    )
    return fill, edge


def band_pen(theme: Theme, band: Band, selected: bool, faded: bool) -> tuple[QColor, QPen]:
    """A band's fill and the pen of its edge (a thin link's: its line)."""
    colour = theme.kind_colour(band.kind)
    if is_thin(band):
        colour.setAlpha(255 if selected else FADED_ALPHA if faded else 140)
        pen = QPen(colour, THIN_CHOSEN if selected else THIN_LINE)
        if band.kind == MatchKind.NUMBER:
            pen.setDashPattern(DOTS)
        return colour, pen
    fill, edge = band_colours(theme, band, selected, faded)
    pen = QPen(edge, 2.0 if selected else 1.0)
    if band.kind == MatchKind.QUOTE:
        pen = QPen(edge, 2.0 if selected else 1.5)
        pen.setDashPattern(DASHES)
    if band.manual:  # the reader's own link: a dash-dot edge, whatever its kind
        pen = QPen(edge, 2.0 if selected else 1.5)
        pen.setDashPattern(DASH_DOT)
    return fill, pen


def paint_band(
    p: QPainter, theme: Theme, band: Band, width: float, selected: bool, faded: bool
) -> None:
    """One band (a thin link: its line), chosen or stepped back."""
    fill, pen = band_pen(theme, band, selected, faded)
    p.setPen(pen)
    if is_thin(band):
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawPath(thin_path(band, width))
        return
    p.setBrush(fill)
    p.drawPath(band_path(band, width))


def paint_bands(
    p: QPainter, theme: Theme, bands: Sequence[Band], width: float, chosen: Collection[str | None]
) -> None:
    """Every band, those of ``chosen`` matches drawn strong and on top (a sure claim's
    over a loose one's); with one of them in view, the others step back, so that its band
    is easy to follow through a wash of crossing bands (the seed pair draws some 25 at
    once)."""
    order = sorted(bands, key=lambda b: (b.match_id in chosen, b.kind, not b.loose))
    fade = any(b.match_id in chosen for b in order)
    drawn: set[tuple[object, ...]] = set()
    for band in order:
        selected = band.match_id in chosen
        faded = fade and not selected
        # a long pair's names recur: most bands then run from a passage in view to
        # a stub at an edge, and many are drawn on the very same pixels (70 shapes
        # among 280 bands): paint each shape once, which looks the same and is fast
        shape = band_shape(band, selected, faded)
        if shape in drawn:
            continue
        drawn.add(shape)
        paint_band(p, theme, band, width, selected, faded)


def paint_current(
    p: QPainter, theme: Theme, band: Band, rect: QRectF, ring: QColor, ground: QColor
) -> None:
    """The halo round the keyboard's current band (drawn strong) on a map of ``rect``, as
    a list's focused row is outlined: a ring in the focus ring's colour ``ring``, a line
    of ``ground`` (the page) away from the band's own edge, which keeps its kind's colour
    and dashes (``reader.ui.band_halo``)."""
    width = rect.width()
    if is_thin(band):
        paint_halo(p, thin_path(band, width), THIN_CHOSEN / 2, ring, ground, None)
        paint_band(p, theme, band, width, True, False)  # the link itself again, on top
        return
    path = band_path(band, width)
    pen = band_pen(theme, band, True, False)[1]
    paint_halo(p, path, pen.widthF() / 2, ring, ground, rect)
    p.save()
    p.setPen(pen)  # the edge again, its outer half under the gap
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawPath(path)
    p.restore()


def paint_flags(
    p: QPainter, bands: Sequence[Band], flagged: Collection[str], width: float, ground: QColor
) -> None:
    """A vermillion "!" on each flagged band in view, once a place."""
    for y in flag_places(bands, flagged):
        paint_flag(p, QPointF(width / 2, y), ground)


def paint_none(p: QPainter, colour: QColor, top: float, bottom: float, width: int) -> None:
    """ "No links" down the middle of the strip from ``top`` to ``bottom``, read from the
    bottom up, in place of an empty picture of a pair that shares nothing (or whose links
    are hidden)."""
    p.save()
    p.translate(width / 2, (top + bottom) / 2)
    p.rotate(-90)
    p.setPen(colour)
    box = QRectF(-(bottom - top) / 2, -width / 2, bottom - top, float(width))
    p.drawText(box, Qt.AlignmentFlag.AlignCenter, NONE_DRAWN)
    p.restore()
