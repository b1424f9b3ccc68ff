"""A fact-checker's air accident pair (tests/data/pages/crash_*: a British paper and a US
wire reporting one invented emergency landing, Coastline Air Flight XC4417 at Carrow
Regional Airport, Virginia), aligned as the app aligns it."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from reader.model import Alignment
from tests.page_pairs import aligned_pages


@cache
def crash_alignment(data_dir: Path, method: str) -> Alignment:
    """The Harwick Observer's report (A, in metres, kilometres, km/h and GMT) and the
    Pinecrest News Service's (B, in feet, nautical miles, knots and local time) aligned by
    ``method`` ("lexical" or "semantic"; an Alignment is immutable: one serves every
    test)."""
    return aligned_pages(
        data_dir, "crash_harwick_observer.html", "crash_pinecrest_news_service.html", method
    )
