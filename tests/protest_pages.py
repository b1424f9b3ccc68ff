"""A fact-checker's protest pair (tests/data/pages/protest_*: a national broadsheet and an
international wire reporting one invented march on the parliament of Korveny, crowd,
arrest and injury figures told by the police on one side and the organisers on the
other), aligned as the app aligns it."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from reader.model import Alignment
from tests.page_pairs import aligned_pages


@cache
def protest_alignment(data_dir: Path, method: str) -> Alignment:
    """The Valdoran Herald's report (A) and Global Newswire's (B) aligned by ``method``
    ("lexical" or "semantic"; an Alignment is immutable: one serves every test)."""
    return aligned_pages(
        data_dir, "protest_valdoran_herald.html", "protest_global_newswire.html", method
    )
