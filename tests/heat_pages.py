"""A fact-checker's heatwave pair (tests/data/pages/heat_*: a European English-language
daily and a US paper reporting one invented heatwave in the province of Castrovia),
aligned as the app aligns it."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from reader.model import Alignment
from tests.page_pairs import aligned_pages


@cache
def heat_alignment(data_dir: Path, method: str) -> Alignment:
    """The Meridional Post's report (A, in Celsius and kilometres) and the Bayport
    Tribune's (B, in Fahrenheit, often "degrees" alone, and miles) aligned by ``method``
    ("lexical" or "semantic"; an Alignment is immutable: one serves every test)."""
    return aligned_pages(data_dir, "heat_meridional_post.html", "heat_bayport_tribune.html", method)
