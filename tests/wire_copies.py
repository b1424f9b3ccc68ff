"""One wire story as two outlets ran it (tests/data/pages/flood_*.html, described in
tests/data/pages/README.md), aligned on words, names and numbers: a quotation trimmed, a
mayor named with and without her given name, a toll updated, most paragraphs word for
word; and a hospital's press release with the local paper's story built on it a day
later (tests/data/pages/release_*.html)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from reader.analysis import align
from reader.ingest import load_document
from reader.model import Alignment

PAGES = Path(__file__).parent / "data" / "pages"
GAZETTE = PAGES / "flood_hill_country_gazette.html"
LEDGER = PAGES / "flood_dallas_ledger.html"
RELEASE = PAGES / "release_lakeshore_stroke_unit.html"
COURIER = PAGES / "release_harlan_courier_stroke_unit.html"


@cache
def wire_copies() -> Alignment:
    """The Gazette's page as A, the Ledger's as B (read and aligned once a run)."""
    return align(load_document(GAZETTE), load_document(LEDGER), method="lexical")


@cache
def release_story() -> Alignment:
    """The hospital's release as A, the Courier's story as B (read and aligned once a run)."""
    return align(load_document(RELEASE), load_document(COURIER), method="lexical")
