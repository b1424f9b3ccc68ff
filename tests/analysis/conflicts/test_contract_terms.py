"""A contract's term against the year it runs to: "a five-year deal" told in July 2026
runs to 2031, so "a contract until 2030" tells another; a January signing's deal may run
half a year less, and nothing is compared without the article's date."""

from __future__ import annotations

from datetime import date

import pytest

from reader.analysis.conflicts.discrepancies import conflicts
from tests.analysis.sentence_pairs import dated

SIGNED = "Varga signed a five-year deal with Castlebrook."


def _details(a: str, b: str, published: date | None) -> list[str]:
    return [c.detail for c in conflicts(dated(a, published), dated(b, published))]


def test_a_term_that_cannot_reach_the_year_is_a_discrepancy() -> None:
    assert _details(
        SIGNED, "Varga signed a contract until 2030 with Castlebrook.", date(2026, 7, 14)
    ) == ["five-year deal (to 2031) vs until 2030"]


def test_the_year_told_first_is_shown_first() -> None:
    assert _details(
        "Varga signed a contract until 2030 with Castlebrook.", SIGNED, date(2026, 7, 14)
    ) == ["until 2030 vs five-year deal (to 2031)"]


@pytest.mark.parametrize(
    ("b", "published"),
    [
        ("Varga signed a contract until 2031 with Castlebrook.", date(2026, 7, 14)),
        ("Varga signed a deal running to the summer of 2031 with Castlebrook.", date(2026, 7, 14)),
        # a January signing: four and a half years to June 2030, or five and a half
        ("Varga signed a contract until June 2030 with Castlebrook.", date(2026, 1, 30)),
        ("Varga signed a contract until 2031 with Castlebrook.", date(2026, 1, 30)),
    ],
)
def test_a_term_that_reaches_the_year_agrees(b: str, published: date) -> None:
    assert _details(SIGNED, b, published) == []


def test_without_the_article_s_date_nothing_is_compared() -> None:
    assert _details(SIGNED, "Varga signed a contract until 2030 with Castlebrook.", None) == []


def test_a_term_in_digits_is_read() -> None:
    assert _details(
        "Varga signed a 4-year contract with Castlebrook.",
        "Varga signed a contract until 2032 with Castlebrook.",
        date(2026, 8, 1),
    ) == ["4-year contract (to 2030) vs until 2032"]


def test_a_january_signing_may_run_half_a_year_less_not_more() -> None:
    assert _details(
        SIGNED, "Varga signed a contract until June 2029 with Castlebrook.", date(2026, 1, 30)
    ) == ["five-year deal (to 2030/2031) vs until 2029"]
