"""A fact-checker's pair with one page cut short (tests/data/pages/paywall_*: the
Westmarch Gazette's whole story of an invented boil-water notice at Brackenford, and The
Calder Times' page of it, which stops at a paywall after four paragraphs; two variants
of that page: the first page of two, "Page 1 of 2", "Next page »", and one whose locked
part the page holds but hides, style="display:none"), aligned as the app aligns it."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from reader.model import Alignment
from tests.page_pairs import aligned_pages

WHOLE = "paywall_westmarch_gazette.html"
PAYWALLED = "paywall_calder_times.html"
FIRST_PAGE = "paywall_calder_times_page1.html"
LOCKED = "paywall_calder_times_locked.html"
CUT_PAGES = (PAYWALLED, FIRST_PAGE, LOCKED)


@cache
def cut_alignment(data_dir: Path, b_name: str, method: str) -> Alignment:
    """The Gazette's story (A: "About 38,000 residents", "three samples", "£30") and The
    Calder Times' page ``b_name`` (B: "Nearly 40,000 people", "two samples", cut after
    Martin Ellery's quotation) aligned by ``method`` ("lexical" or "semantic")."""
    return aligned_pages(data_dir, WHOLE, b_name, method)
