"""A fact-checker's results story (tests/data/pages/election_*: two reports of one
election, nearly every sentence a figure), aligned as the app aligns it."""

from __future__ import annotations

from pathlib import Path

from reader.model import Alignment
from tests.page_pairs import aligned_pages


def election_alignment(data_dir: Path, method: str) -> Alignment:
    """The Selden Herald's report (A) and the Coastal Tribune's (B) aligned by ``method``
    ("lexical" or "semantic")."""
    return aligned_pages(
        data_dir, "election_selden_herald.html", "election_coastal_tribune.html", method
    )
