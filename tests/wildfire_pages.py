"""A fact-checker's wildfire pair (tests/data/pages/wildfire_*: a US local paper and a
Canadian wire reporting one invented California wildfire, in two systems of units),
aligned as the app aligns it."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from reader.model import Alignment, MatchKind
from tests.page_pairs import aligned_pages


@cache
def wildfire_alignment(data_dir: Path, method: str) -> Alignment:
    """The Calder County Courier's report (A, in acres, miles, mph and °F) and the Northern
    Press Wire's (B, in hectares, kilometres, km/h and °C) aligned by ``method``
    ("lexical" or "semantic"; an Alignment is immutable: one serves every test)."""
    return aligned_pages(
        data_dir,
        "wildfire_calder_county_courier.html",
        "wildfire_northern_press_wire.html",
        method,
    )


def figure_pairs(al: Alignment) -> list[tuple[str, str]]:
    """The words each Numbers match of ``al`` spans in A and in B, in order."""
    return [(al.a.slice(m.a), al.b.slice(m.b)) for m in al.matches if m.kind is MatchKind.NUMBER]
