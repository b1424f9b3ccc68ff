"""Tests of reader/ui/link_map.py: the bands between the panes, painted for real."""

from __future__ import annotations

from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from reader.model import MatchKind
from reader.ui.geometry import Band
from reader.ui.link_map import LinkMap

# two claim bands, level across the map, one above the other
UPPER = Band("m1", MatchKind.CLAIM, 10.0, 40.0, 10.0, 40.0)
LOWER = Band("m2", MatchKind.CLAIM, 60.0, 90.0, 60.0, 90.0)


def link_map(qtbot: QtBot) -> LinkMap:
    widget = LinkMap()
    qtbot.addWidget(widget)
    widget.resize(72, 120)
    widget.set_bands([UPPER, LOWER])
    return widget


def colour_at(widget: LinkMap, y: int) -> QColor:
    image: QImage = widget.grab().toImage()
    return image.pixelColor(widget.width() // 2, y)


def distance(a: QColor, b: QColor) -> int:
    return abs(a.red() - b.red()) + abs(a.green() - b.green()) + abs(a.blue() - b.blue())


def test_choosing_a_match_fades_the_other_bands(qtbot: QtBot) -> None:
    widget = link_map(qtbot)
    background = colour_at(widget, 50)
    before = colour_at(widget, 75)
    widget.set_selected("m1")
    after = colour_at(widget, 75)
    assert distance(after, background) < distance(before, background)


def test_the_chosen_band_stands_out(qtbot: QtBot) -> None:
    widget = link_map(qtbot)
    before = colour_at(widget, 25)
    background = colour_at(widget, 50)
    widget.set_selected("m1")
    assert distance(colour_at(widget, 25), background) > distance(before, background)


def test_a_chosen_match_out_of_view_fades_nothing(qtbot: QtBot) -> None:
    widget = link_map(qtbot)
    before = colour_at(widget, 75)
    widget.set_selected("m9")  # scrolled away: no band of it in the map
    assert colour_at(widget, 75) == before
