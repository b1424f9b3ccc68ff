"""A fact-checker's prisoner exchange pair (tests/data/pages/swap_*: a Gulf English-language
paper and a European wire reporting one invented 13-for-13 swap between Karvestan and
Valdoria, brokered by Dhaqar, its names transliterated two ways), aligned as the app
aligns it."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from reader.model import Alignment
from tests.page_pairs import aligned_pages


@cache
def swap_alignment(data_dir: Path, method: str) -> Alignment:
    """The Gulf Sentinel's report (A: "Mohammed al-Rashidi", "Yevgeny Korolyov",
    "Abdulrahman") and the Nordpress Agency's (B: "Muhammad Al Rashedi", "Evgeniy
    Viktorovich Korolëv", "Abdul Rahman") aligned by ``method`` ("lexical" or "semantic";
    an Alignment is immutable: one serves every test)."""
    return aligned_pages(data_dir, "swap_gulf_sentinel.html", "swap_nordpress_agency.html", method)
