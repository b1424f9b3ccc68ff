"""The window on a high-density screen (device pixel ratio 1.5 or 2).

The offscreen platform reports a ratio above 1 only when told to (QT_SCALE_FACTOR), before
the QApplication exists: test_high_density.py runs this file in a child pytest with it
set. Run in the same process as the other tests, at ratio 1, every test here is skipped.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication

from reader.model import Alignment
from reader.ui.about import ABOUT_ICON_SIZE, show_about
from reader.ui.highlights import Layer, Theme
from reader.ui.main_window import MainWindow
from tests.ui.highlight_fixtures import click_far_from_partner


@pytest.fixture(autouse=True)
def ratio(qapp: QApplication) -> float:
    """The screen's device pixel ratio; the test is skipped on a screen of ratio 1."""
    value = qapp.devicePixelRatio()
    if value <= 1.0:
        pytest.skip("run at a high density by test_high_density.py")
    return value


def device(length: int, ratio: float) -> int:
    """``length`` logical pixels in device pixels, rounded as Qt rounds (qRound)."""
    return int(length * ratio + 0.5)


def test_the_link_map_is_grabbed_at_the_screens_density(shown: MainWindow, ratio: float) -> None:
    link_map = shown.link_map
    picture = link_map.grab()
    assert picture.devicePixelRatio() == ratio
    assert picture.size() == QSize(
        device(link_map.width(), ratio), device(link_map.height(), ratio)
    )


def test_a_click_where_a_highlight_is_drawn_jumps_to_its_partner(
    shown: MainWindow, alignment: Alignment
) -> None:
    quote = click_far_from_partner(shown, alignment, "m3")
    top, bottom = shown.pane_b.span_y(quote.b)  # brought into view
    assert shown.selection() == (quote.a, quote.b)
    assert top >= 0 and bottom <= shown.pane_b.browser.viewport().height()


def test_the_toolbar_icons_are_drawn_at_the_screens_density(
    shown: MainWindow, ratio: float
) -> None:
    picture = shown.actions_.open_pair.icon().pixmap(QSize(24, 24), ratio)
    assert picture.devicePixelRatio() == ratio
    assert picture.width() == device(24, ratio)


def test_the_about_picture_is_drawn_at_the_screens_density(shown: MainWindow, ratio: float) -> None:
    """Taken from the shipped icon of the next size up (128 pixels), not scaled up from 64."""
    box = show_about(shown)
    picture = box.iconPixmap()
    box.close()
    assert picture.devicePixelRatio() == ratio
    assert picture.width() == device(ABOUT_ICON_SIZE, ratio)


def test_the_hatching_in_the_articles_is_drawn_at_the_screens_density(
    shown: MainWindow, ratio: float
) -> None:
    theme = Theme.from_palette(shown.pane_a.browser.palette())
    tile = theme.formats()[Layer.ONLY].background().textureImage()
    assert tile.devicePixelRatio() == ratio
