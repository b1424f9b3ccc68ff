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

How each band is painted, its kind told by more than colour, is
``reader.ui.band_paint``; where, ``reader.ui.band_geometry`` (no Qt).

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
    QPaintEvent,
    QPalette,
    QPen,
    QWheelEvent,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from reader.ui.band_paint import paint_bands, paint_current, paint_flags, paint_none
from reader.ui.control_focus import ring_colour
from reader.ui.focus_ring import FOCUS_RING, draw_ring
from reader.ui.geometry import Band, band_at
from reader.ui.highlights import Theme
from reader.ui.link_keys import CHOOSE_KEYS, key_step, step_to
from reader.ui.link_words import ABOUT, count_said, place_said

FRAME = 1.0  # the lines above and below the strip level with the text
FRAME_GREY = "#8c8c8c"  # their colour, tinted towards the page


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
        paint_bands(p, theme, self._bands, w, self._chosen())  # the chosen on top
        current = next((b for b in self._bands if b.match_id == self._current), None)
        if self.hasFocus() and current is not None:  # the keyboard's band, haloed
            halo, ground = ring_colour(self.palette()), self._ground(theme)
            paint_current(p, theme, current, self.rect().toRectF(), halo, ground)
        # the marks last, above every band: a chosen or current band, drawn on top,
        # covered a neighbour's "!" where the two crossed
        paint_flags(p, self._bands, self._flagged, w, theme.base)
        if not self._links and self._none != ABOUT:
            top, bottom = self._area if self._area is not None else (0.0, float(self.height()))
            paint_none(p, theme.text, top, bottom, self.width())
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

    def _chosen(self) -> tuple[str | None, ...]:
        """The bands drawn strong: the chosen match's, and while the map has the
        keyboard, the current band (which the others step back from, as from a chosen
        one, so that it is found at once among them)."""
        return (self._selected, self._current) if self.hasFocus() else (self._selected,)

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
