"""The link map's current band (the keyboard's), haloed as a focused control is outlined:
a ring in the focus ring's colour and width, set off from the band's edge by a line of
the page.

The halo was a line of the focus colour laid against the band's edge: round a claim,
whose edge is sky blue (#56b4e9), it read as that edge drawn thicker, a blue on a blue
(the ring's #308cc6 in the light palette, #457fd7 in the dark one: 1.6:1 and 1.7:1
against the edge), the keyboard's band hard to tell from a chosen one. The gap of page
between them makes two lines of one: the band's own edge, in its kind's colour and
dashes, then the ring, 3:1 or more on the page, as the map's ring round its strip."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen

from reader.ui.focus_ring import FOCUS_RING

HALO_GAP = 2.0  # pixels of page between the band's edge and the ring


def paint_halo(
    p: QPainter, path: QPainterPath, edge: float, ring: QColor, page: QColor, outside: QRectF | None
) -> None:
    """Stroke the halo round ``path``, whose edge reaches ``edge`` pixels out of it: the
    ring, then the gap over its inner side. ``outside``: the area to draw in, the band's
    inside left alone (a wide band's fill); None strokes both sides (a thin link's line,
    which the caller draws again on top)."""
    p.save()
    p.setBrush(Qt.BrushStyle.NoBrush)
    if outside is not None:
        area = QPainterPath()
        area.addRect(outside)
        p.setClipPath(area.subtracted(path), Qt.ClipOperation.IntersectClip)
    p.setPen(QPen(ring, 2.0 * (edge + HALO_GAP + FOCUS_RING)))
    p.drawPath(path)
    p.setPen(QPen(page, 2.0 * (edge + HALO_GAP)))
    p.drawPath(path)
    p.restore()
