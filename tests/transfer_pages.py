"""A fact-checker's transfer pair (tests/data/pages/transfer_*: a British tabloid sports
site's and a European wire's report of one invented record transfer), read and aligned as
the app does."""

from __future__ import annotations

from pathlib import Path

from reader.model import Alignment
from tests.page_pairs import aligned_pages

TABLOID = "transfer_terrace_talk.html"
WIRE = "transfer_iberia_sports_wire.html"


def transfer_alignment(data_dir: Path, method: str) -> Alignment:
    """Terrace Talk's story (A) and Iberia Sports Wire's (B) aligned by ``method``
    ("lexical" or "semantic")."""
    return aligned_pages(data_dir, TABLOID, WIRE, method)
