"""A slider whose groove and handle stay visible in every palette.

Fusion draws a slider's groove and the handle's edge in shades of the window colour
(darker by 40%): on a high-contrast palette's black window that is black on black, and on
a dark palette a faint line. This slider keeps QSlider's behaviour (keys, wheel, clicks,
accessibility; the style still places the handle) and paints the two itself, in colours
that stand out from the window by at least 3:1 (WCAG 2 non-text contrast): the groove's
edge and the handle's in a shade of the window's text colour, the part up to the handle
in the selection colour, the handle's edge in it, twice as thick, when the slider has the
keyboard.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSlider, QStyle, QStyleOptionSlider

from reader.ui.highlights import LINE_CONTRAST, blend, readable

GROOVE_THICKNESS = 6.0  # pixels across the groove


class SliderColours:
    """What a slider is painted in, from ``palette``: edges that stand out from the
    window, a handle that stands out from the groove."""

    def __init__(self, palette: QPalette, enabled: bool = True) -> None:
        group = QPalette.ColorGroup.Active if enabled else QPalette.ColorGroup.Disabled
        self.window = palette.color(group, QPalette.ColorRole.Window)
        text = palette.color(group, QPalette.ColorRole.WindowText)
        self.handle = palette.color(group, QPalette.ColorRole.Button)
        self.groove = blend(text, self.window, 0.08)
        ground = [self.window, self.groove, self.handle]
        self.edge = readable(blend(text, self.window, 0.4), ground, text, LINE_CONTRAST)
        highlight = palette.color(group, QPalette.ColorRole.Highlight)
        highlight.setAlpha(255)  # a see-through selection colour would not be measured
        self.value = readable(highlight, [self.window, self.groove], text, LINE_CONTRAST)


class ScoreSlider(QSlider):
    """A QSlider painted in SliderColours: visible in light, dark and high-contrast
    palettes alike."""

    def paintEvent(self, _event: QPaintEvent) -> None:
        option = QStyleOptionSlider()
        self.initStyleOption(option)
        style = self.style()
        control = QStyle.ComplexControl.CC_Slider
        groove = QRectF(
            style.subControlRect(control, option, QStyle.SubControl.SC_SliderGroove, self)
        )
        handle = QRectF(
            style.subControlRect(control, option, QStyle.SubControl.SC_SliderHandle, self)
        )
        colours = SliderColours(self.palette(), self.isEnabled())
        horizontal = self.orientation() == Qt.Orientation.Horizontal
        half = GROOVE_THICKNESS / 2
        if horizontal:
            bar = QRectF(
                groove.left() + 0.5, groove.center().y() - half, groove.width() - 1, 2 * half
            )
        else:
            bar = QRectF(
                groove.center().x() - half, groove.top() + 0.5, 2 * half, groove.height() - 1
            )
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setPen(QPen(colours.edge, 1.0))
        p.setBrush(colours.groove)
        p.drawRoundedRect(bar, half, half)
        # the groove from its minimum to the handle, in the selection colour (upsideDown:
        # the minimum on the right, or at the bottom, as a vertical slider has it)
        filled = QRectF(bar)
        middle = handle.center()
        if horizontal and option.upsideDown:
            filled.setLeft(middle.x())
        elif horizontal:
            filled.setRight(middle.x())
        elif option.upsideDown:
            filled.setTop(middle.y())
        else:
            filled.setBottom(middle.y())
        if filled.width() > 0 and filled.height() > 0:
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(colours.value)
            p.drawRoundedRect(filled, half, half)
        focused = self.hasFocus()
        width = 2.0 if focused else 1.0
        p.setPen(QPen(colours.value if focused else colours.edge, width))
        p.setBrush(colours.handle)
        inset = width / 2  # the edge on whole pixels: crisp
        p.drawRoundedRect(handle.adjusted(inset, inset, -inset, -inset), 3, 3)
        p.end()
