"""A misquoted figure told once (reader/analysis/conflicts/quoted_figures.py): both
figures inside two matched quotations are the quote discrepancy's, not also a count's;
a figure outside the quotation marks is still a count's discrepancy."""

from __future__ import annotations

from collections.abc import Callable

from reader.analysis.pipeline import align
from reader.model import DiscrepancyKind, Document


def _shown(a: Document, b: Document) -> list[tuple[DiscrepancyKind, str]]:
    return [(d.kind, d.detail) for d in align(a, b).discrepancies]


# was "40,000 vs 14,000 homes" too
def test_a_figure_misquoted_is_one_quote_discrepancy(doc: Callable[[str], Document]) -> None:
    a = doc('Homes pledge\n"We will build 40,000 new homes by 2029," Minister Anna Roos said.')
    b = doc('Homes pledge\n"We will build 14,000 new homes by 2029," Minister Anna Roos said.')
    assert _shown(a, b) == [(DiscrepancyKind.QUOTE, "“40,000” vs “14,000”")]


def test_a_figure_outside_the_marks_is_still_a_count_s(doc: Callable[[str], Document]) -> None:
    a = doc('Homes pledge\nMinister Anna Roos promised 40,000 new homes by 2029: "We will build."')
    b = doc('Homes pledge\nMinister Anna Roos promised 14,000 new homes by 2029: "We will build."')
    assert [k for k, _ in _shown(a, b)] == [DiscrepancyKind.NUMBER]
