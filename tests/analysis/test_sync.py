"""Tables for reader.analysis.sync: anchor chains and offset mapping."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reader.analysis.sync import Anchor, Side, SyncMap, anchor_chain, partner_offset
from reader.model import Match, MatchKind, Span


def m(mid: str, a: tuple[int, int], b: tuple[int, int], kind: MatchKind = MatchKind.CLAIM) -> Match:
    return Match(mid, kind, Span(*a), Span(*b), 0.8)


@pytest.mark.parametrize(
    ("matches", "expected"),
    [
        ([], []),
        ([m("1", (10, 20), (30, 40))], [((10, 20), (30, 40))]),
        # in order: all kept
        (
            [m("1", (0, 10), (0, 10)), m("2", (20, 30), (25, 35))],
            [((0, 10), (0, 10)), ((20, 30), (25, 35))],
        ),
        # a crossing pair: the longest chain (2 of 3) wins
        (
            [m("1", (0, 10), (50, 60)), m("2", (20, 30), (0, 10)), m("3", (40, 50), (20, 30))],
            [((20, 30), (0, 10)), ((40, 50), (20, 30))],
        ),
        # many-to-many: one A sentence matched twice, only one kept
        (
            [m("1", (0, 10), (0, 10)), m("2", (0, 10), (20, 30))],
            [((0, 10), (0, 10))],
        ),
        # entities and numbers are not anchors
        (
            [m("1", (0, 10), (0, 10), MatchKind.ENTITY), m("2", (5, 8), (5, 8), MatchKind.QUOTE)],
            [((5, 8), (5, 8))],
        ),
        # overlapping in B with the previous anchor: dropped
        (
            [m("1", (0, 10), (0, 20)), m("2", (12, 20), (15, 25))],
            [((0, 10), (0, 20))],
        ),
    ],
)
def test_anchor_chain(
    matches: list[Match], expected: list[tuple[tuple[int, int], tuple[int, int]]]
) -> None:
    chain = anchor_chain(matches)
    assert [((x.a.start, x.a.end), (x.b.start, x.b.end)) for x in chain] == expected


ANCHORS = [Anchor(Span(10, 20), Span(100, 120)), Anchor(Span(50, 60), Span(150, 160))]


@pytest.mark.parametrize(
    ("offset", "side", "expected"),
    [
        (0, "a", 0),
        (5, "a", 50),  # gap before the first anchor: 0..10 -> 0..100
        (10, "a", 100),  # start of anchor
        (15, "a", 110),  # proportional inside: half of 10 -> half of 20
        (20, "a", 120),  # end of anchor
        (35, "a", 135),  # gap 20..50 -> 120..150
        (55, "a", 155),
        (80, "a", 180),  # tail gap 60..100 -> 160..200
        (100, "a", 200),
        (150, "a", 200),  # past the end: clamped
        (-3, "a", 0),
        (110, "b", 15),  # reverse direction
        (135, "b", 35),
        (200, "b", 100),
    ],
)
def test_sync_map_table(offset: int, side: str, expected: int) -> None:
    sm = SyncMap(ANCHORS, 100, 200)
    assert sm.map(offset, "a" if side == "a" else "b") == expected


def test_no_anchors_is_proportional() -> None:
    assert partner_offset([], 50, length_a=100, length_b=300) == 150
    assert partner_offset([], 150, length_a=100, length_b=300, from_side="b") == 50


def test_partner_offset_uses_chain_not_crossing_match() -> None:
    matches = [
        m("1", (0, 10), (0, 10)),
        m("2", (20, 30), (20, 30)),
        m("3", (40, 50), (40, 50)),
        m("x", (25, 28), (90, 95)),  # a reordered sentence: not an anchor
    ]
    assert partner_offset(matches, 25, length_a=100, length_b=100) == 25


def test_empty_documents() -> None:
    assert partner_offset([], 0, length_a=0, length_b=0) == 0
    assert partner_offset([], 0, length_a=0, length_b=10) == 10  # end maps to end


spans = st.tuples(st.integers(0, 900), st.integers(1, 100))


@given(
    st.lists(st.tuples(spans, spans), max_size=30),
    st.integers(0, 1000),
    st.integers(0, 1000),
)
def test_monotone_and_in_range(
    pairs: list[tuple[tuple[int, int], tuple[int, int]]], x: int, y: int
) -> None:
    matches = [
        m(str(i), (a0, a0 + al), (b0, b0 + bl)) for i, ((a0, al), (b0, bl)) in enumerate(pairs)
    ]
    sm = SyncMap.from_matches(matches, 1000, 1000)
    lo, hi = sorted((x, y))
    assert 0 <= sm.map(lo) <= sm.map(hi) <= 1000
    assert 0 <= sm.map(lo, "b") <= sm.map(hi, "b") <= 1000


def test_the_top_maps_to_the_top_when_a_match_starts_there() -> None:
    # B's first sentence matches A's fourth: opening the pair shows both leads
    sm = SyncMap.from_matches([m("1", (400, 480), (0, 120))], 1000, 1000)
    assert sm.map(0, "b") == 0
    assert sm.map(0, "a") == 0


# --- no jumps at the ends: a step of one line moves the other article a few lines at most

LINE = 80  # characters of a line in a pane, about


def largest_move(sm: SyncMap, side: Side, upto: int, start: int = 0) -> int:
    """The most the other article moves for one line of scrolling between ``start`` and
    ``upto`` in the ``side`` article."""
    return max(
        abs(sm.map(x + LINE, side) - sm.map(x, side)) for x in range(start, upto - LINE + 1, 10)
    )


def test_scrolling_a_off_its_top_moves_b_gradually_towards_a_far_partner_of_a_lead() -> None:
    # A's lead is told 3,000 characters down B: B does not leap there on A's first line
    sm = SyncMap.from_matches([m("1", (0, 100), (3000, 3100))], 5000, 5000)
    assert largest_move(sm, "a", 1000) <= 4 * LINE


def test_scrolling_b_off_its_top_moves_a_gradually_towards_a_far_partner_of_b_lead() -> None:
    sm = SyncMap.from_matches([m("1", (2400, 2500), (0, 100))], 5000, 5000)
    assert largest_move(sm, "b", 1000) <= 4 * LINE


def test_scrolling_a_up_from_its_bottom_moves_b_gradually() -> None:
    # A's last sentence is told mid-way down B: B does not leap from its end to there
    sm = SyncMap.from_matches([m("1", (4900, 5000), (2000, 2100))], 5000, 5000)
    assert largest_move(sm, "a", 5000, start=4000) <= 4 * LINE


def test_scrolling_b_up_from_its_bottom_moves_a_gradually() -> None:
    sm = SyncMap.from_matches([m("1", (1500, 1600), (4900, 5000))], 5000, 5000)
    assert largest_move(sm, "b", 5000, start=4000) <= 4 * LINE


def test_a_far_lead_partner_still_comes_level_further_down() -> None:
    # the ramp off the top ends at a later anchor in line with the rest of the chain
    matches = [m("1", (0, 100), (3000, 3100)), m("2", (3500, 3600), (3600, 3700))]
    sm = SyncMap.from_matches(matches, 5000, 5000)
    assert sm.map(3500) == 3600


def test_scrolling_past_anchors_adjacent_in_a_but_far_apart_in_b_is_gradual() -> None:
    # B tells 1,800 characters of its own between two sentences that follow each other in A
    matches = [m("1", (1000, 1100), (1000, 1100)), m("2", (1102, 1200), (3000, 3100))]
    sm = SyncMap.from_matches(matches, 5000, 5000)
    assert largest_move(sm, "a", 5000) <= 4 * LINE


@given(st.lists(st.tuples(spans, spans), max_size=30))
def test_one_line_scrolled_moves_the_other_a_few_lines(
    pairs: list[tuple[tuple[int, int], tuple[int, int]]],
) -> None:
    # sentences of at least a line: each step past one may add its slack
    matches = [
        m(str(i), (a0, a0 + al + LINE), (b0, b0 + bl + LINE))
        for i, ((a0, al), (b0, bl)) in enumerate(pairs)
    ]
    sm = SyncMap.from_matches(matches, 1100, 1100)
    assert largest_move(sm, "a", 1100) <= 5 * LINE
    assert largest_move(sm, "b", 1100) <= 5 * LINE
