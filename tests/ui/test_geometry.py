"""Tables for the link map's band geometry and the offset helpers (pure Python)."""

from __future__ import annotations

import pytest

from reader.model import Match, MatchKind, Span
from reader.ui.geometry import (
    STUB,
    Band,
    BandInput,
    SpanIndex,
    Utf16Map,
    band_at,
    compute_bands,
    jump_place,
    step_index,
    step_wraps,
)

C = MatchKind.CLAIM


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        # both ends visible: unchanged
        (BandInput("m", C, 10, 20, 30, 50), Band("m", C, 10, 20, 30, 50)),
        # partner below the view: a stub at the bottom edge
        (BandInput("m", C, 10, 20, 500, 520), Band("m", C, 10, 20, 100 - STUB, 100, False, True)),
        # A end above the view: stub at the top
        (BandInput("m", C, -80, -60, 40, 60), Band("m", C, 0, STUB, 40, 60, True, False)),
        # partly visible end: clamped, not a stub
        (BandInput("m", C, -10, 20, 90, 130), Band("m", C, 0, 20, 90, 100)),
        # both ends off-screen: not painted
        (BandInput("m", C, -50, -40, 200, 210), None),
    ],
)
def test_compute_bands(item: BandInput, expected: Band | None) -> None:
    bands = compute_bands([item], 100)
    assert bands == ([expected] if expected else [])


def test_band_at_picks_the_band_the_pointer_is_most_inside() -> None:
    wide = Band("wide", C, 0, 60, 0, 60)
    narrow = Band("narrow", C, 40, 50, 40, 50)
    assert band_at([narrow, wide], 30, 45, 60) is narrow  # inside both, at narrow's middle
    assert band_at([narrow, wide], 30, 10, 60) is wide


def test_band_at_prefers_full_bands() -> None:
    full = Band("full", C, 10, 30, 10, 30)
    stub = Band("stub", C, 10, 30, 94, 100, b_stub=True)
    assert band_at([full, stub], 5, 20, 60) is full
    assert band_at([full], 30, 80, 60) is None
    assert band_at([full], 70, 20, 60) is None


@pytest.mark.parametrize(
    ("text", "py", "qt"),
    [
        ("abc", 2, 2),
        ("a\U0001f600b", 2, 3),
        ("a\U0001f600b", 3, 4),
        ("\U0001f600\U0001f600x", 2, 4),
    ],
)
def test_utf16_map(text: str, py: int, qt: int) -> None:
    m = Utf16Map(text)
    assert m.to_qt(py) == qt
    assert m.from_qt(qt) == py


def test_span_index_orders_claims_first() -> None:
    claim = Match("c", MatchKind.CLAIM, Span(0, 50), Span(0, 50), 0.6)
    entity = Match("e", MatchKind.ENTITY, Span(10, 15), Span(10, 15), 0.9)
    far = Match("f", MatchKind.CLAIM, Span(60, 70), Span(60, 70), 0.9)
    index = SpanIndex([entity, far, claim], "a")
    assert [m.id for m in index.at(12)] == ["c", "e"]
    assert [m.id for m in index.at(55)] == []
    assert [m.id for m in index.overlapping(Span(45, 65))] == ["c", "f"]


@pytest.mark.parametrize(
    ("current", "step", "top", "expected"),
    [
        ("b", 1, 0, 2),
        ("b", -1, 0, 0),
        ("c", 1, 0, 0),  # wraps
        ("a", -1, 0, 2),
        (None, 1, 15, 1),  # first at or after the top of the view
        (None, -1, 15, 0),
        (None, 1, 99, 0),
        (None, -1, 99, 2),
    ],
)
def test_step_index(current: str | None, step: int, top: int, expected: int) -> None:
    assert step_index(["a", "b", "c"], current, step, [0, 20, 40], top) == expected


@pytest.mark.parametrize(
    ("current", "step", "top", "expected"),
    [
        ("c", 1, 0, True),  # Next from the last
        ("a", -1, 0, True),  # Previous from the first
        ("b", 1, 0, False),
        ("b", -1, 0, False),
        ("a", 1, 0, False),
        (None, 1, 99, True),  # below the last match: Next goes up to the first
        (None, -1, 99, False),  # Previous goes to the last, just above
        (None, -1, 0, True),  # above the first: Previous goes down to the last
        (None, 1, 0, False),
    ],
)
def test_step_wraps(current: str | None, step: int, top: int, expected: bool) -> None:
    assert step_wraps(["a", "b", "c"], current, step, [0, 20, 40], top) is expected


def test_a_step_on_the_only_match_wraps() -> None:
    assert step_wraps(["a"], "a", 1, [0], 0)


@pytest.mark.parametrize(
    ("top", "bottom", "expected"),
    [
        (200, 220, None),  # lines above and below it: the view stays
        (60, 80, None),  # just the margin above
        (40, 60, 0.3),  # on the view's first lines
        (-10, 10, 0.3),  # partly above the view
        (980, 999, 0.3),  # on its last line
        (990, 1010, 0.3),  # partly below
        (5000, 5020, 0.3),  # far below
        (900, 1700, 0.14),  # long: its start higher, so that its end shows too
        (0, 2000, 0.06),  # longer than the view: its start the margin down
    ],
)
def test_jump_place(top: float, bottom: float, expected: float | None) -> None:
    assert jump_place(top, bottom, 1000, 60) == pytest.approx(expected)


def test_the_margin_is_a_quarter_of_a_small_view_at_most() -> None:
    assert jump_place(55, 75, 200, 60) is None  # 50 above it: enough


def test_without_a_margin_a_passage_in_view_stays_on_the_last_line() -> None:
    assert jump_place(980, 999, 1000, 0) is None


def test_compute_bands_with_top_margin() -> None:
    # the link map's text strip starts at y=40: ends above it are stubs at 40
    bands = compute_bands([BandInput("m", C, 0, 20, 50, 60)], 100, top=40)
    assert bands == [Band("m", C, 40, 40 + STUB, 50, 60, True, False)]
    assert compute_bands([BandInput("m", C, 0, 20, 10, 30)], 100, top=40) == []


def test_a_link_made_by_hand_keeps_its_mark_on_its_band() -> None:
    (band,) = compute_bands([BandInput("m", C, 10, 20, 30, 50, manual=True)], 100)
    assert band.manual
