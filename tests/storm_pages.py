"""A fact-checker's storm pair (tests/data/pages/storm_*: a British and a US report of one
hurricane, in two systems of units), aligned as the app aligns it."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from reader.model import Alignment, MatchKind
from tests.page_pairs import aligned_pages


@cache
def storm_alignment(data_dir: Path, method: str = "lexical") -> Alignment:
    """The Albion Post's report (A, in metres, km/h, °C and GMT) and the Gulf Coast
    Register's (B, in feet, mph, °F and EDT) aligned by ``method`` (an Alignment is
    immutable: one alignment serves every test that reads it)."""
    return aligned_pages(
        data_dir, "storm_albion_post.html", "storm_gulf_coast_register.html", method
    )


def number_words(al: Alignment) -> list[tuple[str, str]]:
    """The words each Numbers match of ``al`` spans in A and in B, in order."""
    return [(al.a.slice(m.a), al.b.slice(m.b)) for m in al.matches if m.kind is MatchKind.NUMBER]
