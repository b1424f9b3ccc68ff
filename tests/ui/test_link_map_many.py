"""The link map of a long pair: names recur through both articles, so most of the bands
in view run from a passage on screen to a stub at an edge, many on the same pixels. A
pile of them is painted once: it looks like one band, not a dark smear, and a map of
hundreds of bands paints in a few milliseconds."""

from __future__ import annotations

from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from reader.model import MatchKind
from reader.ui.geometry import Band
from reader.ui.link_map import LinkMap


def painted(qtbot: QtBot, bands: list[Band], selected: str | None = None) -> QImage:
    widget = LinkMap()
    qtbot.addWidget(widget)
    widget.resize(72, 300)
    widget.set_bands(bands)
    widget.set_selected(selected)
    return widget.grab().toImage()


def stub(k: int, kind: MatchKind = MatchKind.ENTITY) -> Band:
    """A link from a name at y 100 in A to its partner far below B's view."""
    return Band(f"e{k}", kind, 95.0, 105.0, 294.0, 300.0, b_stub=True)


def test_a_pile_of_stubs_on_the_same_pixels_looks_like_one(qtbot: QtBot) -> None:
    one = painted(qtbot, [stub(0)])
    pile = painted(qtbot, [stub(k) for k in range(25)])
    assert pile == one
    claims = [stub(k, MatchKind.CLAIM) for k in range(25)]
    assert painted(qtbot, claims) == painted(qtbot, claims[:1])


def test_the_chosen_band_of_a_pile_still_stands_out(qtbot: QtBot) -> None:
    pile = [stub(k) for k in range(25)]
    assert painted(qtbot, pile, selected="e7") != painted(qtbot, pile)
    # the others, faded, under it once
    assert painted(qtbot, pile, selected="e7") == painted(qtbot, [pile[0], pile[7]], "e7")
