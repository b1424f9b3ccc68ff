"""A fact-checker's court pair (tests/data/pages/court_*: a British paper's court report and
a US wire's story of one invented fraud sentencing), aligned as the app aligns it."""

from __future__ import annotations

from pathlib import Path

from reader.model import Alignment
from tests.page_pairs import aligned_pages


def court_alignment(data_dir: Path, method: str) -> Alignment:
    """The Kirkgate Gazette's report (A) and Atlantic Press Wire's story (B) aligned by
    ``method`` ("lexical" or "semantic")."""
    return aligned_pages(
        data_dir, "court_kirkgate_gazette.html", "court_atlantic_press_wire.html", method
    )
