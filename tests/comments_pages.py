"""A fact-checker's pair with readers' comments under it (tests/data/pages/comments_*: two
outlets' reports of one invented flood, one with a long comments section, the other with a
"Your views" box of letters and a "Top comments" sidebar), aligned as the app aligns it."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from reader.model import Alignment
from tests.page_pairs import aligned_pages

ECHO = "comments_brackenford_echo.html"
POST = "comments_midshire_evening_post.html"


@cache
def comments_alignment(data_dir: Path, method: str = "lexical") -> Alignment:
    """The Brackenford Echo's report (A, 37 comments under it) and the Midshire Evening
    Post's (B, readers' letters and top comments) aligned by ``method`` (an Alignment is
    immutable: one alignment serves every test that reads it)."""
    return aligned_pages(data_dir, ECHO, POST, method)
