"""A fact-checker's takeover pair (tests/data/pages/merger_*: a financial wire and a
London business paper reporting one invented acquisition, Aldmoor's of Corvane
Technologies), aligned as the app aligns it."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from reader.model import Alignment
from tests.page_pairs import aligned_pages


@cache
def merger_alignment(data_dir: Path, method: str) -> Alignment:
    """Granite Street Wire's story (A: "$54.20 a share in cash, or about $18.7 billion",
    "a 31% premium ... and 37% above its 30-day volume-weighted average price", "$600
    million of annual cost savings", "a $560 million break fee") and The London Ledger's
    (B: "£14.8bn ($18.7bn)", "$54.20 (£42.90)", "43 per cent to its average over the past
    30 days", "£475mn a year", "a break fee of £443mn") aligned by ``method`` ("lexical"
    or "semantic"; an Alignment is immutable: one serves every test)."""
    return aligned_pages(
        data_dir, "merger_granite_street_wire.html", "merger_london_ledger.html", method
    )
