"""A fact-checker's legislative vote pair (tests/data/pages/senate_*: a wire's and a
political site's reports of one invented Senate vote), aligned as the app aligns it."""

from __future__ import annotations

from pathlib import Path

from reader.model import Alignment
from tests.page_pairs import aligned_pages


def senate_alignment(data_dir: Path, method: str) -> Alignment:
    """The Capitol Press Wire's report (A) and the Beltway Ledger's (B) aligned by
    ``method`` ("lexical" or "semantic")."""
    return aligned_pages(
        data_dir, "senate_capitol_press_wire.html", "senate_beltway_ledger.html", method
    )
