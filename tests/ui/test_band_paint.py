"""Tests of reader/ui/band_paint.py: how the link map paints a band (the map painted
for real: tests/ui/test_link_map.py)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from pytestqt.qtbot import QtBot

from reader.ui.band_paint import band_colours
from reader.ui.highlights import Theme
from tests.ui.palette_fixtures import PALETTES
from tests.ui.test_link_map import LOOSE_BAND, painted


@pytest.mark.parametrize("name", list(PALETTES))
@pytest.mark.parametrize("faded", [False, True])
def test_a_loose_claims_band_is_fainter_than_a_sure_ones(
    qtbot: QtBot, name: str, faded: bool
) -> None:
    """Its fill and its edge are the claim's colours, more see-through, whether or not
    another match is chosen."""
    theme = Theme.from_palette(painted(qtbot, name, LOOSE_BAND).palette())
    sure_fill, sure_edge = band_colours(theme, replace(LOOSE_BAND, loose=False), False, faded)
    fill, edge = band_colours(theme, LOOSE_BAND, False, faded)
    assert fill.rgb() == sure_fill.rgb() and edge.rgb() == sure_edge.rgb()
    assert fill.alpha() < sure_fill.alpha() * 0.6
    assert edge.alpha() <= sure_edge.alpha()


def test_a_chosen_loose_claims_band_is_as_strong_as_a_sure_ones(qtbot: QtBot) -> None:
    theme = Theme.from_palette(painted(qtbot, "light", LOOSE_BAND).palette())
    sure = replace(LOOSE_BAND, loose=False)
    assert band_colours(theme, LOOSE_BAND, True, False) == band_colours(theme, sure, True, False)
