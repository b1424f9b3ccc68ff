"""A fact-checker's poll pair (tests/data/pages/poll_*: a pollster's release of one poll,
with a results table and a methodology box, and a newspaper's story on it), aligned as
the app aligns it."""

from __future__ import annotations

from pathlib import Path

from reader.model import Alignment, Document
from tests.page_pairs import aligned_pages, page_documents

RELEASE = "poll_brightline_release.html"
STORY = "poll_ardenne_courier.html"


def poll_documents(data_dir: Path) -> tuple[Document, Document]:
    """Brightline Research's release (A) and the Ardenne Courier's story (B), read."""
    return page_documents(data_dir, RELEASE, STORY)


def poll_alignment(data_dir: Path, method: str) -> Alignment:
    """The release (A) and the story (B) aligned by ``method`` ("lexical" or
    "semantic")."""
    return aligned_pages(data_dir, RELEASE, STORY, method)
