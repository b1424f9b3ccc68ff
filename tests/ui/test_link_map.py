"""Tests of reader/ui/link_map.py: the bands between the panes, painted for real."""

from __future__ import annotations

from itertools import pairwise

import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from reader.model import MatchKind
from reader.ui.geometry import Band
from reader.ui.highlights import DISCREPANCY_COLOUR
from reader.ui.link_map import LinkMap
from tests.ui.palette_fixtures import PALETTES, palette

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


def edge(widget: LinkMap, top: int) -> list[bool]:
    """Where the top edge of a level band at ``top`` is drawn, pixel by pixel across the
    map (a line at ``top`` straddles two rows of pixels)."""
    image = widget.grab().toImage()
    middle = widget.width() // 2
    # without an edge: the map's background above the line, the band's fill below it
    above, below = image.pixelColor(middle, top - 6), image.pixelColor(middle, top + 8)
    return [
        distance(image.pixelColor(x, top - 1), above) > 40
        or distance(image.pixelColor(x, top), below) > 40
        for x in range(8, widget.width() - 8)
    ]


def breaks(line: list[bool]) -> int:
    """How often ``line`` breaks off or starts again: 0 for a whole line."""
    return sum(a != b for a, b in pairwise(line))


def painted(qtbot: QtBot, name: str, lower: Band) -> LinkMap:
    """A 120-pixel map in palette ``name``: a claim band at 10-40, ``lower`` at 70-100."""
    widget = LinkMap()
    qtbot.addWidget(widget)
    colours = PALETTES[name]
    if colours is not None:
        widget.setPalette(palette(colours))
    widget.resize(120, 120)
    widget.set_bands([Band("m1", MatchKind.CLAIM, 10.0, 40.0, 10.0, 40.0), lower])
    return widget


@pytest.mark.parametrize("name", list(PALETTES))
def test_a_quote_band_is_edged_in_dashes_a_claim_band_in_a_whole_line(
    qtbot: QtBot, name: str
) -> None:
    """As in the text, where a quote is underlined in dashes: told from a claim without
    its colour."""
    widget = painted(qtbot, name, Band("m2", MatchKind.QUOTE, 70.0, 100.0, 70.0, 100.0))
    claim, quote = edge(widget, 10), edge(widget, 70)
    assert all(claim)
    assert breaks(quote) >= 6 and sum(quote) >= len(quote) / 3  # three dashes or more


def test_a_number_link_is_dotted_an_entity_link_whole(qtbot: QtBot) -> None:
    """As a number is underlined in dots in the text, an entity in a whole line."""
    widget = LinkMap()
    qtbot.addWidget(widget)
    widget.resize(120, 120)
    widget.set_bands(
        [
            Band("m1", MatchKind.ENTITY, 20.0, 30.0, 20.0, 30.0),
            Band("m2", MatchKind.NUMBER, 60.0, 70.0, 60.0, 70.0),
        ]
    )
    image = widget.grab().toImage()
    ground = image.pixelColor(60, 45)

    def line(y: int) -> list[bool]:
        return [
            max(distance(image.pixelColor(x, row), ground) for row in (y - 1, y)) > 40
            for x in range(8, widget.width() - 8)
        ]

    entity, number = line(25), line(65)
    assert all(entity)
    assert breaks(number) >= 6 and sum(number) >= len(number) / 5


@pytest.mark.parametrize("name", list(PALETTES))
def test_a_band_linked_by_hand_is_edged_in_dash_dots(qtbot: QtBot, name: str) -> None:
    """A hand link's band looked exactly like a claim's: the reader's own links could not
    be told from the aligner's on the map."""
    by_hand_band = Band("m2", MatchKind.CLAIM, 70.0, 100.0, 70.0, 100.0, manual=True)
    widget = painted(qtbot, name, by_hand_band)
    aligner, by_hand = edge(widget, 10), edge(widget, 70)
    assert all(aligner)
    assert breaks(by_hand) >= 6


LOOSE_BAND = Band("m2", MatchKind.CLAIM, 70.0, 100.0, 70.0, 100.0, loose=True)


def test_a_loose_claims_band_is_painted_nearer_the_background(qtbot: QtBot) -> None:
    widget = painted(qtbot, "light", LOOSE_BAND)
    background = colour_at(widget, 55)
    sure, loose = colour_at(widget, 25), colour_at(widget, 85)
    assert 0 < distance(loose, background) < distance(sure, background) * 0.7


# --- a discrepancy's mark, above every band ------------------------------------------

FLAGGED = Band("m1", MatchKind.CLAIM, 40.0, 80.0, 40.0, 80.0)  # its "!" about (36, 60)
CROSSING = Band("m2", MatchKind.CLAIM, 20.0, 50.0, 70.0, 100.0)  # over the "!" mid-map
BELOW = Band("m2", MatchKind.QUOTE, 61.0, 100.0, 61.0, 100.0)  # its edge by the stem


@pytest.mark.parametrize("neighbour", [CROSSING, BELOW], ids=["crossing", "edge-by-it"])
@pytest.mark.parametrize("focused", [False, True], ids=["chosen", "current"])
def test_a_chosen_or_current_band_leaves_a_neighbours_mark_on_top(
    qtbot: QtBot, neighbour: Band, focused: bool
) -> None:
    """The chosen band, drawn last, and the current band's halo were painted over the
    "!" of the flagged band beside them: the one discrepancy in view went unseen just as
    the reader stepped onto its neighbour."""
    widget = LinkMap()
    qtbot.addWidget(widget)
    widget.resize(72, 120)
    widget.set_bands([FLAGGED, neighbour])
    widget.set_links(["m1", "m2"])
    widget.set_flagged(frozenset({"m1"}))
    widget.set_selected("m2")
    if focused:
        widget.show()
        widget.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is widget)
        widget.setFocus()
        assert widget.hasFocus()
    image = widget.grab().toImage()
    stem = [image.pixelColor(x, y) for x in (35, 36) for y in range(56, 60)]
    assert all(distance(c, QColor(DISCREPANCY_COLOUR)) < 30 for c in stem)


# a claim's band and a quote's inside it, both disputing one figure ("tre vs sei" in the
# Italian bridge pair): their middles 5 pixels apart
CLAIM_FLAGGED = Band("m1", MatchKind.CLAIM, 30.0, 90.0, 30.0, 90.0)  # middle 60
QUOTE_FLAGGED = Band("m2", MatchKind.QUOTE, 45.0, 85.0, 45.0, 85.0)  # middle 65


def test_two_discrepancy_marks_that_would_overlap_are_drawn_as_one(qtbot: QtBot) -> None:
    """Two rings were drawn 5 pixels apart, the upper one half hidden under the lower, a
    figure of eight down the map; one ring marks the place now."""
    widget = LinkMap()
    qtbot.addWidget(widget)
    widget.resize(72, 120)
    widget.set_bands([CLAIM_FLAGGED, QUOTE_FLAGGED])
    widget.set_links(["m1", "m2"])
    widget.set_flagged(frozenset({"m1", "m2"}))
    image = widget.grab().toImage()
    marked = [
        y
        for y in range(image.height())
        if distance(image.pixelColor(widget.width() // 2, y), QColor(DISCREPANCY_COLOUR)) < 60
    ]
    assert marked
    assert marked[-1] - marked[0] <= 14  # one ring: a radius of 6, a line 2 wide
