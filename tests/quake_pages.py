"""A fact-checker's earthquake pair (tests/data/pages/quake_*: an Asian English-language
wire and a US paper reporting one invented quake in the province of Tarvessa), aligned as
the app aligns it."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from reader.model import Alignment
from tests.page_pairs import aligned_pages


@cache
def quake_alignment(data_dir: Path, method: str) -> Alignment:
    """The Asia Pacific Wire's report (A, in local time, GMT and kilometres) and the
    Eastport Ledger's (B, in ET and miles) aligned by ``method`` ("lexical" or
    "semantic"; an Alignment is immutable: one serves every test)."""
    return aligned_pages(
        data_dir, "quake_asia_pacific_wire.html", "quake_eastport_ledger.html", method
    )
