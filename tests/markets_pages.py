"""A fact-checker's market pair (tests/data/pages/markets_*: a US financial wire and a
London newspaper reporting one invented sell-off on Wall Street), aligned as the app
aligns it."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from reader.model import Alignment
from tests.page_pairs import aligned_pages


@cache
def markets_alignment(data_dir: Path, method: str) -> Alignment:
    """Kestrel Markets Wire's story (A: "down 968.17 points, or 2.5%, at 38,412.50", "12
    basis points", "after 1:30 p.m. ET", "Federal Reserve Vice Chair Helen Calloway") and
    The Thameside Standard's (B: "shed nearly 1,000 points, closing down 2.5 per cent at
    38,421.50", "0.12 percentage points", "from about 1.30pm New York time", "Helen
    Calloway, the Fed's vice-chair") aligned by ``method`` ("lexical" or "semantic"; an
    Alignment is immutable: one serves every test)."""
    return aligned_pages(
        data_dir, "markets_kestrel_markets_wire.html", "markets_thameside_standard.html", method
    )
