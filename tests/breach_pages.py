"""A fact-checker's data-breach pair (tests/data/pages/breach_*: a tech news site and a
national paper's consumer desk on one invented breach at Orrin Telecom), aligned as the
app aligns it."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from reader.model import Alignment
from tests.page_pairs import aligned_pages


@cache
def breach_alignment(data_dir: Path, method: str) -> Alignment:
    """ByteWire's story (A: "9.8 million of its 14 million customers", "discovered the
    intrusion on Sept. 22", "Up to 2.8 million customers also had passport numbers
    exposed", "a ransom of $1 million in bitcoin", "72 hours", "CVE-2026-31874", "version
    4.2.1", "fines of up to 4% of annual turnover", "Shares in Orrin fell 7.3%") and the
    National Courant's (B: "Almost 10 million Orrin customers", "first detected on
    September 22", "for about 2.1 million customers passport numbers were exposed", "15
    BTC, worth about $1 million", "three days", "the NDPC", "up to 4 per cent of its
    global turnover", "down more than 7 per cent", "Gwen Adair, 67, from Lisford")
    aligned by ``method`` ("lexical" or "semantic"; an Alignment is immutable: one
    serves every test)."""
    return aligned_pages(data_dir, "breach_bytewire.html", "breach_national_courant.html", method)
