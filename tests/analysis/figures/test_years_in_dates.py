"""A date's year is no figure pair of its own (reader/analysis/figures/years_in_dates.py):
"January 2021" on both sides is one Numbers match; a year alone still pairs with the
year of a date."""

from __future__ import annotations

from collections.abc import Callable

from reader.analysis.pipeline import align
from reader.model import Document, MatchKind


def _figures(a: Document, b: Document) -> list[tuple[str, str]]:
    al = align(a, b)
    return [(al.a.slice(m.a), al.b.slice(m.b)) for m in al.matches if m.kind is MatchKind.NUMBER]


def test_a_month_s_year_is_no_pair_of_its_own(doc: Callable[[str], Document]) -> None:
    a = doc("Bridge\nDrummond Civil Engineering took over the bridge contract in January 2021.")
    b = doc("Bridge\nIn January 2021 Drummond Civil Engineering took over the bridge contract.")
    assert _figures(a, b) == [("January 2021", "January 2021")]


def test_a_full_date_s_year_is_no_pair_of_its_own(doc: Callable[[str], Document]) -> None:
    a = doc("Bridge\nThe last deck section of the bridge was lifted on 14 September 2023.")
    b = doc("Bridge\nOn 14 September 2023 the last deck section of the bridge was lifted.")
    assert _figures(a, b) == [("14 September 2023", "14 September 2023")]


def test_a_year_alone_pairs_with_a_date_s_year(doc: Callable[[str], Document]) -> None:
    a = doc("Bridge\nDrummond Civil Engineering took over the bridge contract in January 2021.")
    b = doc("Bridge\nIn 2021 Drummond Civil Engineering took over the bridge contract.")
    assert _figures(a, b) == [("2021", "2021")]
