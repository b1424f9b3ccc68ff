"""A fact-checker's central bank pair (tests/data/pages/rates_*: a financial wire and a
general newspaper reporting one invented rate decision of the Bank of Estmark), aligned
as the app aligns it."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from reader.model import Alignment
from tests.page_pairs import aligned_pages


@cache
def rates_alignment(data_dir: Path, method: str) -> Alignment:
    """Northgate Financial Wire's story (A: "25 basis points", "a range of 4.50%-4.75%",
    "voted 7-2", "Consumer prices rose 3.4%") and The Solvik Chronicle's (B: "a quarter
    point", "4.75 per cent", "Seven of the nine members", "Inflation stood at 3.7 per
    cent") aligned by ``method`` ("lexical" or "semantic"; an Alignment is immutable: one
    serves every test)."""
    return aligned_pages(
        data_dir, "rates_northgate_financial_wire.html", "rates_solvik_chronicle.html", method
    )
