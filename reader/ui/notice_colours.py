"""The notice bar's colours in a dark palette that leaves the tooltip colours light.

The bar is drawn in the palette's tooltip colours (pale yellow, black words, in a light
one). A dark desktop often sets the window's colours and not the tooltips': the bar
stayed pale yellow (#ffffdc) over the dark panes, the brightest thing in the window.
There it takes a dark yellow of the window's own ground instead, as the highlights are
tints over the page, its words in the window's text colour (4.5:1 or more).
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

from reader.ui.highlights import FLASH_COLOUR, TEXT_CONTRAST, blend, readable

NOTICE_SHARE = 0.15  # of the yellow over the window's ground: a notice, not a flash
LIGHT = 128  # a lightness from here up is a light colour

R = QPalette.ColorRole


def notice_colours(palette: QPalette) -> tuple[QColor, QColor] | None:
    """The bar's ground and words for ``palette`` when it is dark and its tooltips are
    light; None when the tooltip colours fit it (a light palette, dark tooltips)."""
    window, words = palette.color(R.Window), palette.color(R.WindowText)
    if window.lightness() >= words.lightness() or palette.color(R.ToolTipBase).lightness() < LIGHT:
        return None
    ground = blend(FLASH_COLOUR, window, NOTICE_SHARE)
    return ground, readable(words, [ground], QColor("white"), TEXT_CONTRAST)
