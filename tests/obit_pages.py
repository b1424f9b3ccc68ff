"""A fact-checker's obituary pair (tests/data/pages/obit_*: a British paper's long
obituary and a US wire's news-of-death story of one invented novelist), aligned as the app
aligns it."""

from __future__ import annotations

from pathlib import Path

from reader.model import Alignment
from tests.page_pairs import aligned_pages


def obit_alignment(data_dir: Path, method: str) -> Alignment:
    """The Wexcombe Review's obituary (A) and Meridian News Wire's story (B) aligned by
    ``method`` ("lexical" or "semantic")."""
    return aligned_pages(
        data_dir, "obit_wexcombe_review.html", "obit_meridian_news_wire.html", method
    )
