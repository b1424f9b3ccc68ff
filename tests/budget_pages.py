"""A fact-checker's budget pair (tests/data/pages/budget_*: a domestic paper in crowns,
"bn" and "2027-28", and an international wire in "billion crowns" with dollars in
brackets and "the year starting April 1", reporting one invented budget of Ostrevia),
aligned as the app aligns it."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from reader.model import Alignment
from tests.page_pairs import aligned_pages


@cache
def budget_alignment(data_dir: Path, method: str) -> Alignment:
    """The Brannholm Gazette's report (A: "Kr1.42 trillion", "Kr110bn", "2027-28") and
    Harbourline Wire's (B: "1,420 billion crowns ($131 billion)", "110 billion crowns
    ($10.1 billion)") aligned by ``method`` ("lexical" or "semantic"; an Alignment is
    immutable: one serves every test)."""
    return aligned_pages(
        data_dir, "budget_brannholm_gazette.html", "budget_harbourline_wire.html", method
    )
