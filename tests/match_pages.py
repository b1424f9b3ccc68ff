"""A fact-checker's match report pair (tests/data/pages/match_*: a British paper's and a US
wire's report of one invented cup final), read and aligned as the app does."""

from __future__ import annotations

from pathlib import Path

from reader.analysis import align
from reader.model import Alignment, Document
from tests.page_pairs import page_documents


def match_documents(data_dir: Path) -> tuple[Document, Document]:
    """The Northern Standard's report (A) and Meridian Press's (B)."""
    return page_documents(data_dir, "match_northern_standard.html", "match_meridian_press.html")


def match_alignment(data_dir: Path, method: str) -> Alignment:
    """The two reports aligned by ``method`` ("lexical" or "semantic")."""
    return align(*match_documents(data_dir), method=method)
