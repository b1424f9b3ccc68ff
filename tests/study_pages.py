"""A fact-checker's study pair (tests/data/pages/study_*: a British paper's health desk and
a US wire reporting one invented vitamin D trial), aligned as the app aligns it."""

from __future__ import annotations

from pathlib import Path

from reader.model import Alignment
from tests.page_pairs import aligned_pages


def study_alignment(data_dir: Path, method: str) -> Alignment:
    """The Thamesbury Chronicle's report (A) and Continental Press's story (B) aligned by
    ``method`` ("lexical" or "semantic")."""
    return aligned_pages(
        data_dir, "study_thamesbury_chronicle.html", "study_continental_health_wire.html", method
    )
