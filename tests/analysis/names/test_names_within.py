"""Tests of reader/analysis/names/names_within.py: the name mentions inside a stretch of text."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from reader.analysis.mention import Mention
from reader.analysis.names.names_within import names_within
from reader.model import Span


def mention(start: int, length: int) -> Mention:
    return Mention("name", f"n{start}", Span(start, start + length), "x" * length)


spans = st.lists(st.tuples(st.integers(0, 200), st.integers(1, 12)), max_size=40)
regions = st.tuples(st.integers(0, 220), st.integers(0, 60))


@given(spans, regions)
def test_the_names_of_a_stretch_are_those_it_contains_in_text_order(
    found: list[tuple[int, int]], region: tuple[int, int]
) -> None:
    names = sorted((mention(s, n) for s, n in found), key=lambda m: m.span.start)
    stretch = Span(region[0], region[0] + region[1])
    assert names_within(names, stretch) == [m for m in names if stretch.contains(m.span)]


@given(spans, regions)
def test_the_names_of_a_stretch_are_found_in_any_order(
    found: list[tuple[int, int]], region: tuple[int, int]
) -> None:
    names = [mention(s, n) for s, n in found]
    stretch = Span(region[0], region[0] + region[1])
    assert names_within(names, stretch) == [m for m in names if stretch.contains(m.span)]


def test_a_list_grown_since_it_was_read_is_read_again() -> None:
    names = [mention(0, 4), mention(10, 4)]
    assert names_within(names, Span(0, 30)) == names
    names.append(mention(20, 4))
    assert names_within(names, Span(0, 30)) == names
