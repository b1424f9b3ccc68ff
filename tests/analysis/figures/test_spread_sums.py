"""A total over a span of years and a rate a year, one sum told two ways
(reader/analysis/figures/spread_sums.py): matched when the total comes to the rate,
a discrepancy when it does not."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reader.analysis.pipeline import align
from reader.model import Alignment, Document, MatchKind

LEAD = "Water bill\nThe Senate passed the Clean Water Act, which would spend "


def _aligned(doc: Callable[[str], Document], a: str, b: str) -> Alignment:
    return align(doc(LEAD + a), doc(LEAD + b))


def _figures(al: Alignment) -> list[tuple[str, str]]:
    return [(al.a.slice(m.a), al.b.slice(m.b)) for m in al.matches if m.kind is MatchKind.NUMBER]


@pytest.mark.parametrize(
    ("a", "b", "pair", "evidence"),
    [
        (
            "$1.2 trillion over 10 years on pipes and dams.",
            "$120 billion a year on pipes and dams.",
            ("$1.2 trillion", "$120 billion"),
            "$1.2 trillion ≈ $120 billion a year (converted: $1.2 trillion over 10 years is "
            "$120 billion a year)",
        ),
        # the span told by the rate's sentence; the total in B
        (
            "$120 billion a year for a decade on pipes and dams.",
            "$1.2 trillion on pipes and dams.",
            ("$120 billion", "$1.2 trillion"),
            "$120 billion a year ≈ $1.2 trillion (converted: $1.2 trillion over a decade is "
            "$120 billion a year)",
        ),
        # a span before the total, rounded figures
        (
            "a five-year, £2bn sum on pipes and dams.",
            "£400m annually on pipes and dams.",
            ("£2bn", "£400m"),
            "£2bn ≈ £400m a year (converted: £2bn over five years is £400m a year)",
        ),
    ],
)
def test_a_total_over_a_span_matches_its_rate_a_year(
    doc: Callable[[str], Document], a: str, b: str, pair: tuple[str, str], evidence: str
) -> None:
    al = _aligned(doc, a, b)
    assert pair in _figures(al)
    assert evidence in [m.evidence[0] for m in al.matches if m.kind is MatchKind.NUMBER]
    assert al.discrepancies == ()


# was nothing: a rate that the total does not come to
def test_a_rate_the_total_does_not_come_to_is_a_discrepancy(
    doc: Callable[[str], Document],
) -> None:
    al = _aligned(doc, "$1.2 trillion over 10 years on pipes.", "$150 billion a year on pipes.")
    assert [d.detail for d in al.discrepancies] == [
        "$1.2 trillion over 10 years vs $150 billion a year (≈ $120 billion a year)"
    ]


# two sums of two currencies, or a total with no span told, are not compared
@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("$1.2 trillion over 10 years on pipes.", "£150 billion a year on pipes."),
        ("$1.2 trillion on pipes.", "$150 billion a year on pipes."),
    ],
)
def test_no_span_or_another_currency_is_no_discrepancy(
    doc: Callable[[str], Document], a: str, b: str
) -> None:
    al = _aligned(doc, a, b)
    assert al.discrepancies == ()
    assert not any("a year" in m.evidence[0] for m in al.matches if m.kind is MatchKind.NUMBER)
