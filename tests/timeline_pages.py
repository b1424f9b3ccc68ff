"""A fact-checker's timeline pair (tests/data/pages/timeline_*: a local paper's explainer of
the invented Ravensholm Bridge's twelve years of delays, its timeline written as a <ul> of
"Date – text" items, a <dl> of dated terms and a Date | Event table, and a news agency's
story telling some of those events in prose), aligned as the app aligns it."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from reader.model import Alignment, Document
from tests.page_pairs import aligned_pages, page_documents

A_PAGE = "timeline_wendmouth_chronicle.html"
B_PAGE = "timeline_northline_press.html"


@cache
def timeline_documents(data_dir: Path) -> tuple[Document, Document]:
    """The Wendmouth Chronicle's explainer (A) and Northline Press's story (B)."""
    return page_documents(data_dir, A_PAGE, B_PAGE)


@cache
def timeline_alignment(data_dir: Path, method: str) -> Alignment:
    """The explainer (A: "April 2019 – The main contractor, Halvern Construction, goes into
    administration", "<dt>January 2021</dt><dd>Drummond Civil Engineering takes over the
    contract ...</dd>", "| 30 November 2026 | The council confirms ...") and the story (B:
    "went into administration in 2018", "took over in January 2021", "said on Monday")
    aligned by ``method`` ("lexical" or "semantic")."""
    return aligned_pages(data_dir, A_PAGE, B_PAGE, method)
