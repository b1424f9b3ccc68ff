"""One wire story as two outlets ran it (tests/data/pages/flood_*.html, described in
tests/data/pages/README.md), aligned on words, names and numbers: a quotation trimmed, a
mayor named with and without her given name, a toll updated, most paragraphs word for
word."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from reader.analysis import align
from reader.ingest import load_document
from reader.model import Alignment

PAGES = Path(__file__).parent / "data" / "pages"
GAZETTE = PAGES / "flood_hill_country_gazette.html"
LEDGER = PAGES / "flood_dallas_ledger.html"


@cache
def wire_copies() -> Alignment:
    """The Gazette's page as A, the Ledger's as B (read and aligned once a run)."""
    return align(load_document(GAZETTE), load_document(LEDGER), method="lexical")
