"""A fact-checker's results story (tests/data/pages/election_*: two reports of one
election, nearly every sentence a figure), aligned as the app aligns it."""

from __future__ import annotations

from pathlib import Path

from reader.analysis import align
from reader.ingest import load_document
from reader.model import Alignment


def election_alignment(data_dir: Path, method: str) -> Alignment:
    """The Selden Herald's report (A) and the Coastal Tribune's (B) aligned by ``method``
    ("lexical" or "semantic")."""
    pages = data_dir / "pages"
    return align(
        load_document(pages / "election_selden_herald.html"),
        load_document(pages / "election_coastal_tribune.html"),
        method=method,
    )
