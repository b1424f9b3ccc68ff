"""The toolbar's and menus' icons (reader.ui.icons): seen in light, dark and high-contrast
palettes. The checks count the pixels the toolbar's buttons paint."""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QImage, QPainter, QPalette
from PySide6.QtWidgets import QAbstractButton, QToolButton

from reader.ui.icons import DRAWINGS, line_icon
from reader.ui.main_window import MainWindow
from tests.ui.palette_fixtures import LINE_CONTRAST, PALETTES, contrast, palette

pytestmark = pytest.mark.gui


def ground(image: QImage) -> QColor:
    """The colour most of ``image`` shows: the button's background."""
    counts = Counter(image.pixel(x, y) for x in range(image.width()) for y in range(image.height()))
    return QColor.fromRgb(counts.most_common(1)[0][0])


def icon_pixels(button: QToolButton) -> int:
    """How many pixels of the button's icon (left of its text) stand out by 3:1 or more
    from the button's background."""
    image = button.grab().toImage()
    size = button.iconSize()
    area = QRect(0, 0, size.width() + 8, button.height()).intersected(image.rect())
    back = ground(image)
    return sum(
        contrast(image.pixelColor(x, y), back) >= LINE_CONTRAST
        for x in range(area.left(), area.right() + 1)
        for y in range(area.top(), area.bottom() + 1)
    )


@pytest.mark.parametrize("name", list(PALETTES))
def test_every_toolbar_icon_is_seen(shown: MainWindow, name: str) -> None:
    """With a pair shown, every button enabled (a disabled one is faded on purpose)."""
    window = shown
    colours = PALETTES[name]
    if colours is not None:
        window.setPalette(palette(colours))
    bar = window.toolbar
    seen: dict[str, int] = {}
    for action in bar.actions():
        button = bar.widgetForAction(action)
        if isinstance(button, QToolButton) and not action.icon().isNull():
            seen[action.text()] = icon_pixels(button)
    assert len(seen) == 6
    # a 24-pixel icon drawn in 2-pixel lines covers some 100 pixels or more
    assert all(n >= 60 for n in seen.values()), seen


@pytest.mark.parametrize("name", list(PALETTES))
def test_an_icon_on_a_menu_row_in_the_selection_colour_is_seen(name: str) -> None:
    """A hovered menu row is painted in the selection colour: cyan in a black high-contrast
    palette, where the white icon alone would vanish; its edge keeps it visible."""
    colours = PALETTES[name]
    chosen = palette(colours) if colours is not None else QPalette()
    row = chosen.color(QPalette.ColorRole.Highlight)
    for drawing in DRAWINGS:
        image = QImage(16, 16, QImage.Format.Format_RGB32)
        image.fill(row)
        painter = QPainter(image)
        line_icon(drawing, chosen).paint(painter, QRect(0, 0, 16, 16))
        painter.end()
        seen = sum(
            contrast(image.pixelColor(x, y), row) >= LINE_CONTRAST
            for x in range(16)
            for y in range(16)
        )
        assert seen >= 20, (drawing, seen)


@pytest.mark.parametrize("name", list(PALETTES))
def test_a_panels_float_and_close_buttons_are_seen(window: MainWindow, name: str) -> None:
    colours = PALETTES[name]
    if colours is not None:
        window.setPalette(palette(colours))
    seen = {}
    for button_name in ("qt_dockwidget_floatbutton", "qt_dockwidget_closebutton"):
        button = window.dock.findChild(QAbstractButton, button_name)
        assert button is not None and button.isVisible()
        image = button.grab().toImage()
        back = ground(image)
        seen[button_name] = sum(
            contrast(image.pixelColor(x, y), back) >= LINE_CONTRAST
            for x in range(image.width())
            for y in range(image.height())
        )
    assert all(n >= 12 for n in seen.values()), seen
