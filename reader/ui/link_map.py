"""Link map between the panes: bands joining matched passages, as diff tools draw.

It knows nothing about the panes: the window hands it bands (``reader.ui.geometry``),
it paints them and reports clicks.

The keyboard: the map takes the focus by a click only (``Qt.ClickFocus``), not by Tab:
the Matches panel is the keyboard's way to the same links (docs/robustness.md). Focused,
it draws a ring round its strip (level with the articles' text) and a halo round its
current band (``reader.ui.band_halo``); Up/Down, PgUp/PgDn and Home/End move the
current band through the links in reading order (``reader.ui.link_keys``), Enter or
Space jumps to it as a click does.
Its accessible description says the current link ("Link 4 of 23: ...",
``reader.ui.link_words``), how many there are, or that there are none.

Kinds differ by more than colour, as in the text (``reader.ui.highlights``): a quote's
band is edged in dashes (the quote's dashed underline), a claim's in a whole line; a
number's link is dotted, an entity's a whole line. A loose claim's band (one scored
under LOOSE_SCORE) is fainter, as its tint in the text is paler.

A discrepancy's "!" is painted after every band and after the current band's halo, so
that no chosen or current band covers a neighbour's mark.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
    QWheelEvent,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from reader.model import MatchKind
from reader.ui.band_halo import paint_halo
from reader.ui.control_focus import ring_colour
from reader.ui.focus_ring import FOCUS_RING, draw_ring
from reader.ui.geometry import Band, band_at
from reader.ui.highlights import (
    DISCREPANCY_COLOUR,
    KIND_COLOURS,
    LINE_CONTRAST,
    Theme,
    blend,
    readable,
)
from reader.ui.link_keys import CHOOSE_KEYS, key_step, step_to
from reader.ui.link_words import ABOUT, count_said, place_said

STUB_REACH = 0.3  # fraction of the width a stub band reaches across
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
FRAME = 1.0  # the lines above and below the strip level with the text
FRAME_GREY = "#8c8c8c"  # their colour, tinted towards the page
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
    x0, x1 = 0.0, width
    if band.b_stub:
        x1 = width * STUB_REACH
    elif band.a_stub:
        x0 = width * (1 - STUB_REACH)
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
    y0 = (band.a_top + band.a_bottom) / 2
    y1 = (band.b_top + band.b_bottom) / 2
    x1 = width * STUB_REACH if band.b_stub else width
    x0 = width * (1 - STUB_REACH) if band.a_stub else 0.0
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


class LinkMap(QWidget):
    """Bands between the panes.

    Signals:
        band_clicked(str): the reader clicked the band of this match id (or pressed
            Enter or Space on it).
        current_moved(str): the keyboard moved the current band to this match id, for
            the panes to bring it into view.
        wheeled(int, int): the wheel turned over the map: its angle delta and pixel
            delta in y (as ``QWheelEvent`` gives them), for the panes to scroll.
    """

    band_clicked = Signal(str)
    current_moved = Signal(str)
    wheeled = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bands: list[Band] = []
        self._selected: str | None = None
        self._flagged: frozenset[str] = frozenset()
        self._area: tuple[float, float] | None = None
        self._describe: Callable[[str], str] = lambda match_id: match_id
        self._links: list[str] = []  # match ids, in reading order
        self._none = ABOUT  # said while there is no link
        self._current: str | None = None  # the keyboard's band
        self._speak: Callable[[str], str] = lambda match_id: match_id
        self.setMinimumWidth(48)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding)
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.setAccessibleName("Link map")
        self.setAccessibleDescription(ABOUT)
        self.setMouseTracking(True)

    def sizeHint(self) -> QSize:
        return QSize(72, 400)

    def set_bands(self, bands: Sequence[Band]) -> None:
        self._bands = list(bands)
        self.update()

    def bands(self) -> list[Band]:
        return list(self._bands)

    def set_area(self, top: float, bottom: float) -> None:
        """The strip (in y) level with the panes' text: bands are drawn only there."""
        self._area = (top, bottom)

    def set_selected(self, match_id: str | None) -> None:
        """The reader's current match, chosen anywhere: the current band follows it."""
        self._selected = match_id
        self._current = match_id
        self._tell()
        self.update()

    def set_links(self, match_ids: Sequence[str], none: str = ABOUT) -> None:
        """The links the keyboard goes through (match ids in reading order), and what
        the map says when there are none (``link_words.none_said``)."""
        self._links = list(match_ids)
        self._none = none
        if self._current not in self._links:
            self._current = None
        self._tell()
        self.update()

    def links(self) -> list[str]:
        return list(self._links)

    def current(self) -> str | None:
        """The match id of the current band (the keyboard's), if any."""
        return self._current

    def set_speaker(self, speak: Callable[[str], str]) -> None:
        """How to say a link to a screen reader (match id -> plain text)."""
        self._speak = speak
        self._tell()

    def said(self) -> str:
        """What the map says of itself: the current link, how many, or that none."""
        if not self._links:
            return self._none
        if self._current not in self._links:  # none, or one the links are to take in
            return count_said(len(self._links))
        at = self._links.index(self._current)
        return place_said(at, len(self._links), self._speak(self._current))

    def _tell(self) -> None:
        """Put ``said`` in the accessible description (Qt sends DescriptionChanged)."""
        said = self.said()
        if self.accessibleDescription() != said:
            self.setAccessibleDescription(said)

    def set_flagged(self, match_ids: frozenset[str]) -> None:
        """Matches with a discrepancy: their bands carry a vermillion mark."""
        self._flagged = match_ids
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        theme = Theme.from_palette(self.palette())
        p.fillRect(self.rect(), self.palette().color(QPalette.ColorRole.Window))
        w = float(self.width())
        if self._area is not None:
            top, bottom = self._area
            p.setClipRect(self._strip())
            frame = theme.tint(FRAME_GREY, 0.25, 0.3)
            p.fillRect(self._strip(), theme.base)
            # a line of one pixel, centred half a pixel inside the strip: centred on its
            # edge, half of it was clipped, a faint smear at scale 1 and 1.5
            p.setPen(QPen(frame, FRAME))
            p.drawLine(QPointF(0.0, top + FRAME / 2), QPointF(w, top + FRAME / 2))
            p.drawLine(QPointF(0.0, bottom - FRAME / 2), QPointF(w, bottom - FRAME / 2))
        # the chosen band on top, a sure claim's over a loose one's
        order = sorted(
            self._bands, key=lambda b: (b.match_id in self._chosen(), b.kind, not b.loose)
        )
        # with a chosen match in view, the others step back, so that its band is easy to
        # follow through a wash of crossing bands (the seed pair draws some 25 at once)
        fade = any(b.match_id in self._chosen() for b in order)
        drawn: set[tuple[object, ...]] = set()
        for band in order:
            faded = fade and band.match_id not in self._chosen()
            # a long pair's names recur: most bands then run from a passage in view to
            # a stub at an edge, and many are drawn on the very same pixels (70 shapes
            # among 280 bands): paint each shape once, which looks the same and is fast
            shape = self._shape(band, faded)
            if shape in drawn:
                continue
            drawn.add(shape)
            self._paint_band(p, theme, band, w, faded)
        if self.hasFocus():
            self._paint_current(p, theme)
        # the marks last, above every band: a chosen or current band, drawn on top,
        # covered a neighbour's "!" where the two crossed
        self._paint_flags(p, theme)
        if not self._links and self._none != ABOUT:
            self._paint_none(p, theme)
        p.end()
        if self.hasFocus():
            half = FOCUS_RING / 2
            ring = self._strip().adjusted(half, half, -half, -half)
            draw_ring(self, ring, ring_colour(self.palette()))

    def _strip(self) -> QRectF:
        """Where the map shows its links: the strip level with the articles' text (the
        whole map until the window says where that is). The focus ring goes round it, as
        an article's goes round its text, not up beside the titles."""
        if self._area is None:
            return self.rect().toRectF()
        top, bottom = self._area
        return QRectF(0.0, top, float(self.width()), bottom - top)

    def _ground(self, theme: Theme) -> QColor:
        """The colour the bands lie on: the page's in the strip, the panel's until the
        window says where the strip is."""
        return (
            theme.base
            if self._area is not None
            else self.palette().color(QPalette.ColorRole.Window)
        )

    def _paint_flags(self, p: QPainter, theme: Theme) -> None:
        """A vermillion "!" on each flagged band in view, once a place."""
        w = float(self.width())
        places = {
            round((b.a_top + b.a_bottom + b.b_top + b.b_bottom) / 4)
            for b in self._bands
            if b.match_id in self._flagged
        }
        for y in sorted(places):
            paint_flag(p, QPointF(w / 2, y), theme.base)

    def _paint_none(self, p: QPainter, theme: Theme) -> None:
        """ "No links" down the middle of the strip, read from the bottom up, in place
        of an empty picture of a pair that shares nothing (or whose links are hidden)."""
        top, bottom = self._area if self._area is not None else (0.0, float(self.height()))
        p.save()
        p.translate(self.width() / 2, (top + bottom) / 2)
        p.rotate(-90)
        p.setPen(theme.text)
        box = QRectF(-(bottom - top) / 2, -self.width() / 2, bottom - top, float(self.width()))
        p.drawText(box, Qt.AlignmentFlag.AlignCenter, NONE_DRAWN)
        p.restore()

    def _paint_current(self, p: QPainter, theme: Theme) -> None:
        """The halo round the current band, as a list's focused row is outlined: a ring
        in the focus ring's colour, a line of page away from the band's own edge, which
        keeps its kind's colour and dashes (``reader.ui.band_halo``)."""
        band = next((b for b in self._bands if b.match_id == self._current), None)
        if band is None:
            return
        ring = ring_colour(self.palette())
        w = float(self.width())
        if band.kind in (MatchKind.ENTITY, MatchKind.NUMBER):
            paint_halo(p, thin_path(band, w), THIN_CHOSEN / 2, ring, self._ground(theme), None)
            self._paint_band(p, theme, band, w, False)  # the link itself again, on top
            return
        path = band_path(band, w)
        pen = self._band_pen(theme, band, False)[1]
        paint_halo(p, path, pen.widthF() / 2, ring, self._ground(theme), self.rect().toRectF())
        p.save()
        p.setPen(pen)  # the edge again, its outer half under the gap
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawPath(path)
        p.restore()

    def _chosen(self) -> tuple[str | None, ...]:
        """The bands drawn strong: the chosen match's, and while the map has the
        keyboard, the current band (which the others step back from, as from a chosen
        one, so that it is found at once among them)."""
        return (self._selected, self._current) if self.hasFocus() else (self._selected,)

    def _shape(self, band: Band, faded: bool) -> tuple[object, ...]:
        """What a band's painting depends on, to the pixel (a chosen band is unique)."""
        if band.match_id in self._chosen():
            return (band.match_id,)
        ends: tuple[float, ...] = (band.a_top, band.a_bottom, band.b_top, band.b_bottom)
        if band.kind in (MatchKind.ENTITY, MatchKind.NUMBER):  # a line at the middles
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

    def _paint_band(self, p: QPainter, theme: Theme, band: Band, w: float, faded: bool) -> None:
        thin = band.kind in (MatchKind.ENTITY, MatchKind.NUMBER)
        fill, pen = self._band_pen(theme, band, faded)
        p.setPen(pen)
        if thin:
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawPath(thin_path(band, w))
            return
        p.setBrush(fill)
        p.drawPath(band_path(band, w))

    def _band_pen(self, theme: Theme, band: Band, faded: bool) -> tuple[QColor, QPen]:
        """A band's fill and the pen of its edge (a thin link's: its line)."""
        colour = theme.kind_colour(band.kind)
        selected = band.match_id in self._chosen()
        if band.kind in (MatchKind.ENTITY, MatchKind.NUMBER):
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

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            pos = event.position()
            band = band_at(self._bands, pos.x(), pos.y(), float(self.width()))
            if band is not None:
                self.band_clicked.emit(band.match_id)
                event.accept()
                return
        super().mousePressEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Up/Down, PgUp/PgDn, Home/End: another current band; Enter, Space: jump to it."""
        key = event.key()
        plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        step = key_step(key) if plain else None
        if step is not None and self._links:
            shown = {b.match_id for b in self._bands}
            in_view = [m for m in self._links if m in shown]
            page = max(1, len(shown) - 1)
            self._move(step_to(self._links, self._current, step, page, in_view))
            event.accept()
            return
        if plain and key in CHOOSE_KEYS and self._current is not None:
            self.band_clicked.emit(self._current)
            event.accept()
            return
        super().keyPressEvent(event)

    def _move(self, match_id: str) -> None:
        moved = match_id != self._current
        self._current = match_id
        self._tell()
        self.update()
        if moved:
            self.current_moved.emit(match_id)

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.update()  # the ring
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusOutEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        """The wheel over the map scrolls the articles, as over either of them."""
        angle, pixels = event.angleDelta().y(), event.pixelDelta().y()
        if angle or pixels:
            self.wheeled.emit(angle, pixels)
        event.accept()

    def set_describer(self, describe: Callable[[str], str]) -> None:
        """How to describe a band's match in its tooltip (match id -> rich text)."""
        self._describe = describe

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            pos = event.pos()
            band = band_at(self._bands, float(pos.x()), float(pos.y()), float(self.width()))
            if band is not None:
                QToolTip.showText(event.globalPos(), self._describe(band.match_id), self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        pos = event.position()
        band = band_at(self._bands, pos.x(), pos.y(), float(self.width()))
        self.setCursor(Qt.CursorShape.PointingHandCursor if band else Qt.CursorShape.ArrowCursor)
        super().mouseMoveEvent(event)
