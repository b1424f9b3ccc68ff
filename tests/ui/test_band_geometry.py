"""Tests of reader/ui/band_geometry.py: where the link map draws a band (no Qt)."""

from __future__ import annotations

import pytest

from reader.model import MatchKind
from reader.ui.band_geometry import band_reach, band_shape, flag_places, is_thin, thin_ends
from reader.ui.geometry import Band

CLAIM = Band("m1", MatchKind.CLAIM, 10.0, 40.0, 20.0, 50.0)
NAME = Band("m2", MatchKind.ENTITY, 10.0, 20.0, 30.0, 41.0)


@pytest.mark.parametrize(
    ("a_stub", "b_stub", "reach"),
    [
        (False, False, (0.0, 100.0)),  # side to side
        (False, True, (0.0, 30.0)),  # its B end off-screen: it stops short of B
        (True, False, (70.0, 100.0)),  # its A end off-screen: it starts short of A
        (True, True, (0.0, 30.0)),  # both: drawn from A, as a B stub
    ],
)
def test_a_stub_band_reaches_only_part_of_the_way_across(
    a_stub: bool, b_stub: bool, reach: tuple[float, float]
) -> None:
    band = Band("m1", MatchKind.CLAIM, 10.0, 40.0, 20.0, 50.0, a_stub, b_stub)
    assert band_reach(band, 100.0) == reach


@pytest.mark.parametrize(
    ("a_stub", "b_stub", "ends"),
    [
        (False, False, (0.0, 15.0, 100.0, 35.5)),  # the middles of its passages
        (False, True, (0.0, 15.0, 30.0, 35.5)),
        (True, False, (70.0, 15.0, 100.0, 35.5)),
        (True, True, (70.0, 15.0, 30.0, 35.5)),  # each end stops short on its own
    ],
)
def test_a_thin_link_runs_between_its_passages_middles(
    a_stub: bool, b_stub: bool, ends: tuple[float, float, float, float]
) -> None:
    band = Band("m2", MatchKind.ENTITY, 10.0, 20.0, 30.0, 41.0, a_stub, b_stub)
    assert thin_ends(band, 100.0) == ends


@pytest.mark.parametrize(
    ("kind", "thin"),
    [
        (MatchKind.CLAIM, False),
        (MatchKind.QUOTE, False),
        (MatchKind.ENTITY, True),
        (MatchKind.NUMBER, True),
    ],
)
def test_names_and_numbers_are_linked_by_a_line(kind: MatchKind, thin: bool) -> None:
    assert is_thin(Band("m", kind, 0.0, 1.0, 0.0, 1.0)) is thin


def test_a_discrepancys_mark_sits_mid_band_once_a_place_top_down() -> None:
    bands = [
        Band("m3", MatchKind.CLAIM, 60.0, 80.0, 60.0, 80.0),  # middle 70
        CLAIM,  # middle 30
        Band("m4", MatchKind.QUOTE, 69.6, 70.0, 70.0, 70.4),  # 70 again: one mark
        Band("m5", MatchKind.CLAIM, 0.0, 10.0, 0.0, 10.0),  # not flagged
    ]
    assert flag_places(bands, {"m1", "m3", "m4"}) == [30, 70]
    assert flag_places(bands, set()) == []


def test_a_chosen_bands_shape_is_its_own() -> None:
    assert band_shape(CLAIM, True, False) == ("m1",)


def test_bands_on_the_same_pixels_share_a_shape() -> None:
    other = Band("m9", MatchKind.CLAIM, 10.2, 39.8, 20.0, 50.0)
    assert band_shape(other, False, False) == band_shape(CLAIM, False, False)
    assert band_shape(other, False, True) != band_shape(CLAIM, False, False)  # faded


@pytest.mark.parametrize(
    "other",
    [
        Band("m9", MatchKind.QUOTE, 10.0, 40.0, 20.0, 50.0),  # another kind
        Band("m9", MatchKind.CLAIM, 10.0, 40.0, 20.0, 50.0, b_stub=True),
        Band("m9", MatchKind.CLAIM, 10.0, 40.0, 20.0, 50.0, manual=True),
        Band("m9", MatchKind.CLAIM, 10.0, 40.0, 20.0, 50.0, loose=True),
        Band("m9", MatchKind.CLAIM, 10.0, 42.0, 20.0, 50.0),  # a pixel off
    ],
)
def test_bands_painted_otherwise_differ_in_shape(other: Band) -> None:
    assert band_shape(other, False, False) != band_shape(CLAIM, False, False)


def test_a_thin_links_shape_is_its_middles() -> None:
    """Passages of other heights with the same middles draw the very same line."""
    taller = Band("m8", MatchKind.ENTITY, 5.0, 25.0, 25.0, 46.0)
    assert band_shape(taller, False, False) == band_shape(NAME, False, False)
